// Clustering reports into events: blocking by type family, actor and month, then greedy complete linkage.
import { hasYear, partialDate } from "@dateline/core/dates";
import type { EventType } from "@dateline/core/schema";
import { compareReports } from "./event-aggregate";
import {
  anonymousByDay,
  crossStoryMatch,
  type MatchContext,
  matchesNothing,
  matchScore,
  otherSide,
  participantScore,
  shiftDay,
  TYPE_FAMILY,
  typesCompatible,
} from "./event-match";
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
    for (const m of monthsOf(shiftDay(d.earliest, -2), shiftDay(d.latest, 2))) out.add(m);
  }
  if (r.published) {
    // Undated reports reach back a month: "the call" in a paper is usually of the last few weeks.
    const back = d?.earliest ? 7 : 31;
    for (const m of monthsOf(shiftDay(r.published.earliest, -back), shiftDay(r.published.latest, 7))) out.add(m);
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

/**
 * Types by the class they are filed under within their family, and the classes each type looks up: a family
 * whose types all match one another (`typesCompatible`) is one class; in talks, a call and a meeting never match.
 */
const TYPE_CLASSES = (() => {
  const types = Object.keys(TYPE_FAMILY) as EventType[];
  const byType = new Map<EventType, { file: string; look: string[] }>();
  for (const t of types) {
    const kin = types.filter((u) => TYPE_FAMILY[u] === TYPE_FAMILY[t]);
    const uniform = kin.every((a) => kin.every((b) => typesCompatible(a, b)));
    byType.set(t, uniform ? { file: "", look: [""] } : { file: t, look: kin.filter((u) => typesCompatible(t, u)) });
  }
  return byType;
})();

/**
 * A report's other side with the countries and organisations its actors belong to. When two reports both name
 * another side, `participantScore` needs the sides to overlap (an actor in both, or one's actor belonging to the
 * other's), and an overlap puts an actor or affiliation in both these sets.
 */
function sideKeys(r: ReportState, ctx: MatchContext): string[] {
  const out = new Set<string>();
  for (const id of otherSide(r)) {
    out.add(id);
    for (const a of ctx.affiliations(id)) out.add(a);
  }
  return [...out];
}

/**
 * The time-index keys under a blocking key (`blockKeys`): finer, and only ever leaving out pairs that can neither
 * match nor nearly match. Under an actor's key, both reports name participants, so the types must be compatible
 * (`TYPE_CLASSES`), and when both name another side it must overlap (`sideKeys`; a report with no other side is
 * filed under "-" and looks up every side). Under "-" (reports naming nobody, looked up by those naming someone)
 * and "*" (every report, looked up by those naming nobody) the pair names nobody on one side, so only
 * `anonymousMatch` can tie them, which needs both dated and the same place, or both days of specific types
 * (`anonymousByDay`): an undated report has no key there. Nearly matching needs a shared actor: never there.
 * `sides` is the report's `sideKeys`.
 */
function timeKeys(r: ReportState, block: string, sides: readonly string[], side: "file" | "look"): string[] {
  const classes = TYPE_CLASSES.get(r.type)!;
  const mine = side === "file" ? [classes.file] : classes.look;
  const out: string[] = [];
  if (block.endsWith("|-") || block.endsWith("|*")) {
    if (!r.report.date) return out;
    const place = r.report.placeId;
    const byDay = anonymousByDay(r);
    for (const c of mine) {
      if (place !== null) out.push(`${block}#${c}|at:${place}`);
      if (byDay) out.push(`${block}#${c}|day`);
    }
    return out;
  }
  for (const c of mine) {
    if (side === "file") {
      out.push(`${block}#${c}`);
      if (sides.length === 0) out.push(`${block}#${c}|side:-`);
      for (const x of sides) out.push(`${block}#${c}|side:${x}`);
    } else if (sides.length === 0) {
      out.push(`${block}#${c}`);
    } else {
      out.push(`${block}#${c}|side:-`);
      for (const x of sides) out.push(`${block}#${c}|side:${x}`);
    }
  }
  return out;
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

/** How many of a cluster's articles a report's article is compared with for a story in common. */
const STORY_SAMPLE = 8;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);
/** Time lists are by week; an interval wider than this many weeks (a decade) goes to the key's "wide" list. */
const WEEK = 7;
const MAX_WEEKS = 60;

/**
 * Where a report sits in time, in day numbers, for the time index. `date` is the interval its date's value
 * covers, when the value has a year and the date's own bounds say the same; `published` its article's
 * publication interval. `anytime` when a match with it cannot be ruled out by time at all (see `timeOf`).
 */
interface TimeOf {
  date: [number, number] | null;
  published: [number, number] | null;
  anytime: boolean;
}

/**
 * The time facts `matchScore` and `nearMiss` decide on, and which of them rule every match out. Two dated
 * reports (with years) match only when their intervals are at most 2 days apart (`datesNear`: equal,
 * overlapping, or two days ≤ 2 days apart), and nearly match 3–7 days apart: 7 days bounds both. A dated and an
 * undated report match only when their publications are ≤ 7 days apart or the date is ≤ 31 days from the
 * undated one's publication (`undatedNear`); two undated ones when their publications are ≤ 7 days apart.
 * Nothing bounds a date without a year (it meets the same month of any year), an undated report of unknown
 * publication (`undatedNear` lets it meet any date), or a date whose bounds differ from its value's: those
 * are "anytime" and meet every report under their keys, as block-wide comparison had them do.
 */
function timeOf(r: ReportState): TimeOf {
  const d = r.report.date;
  const pub = r.published && ([dayNumber(r.published.earliest), dayNumber(r.published.latest)] as [number, number]);
  const published = pub && Number.isFinite(pub[0]) && Number.isFinite(pub[1]) ? pub : null;
  const anytime = { date: null, published, anytime: true };
  // A publication that is not a day (it always is one) cannot be placed in time: nothing is ruled out.
  if (pub && !published) return anytime;
  if (!d) return published ? { date: null, published, anytime: false } : anytime;
  if (!hasYear(d.value)) return anytime;
  const p = partialDate(d.value);
  if (p.earliest === null || p.latest === null || d.earliest !== p.earliest || d.latest !== p.latest) return anytime;
  const date: [number, number] = [dayNumber(p.earliest), dayNumber(p.latest)];
  return Number.isFinite(date[0]) && Number.isFinite(date[1]) ? { date, published, anytime: false } : anytime;
}

/** Clusters filed by week of an interval, with the intervals too wide to file by week. */
class TimeLists {
  readonly weeks = new Map<number, Set<number>>();
  readonly wide = new Set<number>();

  file([from, to]: [number, number], c: number): void {
    const first = Math.floor(from / WEEK);
    const last = Math.floor(to / WEEK);
    if (last - first > MAX_WEEKS) {
      this.wide.add(c);
      return;
    }
    for (let w = first; w <= last; w++) {
      const set = this.weeks.get(w) ?? new Set<number>();
      set.add(c);
      this.weeks.set(w, set);
    }
  }

  /** The sets of every cluster filed with an interval meeting [from, to] (and some near it: weeks are coarser). */
  near([from, to]: [number, number], out: Set<number>[]): void {
    out.push(this.wide);
    const last = Math.floor(to / WEEK);
    for (let w = Math.floor(from / WEEK); w <= last; w++) {
      const set = this.weeks.get(w);
      if (set) out.push(set);
    }
  }
}

/** What a blocking key holds in time: clusters by their reports' dates, by publications, and "anytime" ones. */
interface KeyTimes {
  date: TimeLists;
  published: TimeLists;
  anytime: Set<number>;
}

const widen = ([from, to]: [number, number], days: number): [number, number] => [from - days, to + days];

/**
 * The sets of clusters under one key a report could match or nearly match, by the windows `timeOf` explains: a
 * superset of those, since weeks are coarser than the windows. (An "anytime" report is given every cluster of the
 * blocking key instead.)
 */
function setsNear(t: TimeOf, times: KeyTimes): Set<number>[] {
  const out = [times.anytime];
  if (t.date) {
    times.date.near(widen(t.date, 7), out);
    times.published.near(widen(t.date, 31), out);
  }
  if (t.published) {
    times.published.near(widen(t.published, 7), out);
    if (!t.date) times.date.near(widen(t.published, 31), out);
  }
  return out;
}

/**
 * Running totals over every `cluster` call, for benches (`packages/ingest/bench/link-memory.ts`): reports clustered
 * and the candidate clusters they were compared with, by kind of date (the order of `linkOrder`: day, month or year,
 * a day without a year, undated), and the CPU clustering took. Counting costs nothing next to a comparison.
 */
export const clusterCounters = {
  reports: [0, 0, 0, 0],
  candidates: [0, 0, 0, 0],
  cpuMs: 0,
};

export interface ClusterOptions {
  /**
   * Compare each report with every report of every cluster of its blocks, as clustering did before the time
   * index: quadratic in a block, kept so that tests can show the fast path finds the same clusters.
   */
  blockWide?: boolean;
}

/**
 * Interns what `matchScore` and `nearMiss` read of the other report, so that a report is scored once against
 * each distinct kind of report rather than once per report: in a large corpus a cluster holds many reports
 * alike in all but their article. `full` adds the publication; `short` leaves it out for a dated report, whose
 * publication counts only against an undated one (`undatedNear`), so it serves when the new report is dated.
 */
class Signatures {
  private readonly ids = new Map<string, number>();

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  of(r: ReportState): { short: number; full: number } {
    const d = r.report.date;
    const base = JSON.stringify([
      r.type,
      d ? [d.value, d.precision, d.earliest, d.latest] : null,
      r.report.when?.weekday ?? null,
      r.report.participants.map((p) => [p.actorId, p.role]),
      r.report.placeId,
    ]);
    const p = r.published;
    const full = this.intern(`${base}${p ? `${p.earliest}/${p.latest}` : "-"}`);
    return { short: d ? this.intern(base) : full, full };
  }
}

/** A memo of one report's scores against signatures: `turn` marks the entries that are this report's. */
class Memo<T> {
  private readonly turns: number[] = [];
  private readonly values: T[] = [];

  has(turn: number, sig: number): boolean {
    return this.turns[sig] === turn;
  }

  get(sig: number): T {
    return this.values[sig]!;
  }

  set(turn: number, sig: number, value: T): T {
    this.turns[sig] = turn;
    this.values[sig] = value;
    return value;
  }
}

/**
 * Greedy complete-linkage clustering: a report joins the best cluster all of whose reports it matches.
 *
 * Candidates are the clusters of the report's blocks (type family × actor × month, see `blockKeys` and
 * `timeBuckets`) that have a report near it in time (`timeOf`) under a time key it looks up (`timeKeys`: type,
 * other side, or place and day for reports naming nobody); the others cannot match it (complete linkage needs
 * every report of a cluster to match, and the one that put the cluster in the block is looked up by its time and
 * keys) nor nearly match it (a near miss is two dated reports ≤ 7 days apart sharing an actor, so a blocking key).
 * A report that can match nothing (`matchesNothing`) is neither compared nor filed. Scores are memoised by the
 * other report's signature and summed report by report in cluster order, as before, so that ties between
 * clusters break as they did: the clusters are those of comparing with every report of the whole block.
 */
export function cluster(reports: readonly ReportState[], ctx: MatchContext, options: ClusterOptions = {}): Clustering {
  const cpu = globalThis.process?.cpuUsage();
  const clusters: ReportState[][] = [];
  /** Per cluster, its reports' articles and signatures, in the order of `clusters`. */
  const articles: string[][] = [];
  const shortSigs: number[][] = [];
  const fullSigs: number[][] = [];
  /** Per cluster, its articles, and each signature with the index of its first report, in the cluster's order. */
  const clusterArticles: Set<string>[] = [];
  /** Per cluster, its first STORY_SAMPLE articles: a report relates to the cluster's story through one of them. */
  const storyArticles: string[][] = [];
  const shortKinds: Map<number, number>[] = [];
  const fullKinds: Map<number, number>[] = [];
  const nearMisses = new Map<string, number>();
  const index = new Map<string, Set<number>>();
  const times = new Map<string, KeyTimes>();
  const file = (key: string, c: number) => {
    const set = index.get(key) ?? new Set<number>();
    set.add(c);
    index.set(key, set);
  };
  const signatures = new Signatures();
  const scores = new Memo<number | null>();
  const strict = new Memo<boolean>();
  const gaps = new Memo<number | null>();
  /** The report that last put each cluster among the candidates, so that each is checked once per report. */
  const seenBy: number[] = [];
  let turn = 0;
  for (const r of linkOrder(reports)) {
    turn++;
    const article = r.report.articleId;
    const sig = signatures.of(r);
    const isolated = !options.blockWide && matchesNothing(r);
    const keys = isolated ? { look: [], file: [] } : blockKeys(r, ctx);
    const buckets = timeBuckets(r);
    const time = timeOf(r);
    const sides = isolated || options.blockWide || r.report.participants.length === 0 ? [] : sideKeys(r, ctx);
    /**
     * The month blocks of each look key: a cluster near in time is a candidate only if it is in one of them. Found
     * when first asked for: most reports meet few clusters, and many none.
     */
    const blocks: (Set<number>[] | undefined)[] = [];
    const blocksOf = (at: number) => {
      let sets = blocks[at];
      if (!sets) {
        const k = keys.look[at]!;
        const lookups = buckets ? [...buckets.map((b) => `${k}@${b}`), `${k}@any`] : [`${k}@all`];
        sets = lookups.map((l) => index.get(l)).filter((set) => set !== undefined);
        blocks[at] = sets;
      }
      return sets;
    };
    const candidates: number[] = [];
    if (options.blockWide) {
      for (let at = 0; at < keys.look.length; at++) {
        const sets = blocksOf(at);
        for (const set of sets) {
          for (const c of set) {
            if (seenBy[c] !== turn) candidates.push(c);
            seenBy[c] = turn;
          }
        }
      }
    } else {
      const inBlocks = (c: number, first: number) => {
        // The key a cluster was found under is the likeliest to hold it: its blocks are looked at first.
        for (const set of blocksOf(first)) if (set.has(c)) return true;
        for (let k = 0; k < keys.look.length; k++) {
          if (k !== first) for (const set of blocksOf(k)) if (set.has(c)) return true;
        }
        return false;
      };
      const visit = (sets: Set<number>[], at: number) => {
        for (const set of sets) {
          for (const c of set) {
            if (seenBy[c] === turn) continue;
            seenBy[c] = turn;
            if (inBlocks(c, at)) candidates.push(c);
          }
        }
      };
      keys.look.forEach((k, at) => {
        if (time.anytime) {
          const all = index.get(`${k}@all`);
          if (all) visit([all], at);
          return;
        }
        for (const f of timeKeys(r, k, sides, "look")) {
          const t = times.get(f);
          if (t) visit(setsNear(time, t), at);
        }
      });
    }
    candidates.sort((a, b) => a - b);
    const rank = DATED_FIRST(r);
    clusterCounters.reports[rank]!++;
    clusterCounters.candidates[rank]! += candidates.length;
    const sigsOf = r.report.date ? shortSigs : fullSigs;
    const kindsOf = r.report.date ? shortKinds : fullKinds;
    /** The memoised score of `r` against the i-th report of cluster c. */
    const scoreOf = (c: number, i: number) => {
      const sig = sigsOf[c]![i]!;
      return scores.has(turn, sig) ? scores.get(sig) : scores.set(turn, sig, matchScore(r, clusters[c]![i]!, ctx));
    };
    const gapOf = (c: number, i: number) => {
      const sig = shortSigs[c]![i]!;
      return gaps.has(turn, sig) ? gaps.get(sig) : gaps.set(turn, sig, nearMiss(r, clusters[c]![i]!, ctx));
    };
    const strictOf = (c: number, i: number) => {
      const sig = shortSigs[c]![i]!;
      return strict.has(turn, sig) ? strict.get(sig) : strict.set(turn, sig, crossStoryMatch(r, clusters[c]![i]!));
    };
    /** Does r's article tell the story of cluster c? Asked again for near misses: worked out once per candidate. */
    const relatedTo = new Map<number, boolean>();
    const related = (c: number) => {
      let yes = relatedTo.get(c);
      if (yes === undefined) {
        yes = !ctx.related || storyArticles[c]!.some((a) => ctx.related!(article, a));
        relatedTo.set(c, yes);
      }
      return yes;
    };
    let best = -1;
    let bestScore = -1;
    for (const c of candidates) {
      const members = clusters[c]!;
      let total = 0;
      let ok = true;
      if (options.blockWide) {
        for (const other of members) {
          const s = matchScore(r, other, ctx);
          if (s === null || !(related(c) || crossStoryMatch(r, other))) {
            ok = false;
            break;
          }
          total += s;
        }
      } else {
        // Two reports of one article never match (`matchScore`); otherwise every kind of report must match.
        ok = !clusterArticles[c]!.has(article);
        if (ok) {
          for (const i of kindsOf[c]!.values()) {
            if (scoreOf(c, i) === null) {
              ok = false;
              break;
            }
          }
        }
        // A report of another story must meet the stricter rule with every kind of report too (whether it tells
        // another story is asked only of a candidate it matches: most fail on score).
        if (ok && !related(c)) {
          for (const i of shortKinds[c]!.values()) {
            if (!strictOf(c, i)) {
              ok = false;
              break;
            }
          }
        }
        // Summed report by report, in order, as the block-wide loop sums: the same float, the same ties.
        if (ok) for (let i = 0; i < members.length; i++) total += scoreOf(c, i)!;
      }
      const score = total / members.length;
      if (ok && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push([]);
      articles.push([]);
      clusterArticles.push(new Set());
      storyArticles.push([]);
      shortSigs.push([]);
      fullSigs.push([]);
      shortKinds.push(new Map());
      fullKinds.push(new Map());
    }
    const at = clusters[best]!.length;
    clusters[best]!.push(r);
    articles[best]!.push(article);
    const sample = storyArticles[best]!;
    if (sample.length < STORY_SAMPLE && !clusterArticles[best]!.has(article)) sample.push(article);
    clusterArticles[best]!.add(article);
    shortSigs[best]!.push(sig.short);
    fullSigs[best]!.push(sig.full);
    if (!shortKinds[best]!.has(sig.short)) shortKinds[best]!.set(sig.short, at);
    if (!fullKinds[best]!.has(sig.full)) fullKinds[best]!.set(sig.full, at);
    // A near miss is between two days: an undated report has none (and `nearMiss` reads no publication).
    if (r.report.date || options.blockWide) {
      for (const c of candidates) {
        if (c === best) continue;
        const members = clusters[c]!;
        let gap: number | null = null;
        if (options.blockWide) {
          gap = members.map((o) => nearMiss(r, o, ctx)).find((g) => g !== null) ?? null;
        } else if (clusterArticles[c]!.has(article)) {
          // A report of r's own article is no near miss, whatever its kind: look report by report.
          for (let i = 0; i < members.length && gap === null; i++) if (articles[c]![i] !== article) gap = gapOf(c, i);
        } else {
          // The first kind (in the cluster's order) with a gap is the first report with one.
          for (const i of shortKinds[c]!.values()) {
            gap = gapOf(c, i);
            if (gap !== null) break;
          }
        }
        // Days apart in unrelated stories are two happenings, not a date to review (asked only where there is a gap).
        if (gap !== null && related(c)) nearMisses.set(c < best ? `${c}|${best}` : `${best}|${c}`, gap);
      }
    }
    for (const k of keys.file) {
      file(`${k}@all`, best);
      for (const b of buckets ?? ["any"]) file(`${k}@${b}`, best);
      if (options.blockWide) continue;
      for (const f of timeKeys(r, k, sides, "file")) {
        let t = times.get(f);
        if (!t) {
          t = { date: new TimeLists(), published: new TimeLists(), anytime: new Set() };
          times.set(f, t);
        }
        if (time.anytime) t.anytime.add(best);
        if (time.date) t.date.file(time.date, best);
        if (time.published) t.published.file(time.published, best);
      }
    }
  }
  if (cpu) {
    const used = globalThis.process.cpuUsage(cpu);
    clusterCounters.cpuMs += (used.user + used.system) / 1000;
  }
  return { clusters, nearMisses };
}
