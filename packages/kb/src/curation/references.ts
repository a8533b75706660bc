// Rewriting every reference to an actor, place or event when curation merges, splits or rejects one.
import type { Participant, Report } from "@dateline/core/schema";
import type { KbState } from "../state";

/** Participants with `from` replaced (null drops it), one entry per actor, first role kept. */
function renameParticipants(list: readonly Participant[], from: string, to: string | null): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  for (const p of list) {
    const actorId = p.actorId === from ? to : p.actorId;
    if (actorId === null || seen.has(actorId)) continue;
    seen.add(actorId);
    out.push({ ...p, actorId });
  }
  return out;
}

/**
 * Points references to actor `from` at `to` (or drops them when `to` is null), in the articles `only`
 * names, or everywhere.
 */
export function renameActor(state: KbState, from: string, to: string | null, only?: ReadonlySet<string>): void {
  const inScope = (articleId: string) => !only || only.has(articleId);
  for (const e of state.events.values()) {
    for (const r of e.reports) {
      if (!inScope(r.report.articleId)) continue;
      const report: Report = r.report;
      r.report = {
        ...report,
        participants: renameParticipants(report.participants, from, to),
        framing: report.framing.map((f) => (f.by === from ? { ...f, by: to } : f)),
      };
    }
  }
  for (const q of state.quotes) {
    if (q.quote.speakerId === from && inScope(q.quote.articleId)) q.quote = { ...q.quote, speakerId: to };
  }
  if (only) return;
  for (const a of state.actors.values()) {
    if (!a.affiliations.includes(from)) continue;
    const next = new Set(a.affiliations.filter((x) => x !== from));
    if (to !== null && to !== a.id) next.add(to);
    a.affiliations = [...next].sort();
  }
}

export function clearPlace(state: KbState, placeId: string): void {
  for (const e of state.events.values()) {
    for (const r of e.reports) if (r.report.placeId === placeId) r.report = { ...r.report, placeId: null };
  }
}
