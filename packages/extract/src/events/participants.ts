// Who takes part in an event, read from the clause around its trigger: subject → agent, "with X" → counterpart, …
import type { EventType, Participant, ParticipantRole } from "@dateline/core/schema";
import { startsUpper, type Token } from "../nlp/analyze";
import { COLLECTIVE_HEADS, NAMED_BY_OF } from "./cues";
import { type MentionGroup, titleWord } from "./groups";
import { orderedFloor } from "./status";

export interface Roles {
  participants: Participant[];
  placeId: string | null;
  /** True when the counterparts came as "the leaders of A and B": one interaction per party. */
  perParty: boolean;
}

/** What a preposition before a mention makes of it, per event type; anything else falls back to `default`. */
const PREPOSITION_ROLES: Record<string, Partial<Record<EventType | "default", ParticipantRole>>> = {
  with: { default: "counterpart" },
  between: { default: "counterpart" },
  and: { default: "counterpart" },
  against: { default: "target" },
  on: { "military-operation": "target", sanction: "target", default: "other" },
  upon: { "military-operation": "target", sanction: "target", default: "other" },
  to: {
    visit: "host",
    sanction: "target",
    "military-operation": "target",
    displacement: "other",
    default: "counterpart",
  },
  from: { displacement: "other", default: "other" },
  by: { default: "agent" },
};

/** Words opening a clause whose subject stands right before its verb: "after Scholz visited", "before Blinken met". */
const SUBORDINATORS = new Set(["after", "before", "since", "until", "as", "while", "when", "because", "once"]);
const ACTION_ON_OBJECT = new Set<EventType>(["military-operation", "sanction", "protest", "cancellation"]);
const NP_FILLER = new Set(["DET", "ADJ", "NUM"]);
/** Possessive determiners, which the tagger calls pronouns: "met his Azerbaijani counterpart Jeyhun Bayramov". */
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Words a phrase may open with before the name it introduces: "with their leader Ilham Aliyev". */
const filler = (t: Token) => NP_FILLER.has(t.pos) || POSSESSIVES.has(t.text.toLowerCase()) || titleWord(t);
/** Words of a description before "of <name>": "the Pacific island nation". */
const DESCRIBING = new Set(["NOUN", "PROPN"]);

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
/** Those who speak for a body: "a spokesperson for the European External Action Service said". */
const SPOKES_NOUNS = new Set(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"]);
/** The introducer of a body a spokesperson speaks for (no preposition's role applies to it). */
const SPEAKER = "spokesperson-for";

/** "leaders", "Delegations" (wink leaves a capitalised plural unlemmatised). */
function collectiveHead(t: Token | undefined): boolean {
  if (!t) return false;
  const lemma = t.lemma.toLowerCase();
  return COLLECTIVE_HEADS.has(lemma) || COLLECTIVE_HEADS.has(lemma.replace(/s$/, ""));
}

/** The word that introduces a phrase starting at `start`: the preposition before it, skipping determiners and adjectives. */
function introducer(tokens: Token[], start: number, floor: number): { word: string; at: number } {
  let i = start - 1;
  while (i >= floor && filler(tokens[i]!) && tokens[i]!.text !== "and") i--;
  if (i < floor) return { word: "", at: i };
  const t = tokens[i]!;
  // "a spokesperson for A": A speaks, as the subject would; after a trigger it takes no part in its event.
  if (SPOKES_NOUNS.has(lower(tokens[i - 1])) && (t.text === "for" || t.text === "of" || t.text === "from")) {
    return { word: SPEAKER, at: i - 1 };
  }
  // "the Pacific island nation of Nauru said": Nauru stands where its description stands.
  if (t.text === "of" && NAMED_BY_OF.has(lower(tokens[i - 1]))) {
    let j = i - 1;
    while (j > floor && (NP_FILLER.has(tokens[j - 1]!.pos) || DESCRIBING.has(tokens[j - 1]!.pos))) j--;
    return introducer(tokens, j, floor);
  }
  // "the leaders of A": the group stands where "the leaders" stands.
  if ((t.text === "of" || t.text === "from") && collectiveHead(tokens[i - 1])) {
    let j = i - 2;
    while (j >= floor && NP_FILLER.has(tokens[j]!.pos)) j--;
    return { word: j >= floor ? `collective:${lower(tokens[j])}` : "collective:", at: j };
  }
  return { word: t.text === "," ? "," : t.pos === "ADP" || t.text === "and" ? lower(t) : "", at: i };
}

/** Is the group the possessor of the trigger's noun phrase: "Baku's [military] operation", "Blinken's pledge to lift the ban"? */
function possessorOf(tokens: Token[], group: MentionGroup, triggerStart: number): boolean {
  const s = tokens[group.tokenEnd];
  if (!s || !/^['’]s?$/.test(s.text)) return false;
  for (let i = group.tokenEnd + 1; i < triggerStart; i++) {
    const t = tokens[i]!;
    if (t.pos === "ADP" || t.pos === "CCONJ" || t.text === ",") return false;
  }
  return triggerStart - group.tokenEnd <= 8;
}

/** Groups chained to `index` by "and" or ",": "Armenia and Azerbaijan", "A, B and C". */
function coordinated(tokens: Token[], groups: MentionGroup[], index: number, step: 1 | -1): MentionGroup[] {
  const out: MentionGroup[] = [];
  let cur = groups[index]!;
  for (let k = index + step; k >= 0 && k < groups.length; k += step) {
    const next = groups[k]!;
    const [a, b] = step === 1 ? [cur.tokenEnd, next.tokenStart] : [next.tokenEnd, cur.tokenStart];
    const between = tokens.slice(a, b).filter((t) => t.pos !== "DET");
    if (between.length === 0 || between.length > 2 || !between.every((t) => t.text === "and" || t.text === ",")) break;
    out.push(next);
    cur = next;
  }
  return out;
}

// What a statement says happened somewhere is not where it was said: "said in Brussels" places the statement,
// "said there were no troops in Karabakh" does not. Only an "in"/"at" right after the speech verb counts.
const SPEECH = new Set<EventType>(["statement", "press-conference"]);

// Module-level: a /\p{…}/u literal in a function is built again at every call under esbuild.

/**
 * A common noun right before a speech verb ("officials said", "residents told") that no mention covers or
 * follows directly ("Azerbaijani officials", "the ministry" name someone): the speaker is unnamed.
 */
function unnamedSubject(tokens: Token[], groups: MentionGroup[], at: number): boolean {
  const noun = tokens[at - 1];
  if (noun?.pos !== "NOUN" || startsUpper(noun.text)) return false;
  return !groups.some((g) => g.tokenEnd === at - 1 || (g.tokenStart <= at - 1 && at - 1 < g.tokenEnd));
}

export function assignRoles(
  tokens: Token[],
  type: EventType,
  trigger: { start: number; end: number },
  clause: { tokenStart: number; tokenEnd: number },
  groups: MentionGroup[],
  stopAt: number,
  agentRole: ParticipantRole = "agent",
): Roles {
  const roles = new Map<string, ParticipantRole>();
  let agents = 0;
  const add = (g: MentionGroup, role: ParticipantRole) => {
    if (g.actorId && !roles.has(g.actorId) && role === agentRole) agents++;
    if (g.actorId && !roles.has(g.actorId)) roles.set(g.actorId, role);
  };
  let placeId: string | null = null;
  let perParty = false;
  let between = false;
  const actorGroups = groups.filter((g) => g.actorId);

  // Agent: the possessor of the trigger noun, else the nearest subject-like group before it. A trigger noun
  // governed by "of" ("the cancellation of a meeting") takes no subject from outside its phrase.
  const governed = introducer(tokens, trigger.start, clause.tokenStart).word === "of";
  // "…, killing 12 people, officials said": a plain noun that names no one speaks, not a name further back.
  const nobody = SPEECH.has(type) && unnamedSubject(tokens, actorGroups, trigger.start);
  // "Ruto said …, a day after protesters stormed parliament": the subject of what came after the comma and "after"
  // is told there, not in the main clause.
  const ordered = orderedFloor(tokens, clause.tokenStart, trigger.start);
  const before =
    governed || nobody ? [] : actorGroups.filter((g) => g.tokenEnd <= trigger.start && g.tokenStart >= ordered);
  for (let k = before.length - 1; k >= 0; k--) {
    const g = before[k]!;
    const intro = introducer(tokens, g.tokenStart, clause.tokenStart);
    const collective = intro.word.startsWith("collective:") && intro.word !== "collective:by";
    // "a day after German Chancellor Olaf Scholz visited Kyiv": the subject of a clause a conjunction opens.
    const clauseSubject =
      SUBORDINATORS.has(intro.word) && g.tokenEnd === trigger.start && tokens[trigger.start]?.pos === "VERB";
    const subject = intro.word === "" || intro.word === "," || intro.word === SPEAKER || collective || clauseSubject;
    if (possessorOf(tokens, g, trigger.start) || (subject && !/^['’]s?$/.test(tokens[g.tokenEnd]?.text ?? ""))) {
      add(g, agentRole);
      for (const c of coordinated(tokens, before, k, -1)) add(c, agentRole);
      for (const c of coordinated(tokens, before, k, 1)) add(c, agentRole);
      break;
    }
  }

  // After the trigger: objects and prepositional partners, until the next event's trigger or a new verb.
  const afterGroups = groups.filter((g) => g.tokenStart >= trigger.end && g.tokenStart < stopAt);
  let lastRole: ParticipantRole | null = null;
  let lastEnd = -1;
  for (const g of afterGroups) {
    const intro = introducer(tokens, g.tokenStart, trigger.start);
    const inOrAt = intro.word === "in" || intro.word === "at";
    if (!g.actorId || inOrAt) {
      if (inOrAt && placeId === null && g.placeId && (!SPEECH.has(type) || g.tokenStart - trigger.end <= 2)) {
        placeId = g.placeId;
      }
      if (!g.actorId || inOrAt) continue;
    }
    let role: ParticipantRole | null = null;
    const hasAgent = agents > 0;
    const verbNext = ["VERB", "AUX"].includes(tokens[g.tokenEnd]?.pos ?? "");
    const chained = lastRole !== null && (intro.word === "and" || intro.word === ",") && g.tokenStart - lastEnd <= 3;
    if (intro.word === "," && !hasAgent && verbNext) {
      role = agentRole; // the subject after a fronted phrase: "In a phone call with X, Secretary Blinken emphasized"
    } else if (chained) role = lastRole;
    else if (intro.word.startsWith("collective:")) {
      perParty = true;
      const via = intro.word.slice("collective:".length);
      role = ACTION_ON_OBJECT.has(type) ? "target" : (PREPOSITION_ROLES[via]?.[type] ?? "counterpart");
      if (via === "by") role = "agent";
    } else if (intro.word === "" && intro.at < trigger.end) {
      role = ACTION_ON_OBJECT.has(type) ? "target" : "counterpart"; // direct object
    } else {
      const table = PREPOSITION_ROLES[intro.word];
      role = table ? (table[type] ?? table.default ?? null) : null;
      if (role === "agent" && hasAgent) role = null;
      if (intro.word === "between") between = true;
    }
    if (role && role !== "other") add(g, role);
    lastRole = role;
    lastEnd = g.tokenEnd;
  }
  // "The Kakhovka dam … was blown apart", "the Key Bridge collapsed": a place the trigger opens on is where it was.
  if (placeId === null) {
    const at = groups.find(
      (g) => g.placeId && !g.actorId && g.tokenStart <= trigger.start && trigger.start < g.tokenEnd,
    );
    if (at) placeId = at.placeId;
  }
  // "between A and B" with no subject: the first named acts.
  if (between && agents === 0 && roles.size > 1) {
    const [first] = roles.keys();
    if (first && roles.get(first) === "counterpart") roles.set(first, agentRole);
  }
  // Mentions inside a spread trigger ("receive the senior U.S. diplomat in") are its object.
  for (const g of actorGroups) {
    if (g.tokenStart > trigger.start && g.tokenEnd <= trigger.end)
      add(g, ACTION_ON_OBJECT.has(type) ? "target" : "counterpart");
  }
  return {
    participants: [...roles].map(([actorId, role]) => ({ actorId, role })),
    placeId,
    perParty,
  };
}
