// Clustering reports into events: blocking by type family, actor and month, then greedy complete linkage.
import { addDays, hasYear } from "@dateline/core/dates";
import { compareReports } from "./event-aggregate";
import { type MatchContext, matchScore, participantScore, TYPE_FAMILY, typesCompatible } from "./event-match";
import { cmp } from "./sorting";
import type { ReportState } from "./state";

function monthsOf(earliest: string, latest: string): string[] {
  const out: string[] = [];
  let y = Number(earliest.slice(0, 4));
  let m = Number(earliest.slice(5, 7));
  const end = latest.slice(0, 7);
  // Capped: a decade-wide date registers under 130 months at most, which keeps blocks bounded.
  for (let i = 0; i < 130; i++) {
    const key = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Month buckets a report is filed under and looked up in; null means "compare with the whole block". */
function timeBuckets(r: ReportState): string[] | null {
  const out = new Set<string>();
  const d = r.report.date;
  if (d?.earliest && d.latest) {
    for (const m of monthsOf(addDays(d.earliest, -2), addDays(d.latest, 2))) out.add(m);
  }
  if (r.published) {
    // Undated reports reach back a month: "the call" in a paper is usually of the last few weeks.
    const back = d?.earliest ? 7 : 31;
    for (const m of monthsOf(addDays(r.published.earliest, -back), addDays(r.published.latest, 7))) out.add(m);
  }
  return out.size > 0 ? [...out] : null;
}

/**
 * Blocking keys. A report is filed under each participant ("own") and each participant's country or
 * organisation ("aff"); it looks up its own participants, reports of people belonging to it (when it is a
 * country), and reports naming its people's countries. Two people of one country never meet through it, which
 * keeps blocks the size of one actor's news rather than a whole country's.
 */
function blockKeys(r: ReportState, ctx: MatchContext): { file: string[]; look: string[] } {
  const family = TYPE_FAMILY[r.type];
  const ids = r.report.participants.map((p) => p.actorId);
  if (ids.length === 0) return { file: [`${family}|-`, `${family}|*`], look: [`${family}|*`] };
  const file = new Set<string>([`${family}|*`]);
  const look = new Set<string>([`${family}|-`]);
  for (const id of ids) {
    file.add(`${family}|own:${id}`);
    look.add(`${family}|own:${id}`);
    look.add(`${family}|aff:${id}`);
    for (const a of ctx.affiliations(id)) {
      file.add(`${family}|aff:${a}`);
      look.add(`${family}|own:${a}`);
    }
  }
  return { file: [...file], look: [...look] };
}

const DATED_FIRST = (r: ReportState) => {
  const d = r.report.date;
  if (!d) return 3;
  if (!hasYear(d.value)) return 2;
  return d.precision === "day" ? 0 : 1;
};

/**
 * The order reports are clustered in: day dates first, then coarser ones, then days without a year, then
 * undated, each on the time line. Keys are computed once, not per comparison, for 10,000-article corpora.
 */
function linkOrder(reports: readonly ReportState[]): ReportState[] {
  const PRECISION = { day: 0, month: 1, year: 2, decade: 3 } as const;
  const keyed = reports.map((r) => {
    const d = r.report.date;
    return {
      r,
      rank: DATED_FIRST(r),
      earliest: d?.earliest ?? "",
      precision: d ? PRECISION[d.precision] : 0,
      value: d?.value ?? "",
    };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      cmp(a.earliest, b.earliest) ||
      a.precision - b.precision ||
      cmp(a.value, b.value) ||
      compareReports(a.r, b.r),
  );
  return keyed.map((k) => k.r);
}

/** Days between two reports that agree on everything but a day three to seven days off; null otherwise. */
function nearMiss(a: ReportState, b: ReportState, ctx: MatchContext): number | null {
  const da = a.report.date;
  const db = b.report.date;
  if (a.report.articleId === b.report.articleId || !typesCompatible(a.type, b.type)) return null;
  if (!da || !db || da.precision !== "day" || db.precision !== "day" || !hasYear(da.value) || !hasYear(db.value)) {
    return null;
  }
  const gap = Math.abs(Date.parse(da.value) - Date.parse(db.value)) / 86_400_000;
  if (gap <= 2 || gap > 7) return null;
  const people = participantScore(a, b, ctx);
  return people !== null && people > 0 ? gap : null;
}

export interface Clustering {
  clusters: ReportState[][];
  /** Cluster pairs that nearly matched, with the gap in days: "merge-events" suggestions. */
  nearMisses: Map<string, number>;
}

/** Greedy complete-linkage clustering: a report joins the best cluster all of whose reports it matches. */
export function cluster(reports: readonly ReportState[], ctx: MatchContext): Clustering {
  const clusters: ReportState[][] = [];
  const nearMisses = new Map<string, number>();
  const index = new Map<string, Set<number>>();
  const file = (key: string, c: number) => {
    const set = index.get(key) ?? new Set<number>();
    set.add(c);
    index.set(key, set);
  };
  for (const r of linkOrder(reports)) {
    const keys = blockKeys(r, ctx);
    const buckets = timeBuckets(r);
    const candidates = new Set<number>();
    for (const k of keys.look) {
      const lookups = buckets ? [...buckets.map((b) => `${k}@${b}`), `${k}@any`] : [`${k}@all`];
      for (const l of lookups) for (const c of index.get(l) ?? []) candidates.add(c);
    }
    let best = -1;
    let bestScore = -1;
    for (const c of [...candidates].sort((a, b) => a - b)) {
      let total = 0;
      let ok = true;
      for (const other of clusters[c]!) {
        const s = matchScore(r, other, ctx);
        if (s === null) {
          ok = false;
          break;
        }
        total += s;
      }
      const score = total / clusters[c]!.length;
      if (ok && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push([]);
    }
    clusters[best]!.push(r);
    for (const c of candidates) {
      if (c === best) continue;
      const gap = clusters[c]!.map((o) => nearMiss(r, o, ctx)).find((g) => g !== null);
      if (gap !== undefined && gap !== null) nearMisses.set(c < best ? `${c}|${best}` : `${best}|${c}`, gap);
    }
    for (const k of keys.file) {
      file(`${k}@all`, best);
      for (const b of buckets ?? ["any"]) file(`${k}@${b}`, best);
    }
  }
  return { clusters, nearMisses };
}
