// Organisations: names with head words, possessive owners, coordinated plurals, and "the company".
import { partitionPoint } from "../nlp/search";
import type { Mention } from "../types";
import { type Chunk, pieceText, singular } from "./chunks";
import { aWordAtStart, type Ctx, countryActor, type Geo, institutionCountry, someIn, span } from "./context";
import { countryAdjective } from "./lexicon";
import { afterLocationPreposition } from "./places";
import type { Registry } from "./registry";
import {
  APPOSITIVE_ORG_NOUNS,
  INSTITUTION_COUNTRY,
  KNOWN_ORGS,
  ORG_HEADS,
  SEAT_BUILDINGS,
  STATE_SEATS,
} from "./tables/orgs";
import { type Doc, POSSESSIVE_MARKS } from "./tokens";

const NOT_OF = new Set(["and", ...POSSESSIVE_MARKS]);

/** Is this chunk an organisation name? Its last word (before an "of …" tail) is an organisation head. */
export function orgHeadAt(c: Ctx, chunk: Chunk): boolean {
  // The head stands before the first "of"/"for" ("House of Representatives", "Ministry of Foreign Affairs"),
  // or last ("OSCE Parliamentary Assembly").
  const pieces = chunk.pieces;
  // "and" joins two halves of one name ("Monitoring and Research Centre"): the head is still last.
  // A possessive inside the name ("Sudan Doctors' Syndicate") is no "of" either.
  const connector = pieces.findIndex((p) => p.kind === "connector" && !NOT_OF.has(c.doc.toks[p.from]!.lower));
  const head = pieces[connector < 0 ? pieces.length - 1 : connector - 1];
  if (head?.kind !== "word") return false;
  const word = c.doc.toks[head.from]!.lower;
  // A plural head before "of"/"for" names one body: "Centres for Disease Control", "Federation of … Societies".
  return ORG_HEADS.has(word) || (connector >= 0 && ORG_HEADS.has(singular(word)));
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * "The Armenian and Azeri foreign ministries": one organisation per country adjective, named in the singular
 * ("Armenian Foreign Ministry", "Azerbaijani Foreign Ministry"). Governments are left to the countries.
 */
export function pluralOrganisations(c: Ctx): void {
  const { doc, reg } = c;
  const geoAt = (k: number): { code: string; to: number } | null => {
    const chunk = c.chunkAt.get(k);
    const e =
      chunk?.from === k && chunk.pieces.length === 1
        ? chunk.pieces[0]!.entries.find((x): x is Geo => x.kind === "demonym")
        : undefined;
    return e && chunk ? { code: e.code, to: chunk.to } : null;
  };
  for (let k = 0; k < doc.toks.length; k++) {
    const list: Array<{ code: string; from: number; to: number }> = [];
    let j = k;
    for (;;) {
      const g = geoAt(j);
      if (!g) break;
      list.push({ code: g.code, from: j, to: g.to });
      const sep = doc.toks[g.to]?.lower;
      if (sep !== "and" && sep !== ",") {
        j = g.to;
        break;
      }
      j = g.to + 1;
    }
    if (list.length < 2) continue;
    const words: string[] = [];
    let end = j;
    while (end < doc.toks.length && words.length < 2 && !doc.toks[end]!.cap && /^[a-z]+$/.test(doc.toks[end]!.text)) {
      words.push(doc.toks[end]!.lower);
      end++;
    }
    const last = words[words.length - 1];
    const singular = last?.endsWith("ies") ? `${last.slice(0, -3)}y` : last?.endsWith("s") ? last.slice(0, -1) : null;
    if (!singular || singular === "government" || !ORG_HEADS.has(singular)) {
      k = j;
      continue;
    }
    const name = [...words.slice(0, -1), singular].map(titleCase).join(" ");
    for (const g of list) {
      const id = reg.actor(`${countryAdjective(g.code)} ${name}`, "organization");
      const s = span(doc, g.from, g.to);
      reg.mentionActor(id, s.start, s.end, "demonym");
      reg.addAffiliation(id, countryActor(c, g.code));
    }
    k = end;
  }
}

/** Nouns that refer back to a company ("the company said", "the iPhone maker"). */
const COMPANY_NOUNS = new Set([
  "company",
  "firm",
  "maker",
  "carrier",
  "group",
  "giant",
  "retailer",
  "manufacturer",
  "lender",
  "insurer",
  "airline",
  "automaker",
  "startup",
  "conglomerate",
]);

/**
 * "the ministry said", "the commission", "the company": a bare organisation noun after "the" refers back to
 * the most recent organisation whose name ends in that noun (for a company: one with a legal suffix).
 */
export function orgDescriptions(c: Ctx): void {
  const { doc, reg } = c;
  const orgMentions = reg
    .actorMentions()
    .filter((m) => reg.kindOf(m.entityId) === "organization")
    .sort((a, b) => a.start - b.start);
  if (orgMentions.length === 0) return;
  const fitting = fittingMentions(reg, orgMentions);
  for (let k = 0; k + 1 < doc.toks.length; k++) {
    const det = doc.toks[k]!;
    if (det.lower !== "the" || c.personal.has(k)) continue;
    const noun = doc.toks[k + 1]!;
    const next = doc.toks[k + 2];
    if (noun.cap || noun.sentence !== det.sentence || c.used.has(k + 1)) continue;
    if (
      next &&
      next.sentence === noun.sentence &&
      (next.pos === "NOUN" || next.pos === "PROPN" || next.lower === "of" || next.lower === "'s")
    ) {
      continue;
    }
    const company = COMPANY_NOUNS.has(noun.lower);
    if (!company && !ORG_HEADS.has(noun.lower)) continue;
    const candidates = fitting(company ? null : noun.lower);
    const found = candidates[partitionPoint(candidates, (m) => m.start < det.start) - 1]?.entityId;
    if (found) reg.mentionActor(found, det.start, noun.end, "title");
  }
}

/**
 * The organisation mentions (in text order) that "the <noun>" can stand for: with a noun, those whose name
 * ends with it; with null, companies whose name without its last word is their short name ("the company").
 * Listed once per noun, so each description takes the last one before it by binary search instead of a scan.
 */
function fittingMentions(reg: Registry, orgMentions: readonly Mention[]): (noun: string | null) => readonly Mention[] {
  const lists = new Map<string | null, Mention[]>();
  return (noun) => {
    let list = lists.get(noun);
    if (!list) {
      list = orgMentions.filter((m) => {
        const name = reg.actorName(m.entityId) ?? "";
        return noun === null
          ? reg.orgByShortName(name.replace(/,? \S+$/, "")) === m.entityId
          : name.toLowerCase().endsWith(noun);
      });
      lists.set(noun, list);
    }
    return list;
  };
}

/**
 * A body of the United Nations named with "UN" spelt out, so that reports writing it either way name one body: "UN
 * Security Council" is the "United Nations Security Council" (the short form stays an alias, as written).
 */
function spelledOut(name: string): string {
  const m = /^(UN|U\.N\.)\s+(?=\p{Lu})/u.exec(name);
  return m ? `${KNOWN_ORGS.get(m[1]!)} ${name.slice(m[0].length)}` : name;
}

/** An organisation named by a chunk ("The Azerbaijani Foreign Ministry", "OSCE Parliamentary Assembly"). */
export function orgFromChunk(
  c: Ctx,
  chunk: Chunk,
  ownerCode: string | null = null,
  from = chunk.from,
  mention = true,
): string | null {
  const { doc, reg } = c;
  const whole = chunk.pieces.length === 1 ? chunk.pieces[0]!.entries.find((e) => e.kind === "org") : undefined;
  if (!whole && !orgHeadAt(c, chunk) && !nationalBranch(chunk)) return null;
  if (whole && aWordAtStart(doc, chunk)) return null;
  let first = 0;
  let code = ownerCode;
  const lead = chunk.pieces[0]!.entries.find((e): e is Geo => e.kind === "country" || e.kind === "demonym");
  if (lead && chunk.pieces.length > 1) {
    code = lead.code;
    first = 1;
  }
  const rest = pieceText(doc, { from: chunk.pieces[first]!.from, to: chunk.to });
  const known = whole?.kind === "org" ? whole.name : null;
  // A country written in the name stays as written ("U.S. House of Representatives"); a possessive one becomes
  // its adjective ("Azerbaijan's Foreign Ministry" → "Azerbaijani Foreign Ministry"); a title owner is resolved
  // to the office of the person holding it ("the Prime Minister’s Office" → "Armenian Prime Minister’s Office").
  const possessive = from < chunk.from;
  const owner = possessive && !code ? pieceText(doc, { from, to: chunk.from - 1 }) : null;
  const held = owner ? c.roleHolder(owner) : null;
  const written = owner ? `${held ?? owner}’s ${rest}` : pieceText(doc, chunk);
  const name = known ?? (code && possessive ? `${countryAdjective(code)} ${rest}` : spelledOut(written));
  // "The Kremlin said": the Russian state speaking, as "Moscow said" is (STATE_SEATS).
  const state = known && !lead && !possessive ? STATE_SEATS.get(known) : undefined;
  const id = state ? countryActor(c, state) : reg.actor(name, "organization");
  // "the Prime Minister’s Office" keeps its article: the alias is the description as written.
  const at = held && doc.toks[from - 1]?.lower === "the" ? from - 1 : from;
  const s = span(doc, at, chunk.to);
  // "said at the White House", "a ceremony in the Kremlin": the building a body sits in is where it happened.
  const atSeat = !!known && SEAT_BUILDINGS.has(known) && afterLocationPreposition(doc, chunk.from);
  // "gathered outside the Kremlin" is the building only, not the state.
  if (mention && !(state && atSeat)) {
    const via = state ? "government" : known && pieceText(doc, chunk) !== known ? "alias" : "name";
    reg.mentionActor(id, s.start, s.end, via);
  }
  if (atSeat) {
    c.placeOccs.push({ ...span(doc, chunk.from, chunk.to), name: known, kind: "other" });
  }
  const cc = code ?? (known ? institutionCountry(c, known) : null) ?? institutionCountry(c, rest);
  if (cc && !state) {
    const country = countryActor(c, cc);
    reg.addAffiliation(id, country);
    if (lead) {
      const ls = span(doc, chunk.pieces[0]!.from, chunk.pieces[0]!.to);
      reg.mentionActor(country, ls.start, ls.end, lead.kind === "demonym" ? "demonym" : "name");
    }
  }
  for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
  return id;
}

/**
 * "the Libyan Red Crescent", "the American Red Cross": a demonym before a known organisation of no one country
 * names that body's national branch, an organisation of its own.
 */
function nationalBranch(chunk: Chunk): boolean {
  if (chunk.pieces.length !== 2) return false;
  const [lead, body] = chunk.pieces as [Chunk["pieces"][number], Chunk["pieces"][number]];
  if (!lead.entries.some((e) => e.kind === "demonym")) return false;
  return body.entries.some((e) => e.kind === "org" && !INSTITUTION_COUNTRY.has(e.name));
}

/** Joins "Azerbaijan’s Foreign Ministry": a possessive country before an organisation chunk. */
export function possessiveOwner(c: Ctx, chunk: Chunk, index: number): { code: string | null; from: number } | null {
  const prev = c.chunks[index - 1];
  if (!prev?.possessive || prev.pieces.length !== 1) return null;
  const geo = prev.pieces[0]!.entries.find((e): e is Geo => e.kind === "country");
  if (c.doc.toks[prev.to + 1]?.i !== chunk.from) return null;
  if (!geo) return prev.pieces[0]!.entries.some((e) => e.kind === "title") ? { code: null, from: prev.from } : null;
  return { code: geo.code, from: prev.from };
}

/** Determiners that open a description an organisation's name stands after: "the electoral service Servel". */
const APPOSITIVE_OPENERS = new Set(["the", "a", "an", "its", "their", "'s", "’s"]);
/** Lower-case words a description may hold between its determiner and its noun: "the state news agency". */
const APPOSITIVE_REACH = 4;
/** The most tokens such a name spans. */
const APPOSITIVE_NAME_TOKENS = 6;

/** Lower-case words that may stand between such a name and its noun: "the Kalder mining company". */
const NAME_NOUN_REACH = 2;

/**
 * "the IF Metall union", "the Kalder mining company": a name of plain words between "the" and an organisation
 * noun (a word or two may qualify the noun) is that organisation's.
 */
function namedBeforeNoun(c: Ctx, chunk: Chunk): boolean {
  const { doc, reg } = c;
  const the = doc.toks[chunk.from - 1];
  if (the?.lower !== "the" || the.sentence !== doc.toks[chunk.from]!.sentence) return false;
  let k = chunk.to;
  for (let n = 0; n <= NAME_NOUN_REACH; n++, k++) {
    const t = doc.toks[k];
    if (!t || t.cap || t.sentence !== the.sentence || (t.pos !== "NOUN" && t.pos !== "ADJ")) return false;
    if (APPOSITIVE_ORG_NOUNS.has(t.lower)) break;
    if (n === NAME_NOUN_REACH) return false;
  }
  // The noun ends its phrase: "the Kalder company said", not "the Kalder company headquarters".
  if (doc.toks[k + 1]?.pos === "NOUN") return false;
  const id = reg.actor(pieceText(doc, chunk), "organization");
  const s = span(doc, chunk.from, chunk.to);
  reg.mentionActor(id, s.start, s.end, "name");
  for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
  return true;
}

/**
 * "the electoral service Servel said", "the rights group Memorial", "the state news agency Anadolu": a name
 * standing right after a description headed by an organisation noun is that organisation's, not a person's
 * (a lone name that speaks is otherwise read as a person known by one name).
 */
export function appositiveOrgs(c: Ctx): void {
  const { doc, reg } = c;
  for (const chunk of c.chunks) {
    if (!chunk.pieces.every((p) => p.kind === "word" || p.kind === "hyphen")) continue;
    if (namedBeforeNoun(c, chunk)) continue;
    const noun = doc.toks[chunk.from - 1];
    if (!noun || noun.cap || noun.sentence !== doc.toks[chunk.from]!.sentence) continue;
    if (!APPOSITIVE_ORG_NOUNS.has(noun.lower)) continue;
    let k = chunk.from - 2;
    const floor = chunk.from - 2 - APPOSITIVE_REACH;
    // "Port operator Eurogate said": the description may open the sentence, with no determiner.
    let opens = noun.initial;
    while (k > floor && k >= 0) {
      const t = doc.toks[k]!;
      if (t.sentence !== noun.sentence || APPOSITIVE_OPENERS.has(t.lower)) break;
      if (t.cap) {
        // The tagger reads a capitalised first word as a name: "Port" in "Port operator Eurogate".
        opens = t.initial && (t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN");
        break;
      }
      if (t.pos !== "ADJ" && t.pos !== "NOUN") break;
      k--;
    }
    if (!opens && !APPOSITIVE_OPENERS.has(doc.toks[k]?.lower ?? "")) continue;
    // The name runs on through capitalised words the chunker left out: "the charity Relief Without Borders".
    let to = chunk.to;
    while (to - chunk.from < APPOSITIVE_NAME_TOKENS && doc.toks[to]?.cap && doc.toks[to]!.sentence === noun.sentence) {
      to++;
    }
    const id = reg.actor(pieceText(doc, { from: chunk.from, to }), "organization");
    const s = span(doc, chunk.from, to);
    reg.mentionActor(id, s.start, s.end, "name");
    for (let j = chunk.from; j < to; j++) c.used.add(j);
  }
  for (const chunk of c.chunks) {
    if (!chunk.pieces.every((p) => p.kind === "word" || p.kind === "hyphen")) continue;
    if (chunk.pieces.filter((p) => p.kind === "word").length < 2) continue;
    if (someIn(chunk.from, chunk.to, (j) => c.used.has(j)) || !orgAppositiveAfter(doc, chunk.to)) continue;
    const id = reg.actor(pieceText(doc, chunk), "organization");
    const s = span(doc, chunk.from, chunk.to);
    reg.mentionActor(id, s.start, s.end, "name");
    for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
  }
}

/**
 * "New Social Contract, a party founded in August": a name of two or more words followed by a comma and "a"/"an"/
 * "the" + adjectives + a noun that says what an organisation is, as the head of its phrase ("a company director"
 * and "the company's president" are persons).
 */
function orgAppositiveAfter(doc: Doc, to: number): boolean {
  const comma = doc.toks[to];
  const det = doc.toks[to + 1];
  if (comma?.text !== "," || !det || !["a", "an", "the"].includes(det.lower)) return false;
  let k = to + 2;
  while (doc.toks[k]?.pos === "ADJ" && k < to + 5) k++;
  const noun = doc.toks[k];
  if (!noun || noun.cap || noun.sentence !== comma.sentence || !APPOSITIVE_ORG_NOUNS.has(noun.lower)) return false;
  // "Greg Brockman, the company's president": the noun owns the appositive's head, a person's title.
  const next = doc.toks[k + 1];
  return next?.pos !== "NOUN" && next?.lower !== "'s" && next?.lower !== "’s";
}

/** Words before a country's name that say which part or which time of it, not a party: "Eastern Ukraine". */
const COUNTRY_QUALIFIERS: ReadonlySet<string> = new Set(
  (
    "northern southern eastern western central north south east west upper lower greater mainland rural coastal " +
    "occupied modern ancient old new postwar post-war wartime soviet nazi communist imperial tsarist fascist " +
    "colonial medieval today democratic"
  ).split(" "),
);

/**
 * "Progressive Slovakia, the largest opposition party", "United Russia", "Reform UK": a capitalised word before a
 * country's name, inside a sentence, names a party, not the country. Returns the party's id, or null.
 */
export function partyNamedForCountry(c: Ctx, chunk: Chunk): string | null {
  if (chunk.pieces.length !== 2) return null;
  const [word, country] = chunk.pieces as [Chunk["pieces"][number], Chunk["pieces"][number]];
  if (word.kind !== "word" || country.kind !== "lex" || !country.entries.some((e) => e.kind === "country")) return null;
  const t = c.doc.toks[word.from]!;
  if (t.initial || t.heading || t.allCaps || COUNTRY_QUALIFIERS.has(t.lower)) return null;
  if (!["ADJ", "PROPN", "NOUN", "VERB"].includes(t.pos)) return null;
  const name = pieceText(c.doc, chunk);
  const id = c.reg.actor(name, "organization");
  const s = span(c.doc, chunk.from, chunk.to);
  c.reg.mentionActor(id, s.start, s.end, "name");
  for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
  return id;
}

/** Do the words [from, to) stand right before a lower-case "party" of their sentence? (Asked by persons too.) */
export function beforePartyNoun(doc: Doc, from: number, to: number): boolean {
  const next = doc.toks[to];
  return next?.lower === "party" && !next.cap && next.sentence === doc.toks[from]!.sentence;
}

/**
 * "the opposition Move Forward party", "Fico's Smer party": capitalised words the text follows with a lower-case
 * "party" name a party ("Move Forward", "Pheu Thai"), not a person. Not when the name opens on a
 * country's adjective ("the Chinese Communist party"), which the other rules read.
 */
export function partyBeforeNoun(c: Ctx, chunk: Chunk): string | null {
  if (!beforePartyNoun(c.doc, chunk.from, chunk.to) || c.doc.toks[chunk.from]!.heading) return null;
  if (chunk.pieces[0]?.kind !== "word") return null;
  // Named as the text names it; "Smer party" stays an alias ("Smer", not "Smer Party", in the golds).
  const name = pieceText(c.doc, chunk);
  const id = c.reg.actor(name, "organization");
  const s = span(c.doc, chunk.from, chunk.to + 1);
  c.reg.mentionActor(id, s.start, s.end, "name");
  for (let j = chunk.from; j <= chunk.to; j++) c.used.add(j);
  return id;
}
