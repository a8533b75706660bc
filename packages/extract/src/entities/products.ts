// Names of products, platforms and titles, told by the words around them: "her YouTube channel", "games such as
// Candy Crush", "PC and console games". Such a name is a thing, not an actor of the story.
import type { Doc } from "./tokens";

/** Nouns a product or platform name qualifies: "her YouTube channel", "the Xbox console". Lower case. */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "channel",
  "account",
  "page",
  "app",
  "apps",
  "platform",
  "feed",
  "console",
  "consoles",
  "phone",
  "phones",
  "device",
  "devices",
  "game",
  "games",
  "software",
  "browser",
  "chip",
  "chips",
  "video",
  "videos",
  "post",
  "posts",
]);

/** Plural nouns whose examples follow ("games such as Candy Crush", "whose titles include Call of Duty"). */
const PRODUCT_LISTS: ReadonlySet<string> = new Set([
  "games",
  "titles",
  "products",
  "brands",
  "apps",
  "franchises",
  "shows",
  "films",
  "series",
  "models",
  "drugs",
  "vaccines",
]);
const LIST_LEADS: ReadonlySet<string> = new Set(["include", "includes", "included", "including", "like", "as"]);
/** How far back from a name its list may start ("include World of Warcraft and Candy Crush"). */
const LIST_REACH = 12;

/** Is the name of tokens from..to a product, platform or title rather than someone who acts? */
export function isProductName(doc: Doc, from: number, to: number): boolean {
  const toks = doc.toks;
  const sentence = toks[from]!.sentence;
  const next = toks[to];
  // "her YouTube channel", "PC and console games": a name qualifying a product noun.
  if (next && next.sentence === sentence) {
    if (PRODUCT_NOUNS.has(next.lower)) return true;
    const joined = toks[to + 1];
    if ((next.lower === "and" || next.lower === "or") && joined && joined.sentence === sentence) {
      const after = toks[to + 2];
      if (
        /^[a-z]/.test(joined.text) &&
        (PRODUCT_NOUNS.has(joined.lower) || (after && PRODUCT_NOUNS.has(after.lower)))
      ) {
        return true;
      }
    }
  }
  // "whose games also include World of Warcraft and Candy Crush": back over the list to what it lists.
  for (let k = from - 1; k >= 0 && k >= from - LIST_REACH && toks[k]!.sentence === sentence; k--) {
    const t = toks[k]!;
    if (LIST_LEADS.has(t.lower)) {
      let h = k - 1;
      if (t.lower === "as" && toks[h]?.lower === "such") h--;
      while (h >= 0 && toks[h]!.pos === "ADV") h--;
      return PRODUCT_LISTS.has(toks[h]?.lower ?? "");
    }
    if (!(t.cap || t.lower === "and" || t.lower === "or" || t.lower === "," || t.lower === "of" || t.lower === "the")) {
      return false;
    }
  }
  return false;
}
