// The tokens of an article's body, found once and shared by the stages that read only the story.
import type { DocContext } from "../types";
import type { Token } from "./analyze";
import { within } from "./search";

const found = new WeakMap<DocContext, readonly Token[]>();

/** The analysis tokens inside the body ranges, in text order (callers must not change the list). */
export function bodyTokens(ctx: DocContext): readonly Token[] {
  let toks = found.get(ctx);
  if (!toks) {
    toks = within(ctx.analysis.tokens, ctx.body);
    found.set(ctx, toks);
  }
  return toks;
}
