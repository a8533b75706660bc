// Framing: the names an article gives an event — a quoted term and whose it is, or the article's own head noun.
import type { Token } from "../nlp/analyze";
import { FRAMING_LEADS } from "./cues";
import { PatternIndex } from "./match";

const leads = new PatternIndex(FRAMING_LEADS.map((c) => [c, c] as const));
const OPEN_QUOTES = new Set(["“", '"', "«", "‘", "'", "„"]);
const CLOSE_QUOTES = new Set(["”", '"', "»", "’", "'", "“"]);

/** Lower-case modifiers that classify an operation rather than judge it: "military offensive", not "swift". */
const CLASSIFIERS = new Set([
  "military",
  "armed",
  "naval",
  "air",
  "ground",
  "nuclear",
  "terrorist",
  "civil",
  "special",
  "joint",
  "peacekeeping",
  "punitive",
  "retaliatory",
  "humanitarian",
  "full-scale",
  "large-scale",
  "cross-border",
]);

export interface QuotedFrame {
  /** Token index of the lead ("described") and the quoted words (without marks), end exclusive. */
  leadStart: number;
  start: number;
  end: number;
}

/** "what it described as “local anti-terrorist measures”": the quoted words after a framing lead. */
export function quotedFrames(tokens: Token[], from: number, to: number): QuotedFrame[] {
  const out: QuotedFrame[] = [];
  for (const { match } of leads.find(tokens, from, to)) {
    let open = match.end;
    while (open < to && open - match.end < 4 && !OPEN_QUOTES.has(tokens[open]!.text)) open++;
    if (open >= to || !OPEN_QUOTES.has(tokens[open]!.text)) continue;
    let close = open + 1;
    while (close < to && !CLOSE_QUOTES.has(tokens[close]!.text)) close++;
    if (close > open + 1) out.push({ leadStart: match.start, start: open + 1, end: close });
  }
  return out;
}

/** The article's own noun phrase for an event: the trigger noun with its classifying modifiers ("military operation"). */
export function headPhrase(
  tokens: Token[],
  trigger: { start: number; end: number },
  floor: number,
): { start: number; end: number } | null {
  if (tokens[trigger.end - 1]?.pos === "VERB") return null;
  let start = trigger.start;
  while (start - 1 >= floor) {
    const t = tokens[start - 1]!;
    const word = t.text.toLowerCase();
    const classifying =
      CLASSIFIERS.has(word) || (t.pos === "NOUN" && t.text === word) || /^[a-z]+-[a-z-]+$/.test(t.text);
    if (!classifying) break;
    start--;
  }
  // The tokenizer splits "full-scale" into full, -, scale: a phrase that stopped inside such a compound takes all of
  // it ("full-scale invasion", not "scale invasion").
  while (start - 2 >= floor && joinedByHyphen(tokens, start - 2)) start -= 2;
  return { start, end: trigger.end };
}

/** Are tokens k, k + 1 and k + 2 a word, a hyphen and a word written without spaces ("full-scale")? */
function joinedByHyphen(tokens: Token[], k: number): boolean {
  const [a, dash, b] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return !!a && !!b && dash?.text === "-" && a.end === dash.start && dash.end === b.start;
}
