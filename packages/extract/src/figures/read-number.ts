// One number in the text → a figure draft, or null when it is not a count (a date, a measure, a label).
import type { Token } from "../nlp/analyze";
import type { DocContext } from "../types";
import { bareHeadAt, type Counted, countSubjectBefore, nounPhraseAt, partitiveAt } from "./counted";
import { clean, type FigureDraft, firstTokenFrom, sentenceAt } from "./draft";
import { CURRENCIES, numberValue } from "./number-words";
import { qualifierBefore } from "./qualifiers";

/** Units after a number that make it a measure, not a count (a distance, a magnitude, a share, a time). */
const MEASURE_AFTER =
  /^\s*(?:%|per\s*cent|percent|percentage|magnitude|on the richter|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|kg|kilograms?|degrees?|°|mph|km\/h|hectares?|acres?|square|[kmgt]b\b|(?:kilo|mega|giga|tera)bytes?|a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|o'clock)/i;
/** A percentage of something: "61.9 percent of voters", "about 25 percent of the bank's deposits". */
const SHARE_AFTER = /^\s*(?:%|per\s*cent|percent)\s+of\b/i;
/**
 * A percentage that moves a price or a value is a measure of change, not a share of anything: "lost around 80
 * percent of its value", "fell 8 percent", "penalties of up to 5% of turnover".
 */
const CHANGE_BEFORE = new RegExp(
  `\\b(?:${[
    "lost|lose|loses|losing|fell|fall|falls|rose|rise|rises|gained|gain|gains|jumped|dropped|slid|climbed|plunged|shed",
    "declined|decreased|grew|surged|soared|tumbled|slumped|cut|reduced|wiped out|(?:rose|fell|risen|fallen) to",
    // "by" only after a change: "fell by 8 percent", not "approved by 61.9 percent of voters".
    "(?:fell|rose|dropped|grew|declined|increased|decreased|cut|reduced|raised|lowered) by",
    "up to",
  ].join("|")})\\s+(?:(?:about|around|nearly|almost|roughly|some|more than|over|less than)\\s+)?$`,
  "i",
);
/** What a share of which is a measure of change, whatever verb tells it: "40 percent of the bank's value". */
const MEASURED_HEADS = /^(?:value|price|prices|worth|gdp)$/i;
const POSSESSIVE = /^['’]s$/;
/** How many tokens the percent sign or word takes before its "of": "%", "percent", "per cent". */
const percentTokens = (t: Token | undefined) => (t?.text.toLowerCase() === "per" ? 2 : 1);

/** Words before a number that make it a label or a measure: "magnitude 6.8", "aged 54", "No. 5". */
const LABEL_BEFORE =
  /\b(?:magnitude|aged|age|no\.|number|page|article|section|chapter|resolution|flight|route|room|platform)\s*$/i;
/**
 * A stretch of calendar time ("three days", "90 days", "more than 30 years of conflict", "two weeks of
 * talks") is a duration, not a count of anything: the gold annotation never counts one, so neither do we.
 * Minutes and seconds stay: they are what science stories measure ("shortened the orbit by 32 minutes").
 */
const DURATION = /^(?:hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)\b/i;
/** Small numbers in words after these refer back ("the two countries"), they do not count anew. */
const REFERRING_BEFORE = /\b(?:the|these|those|both)\s+$/i;

/** What one number match says: its groups from NUMBER_PATTERN and where it stands. */
export interface NumberMatch {
  start: number;
  end: number;
  currency: string | undefined;
  digits: string | undefined;
  word: string | undefined;
  article: string | undefined;
  scales: string;
}

/** A currency figure counts its currency, with what the money is for when the text says ("in aid"). */
function currencyCounts(text: string, currency: string, after: Counted | null, inOf: Counted | null): string {
  const sign = currency.trim().toLowerCase();
  // Dollars of other countries ("A$", "HK$") keep their prefix: they are not US dollars.
  const name = CURRENCIES[sign] ?? (sign.endsWith("$") ? `${currency.trim().slice(0, -1)} dollars` : currency.trim());
  if (after) return `${name} (${clean(text.slice(after.start, after.end))})`;
  if (inOf) return `${name} ${clean(text.slice(inOf.start, inOf.end))}`;
  return name;
}

/** A capitalised name right before the number makes it part of the name ("Resolution 2334", "Boeing 737"). */
function namedBefore(tokens: Token[], first: number, sentenceStart: number): boolean {
  const prev = tokens[first - 1];
  return !!prev && first - 1 > sentenceStart && /^[A-Z]/.test(prev.text) && prev.pos === "PROPN";
}

/**
 * Reads one number. `shared` is what the first figure of the same sentence counted, for lists that name
 * the noun once ("51 of the 113 seats, 52 for the KMT and eight for the TPP").
 */
export function readNumber(
  ctx: DocContext,
  n: NumberMatch,
  shared: { sentence: number; counts: string } | null,
): (FigureDraft & { sentence: number }) | null {
  const { text, analysis } = ctx;
  const tokens = analysis.tokens;
  const value = numberValue(n.digits, n.word ?? n.article, n.scales);
  if (value === null) return null;
  // "5m" without a currency is five metres, "10k" a race: glued scales count only money.
  if (!n.currency && /^[a-z]/i.test(n.scales)) return null;
  if (n.word?.toLowerCase() === "one" && !n.scales) return null; // "one of the", "one side": rarely a count
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 24);
  if (SHARE_AFTER.test(after) && !CHANGE_BEFORE.test(before) && !LABEL_BEFORE.test(before)) {
    return readShare(ctx, n, value, before);
  }
  if (MEASURE_AFTER.test(after) || LABEL_BEFORE.test(before)) return null;
  if (n.word && !n.scales && REFERRING_BEFORE.test(before)) return null;
  // "1 in 5 adults" is a share, not a count.
  if (/^\s+in\s+\d/.test(after) || /\d\s+in\s+$/.test(before)) return null;
  const sentence = sentenceAt(analysis.sentences, n.start);
  if (!sentence) return null;
  const first = firstTokenFrom(tokens, sentence, n.start);
  if (!n.currency && namedBefore(tokens, first, sentence.tokenStart)) return null;
  const next = firstTokenFrom(tokens, sentence, n.end);
  const limit = sentence.tokenEnd;
  const np = nounPhraseAt(tokens, next, limit);
  const part = np ? null : partitiveAt(tokens, next, limit);
  const prep = !np && n.currency && /^(?:in|of|for)$/i.test(tokens[next]?.text ?? "");
  const money = prep ? nounPhraseAt(tokens, next + 1, limit) : null;
  // "$2.5 billion in aid": the preposition stays in the counted words.
  const inOf = money ? { start: tokens[next]!.start, end: money.end } : null;
  const phrase = np ?? part ?? bareHeadAt(tokens, next, limit);
  let counts: string | null = null;
  if (n.currency) counts = currencyCounts(text, n.currency, np, inOf);
  else if (phrase) counts = clean(text.slice(phrase.start, phrase.end));
  else if (shared?.sentence === sentence.index) counts = shared.counts;
  else {
    const subject = countSubjectBefore(tokens, sentence.tokenStart, first);
    counts = subject ? clean(text.slice(subject.start, subject.end)) : null;
  }
  // "killed 12 people and injured 40 others", "25 survivors, and three more": the noun told before.
  if (counts && /^(?:others?|more)$/i.test(counts) && shared?.sentence === sentence.index) counts = shared.counts;
  if (!counts || DURATION.test(counts)) return null;
  if (/^\s*,/.test(after) && /,\s*$/.test(before) && !phrase && !n.currency) return null; // "Hassan Ait Ali, 54,": an age
  // "half a million people": the half belongs to the number.
  const half = n.article && n.scales ? /\bhalf\s+$/i.exec(before) : null;
  const amount = half ? value / 2 : value;
  const numberStart = half ? n.start - half[0].length : n.start;
  const q = qualifierBefore(text.slice(Math.max(0, numberStart - 40), numberStart));
  const start = q ? numberStart - q.length : numberStart;
  const end = Math.max(n.end, (n.currency ? (np ?? inOf) : phrase)?.end ?? n.end);
  return {
    start,
    end,
    value: amount,
    qualifier: q?.qualifier ?? "exact",
    counts,
    text: text.slice(start, end),
    sentence: sentence.index,
  };
}

/**
 * A share of something countable ("61.9 percent of voters rejected the draft", "about 84 percent of Tonga's
 * population"): what it counts is "percent of" the phrase after "of", as a reader would say it.
 */
function readShare(
  ctx: DocContext,
  n: NumberMatch,
  value: number,
  before: string,
): (FigureDraft & { sentence: number }) | null {
  const { text, analysis } = ctx;
  const tokens = analysis.tokens;
  const sentence = sentenceAt(analysis.sentences, n.start);
  if (!sentence) return null;
  const sign = firstTokenFrom(tokens, sentence, n.end);
  const of = sign + percentTokens(tokens[sign]);
  const part = partitiveAt(tokens, of, sentence.tokenEnd);
  if (!part) return null;
  const head = text.slice(part.start, part.end).split(/\s+/).at(-1) ?? "";
  if (MEASURED_HEADS.test(head)) return null;
  // A possessive carries on to what is owned: "Tonga's population", "the bank's deposits".
  let end = part.end;
  for (let k = firstTokenFrom(tokens, sentence, end); POSSESSIVE.test(tokens[k]?.text ?? ""); ) {
    const owned = nounPhraseAt(tokens, k + 1, sentence.tokenEnd);
    if (!owned) break;
    end = owned.end;
    k = firstTokenFrom(tokens, sentence, end);
  }
  const q = qualifierBefore(before);
  const start = q ? n.start - q.length : n.start;
  return {
    start,
    end,
    value,
    qualifier: q?.qualifier ?? "exact",
    counts: `percent of ${clean(text.slice(tokens[of + 1]!.start, end))}`,
    text: text.slice(start, end),
    sentence: sentence.index,
  };
}
