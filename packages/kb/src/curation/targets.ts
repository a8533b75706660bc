// Finding what a curation op names: by id, or by words of an article that the item's evidence covers.
import type { Evidence, TargetRef } from "@dateline/core/schema";
import type { KbState } from "../state";

export type TargetKind = "actor" | "place" | "event" | "quote" | "figure";

/** An op that matches nothing; its message becomes the op's "unmatched" status. */
export class Unmatched extends Error {}

/** An op about an article this knowledge base does not hold: not stale, just for another corpus. */
export class NotApplicable extends Unmatched {}

/**
 * Each item's evidence spans; `primary` counts how many come before the span that is the item's own telling
 * (a report's first span), so that of two equally tight spans the one that tells the item wins.
 */
function itemsWithEvidence(
  state: KbState,
  kind: TargetKind,
): Array<{ id: string; evidence: readonly Evidence[]; primary?: ReadonlySet<Evidence> }> {
  switch (kind) {
    case "actor":
      return [...state.actors.values()].map((a) => ({
        id: a.id,
        evidence: [...a.mentions, ...a.roles.flatMap((r) => r.evidence)],
      }));
    case "place":
      return [...state.places.values()].map((p) => ({ id: p.id, evidence: p.mentions }));
    case "event":
      return [...state.events.values()].map((e) => ({
        id: e.id,
        primary: new Set(e.reports.map((r) => r.report.evidence[0]).filter((ev): ev is Evidence => !!ev)),
        evidence: e.reports.flatMap((r) => [
          ...r.report.evidence,
          ...r.report.framing.map((f) => f.evidence),
          ...(r.report.when ? [r.report.when.evidence] : []),
          ...(r.report.date?.evidence ? [r.report.date.evidence] : []),
        ]),
      }));
    case "quote":
      return state.quotes.map((q) => ({ id: q.quote.id, evidence: [q.quote.evidence] }));
    case "figure":
      return state.figures.map((f) => ({ id: f.figure.id, evidence: [f.figure.evidence] }));
  }
}

/** Folds case and typographic quotes one character for one, so offsets into the folded text still hold. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"');

function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(words); at >= 0 && words.length > 0; at = text.indexOf(words, at + 1)) out.push(at);
  return out;
}

function exists(state: KbState, kind: TargetKind, id: string): boolean {
  if (kind === "actor") return state.actors.has(id);
  if (kind === "place") return state.places.has(id);
  if (kind === "event") return state.events.has(id);
  if (kind === "quote") return state.quotes.some((q) => q.quote.id === id);
  return state.figures.some((f) => f.figure.id === id);
}

/**
 * The id of the item an op names, resolved against the state as it is when the op runs. By evidence: the
 * item with a span in that article that contains the words, or else overlaps where the words stand in the
 * text (so a phrase wider than the extracted span still finds it); the tightest span wins.
 */
export function resolveTarget(state: KbState, kind: TargetKind, ref: TargetRef): string {
  if ("id" in ref) {
    if (!exists(state, kind, ref.id)) throw new Unmatched(`no ${kind} with id '${ref.id}'`);
    return ref.id;
  }
  const article = state.articles.get(ref.article);
  if (!article)
    throw new NotApplicable(`no article '${ref.article}' for the ${kind} whose evidence contains '${ref.exact}'`);
  const words = fold(ref.exact);
  const at = occurrences(fold(article.text), words);
  let best: { rank: number; length: number; secondary: number; id: string } | null = null;
  for (const item of itemsWithEvidence(state, kind)) {
    for (const ev of item.evidence) {
      if (ev.articleId !== ref.article) continue;
      const contains = fold(ev.exact).includes(words);
      const overlaps = at.some((s) => s < ev.end && s + words.length > ev.start);
      if (!contains && !overlaps) continue;
      // A sentence that one report tells and another only cites names the report that tells it.
      const secondary = !item.primary || item.primary.has(ev) ? 0 : 1;
      const candidate = { rank: contains ? 0 : 1, length: ev.exact.length, secondary, id: item.id };
      if (!best || isBetter(candidate, best)) best = candidate;
    }
  }
  if (!best) throw new Unmatched(`no ${kind} in ${ref.article} whose evidence contains '${ref.exact}'`);
  return best.id;
}

function isBetter(a: { rank: number; length: number; secondary: number; id: string }, b: typeof a): boolean {
  return (a.rank - b.rank || a.length - b.length || a.secondary - b.secondary || (a.id < b.id ? -1 : 1)) < 0;
}

export function describeRef(ref: TargetRef): string {
  return "id" in ref ? `'${ref.id}'` : `the one in ${ref.article} at '${ref.exact}'`;
}
