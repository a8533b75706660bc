// Event linking: reports of one happening from many articles become one event, found through blocking.
import { compareDates, hasYear, weekdayName } from "@dateline/core/dates";
import { eventId, uniqueIds } from "@dateline/core/ids";
import type {
  Article,
  ArticleExtraction,
  ExtractedEvent,
  Participant,
  ResolvedDate,
  Suggestion,
} from "@dateline/core/schema";
import { cluster } from "./cluster-reports";
import { aggregateEvent, compareReports } from "./event-aggregate";
import type { MatchContext } from "./event-match";
import { localKey } from "./local-key";
import { cmp } from "./sorting";
import type { EventState, Interval, ReportState } from "./state";

export interface IdMaps {
  actor(articleId: string, localId: string): string | undefined;
  place(articleId: string, localId: string): string | undefined;
}

/** The interval an article was published in: its date, else the inferred range, else unknown. */
export function publicationOf(article: Article): Interval | null {
  const p = article.published;
  if (p?.earliest && p.latest) return { earliest: p.earliest, latest: p.latest };
  const inferred = article.inferredPublished;
  return inferred ? { earliest: inferred.earliest, latest: inferred.latest } : null;
}

function toReport(x: ArticleExtraction, e: ExtractedEvent, ids: IdMaps, published: Interval | null): ReportState {
  const seen = new Set<string>();
  const participants: Participant[] = [];
  for (const p of e.participants) {
    const actorId = ids.actor(x.articleId, p.actorId);
    if (actorId === undefined || seen.has(actorId)) continue;
    seen.add(actorId);
    participants.push({ actorId, role: p.role });
  }
  return {
    type: e.type,
    title: e.title,
    background: e.background,
    published,
    report: {
      articleId: x.articleId,
      extractedId: e.id,
      date: e.date,
      when: e.when,
      status: e.status,
      participants,
      placeId: e.placeId === null ? null : (ids.place(x.articleId, e.placeId) ?? null),
      wording: e.wording,
      framing: e.framing.map((f) => ({ ...f, by: f.by === null ? null : (ids.actor(x.articleId, f.by) ?? null) })),
      evidence: e.evidence,
    },
  };
}

/**
 * An undated report whose weekday ("late on Monday") is the weekday of a day another report of the same
 * event gives takes that day, marked as inferred and explained.
 */
function inferFromWeekday(reports: ReportState[]): void {
  const days = reports
    .map((r) => r.report.date)
    .filter((d): d is ResolvedDate => !!d && d.precision === "day" && hasYear(d.value));
  for (const r of reports) {
    const when = r.report.when;
    if (r.report.date || !when?.weekday) continue;
    const matching = days.filter((d) => weekdayName(d.value) === when.weekday);
    if (matching.length === 0) continue;
    const counts = new Map<string, number>();
    for (const d of matching) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
    const value = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
    const source = matching.find((d) => d.value === value)!;
    r.report = {
      ...r.report,
      date: {
        ...source,
        text: when.text,
        anchor: { kind: "previous-event", value },
        explanation: `'${when.text}' (no date in this article) is a ${when.weekday}, as ${value} given by another report of the same event → ${value}`,
        inferred: true,
        weekday: when.weekday,
        evidence: when.evidence,
      },
    };
  }
}

export interface EventLink {
  events: EventState[];
  suggestions: Suggestion[];
}

export function linkEvents(extractions: readonly ArticleExtraction[], ids: IdMaps, ctx: MatchContext): EventLink {
  const reports = extractions.flatMap((x) => {
    const published = publicationOf(x.article);
    return x.events.map((e) => toReport(x, e, ids, published));
  });
  const { clusters, nearMisses } = cluster(reports, ctx);
  const states = clusters.map((rs): EventState => {
    inferFromWeekday(rs);
    return { id: "", reports: rs, overrides: {} };
  });
  const keyed = states.map((s) => {
    const e = aggregateEvent(s);
    const date = e.date?.value ?? null;
    const first = [...s.reports].sort(compareReports)[0]!.report;
    return {
      s,
      title: e.title,
      date,
      base: eventId({ type: e.type, date, participants: e.participants }),
      first: localKey(first.articleId, first.extractedId),
    };
  });
  const titles = keyed.map((k) => k.title);
  keyed.sort((a, b) => compareDates(a.date, b.date) || cmp(a.base, b.base) || cmp(a.first, b.first));
  const unique = uniqueIds(keyed.map((k) => k.base));
  keyed.forEach((k, i) => {
    k.s.id = unique[i]!;
  });
  const suggestions: Suggestion[] = [...nearMisses.entries()]
    .map(([pair, gap]) => {
      const [a, b] = pair.split("|").map(Number) as [number, number];
      return {
        kind: "merge-events" as const,
        ids: [states[a]!.id, states[b]!.id].sort(cmp),
        score: 0.4,
        reason: `'${titles[a]}' and '${titles[b]}': same type and participants, ${gap} days apart`,
      };
    })
    .sort((x, y) => cmp(x.ids.join(","), y.ids.join(",")));
  return { events: keyed.map((k) => k.s), suggestions };
}
