// What the reports of one event say together: date, type, status, participants, place, title.
import { dateRefines } from "@dateline/core/dates";
import type {
  DatePrecision,
  Event,
  EventStatus,
  EventType,
  Participant,
  ParticipantRole,
  ResolvedDate,
} from "@dateline/core/schema";
import { EventStatusSchema, ParticipantRoleSchema } from "@dateline/core/schema";
import { currentReports } from "./current-status";
import { cmp, majority, pushTo } from "./sorting";
import type { EventState, ReportState } from "./state";

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, decade: 3 };
/** Vaguer types lose ties to specific ones: "call" says more than "talks". */
const VAGUE: readonly EventType[] = ["other", "statement", "talks", "agreement"];

const published = (r: ReportState) => r.published?.earliest ?? "9999-99-99";

/** Reading order for reports of one event: by article, then where the report starts. */
export function compareReports(a: ReportState, b: ReportState): number {
  return (
    cmp(a.report.articleId, b.report.articleId) ||
    (a.report.evidence[0]?.start ?? 0) - (b.report.evidence[0]?.start ?? 0) ||
    cmp(a.report.extractedId, b.report.extractedId)
  );
}

/**
 * The value most reports support: a report supports its own value and every finer value inside it.
 * Ties go to the more precise value, then to the one told by the earliest published article.
 */
export function chooseDate(reports: readonly ReportState[]): ResolvedDate | null {
  const dated = reports.filter((r) => r.report.date !== null);
  if (dated.length === 0) return null;
  const values = [...new Set(dated.map((r) => r.report.date!.value))];
  const supporters = (v: string) =>
    dated.filter(
      (r) => r.report.date!.value === v || (v !== r.report.date!.value && dateRefines(v, r.report.date!.value)),
    );
  const firstPublished = (v: string) =>
    dated
      .filter((r) => r.report.date!.value === v)
      .map(published)
      .sort(cmp)[0]!;
  const rank = (v: string) => PRECISION_RANK[dated.find((r) => r.report.date!.value === v)!.report.date!.precision];
  values.sort(
    (a, b) =>
      supporters(b).length - supporters(a).length ||
      rank(a) - rank(b) ||
      cmp(firstPublished(a), firstPublished(b)) ||
      cmp(a, b),
  );
  const best = values[0]!;
  const source = dated
    .filter((r) => r.report.date!.value === best)
    .sort(
      (a, b) =>
        Number(a.report.date!.inferred) - Number(b.report.date!.inferred) ||
        cmp(published(a), published(b)) ||
        compareReports(a, b),
    )[0]!;
  return source.report.date;
}

function unionParticipants(reports: readonly ReportState[]): Participant[] {
  const roles = new Map<string, ParticipantRole[]>();
  for (const r of reports) {
    for (const p of r.report.participants) pushTo(roles, p.actorId, p.role);
  }
  const order = ParticipantRoleSchema.options;
  return [...roles.entries()]
    .map(([actorId, rs]) => ({ actorId, role: majority(rs, (a, b) => order.indexOf(a) - order.indexOf(b))! }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || cmp(a.actorId, b.actorId));
}

/** The report whose title speaks for the event: one that gives the event's date, news before background, … */
function bestReport(reports: readonly ReportState[], date: string | null): ReportState {
  const precision = (r: ReportState) => (r.report.date ? PRECISION_RANK[r.report.date.precision] : 9);
  const off = (r: ReportState) => Number(r.report.date?.value !== date);
  return [...reports].sort(
    (a, b) =>
      off(a) - off(b) ||
      Number(a.background) - Number(b.background) ||
      precision(a) - precision(b) ||
      b.report.participants.length - a.report.participants.length ||
      cmp(published(a), published(b)) ||
      compareReports(a, b),
  )[0]!;
}

export function aggregateEvent(state: EventState): Event {
  const reports = [...state.reports].sort(compareReports);
  const type =
    state.overrides.type ??
    majority(
      reports.map((r) => r.type),
      (a, b) => Number(VAGUE.includes(a)) - Number(VAGUE.includes(b)) || cmp(a, b),
    )!;
  const statusOrder = EventStatusSchema.options;
  const status: EventStatus =
    state.overrides.status ??
    majority(
      currentReports(
        reports,
        (r) => r.report.status,
        (r) => r.published,
      ).map((r) => r.report.status),
      (a, b) => statusOrder.indexOf(a) - statusOrder.indexOf(b),
    )!;
  const places = reports.map((r) => r.report.placeId).filter((p): p is string => p !== null);
  const date = state.overrides.date ?? chooseDate(reports);
  return {
    id: state.id,
    type,
    title: bestReport(reports, date?.value ?? null).title,
    status,
    background: reports.every((r) => r.background),
    date,
    placeId: majority(places, cmp) ?? null,
    participants: unionParticipants(reports),
    reports: reports.map((r) => r.report),
  };
}
