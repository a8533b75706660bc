// One trigger → one draft event: its people and place, status, the article's own name for it, its clause.
import { makeEvidence } from "@dateline/core/evidence";
import type { Framing, ParticipantRole } from "@dateline/core/schema";
import { startsUpper, type Token } from "../nlp/analyze";
import { SEPARATE_CUES } from "./cues";
import { headPhrase } from "./framing";
import type { MentionGroup } from "./groups";
import type { Draft } from "./merge";
import { assignRoles } from "./participants";
import { hasBackgroundCue, quoteFloor, statusOf } from "./status";
import { inSpeech, type Trigger } from "./triggers-in-clause";

/** Verbs whose subject receives the others: "Aliyev agreed to receive the diplomat in Baku". */
const HOSTING_VERBS = new Set(["receive", "host", "welcome"]);

/** Words opening a relative clause, whose people do something else: "land at Andrews, where Biden planned to greet them". */
const RELATIVES = new Set(["where", "which", "who", "whom", "whose"]);

/**
 * Where a trigger's people stop: a relative clause, the next trigger, or the next verb outside it. A trigger in a fronted phrase
 * ("In a separate call, Blinken engaged with Pashinyan") reaches over the main verb to its partners.
 */

function stopOf(tokens: Token[], triggers: Trigger[], i: number): number {
  const t = triggers[i]!;
  const next = triggers[i + 1]?.start ?? t.clause.tokenEnd;
  const fronted = tokens[t.clause.tokenStart]?.pos === "ADP";
  let verbs = 0;
  let comma = false;
  for (let k = t.end; k < next; k++) {
    const tok = tokens[k]!;
    if (tok.text === ",") comma = true;
    if (RELATIVES.has(tok.text.toLowerCase())) return k;
    if (tok.pos !== "VERB") continue;
    if (fronted && comma && verbs === 0 && ["with", "to"].includes(tokens[k + 1]?.text ?? "")) {
      verbs++;
      continue;
    }
    return k;
  }
  return next;
}

export function draftFor(
  doc: { articleId: string; text: string; tokens: Token[] },
  triggers: Trigger[],
  i: number,
  groups: MentionGroup[],
): Draft {
  const { tokens, text, articleId } = doc;
  const t = triggers[i]!;
  const clause = t.clause;
  const agentRole: ParticipantRole = HOSTING_VERBS.has(tokens[t.start]!.lemma) ? "host" : "agent";
  const roles = assignRoles(tokens, t.rule.type, t, clause, groups, stopOf(tokens, triggers, i), agentRole);
  const floor = quoteFloor(tokens, clause.tokenStart, t.start);
  const ceiling = triggers[i + 1]?.start ?? clause.tokenEnd;
  const status = t.calledOff
    ? "cancelled"
    : statusOf(tokens, t.rule.type, { start: t.start, end: t.end, floor, ceiling });
  const previous = i > 0 ? triggers[i - 1]!.end : clause.tokenStart;
  const found = t.rule.head ? headPhrase(tokens, t, Math.max(previous, t.start - 4)) : null;
  const head =
    found && t.rule.natural ? { start: found.start, end: namedEnd(tokens, found.end, clause.tokenEnd) } : found;
  const framing: Framing[] = [];
  let headNoun: string | null = null;
  if (head) {
    const start = tokens[head.start]!.start;
    const end = tokens[head.end - 1]!.end;
    headNoun = text.slice(start, end);
    framing.push({ term: headNoun, by: null, evidence: makeEvidence(articleId, text, start, end) });
  }
  const near = tokens.slice(Math.max(clause.tokenStart, t.start - 2), t.end);
  const separate = near.some((k) => SEPARATE_CUES.has(k.text.toLowerCase()));
  const lead = text.slice(
    tokens[Math.max(clause.tokenStart, t.start - COMPARISON_REACH)]!.start,
    tokens[t.start]!.start,
  );
  const compared = COMPARISON.test(lead);
  return {
    type: t.occasion ? "other" : crowdActs(tokens, t, clause.tokenStart) ? "protest" : t.rule.type,
    weak: t.rule.weak ?? false,
    delivery: (t.rule.delivery ?? false) || inSpeech(tokens, t),
    separate,
    compared,
    status,
    // What the news is compared with is its context.
    background: status === "occurred" && (compared || hasBackgroundCue(tokens, clause.tokenStart, t.end)),
    date: null,
    participants: t.rule.natural
      ? []
      : t.rule.agentsOnly
        ? roles.participants.filter((p) => p.role === agentRole)
        : roles.participants,
    placeId: roles.placeId,
    framing,
    spans: [{ start: clause.start, end: clause.end }],
    headNoun,
    perParty: roles.perParty || separate,
    definite: isDefinite(tokens, t, previous),
    pattern: t.rule.family ?? t.rule.pattern,
    ...(t.rule.alone ? { alone: true } : {}),
  };
}

/** Unarmed crowds: what they storm, invade or attack is a riot, not a military operation. */
const CROWDS = new Set([
  "supporter",
  "protester",
  "protestor",
  "demonstrator",
  "rioter",
  "crowd",
  "mob",
  "fan",
  "activist",
  "marcher",
]);

/** Armed people, who make the same verbs fighting: "Thousands of troops invaded". */
const ARMED = new Set([
  "troop",
  "soldier",
  "force",
  "army",
  "militant",
  "fighter",
  "gunman",
  "rebel",
  "police",
  "military",
]);

/** How many words into its clause a subject's head may stand: "BRASÍLIA — Thousands of supporters of …". */
const SUBJECT_REACH = 5;

/**
 * The clause's subject is a crowd: "Thousands of supporters of … Bolsonaro broke through police lines and invaded
 * the National Congress", "A mob attacked the police station". Only a verb's subject, and only the words before
 * the clause's first verb, count: in "demonstrators stormed the airfield, and two were killed in clashes" the
 * clashes are not the demonstrators' doing.
 */
function crowdActs(tokens: Token[], t: Trigger, from: number): boolean {
  if (t.rule.type !== "military-operation" || tokens[t.start]!.pos !== "VERB") return false;
  let crowd = false;
  let words = 0;
  for (let k = from; k < t.start && words < SUBJECT_REACH; k++) {
    const tok = tokens[k]!;
    if (tok.pos === "PUNCT") continue;
    words++;
    if (tok.pos === "VERB" || tok.pos === "AUX") break;
    const lemma = tok.lemma.toLowerCase();
    if (ARMED.has(lemma)) return false;
    if (CROWDS.has(lemma)) crowd = true;
  }
  return crowd;
}

/**
 * Words that bring in another happening to compare with: "The scenes recalled the storming of the US Capitol",
 * "drew comparisons with the January 6, 2021, assault". What is compared is another event than the news.
 */
const COMPARISON =
  /\b(?:recall(?:ed|s|ing)?|echo(?:ed|es|ing)|comparisons? (?:with|to)|compared (?:(?!and\b|to\b|with\b)\w+ ){0,3}(?:with|to)|reminiscent of|likened (?:(?!and\b|to\b)\w+ ){0,3}to|evok(?:ed|es|ing))\b/i;
/** How many tokens before a trigger a comparison's words may stand. */
const COMPARISON_REACH = 8;

/** How many name words may follow a disaster's noun: "Hurricane Otis", "Storm Daniel", "Typhoon Mawar". */
const STORM_NAME_WORDS = 2;

/** Where a disaster's name ends after its capitalised noun ("Hurricane Otis"); `end` when it has none. */
function namedEnd(tokens: Token[], end: number, limit: number): number {
  const noun = tokens[end - 1]!;
  if (!startsUpper(noun.text)) return end;
  let k = end;
  while (k < Math.min(limit, end + STORM_NAME_WORDS) && tokens[k]!.pos === "PROPN" && startsUpper(tokens[k]!.text)) k++;
  return k;
}

/** Determiners that point back to a thing already told; a possessive "'s" names whose it is. */
const DEFINITE = new Set(["the", "this", "that", "'s", "’s"]);

/**
 * A singular event noun led by "the" or a possessive within its noun phrase ("the offensive", "Baku's military
 * operation"): the article speaks of a happening it assumes known. "their October 6 meetings" is plural: new ones.
 */
function isDefinite(tokens: Token[], t: Trigger, floor: number): boolean {
  const noun = tokens[t.end - 1]!;
  if (noun.pos !== "NOUN" || noun.text.toLowerCase() !== noun.lemma.toLowerCase()) return false;
  // A verb's object is no definite retelling: "The WHO declared … an emergency" is not "the emergency".
  if (tokens[t.start]!.pos === "VERB") return false;
  for (let k = t.start - 1; k >= Math.max(floor, t.start - 4); k--) {
    const tok = tokens[k]!;
    if (DEFINITE.has(tok.text.toLowerCase())) return true;
    if (tok.pos !== "ADJ" && tok.pos !== "NOUN" && tok.pos !== "PROPN" && tok.pos !== "PART") return false;
  }
  return false;
}
