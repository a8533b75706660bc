// People: name occurrences grouped into persons, with the roles stated around them.
import type { PlaceKind } from "@dateline/core/schema";
import { type Chunk, isNameWord, nameStart, pieceText } from "./chunks";
import { type Ctx, chunksIn, countriesIn, countryActor, institutionCountry, isNamePart, someIn, span } from "./context";
import type { PersonInfo } from "./descriptions";
import { beforePartyNoun, orgFromChunk } from "./organisations";
import { groupPeople, type NameOcc, nameWords } from "./people";
import { afterLocationPreposition, isFacilityName, kindFromContext, SEAT_HEADS, SITE_HEADS } from "./places";
import { isProductName } from "./products";
import { type RoleSpan, roleAfter, roleBefore, roleBeforeComma } from "./roles";
import type { Doc } from "./tokens";

export function people(c: Ctx): PersonInfo[] {
  const { doc, reg } = c;
  const occs: Array<
    NameOcc & { chunk: Chunk; nameFrom: number; titleFrom: number | null; canFound: boolean; role: RoleSpan | null }
  > = [];
  for (const chunk of c.chunks) {
    const k = nameStart(doc, chunk);
    if (k >= chunk.pieces.length || someIn(chunk.from, chunk.to, (j) => c.used.has(j))) continue;
    const nameFrom = chunk.pieces[k]!.from;
    const words = chunk.pieces.slice(k).filter((p) => p.kind === "word").length;
    if (words > 4) continue;
    const stop = (j: number) => (c.chunkAt.get(j) ?? null) !== chunk && isNamePart(c, j);
    const role = roleBefore(doc, nameFrom, stop) ?? (k === 0 ? roleBeforeComma(doc, nameFrom, chunk.to, stop) : null);
    const prefixOwn = k > 0;
    if (!role && prefixOwn) continue;
    const heading = doc.toks[chunk.from]!.heading;
    const precededByDet = ["the", "a", "an"].includes(doc.toks[chunk.from - 1]?.lower ?? "");
    const surface = pieceText(doc, { from: nameFrom, to: chunk.to });
    // "Outside Mandalay General Hospital": a building's name, not General Hospital the person.
    const facilityFrom = OPENING_PREPOSITIONS.has(doc.toks[chunk.from]!.lower) ? chunk.from + 1 : chunk.from;
    if (isFacilityName(doc, facilityFrom, chunk.to)) {
      const name = pieceText(doc, { from: facilityFrom, to: chunk.to });
      c.placeOccs.push({ ...span(doc, facilityFrom, chunk.to), name, kind: "other" });
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    // "Wadi Derna", "the Jebel Akhdar": a landform's word opens a place's name, not a person's.
    if (!role && words >= 2 && k === 0 && LANDFORMS.has(doc.toks[nameFrom]!.lower)) {
      c.placeOccs.push({ ...span(doc, nameFrom, chunk.to), name: surface, kind: "other" });
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    // "Buckingham Palace said": a palace that speaks is the household in it, an organisation.
    if (!role && words >= 2 && k === 0 && SEAT_HEADS.has(doc.toks[chunk.to - 1]!.lower) && saysNext(doc, chunk.to)) {
      const s = span(doc, nameFrom, chunk.to);
      c.reg.mentionActor(c.reg.actor(surface, "organization"), s.start, s.end, "name");
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    // A name that is where something is: "of Santa Cruz province" (a kind noun after it), "outside the courthouse
    // in Comodoro Py" (after "in", no possessive), "at Joint Base Andrews" (a facility's word inside it), "from La
    // Matanza" (a Romance article opening it). Such a name is a place, not a person.
    const where = !role && k === 0 ? placeShape(doc, nameFrom, chunk.to, words) : null;
    if (where) {
      c.placeOccs.push({ ...span(doc, nameFrom, chunk.to), name: surface, kind: where });
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    // "the opposition Move Forward party": a party's name (read with the organisations), not a person.
    if (!role && beforePartyNoun(doc, nameFrom, chunk.to)) continue;
    if (!role && isProductName(doc, nameFrom, chunk.to)) {
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    if (!role && precededByDet) continue;
    // "Storm Daniel" is weather; "Public Health Emergency of Continental Security", written in lower case
    // elsewhere in the article, is a phrase given capitals, not a name.
    if (!role && (NAMED_WEATHER.has(doc.toks[nameFrom]!.lower) || writtenLower(doc, nameFrom, chunk.to))) {
      for (let j = chunk.from; j < chunk.to; j++) c.used.add(j);
      continue;
    }
    const speaking = !heading && !role && words === 1 && k === 0 && speaks(doc, chunk);
    const titleFrom =
      role && k > 0 && chunk.pieces[k - 1]!.entries.some((e) => e.kind === "title") ? chunk.pieces[k - 1]!.from : null;
    occs.push({
      ...span(doc, nameFrom, chunk.to),
      surface,
      words: nameWords(surface),
      // A lone name that speaks is a person as surely as a titled one.
      titled: !!role || speaking,
      chunk,
      nameFrom,
      titleFrom,
      canFound: !heading && (!!role || words >= 2 || speaking),
      role,
    });
  }
  trimOpeners(doc, occs);
  const founding = occs.map((o) =>
    o.canFound ? o : { ...o, words: o.words.length >= 2 ? o.words : o.words, titled: false },
  );
  const grouped = groupPeople(
    founding.map((o) => (o.canFound || o.words.length < 2 ? o : { ...o, words: [o.words.join(" ")] })),
  );
  const info = new Map<string, PersonInfo & { named: number[]; sentences: Set<number> }>();
  occs.forEach((o, n) => {
    const pi = grouped.of[n];
    if (pi === null || pi === undefined) return;
    const person = grouped.people[pi]!;
    const id = reg.actor(person.name, "person");
    for (let j = o.chunk.from; j < o.chunk.to; j++) {
      c.used.add(j);
      c.personal.add(j);
    }
    const via = o.surface.replace(/[’']s$/, "") === person.name ? "name" : o.words.length >= 2 ? "alias" : "surname";
    if (o.titleFrom !== null && o.words.length === 1) {
      reg.mentionActor(id, doc.toks[o.titleFrom]!.start, o.end, "title");
    } else {
      reg.mentionActor(id, o.start, o.end, via);
    }
    const role = o.role;
    if (role?.isRole) addRole(c, id, role.from, role.to);
    else if (role) for (const cid of countriesIn(c, role.from, role.to)) reg.addAffiliation(id, cid);
    const after = roleAfter(doc, o.chunk.to);
    if (after) addRole(c, id, after.from, after.to);
    const entry = info.get(id) ?? {
      id,
      roles: [],
      countries: new Set(),
      orgs: new Set(),
      named: [],
      sentences: new Set(),
    };
    entry.named.push(o.start);
    entry.sentences.add(doc.toks[o.nameFrom]!.sentence);
    info.set(id, entry);
  });
  for (const e of info.values()) {
    e.roles = reg.roles(e.id);
    const affiliations = [...reg.affiliations(e.id)];
    e.countries = new Set(affiliations.filter((a) => reg.kindOf(a) === "country"));
    e.orgs = new Set(affiliations.filter((a) => reg.kindOf(a) === "organization"));
  }
  return [...info.values()];
}

/**
 * A person's stated role used on its own as a name ("US Secretary of State welcomes …", "the US Secretary of
 * State’s conversation", "says State Department spokesman"): a mention of the one person holding it.
 */
export function roleMentions(c: Ctx, persons: readonly PersonInfo[]): void {
  const { doc, reg } = c;
  const holders = new Map<string, Set<string>>();
  for (const p of persons) {
    for (const r of p.roles) if (r.includes(" ")) holders.set(r, (holders.get(r) ?? new Set()).add(p.id));
  }
  // Token by offset, made only once a role has a single holder, and then in one pass without pair arrays.
  let startTok: Map<number, number> | null = null;
  let endTok: Map<number, number> | null = null;
  for (const [role, ids] of holders) {
    if (ids.size !== 1) continue;
    if (!startTok || !endTok) {
      startTok = new Map();
      endTok = new Map();
      for (const t of doc.toks) {
        startTok.set(t.start, t.i);
        endTok.set(t.end, t.i);
      }
    }
    const id = [...ids][0]!;
    for (let at = doc.text.indexOf(role); at >= 0; at = doc.text.indexOf(role, at + 1)) {
      const from = startTok.get(at);
      const last = endTok.get(at + role.length);
      if (from === undefined || last === undefined) continue;
      if (someIn(from, last + 2, (j) => c.personal.has(j))) continue;
      reg.mentionActor(id, at, at + role.length, "title");
      for (let j = from; j <= last; j++) c.personal.add(j);
    }
  }
}

/** Words that open the name of a landform (Arabic ones included): the name is a place. */
const LANDFORMS: ReadonlySet<string> = new Set([
  "mount",
  "mt",
  "lake",
  "wadi",
  "jebel",
  "jabal",
  "cape",
  "ras",
  "fort",
]);

/**
 * "chanting “Arrest Yoon Suk Yeol!”": a word opening a sentence or a quotation, before a name the article gives
 * whole elsewhere, is not that name's first word (the verb of a slogan, an imperative).
 */
function trimOpeners(doc: Doc, occs: Array<NameOcc & { nameFrom: number; chunk: Chunk; role: RoleSpan | null }>): void {
  const whole = new Set(occs.filter((o) => !doc.toks[o.nameFrom]!.initial).map((o) => o.words.join(" ")));
  for (const o of occs) {
    if (o.role || o.words.length < 3 || !doc.toks[o.nameFrom]!.initial) continue;
    if (!whole.has(o.words.slice(1).join(" "))) continue;
    const from = o.nameFrom + 1;
    if (from >= o.chunk.to || !doc.toks[from]!.cap) continue;
    o.nameFrom = from;
    o.surface = pieceText(doc, { from, to: o.chunk.to });
    o.words = nameWords(o.surface);
    o.start = doc.toks[from]!.start;
  }
}

/** Prepositions a sentence may open with, capitalised, before a name: "Outside Mandalay General Hospital, …". */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(["outside", "inside", "at", "in", "near", "from", "to"]);

/** Words inside the name of a facility or site: "Joint Base Andrews", "Vnukovo Airport", "Evin Prison". */
const FACILITY_WORDS: ReadonlySet<string> = new Set([
  "base",
  "airbase",
  "airport",
  "airfield",
  "prison",
  "stadium",
  "square",
  "station",
  "terminal",
  "camp",
]);

/** Articles that open a place's name in Spanish ("La Matanza", "Los Llanos", "El Alto"); not a person's first name. */
const PLACE_ARTICLES: ReadonlySet<string> = new Set(["la", "las", "los", "el"]);

/** Prepositions after which a name of two or more words, with nothing personal about it, is where things happen. */
const IN_WORDS: ReadonlySet<string> = new Set(["in", "near", "outside"]);

/**
 * The kind of place a name of capitalised words is by its shape and its neighbours, or null: a place-kind noun
 * after it ("Santa Cruz province"), a facility's word in it after a location word, a Spanish article opening it,
 * or "in"/"near"/"outside" before a name of two or more words not followed by a possessive ("in Comodoro Py").
 */
function placeShape(doc: Doc, from: number, to: number, words: number): PlaceKind | null {
  const kind = kindFromContext(doc, from, to);
  if (kind) return kind;
  if (words < 2) return null;
  if (PLACE_ARTICLES.has(doc.toks[from]!.lower)) return "other";
  // "Mandalay General Hospital" is no General named Hospital.
  if (SITE_HEADS.has(doc.toks[to - 1]!.lower)) return "other";
  if (SEAT_HEADS.has(doc.toks[to - 1]!.lower) && !saysNext(doc, to)) return "other";
  const before = doc.toks[from - 1];
  const after = doc.toks[to];
  if (!before || before.sentence !== doc.toks[from]!.sentence) return null;
  const located = afterLocationPreposition(doc, from);
  for (let j = from; j < to; j++) if (located && FACILITY_WORDS.has(doc.toks[j]!.lower)) return "other";
  const possessive = after?.lower === "'s" || after?.lower === "’s";
  return IN_WORDS.has(before.lower) && !possessive ? "other" : null;
}

/** The word after a name ending before `to`, past adverbs and auxiliaries, in the name's sentence ("Lula has said"). */
function wordAfter(doc: Doc, to: number): Doc["toks"][number] | null {
  let k = to;
  while (doc.toks[k] && (doc.toks[k]!.pos === "ADV" || doc.toks[k]!.pos === "AUX")) k++;
  const after = doc.toks[k];
  return after && after.sentence === doc.toks[to - 1]!.sentence ? after : null;
}

/** Does a verb of saying follow the name ending before `to` ("Buckingham Palace said", "the palace has announced")? */
function saysNext(doc: Doc, to: number): boolean {
  const after = wordAfter(doc, to);
  return !!after && (SAYING.has(after.lemma) || MAKING_PUBLIC.has(after.lemma));
}

/** Verbs with which a body makes something public, besides saying it. */
const MAKING_PUBLIC = new Set(["announce", "confirm", "state", "deny", "issue", "release"]);

/** First words of named storms: "Storm Daniel", "Hurricane Ian", "Typhoon Haiyan" name no person. */
const NAMED_WEATHER: ReadonlySet<string> = new Set(["storm", "hurricane", "typhoon", "cyclone", "tropical"]);

/**
 * Do the capitalised words from..to (two or more) stand in lower case somewhere else in the article ("declared a
 * public health emergency" … "this Public Health Emergency")? Only asked when every word is seen in lower case.
 */
function writtenLower(doc: Doc, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const words: string[] = [];
  for (let j = from; j < to; j++) {
    const w = doc.toks[j]!.lower;
    if (!doc.lowerWords.has(w)) return false;
    words.push(w);
  }
  for (let k = 0; k + words.length <= doc.toks.length; k++) {
    if (doc.toks[k]!.cap || doc.toks[k]!.lower !== words[0]) continue;
    if (words.every((w, n) => doc.toks[k + n]!.lower === w && !doc.toks[k + n]!.cap)) return true;
  }
  return false;
}

/** Verbs of saying that make a lone name a speaker ("Hemedti said", "said Lula"). */
const SAYING = new Set(["say", "tell", "add", "write", "warn", "insist", "declare", "tweet", "post"]);

/**
 * A single unknown proper name that says something is a person known by one name: "Hemedti said", "…,”
 * said Lula". Organisations that speak under a bare name are in the tables, so they never get here.
 */
function speaks(doc: Doc, chunk: Chunk): boolean {
  const t = doc.toks[chunk.from]!;
  if (t.allCaps || t.pos !== "PROPN" || doc.lowerWords.has(t.lower)) return false;
  const before = doc.toks[chunk.from - 1];
  if (before && ["the", "a", "an"].includes(before.lower)) return false;
  const after = wordAfter(doc, chunk.to);
  const saysAfter = !!after && after.pos === "VERB" && SAYING.has(after.lemma);
  const quoteBefore = doc.toks[chunk.from - 2];
  const saidBefore =
    !!before &&
    before.pos === "VERB" &&
    SAYING.has(before.lemma) &&
    !!quoteBefore &&
    /^[,”"»’]$/.test(quoteBefore.text);
  return saysAfter || saidBefore;
}

function addRole(c: Ctx, personId: string, from: number, to: number): void {
  const s = span(c.doc, from, to);
  c.reg.addRole(personId, c.doc.text.slice(s.start, s.end), s.start, s.end);
  for (let j = from; j < to; j++) {
    c.used.add(j);
    c.personal.add(j);
  }
  for (const cid of countriesIn(c, from, to)) c.reg.addAffiliation(personId, cid);
  for (const chunk of chunksIn(c, from, to)) {
    if (chunk.from >= from && chunk.to <= to) {
      // An organisation inside a role ("State Department spokesman") is who the person works for, not an
      // actor of the story: it gets no mention here (it may get one where the text names it on its own).
      const org = orgFromChunk(c, chunk, null, chunk.from, false);
      if (org) {
        c.reg.addAffiliation(personId, org);
        // A minister of "the Ukrainian Foreign Ministry" belongs to Ukraine as well.
        for (const a of c.reg.affiliations(org)) c.reg.addAffiliation(personId, a);
        continue;
      }
      // "the former mayor of Setúbal": the place an office is held over is a place of the story.
      const kind = kindFromContext(c.doc, chunk.from, chunk.to);
      if (kind && chunk.pieces.every((p) => isNameWord(c.doc, p))) {
        c.placeOccs.push({ ...span(c.doc, chunk.from, chunk.to), name: pieceText(c.doc, chunk), kind });
        continue;
      }
    }
    for (const p of chunk.pieces) {
      const known = p.entries.find((e) => e.kind === "org");
      if (known?.kind !== "org" || p.from < from || p.to > to) continue;
      const id = c.reg.actor(known.name, "organization");
      c.reg.addAffiliation(personId, id);
      const cc = institutionCountry(c, known.name);
      if (cc) {
        c.reg.addAffiliation(id, countryActor(c, cc));
        c.reg.addAffiliation(personId, countryActor(c, cc));
      }
    }
  }
}
