// Short readable titles: "Blinken–Aliyev call", "Azerbaijani offensive in Nagorno-Karabakh".
import type { Actor, EventType, Participant, Place } from "@dateline/core/schema";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { familyName } from "../entities/family-name";
import { DEMONYMS } from "../entities/tables/demonyms";
import type { Mention } from "../types";

countries.registerLocale(en);

/** A country's adjective from the shared demonym table ("Azerbaijan" → "Azerbaijani"), when the text gives none. */
function tableDemonym(actor: Actor): string | undefined {
  if (actor.kind !== "country") return undefined;
  if (!demonymCache.has(actor.name)) {
    const code = countries.getAlpha2Code(actor.name, "en");
    demonymCache.set(actor.name, code ? DEMONYMS.get(code)?.[0] : undefined);
  }
  return demonymCache.get(actor.name);
}

/** getAlpha2Code scans every country name; titles ask for the same few countries again and again. */
const demonymCache = new Map<string, string | undefined>();

export interface Names {
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  /** How the article writes an actor as an adjective ("Azerbaijani"), from its demonym mentions. */
  demonyms: Map<string, string>;
}

export function namesOf(actors: Actor[], places: Place[], mentions: Mention[], text: string): Names {
  const demonyms = new Map<string, string>();
  for (const m of mentions) {
    if (m.via === "demonym" && !demonyms.has(m.entityId)) demonyms.set(m.entityId, text.slice(m.start, m.end));
  }
  return {
    actors: new Map(actors.map((a) => [a.id, a])),
    places: new Map(places.map((p) => [p.id, p])),
    demonyms,
  };
}

/** What a title calls each type, as a noun after the parties ("Blinken–Aliyev call"). */
const NOUNS: Record<EventType, string> = {
  call: "call",
  meeting: "meeting",
  talks: "talks",
  statement: "statement",
  "press-conference": "press conference",
  agreement: "agreement",
  "military-operation": "military operation",
  ceasefire: "ceasefire",
  war: "war",
  visit: "visit",
  hearing: "hearing",
  cancellation: "cancellation",
  decree: "decree",
  displacement: "displacement",
  sanction: "sanction",
  independence: "independence",
  election: "election",
  vote: "vote",
  ruling: "ruling",
  protest: "protest",
  other: "event",
};

/** Interactions are titled by both sides; other events by who acts. */
const PAIRWISE = new Set<EventType>(["call", "meeting", "talks", "agreement", "ceasefire", "war"]);

function shortName(names: Names, id: string): string {
  const actor = names.actors.get(id);
  if (!actor) return id;
  if (actor.kind !== "person") return actor.name;
  return familyName(actor.name.split(/\s+/)) || actor.name;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A wire dateline opening a clause: "TRIPOLI, Sept 12 (Mediterranean Wire) — ", "BENGHAZI — ", and with a plain
 * hyphen when a date (a digit, and no hyphen) follows the city ("KYIV, June 6 (Black Sea Wire) - "; not "US - China
 * talks", "US, EU - China talks" or the second hyphen of "… - The dam - a Soviet-era structure - was").
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:(?:,[^—–\n]{0,60})?\s+[—–]|,[^—–\n-]{0,30}\d[^—–\n-]{0,30}?\s+-)\s+/u;
/** Words of a clause kept for a title: a headline's length. */
const GIST_WORDS = 8;

/**
 * The clause's own first words, for a happening of no type ("Storm Daniel made landfall in eastern Libya on…"):
 * "Dbeibah event" or a bare "Event" says nothing, and no rule can name every kind of happening.
 */
export function gistOf(text: string, span: { start: number; end: number }): string | null {
  const clause = text.slice(span.start, span.end).replace(DATELINE, "").replace(/\s+/g, " ").trim();
  const words = clause.split(" ").filter(Boolean);
  if (words.length === 0) return null;
  const cut = words.length > GIST_WORDS;
  const kept = words
    .slice(0, GIST_WORDS)
    .join(" ")
    .replace(/[\s,;:.—–-]+$/u, "");
  return capitalise(cut ? `${kept}…` : kept);
}

export function titleFor(
  names: Names,
  type: EventType,
  participants: Participant[],
  placeId: string | null,
  headNoun: string | null,
  gist: string | null = null,
): string {
  // A happening of no type, with no noun of its own to call it by, is called by the clause that tells it: "Event"
  // says nothing. (A typed one keeps its type's noun, "Meeting in Prague": a clause's first words can be about
  // something else, "The two countries have been involved in…" for an independence.)
  if (type === "other" && headNoun === null && gist) return gist;
  const noun = headNoun ?? NOUNS[type];
  const agents = participants.filter((p) => p.role === "agent" || p.role === "host").map((p) => p.actorId);
  const others = participants.filter((p) => p.role === "counterpart").map((p) => p.actorId);
  const place = placeId ? names.places.get(placeId)?.name : undefined;
  const where = place ? ` in ${place}` : "";
  if (PAIRWISE.has(type) && participants.length > 0) {
    const sides = [...agents, ...others].slice(0, 3).map((id) => shortName(names, id));
    const all = sides.length > 0 ? sides : participants.slice(0, 3).map((p) => shortName(names, p.actorId));
    return `${all.join("–")} ${noun}${where}`;
  }
  const who = agents[0];
  if (!who) return `${capitalise(noun)}${where}`;
  const actor = names.actors.get(who);
  const adjective = actor && actor.kind !== "person" ? (names.demonyms.get(who) ?? tableDemonym(actor)) : undefined;
  if (adjective) return `${adjective} ${noun}${where}`;
  return `${shortName(names, who)} ${noun}${where}`;
}
