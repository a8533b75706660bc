// Curation ops on events: merge, split, set the date, type or status.
import { partialDate, weekdayName } from "@dateline/core/dates";
import { eventId } from "@dateline/core/ids";
import type { CurationOp, ResolvedDate, Weekday } from "@dateline/core/schema";
import { aggregateEvent } from "../event-aggregate";
import type { KbState } from "../state";
import { resolveTarget, Unmatched } from "./targets";

type Op<K extends CurationOp["op"]> = Extract<CurationOp, { op: K }>;

export function mergeEvents(state: KbState, op: Op<"merge-events">): string {
  const into = state.events.get(resolveTarget(state, "event", op.into))!;
  const merged: string[] = [];
  const missing: string[] = [];
  for (const ref of op.from) {
    let id: string;
    try {
      id = resolveTarget(state, "event", ref);
    } catch (error) {
      if (!(error instanceof Unmatched)) throw error;
      missing.push(error.message);
      continue;
    }
    if (id === into.id) continue;
    into.reports.push(...state.events.get(id)!.reports);
    state.events.delete(id);
    merged.push(id);
  }
  if (merged.length === 0)
    throw new Unmatched(missing.length > 0 ? missing.join("; ") : `nothing to merge into '${into.id}'`);
  const tail = missing.length > 0 ? `; not found: ${missing.join("; ")}` : "";
  return `merged ${merged.map((m) => `'${m}'`).join(", ")} into '${into.id}' (${into.reports.length} reports)${tail}`;
}

export function splitEvent(state: KbState, op: Op<"split-event">): string {
  const source = state.events.get(resolveTarget(state, "event", op.event))!;
  const articles = new Set(op.articles);
  const moving = source.reports.filter((r) => articles.has(r.report.articleId));
  if (moving.length === 0) throw new Unmatched(`event '${source.id}' has no report from ${op.articles.join(", ")}`);
  if (moving.length === source.reports.length) {
    throw new Unmatched(`every report of '${source.id}' is from ${op.articles.join(", ")}; nothing to split off`);
  }
  source.reports = source.reports.filter((r) => !articles.has(r.report.articleId));
  const draft = aggregateEvent({ id: "", reports: moving, overrides: {} });
  const base = eventId({ type: draft.type, date: draft.date?.value ?? null, participants: draft.participants });
  let id = base;
  for (let n = 2; state.events.has(id); n++) id = `${base}-${n}`;
  state.events.set(id, { id, reports: moving, overrides: {} });
  return `split '${id}' (${moving.length} report${moving.length === 1 ? "" : "s"}) from '${source.id}'`;
}

/** A curated date states its value outright; the explanation carries the reviewer's reason. */
export function curatedDate(value: string, reason: string): ResolvedDate {
  let date: ReturnType<typeof partialDate>;
  try {
    date = partialDate(value);
  } catch (error) {
    throw new Unmatched(error instanceof Error ? error.message : String(error));
  }
  const weekday = date.precision === "day" && date.earliest ? (weekdayName(date.earliest) as Weekday) : null;
  return {
    ...date,
    text: value,
    anchor: { kind: "stated", value },
    explanation: `set by curation: ${reason}`,
    inferred: false,
    weekday,
    evidence: null,
  };
}

export function setEventDate(state: KbState, op: Op<"set-event-date">): string {
  const event = state.events.get(resolveTarget(state, "event", op.event))!;
  const before = aggregateEvent(event).date?.value ?? "no date";
  event.overrides.date = curatedDate(op.date, op.reason);
  return `'${event.id}' dated ${op.date} (was ${before})`;
}

export function setEventType(state: KbState, op: Op<"set-event-type">): string {
  const event = state.events.get(resolveTarget(state, "event", op.event))!;
  const before = aggregateEvent(event).type;
  event.overrides.type = op.type;
  return `'${event.id}' is now a ${op.type} (was ${before})`;
}

export function setEventStatus(state: KbState, op: Op<"set-event-status">): string {
  const event = state.events.get(resolveTarget(state, "event", op.event))!;
  const before = aggregateEvent(event).status;
  event.overrides.status = op.status;
  return `'${event.id}' is now ${op.status} (was ${before})`;
}
