// A dated happening that no trigger names: "The spacecraft left Sriharikota on July 14", "built in the 1970s".
import type { Token } from "../nlp/analyze";
import { SPEECH_LEMMAS } from "../quotes/speech";
import type { Clause } from "./clauses";
import { MARKET_WORDS } from "./cues";
import { isIrrealis, quoteFloor } from "./status";
import type { TriggerRule } from "./triggers";
import { quotations, type Trigger } from "./triggers-in-clause";

/**
 * Verbs that tell no happening of their own with a date beside them: being and having, saying and thinking
 * (reporting verbs are triggers of their own), expecting, and the movements of a statistic ("inflation rose to
 * 140% in October" is a figure, not an event).
 */
const NOT_ACTIONS = new Set(
  (
    "be have do get say tell add note report state explain write accord call ask answer reply know think believe " +
    "expect hope want wish seem appear look feel remain stay keep continue need mean include involve show suggest " +
    "indicate estimate count put use let like see rise fall climb drop grow increase decrease decline jump surge " +
    "slow stand total reach exceed account range average double halve cost compare plan intend try aim seek " +
    "live work serve lead hold follow mark date become schedule reschedule slate"
  ).split(" "),
);

/**
 * Subjects whose dated moves are a market's or a statistic's, whatever the verb: "Shares of Tesla sank 12% on
 * Tuesday", "Stock markets crashed on Monday".
 */
const STATISTIC_SUBJECTS: ReadonlySet<string> = new Set([
  ...MARKET_WORDS,
  ..."inflation yield yields output sales exports imports growth unemployment production".split(" "),
]);
/** How many tokens before the verb its subject is looked for. */
const SUBJECT_REACH = 6;

/** How far (in tokens) the verb may stand before the date it is dated by; after it, a verb must be near. */
const REACH_BEFORE = 14;
const REACH_AFTER = 4;
/** How far after a phrase that opens its clause the clause's verb may stand. */
const OPENER_REACH = 16;

/** One rule per verb, so that two verbs of one article are two happenings and the same verb may fold. */
const rules = new Map<string, TriggerRule>();
/**
 * Verbs of making something public: a dated one is a statement ("would publish the results on Sunday"), and so is a
 * dated speech act that no trigger names ("On Tuesday, the governor warned …": SPEECH_LEMMAS).
 */
const PUBLISHING = new Set(["publish", "announce", "unveil", "present", "release", "issue", "disclose", "reveal"]);

function ruleFor(lemma: string): TriggerRule {
  let rule = rules.get(lemma);
  if (!rule) {
    const type = PUBLISHING.has(lemma) || SPEECH_LEMMAS.has(lemma) ? "statement" : "other";
    rule = { type, pattern: `dated:${lemma}`, family: `dated:${lemma}` };
    rules.set(lemma, rule);
  }
  return rule;
}

/** Is this rule one `datedAction` made? */
export function isDatedAction(rule: TriggerRule): boolean {
  return rule.pattern.startsWith("dated:");
}

function isAction(t: Token): boolean {
  return t.pos === "VERB" && /^[a-z]/i.test(t.text) && !NOT_ACTIONS.has(t.lemma.toLowerCase());
}

/**
 * The verb a clause with no trigger tells a dated happening with, as a trigger: the last action verb before the
 * clause's first dated phrase (within REACH_BEFORE tokens, none of it quoted speech), else the first just after it
 * ("In February, Helsinki began building a fence"). Null when the clause has no dated phrase, or the happening is
 * denied or hypothetical.
 */
export function datedAction(
  tokens: Token[],
  clause: Clause,
  dated: ReadonlyArray<{ start: number; end: number }>,
  triggers: ReadonlyArray<{ start: number; end: number }> = [],
): Trigger | null {
  const phrase = dated.find((p) => p.start >= clause.tokenStart && p.end <= clause.tokenEnd);
  if (!phrase) return null;
  const quoted = quotations(tokens, clause.sentence.tokenStart, clause.sentence.tokenEnd);
  const inQuote = (k: number) => quoted.some((q) => k >= q.start && k < q.end);
  // A trigger's words are its own: the verb is looked for between the phrase and the nearest trigger.
  const inTrigger = (k: number) => triggers.some((t) => k >= t.start && k < t.end);
  if (inQuote(phrase.start)) return null;
  let at = -1;
  for (let k = phrase.start - 1; k >= Math.max(clause.tokenStart, phrase.start - REACH_BEFORE) && at < 0; k--) {
    if (inQuote(k) || inTrigger(k)) break;
    if (isAction(tokens[k]!)) at = k;
  }
  // A phrase opening the clause ("On September 26, a spacecraft about the size of a vending machine slammed into
  // Dimorphos") dates its main verb, however long the subject.
  const opens = phrase.start <= clause.tokenStart + 1 && tokens[phrase.end]?.text === ",";
  const reach = opens ? OPENER_REACH : REACH_AFTER;
  for (let k = phrase.end; at < 0 && k < Math.min(clause.tokenEnd, phrase.end + reach); k++) {
    if (inQuote(k) || inTrigger(k)) break;
    if (isAction(tokens[k]!)) at = k;
  }
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(clause.tokenStart, at - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    // The word as written too: at a sentence's start a plural may be tagged a name, lemma and all ("Shares of Tesla").
    if (STATISTIC_SUBJECTS.has(t.lemma.toLowerCase()) || STATISTIC_SUBJECTS.has(t.text.toLowerCase())) return null;
  }
  const floor = quoteFloor(tokens, clause.tokenStart, at);
  if (isIrrealis(tokens, { start: at, end: at + 1, floor, ceiling: clause.tokenEnd })) return null;
  return { rule: ruleFor(tokens[at]!.lemma.toLowerCase()), start: at, end: at + 1, clause };
}
