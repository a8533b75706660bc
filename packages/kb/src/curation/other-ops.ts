// Curation ops on places, articles, and rejecting any false item with every reference to it.
import { partialDate } from "@dateline/core/dates";
import type { CurationOp } from "@dateline/core/schema";
import type { KbState } from "../state";
import { clearPlace, renameActor } from "./references";
import { NotApplicable, resolveTarget, Unmatched } from "./targets";

type Op<K extends CurationOp["op"]> = Extract<CurationOp, { op: K }>;

export function setPlaceKind(state: KbState, op: Op<"set-place-kind">): string {
  const place = state.places.get(resolveTarget(state, "place", op.place))!;
  const before = place.kind;
  place.kind = op.kind;
  return `'${place.id}' is now a ${op.kind} (was ${before})`;
}

export function reject(state: KbState, op: Op<"reject">): string {
  const id = resolveTarget(state, op.target, op.ref);
  switch (op.target) {
    case "actor":
      state.actors.delete(id);
      renameActor(state, id, null);
      break;
    case "place":
      state.places.delete(id);
      clearPlace(state, id);
      break;
    case "event":
      // Quotes and figures of its reports lose their event when the KB is written out.
      state.events.delete(id);
      break;
    case "quote":
      state.quotes = state.quotes.filter((q) => q.quote.id !== id);
      break;
    case "figure":
      state.figures = state.figures.filter((f) => f.figure.id !== id);
      break;
  }
  return `rejected ${op.target} '${id}'`;
}

export function setArticleMeta(state: KbState, op: Op<"set-article-meta">): string {
  const article = state.articles.get(op.article);
  if (!article) throw new NotApplicable(`no article '${op.article}'`);
  const { field, value } = op;
  if (field === "published" || field === "updated") {
    try {
      article[field] = value === null ? null : partialDate(value);
    } catch (error) {
      throw new Unmatched(`${field} '${value}': ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    article[field] = value;
  }
  // The words the old value was read from no longer state it.
  const { [field]: _evidence, ...metaEvidence } = article.metaEvidence;
  article.metaEvidence = metaEvidence;
  const { [field]: _missing, ...missing } = article.missing;
  article.missing = value === null ? { ...missing, [field]: `removed by curation: ${op.reason}` } : missing;
  return `${op.article} ${field} set to ${value === null ? "none" : `'${value}'`}`;
}
