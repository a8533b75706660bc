// Names of products, platforms and titles, told by the words around them: "her YouTube channel", "games such as
// Candy Crush", "PC and console games". Such a name is a thing, not an actor of the story.
import type { Doc } from "./tokens";

/** Nouns naming a product itself when a name qualifies them: "the Xbox console", "PC games". Lower case. */
const THING_NOUNS: ReadonlySet<string> = new Set([
  "app",
  "apps",
  "platform",
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
]);

/**
 * Craft: an unknown name before one is the craft's ("the Space Launch System rocket", "the Orion capsule"); a
 * known one is its maker or owner, still an actor ("a NASA spacecraft", "a Hamas rocket").
 */
const CRAFT_NOUNS: ReadonlySet<string> = new Set([
  "rocket",
  "rockets",
  "spacecraft",
  "capsule",
  "satellite",
  "satellites",
  "lander",
  "rover",
  "telescope",
]);

/**
 * Nouns of what is published somewhere: "her YouTube channel", but also "a Hamas video", "the Kremlin account".
 * After a name the tables know, they make it a product only when it is a platform; an unknown name, always.
 */
const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  "channel",
  "account",
  "page",
  "feed",
  "video",
  "videos",
  "post",
  "posts",
]);

/** Platforms that publish others' words: a known name, but no actor when it qualifies a media noun. Lower case. */
const PLATFORMS: ReadonlySet<string> = new Set([
  "youtube",
  "facebook",
  "instagram",
  "tiktok",
  "telegram",
  "whatsapp",
  "twitter",
  "x",
  "threads",
  "truth social",
  "weibo",
  "wechat",
  "vk",
  "linkedin",
  "snapchat",
  "reddit",
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

/**
 * Is the name of tokens from..to a product, platform or title rather than someone who acts? `known`: the tables
 * know the name (an organisation, a country), so only a platform's name is a product before a media noun.
 */
export function isProductName(doc: Doc, from: number, to: number, known = false): boolean {
  const toks = doc.toks;
  const sentence = toks[from]!.sentence;
  const name = toks
    .slice(from, to)
    .map((t) => t.lower)
    .join(" ");
  // "wrote on Truth Social", "posts on his own site, Truth Social": a platform written on is where words
  // appeared, not who spoke.
  if (PLATFORMS.has(name) && writtenOn(doc, from)) return true;
  const productNoun = (w: string) =>
    THING_NOUNS.has(w) || (!known && CRAFT_NOUNS.has(w)) || (MEDIA_NOUNS.has(w) && (!known || PLATFORMS.has(name)));
  const next = toks[to];
  // "her YouTube channel", "PC and console games": a name qualifying a product noun.
  if (next && next.sentence === sentence) {
    if (productNoun(next.lower)) return true;
    const joined = toks[to + 1];
    if ((next.lower === "and" || next.lower === "or") && joined && joined.sentence === sentence) {
      const after = toks[to + 2];
      if (/^[a-z]/.test(joined.text) && (productNoun(joined.lower) || (after && productNoun(after.lower)))) {
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

/** How far back "on" may stand before a platform's name: "on his own site, Truth Social". */
const ON_REACH = 5;

/** Does "on"/"via" stand before token `from`, with only lower-case words and commas between? */
function writtenOn(doc: Doc, from: number): boolean {
  const sentence = doc.toks[from]!.sentence;
  for (let k = from - 1; k >= 0 && k >= from - ON_REACH; k--) {
    const t = doc.toks[k]!;
    if (t.sentence !== sentence || t.cap) return false;
    if (t.lower === "on" || t.lower === "via") return true;
  }
  return false;
}
