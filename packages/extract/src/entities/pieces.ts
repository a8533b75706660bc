// Table phrases inside chunks (countries, demonyms, capitals, regions, known organisations) and leftover names.
import { type Chunk, isNameWord, pieceText } from "./chunks";
import {
  AGENT_PARTICIPLES,
  aWordAtStart,
  type Ctx,
  compoundModifier,
  countryActor,
  institutionCountry,
  someIn,
  span,
} from "./context";
import { capital } from "./government";
import { capitalOf, countryName, lexEntries } from "./lexicon";
import { afterLocationPreposition, kindFromContext, SEAT_HEADS } from "./places";
import { isProductName } from "./products";
import { CITIZEN_NOUNS, ELECTORATE_NOUNS, VOTE_VERBS } from "./tables/groups";
import { DOCUMENT_HEADS, GOVERNMENT_NOUNS, NON_BODY_ACRONYMS } from "./tables/orgs";
import { LAND_NOUNS, NAMED_WITH_NOUNS, PLACE_KIND_NOUNS } from "./tables/places";
import { LANGUAGES } from "./tables/words";
import type { Doc } from "./tokens";

/** Nouns that, after "the <demonym>", make the phrase stand for the country ("the Armenian side"). */
const COLLECTIVE_NOUNS = new Set(["side", "government", "authorities", "leadership", "administration"]);

/**
 * A name that only qualifies something else is no mention of an actor: the owner of a document ("the UN
 * Charter") or the first half of a compound adjective ("a Soviet Union-integrated region"; "Russian-brokered"
 * and "U.S.-Azerbaijani" still name the actor).
 */
function notActing(doc: Doc, chunk: Chunk, p: Chunk["pieces"][number]): boolean {
  const last = doc.toks[chunk.to - 1]!;
  if (p.to < chunk.to && DOCUMENT_HEADS.has(last.lower) && chunk.pieces.every((q) => q.kind !== "connector")) {
    return true;
  }
  return p.to === chunk.to && compoundModifier(doc, p.to);
}

/** How many words (a time phrase: "on Sunday") may stand between a people and the verb of their vote. */
const VOTE_VERB_REACH = 4;

/**
 * "Chilean voters", or a country's people deciding a vote ("Chileans rejected", "Chilean citizens voted"):
 * the electorate speaks for the country. `to`: the token after the people word.
 */
function decidesVote(doc: Doc, to: number, plural: boolean): boolean {
  const head = doc.toks[to];
  const sentence = doc.toks[to - 1]!.sentence;
  if (head?.sentence === sentence && ELECTORATE_NOUNS.has(head.lower)) return true;
  const after = head?.sentence === sentence && CITIZEN_NOUNS.has(head.lower) ? to + 1 : plural ? to : -1;
  if (after < 0) return false;
  for (let k = after; k < after + VOTE_VERB_REACH; k++) {
    const t = doc.toks[k];
    if (!t || t.sentence !== sentence || t.pos === "PUNCT") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return VOTE_VERBS.has(t.lemma.toLowerCase());
  }
  return false;
}

/** "part of Azerbaijan", "the region of Azerbaijan": a country named as territory. */
function partOfPlace(doc: Doc, from: number): boolean {
  const of = doc.toks[from - 1];
  const noun = doc.toks[from - 2];
  return of?.lower === "of" && !!noun && (noun.lower === "part" || PLACE_KIND_NOUNS.has(noun.lower));
}

/** Marks that close a place written "town, country": "Colombo, Sri Lanka, struck", "ACAPULCO, Mexico —". */
const PLACE_CLOSERS = new Set([",", "—", "–", ".", ")", ";", ":"]);

/**
 * Is the country at from..to the second half of a place written "town, country" ("bound for Colombo, Sri Lanka,",
 * "ACAPULCO, Mexico —")? The town is a capitalised word that names no country (not a list of countries), and
 * a mark closes the pair.
 */
function townsCountry(doc: Doc, from: number, to: number): boolean {
  const comma = doc.toks[from - 1];
  const town = doc.toks[from - 2];
  const after = doc.toks[to];
  if (comma?.text !== "," || !town?.cap || town.sentence !== doc.toks[from]!.sentence) return false;
  if (after && after.sentence === town.sentence && !PLACE_CLOSERS.has(after.text)) return false;
  // The words before the comma may end a country's name of their own: "the United States, Germany, Poland".
  for (let k = from - 2; k >= Math.max(0, from - 4); k--) {
    const words = doc.toks.slice(k, from - 1).map((t) => t.text);
    if (lexEntries(words.join(" ")).some((e) => e.kind === "country" || e.kind === "demonym")) return false;
  }
  return true;
}

/** How many tokens after a country its "hosted" may stand ("Iraq and Oman have hosted"). */
const HOST_REACH = 5;

/**
 * Does the country ending before token `to` host something ("Iraq and Oman have hosted five rounds of talks")?
 * Where talks, a summit or a tournament are hosted is a place, whoever hosts them. Other names of a list and
 * auxiliaries may stand between.
 */
function hosts(doc: Doc, to: number): boolean {
  const sentence = doc.toks[to - 1]!.sentence;
  for (let k = to; k < to + HOST_REACH; k++) {
    const t = doc.toks[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.pos === "VERB") return t.lemma === "host" || t.lower === "hosted" || t.lower === "hosts";
    if (!(t.cap || t.pos === "AUX" || t.pos === "ADV" || t.lower === "and" || t.text === ",")) return false;
  }
  return false;
}

/** Is the country ending before token `to` the owner of land or of a vote held there ("Nepal's western hills")? */
function landOf(doc: Doc, to: number): boolean {
  const owner = doc.toks[to];
  if (!owner || (owner.lower !== "'s" && owner.lower !== "’s")) return false;
  let k = to + 1;
  for (let n = 0; n < 3 && doc.toks[k]?.pos === "ADJ" && !doc.toks[k]!.cap; n++) k++;
  const noun = doc.toks[k];
  if (!noun || noun.sentence !== owner.sentence) return false;
  // The tokenizer splits "run-off" into run, -, off.
  if (noun.lower === "run" && doc.toks[k + 1]?.text === "-" && doc.toks[k + 2]?.lower === "off") return true;
  return LAND_NOUNS.has(noun.lower);
}

export function lexPieces(c: Ctx, chunk: Chunk): void {
  const { doc, reg } = c;
  for (const p of chunk.pieces) {
    if (p.kind !== "lex" || p.from < chunk.from) continue;
    if (someIn(p.from, p.to, (j) => c.used.has(j))) continue;
    const s = span(doc, p.from, p.to);
    const name = pieceText(doc, p);
    const e = p.entries[0]!;
    const only = chunk.pieces.length === 1;
    switch (e.kind) {
      case "country": {
        if (notActing(doc, chunk, p)) {
          c.countryRefs.push({ at: s.start, code: e.code });
          break;
        }
        const id = countryActor(c, e.code);
        reg.mentionActor(id, s.start, s.end, "name");
        c.countryRefs.push({ at: s.start, code: e.code });
        // "U.S.-Azerbaijani relations": a country in a compound adjective is no place.
        const compound = doc.toks[p.to]?.text === "-" && doc.toks[p.to]!.start === s.end;
        const placed =
          afterLocationPreposition(doc, p.from) ||
          partOfPlace(doc, p.from) ||
          landOf(doc, p.to) ||
          hosts(doc, p.to) ||
          townsCountry(doc, p.from, p.to);
        if (!compound && placed) {
          c.placeOccs.push({ ...s, name: countryName(e.code), kind: "country" });
        }
        break;
      }
      case "demonym": {
        c.countryRefs.push({ at: s.start, code: e.code });
        const next = doc.toks[p.to];
        const prev = doc.toks[p.from - 1];
        const the = prev?.lower === "the" && prev.sentence === doc.toks[p.from]!.sentence;
        if (only && the && next && COLLECTIVE_NOUNS.has(next.lower)) {
          // "the Armenian side": the whole phrase names the country.
          reg.mentionActor(countryActor(c, e.code), prev.start, next.end, "demonym");
        } else if (only && the && next?.lower === "capital") {
          // "the Armenian capital" is a place: the country's capital city.
          const city = capitalOf(e.code);
          if (city) c.placeOccs.push({ start: prev.start, end: next.end, name: city, kind: "city" });
        } else if (
          (only && next && GOVERNMENT_NOUNS.has(next.lower)) ||
          (only && decidesVote(doc, p.to, name.endsWith("s")))
        ) {
          reg.mentionActor(countryActor(c, e.code), s.start, s.end, "demonym");
        } else if (
          next?.text === "-" &&
          next.start === s.end &&
          AGENT_PARTICIPLES.has(doc.toks[p.to + 1]?.lower ?? "")
        ) {
          // "a Russian-brokered peace agreement": the country acted.
          reg.mentionActor(countryActor(c, e.code), s.start, s.end, "demonym", true);
        }
        break;
      }
      case "capital":
        if (only) capital(c, p.from, p.to, e.code, null, e.name);
        else c.placeOccs.push({ ...s, name: e.name, kind: "city" });
        break;
      case "seat":
        if (only) capital(c, p.from, p.to, null, e.org, e.name);
        break;
      case "city":
        c.placeOccs.push({ ...s, name: e.name, kind: "city" });
        break;
      case "region": {
        // "the Nagorno-Karabakh region": the kind noun belongs to the name as written (registerPlaces takes it in).
        const noun = doc.toks[p.to];
        const det = doc.toks[p.from - 1]?.lower ?? "";
        const the = det === "the";
        const withNoun =
          the && noun && NAMED_WITH_NOUNS.has(noun.lower) && noun.sentence === doc.toks[p.from]!.sentence;
        // "the Caucasus rivals", "an Arctic prison": a region name qualifying a noun is no place of the story.
        const qualifies = the || det === "a" || det === "an";
        if (qualifies && noun && noun.pos === "NOUN" && !noun.cap && !withNoun && !PLACE_KIND_NOUNS.has(noun.lower))
          break;
        c.placeOccs.push({ ...s, name: e.name, kind: kindFromContext(doc, p.from, p.to) ?? "region" });
        break;
      }
      case "org": {
        if (notActing(doc, chunk, p) || aWordAtStart(doc, p) || (only && isProductName(doc, p.from, p.to, true))) break;
        // "received Trump at the Élysée Palace": the seat's building, named in full, is where it happened.
        const next = chunk.pieces[chunk.pieces.indexOf(p) + 1];
        if (
          next?.kind === "word" &&
          SEAT_HEADS.has(doc.toks[next.from]!.lower) &&
          afterLocationPreposition(doc, chunk.from)
        ) {
          const where = span(doc, p.from, next.to);
          c.placeOccs.push({ ...where, name: `${e.name} ${pieceText(doc, next)}`, kind: "other" });
          break;
        }
        const id = reg.actor(e.name, "organization");
        reg.mentionActor(id, s.start, s.end, name === e.name ? "name" : "alias");
        const cc = institutionCountry(c, e.name);
        if (cc) reg.addAffiliation(id, countryActor(c, cc));
        break;
      }
      default:
        break;
    }
  }
}

/** A chunk of plain words that names nobody known: a place after "in"/"to", an acronym, or nothing. */
export function leftover(c: Ctx, chunk: Chunk): void {
  const { doc, reg } = c;
  if (chunk.pieces.length === 1 && aWordAtStart(doc, chunk.pieces[0]!)) return;
  // "Apple’s chief financial officer": a company's short name counts even inside a role.
  const short = chunk.pieces.length === 1 ? reg.orgByShortName(pieceText(doc, chunk)) : null;
  if (short) {
    const s = span(doc, chunk.from, chunk.to);
    reg.mentionActor(short, s.start, s.end, "alias");
    return;
  }
  if (someIn(chunk.from, chunk.to, (j) => c.used.has(j))) return;
  const words = chunk.pieces.filter((p) => p.kind === "word");
  if (words.length !== chunk.pieces.filter((p) => p.kind !== "hyphen").length) return;
  const last = doc.toks[chunk.to - 1]!;
  if (DOCUMENT_HEADS.has(last.lower)) return;
  const s = span(doc, chunk.from, chunk.to);
  const name = pieceText(doc, chunk);
  const company = reg.orgByShortName(name);
  if (company) {
    reg.mentionActor(company, s.start, s.end, "alias");
    return;
  }
  const kind = kindFromContext(doc, chunk.from, chunk.to);
  // "spoke in English": a language after "in" is no place.
  if (!kind && chunk.pieces.length === 1 && LANGUAGES.has(doc.toks[chunk.from]!.lower)) return;
  if (!doc.toks[chunk.from]!.heading && (kind || afterLocationPreposition(doc, chunk.from))) {
    if (chunk.pieces.every((p) => isNameWord(doc, p))) c.placeOccs.push({ ...s, name, kind: kind ?? "other" });
    return;
  }
  const t = doc.toks[chunk.from]!;
  const lonely = chunk.pieces.length === 1 && t.allCaps && /^[A-Z]{2,5}$/.test(t.text);
  const capsAround = [doc.toks[chunk.from - 1], doc.toks[chunk.to]].some(
    (n) => n?.allCaps && n.sentence === t.sentence,
  );
  if (
    lonely &&
    !capsAround &&
    !t.heading &&
    !NON_BODY_ACRONYMS.has(t.text) &&
    !isProductName(doc, chunk.from, chunk.to) &&
    !commonAcronym(doc, chunk)
  )
    reg.mentionActor(reg.actor(t.text, "organization"), s.start, s.end, "name");
}

/**
 * "in the back of an SUV", "a CEO", "an MP": an acronym after "a"/"an" that heads its phrase is a common noun. (One
 * before a noun still names a body: "a UN official".)
 */
function commonAcronym(doc: Doc, chunk: Chunk): boolean {
  const before = doc.toks[chunk.from - 1]?.lower;
  const after = doc.toks[chunk.to];
  if (before !== "a" && before !== "an") return false;
  return !after || after.sentence !== doc.toks[chunk.from]!.sentence || (after.pos !== "NOUN" && after.pos !== "PROPN");
}
