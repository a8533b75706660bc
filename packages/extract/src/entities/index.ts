// findEntities: people, organisations, countries and places of one article, each with its mentions.
import type { FindEntities } from "../types";
import { type Chunk, findChunks, isNameWord, nameStart, pieceText } from "./chunks";
import { findDescriptions, type PersonInfo } from "./descriptions";
import { capitalOf, countryAdjective, countryName, type LexEntry } from "./lexicon";
import { groupPeople, type NameOcc, nameWords } from "./people";
import { afterLocationPreposition, kindFromContext, type PlaceOcc, registerPlaces } from "./places";
import { Registry } from "./registry";
import { type RoleSpan, roleAfter, roleBefore, roleBeforeComma } from "./roles";
import { DOCUMENT_HEADS, GOVERNMENT_NOUNS, INSTITUTION_COUNTRY, ORG_HEADS } from "./tables/orgs";
import { PLACE_KIND_NOUNS } from "./tables/places";
import { type Doc, prepare } from "./tokens";

type Geo = Extract<LexEntry, { code: string }>;

interface Ctx {
  doc: Doc;
  reg: Registry;
  chunks: Chunk[];
  /** Token index → the chunk it stands in. */
  chunkAt: Map<number, Chunk>;
  /** Tokens already explained (roles, appositions, organisation names, descriptions). */
  used: Set<number>;
  /** Tokens of people's names and stated roles: a description is never sought inside them. */
  personal: Set<number>;
  placeOccs: PlaceOcc[];
  /** The fullest stated role that ends with a title, when one person alone holds it ("Prime Minister"). */
  roleHolder: (title: string) => string | null;
  /** Every country named or implied by an adjective, in text order, for "the country’s". */
  countryRefs: Array<{ at: number; code: string }>;
}

const span = (doc: Doc, from: number, to: number) => ({ start: doc.toks[from]!.start, end: doc.toks[to - 1]!.end });

function countryActor(c: Ctx, code: string): string {
  return c.reg.actor(countryName(code), "country");
}

/** Marks the country words inside [from, to) as mentions of their countries; returns the country ids. */
function countriesIn(c: Ctx, from: number, to: number): string[] {
  const ids: string[] = [];
  for (const chunk of new Set([...range(from, to)].map((k) => c.chunkAt.get(k)).filter((x) => !!x))) {
    for (const p of chunk!.pieces) {
      if (p.from < from || p.to > to) continue;
      const geo = p.entries.find((e): e is Geo => e.kind === "country" || e.kind === "demonym");
      if (!geo) continue;
      const id = countryActor(c, geo.code);
      const s = span(c.doc, p.from, p.to);
      c.reg.mentionActor(id, s.start, s.end, geo.kind === "demonym" ? "demonym" : "name");
      ids.push(id);
    }
  }
  return ids;
}

function* range(from: number, to: number) {
  for (let k = from; k < to; k++) yield k;
}

/** Is this chunk an organisation name? Its last word (before an "of …" tail) is an organisation head. */
function orgHeadAt(c: Ctx, chunk: Chunk): boolean {
  // The head stands before the first "of"/"for" ("House of Representatives", "Ministry of Foreign Affairs"),
  // or last ("OSCE Parliamentary Assembly").
  const pieces = chunk.pieces;
  const connector = pieces.findIndex((p) => p.kind === "connector");
  const head = pieces[connector < 0 ? pieces.length - 1 : connector - 1];
  return !!head && head.kind === "word" && ORG_HEADS.has(c.doc.toks[head.from]!.lower);
}

function people(c: Ctx): PersonInfo[] {
  const { doc, reg } = c;
  const occs: Array<
    NameOcc & { chunk: Chunk; nameFrom: number; titleFrom: number | null; canFound: boolean; role: RoleSpan | null }
  > = [];
  for (const chunk of c.chunks) {
    const k = nameStart(doc, chunk);
    if (k >= chunk.pieces.length) continue;
    const nameFrom = chunk.pieces[k]!.from;
    const words = chunk.pieces.slice(k).filter((p) => p.kind === "word").length;
    if (words > 4) continue;
    const stop = (j: number) => (c.chunkAt.get(j) ?? null) !== chunk && isNamePart(c, j);
    const role = roleBefore(doc, nameFrom, stop) ?? (k === 0 ? roleBeforeComma(doc, nameFrom, chunk.to, stop) : null);
    const prefixOwn = k > 0;
    if (!role && prefixOwn) continue;
    const heading = doc.toks[chunk.from]!.heading;
    const precededByDet = ["the", "a", "an"].includes(doc.toks[chunk.from - 1]?.lower ?? "");
    if (!role && precededByDet) continue;
    const surface = pieceText(doc, { from: nameFrom, to: chunk.to });
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
function roleMentions(c: Ctx, persons: readonly PersonInfo[]): void {
  const { doc, reg } = c;
  const holders = new Map<string, Set<string>>();
  for (const p of persons) {
    for (const r of p.roles) if (r.includes(" ")) holders.set(r, (holders.get(r) ?? new Set()).add(p.id));
  }
  const startTok = new Map(doc.toks.map((t) => [t.start, t.i]));
  const endTok = new Map(doc.toks.map((t) => [t.end, t.i]));
  for (const [role, ids] of holders) {
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    for (let at = doc.text.indexOf(role); at >= 0; at = doc.text.indexOf(role, at + 1)) {
      const from = startTok.get(at);
      const last = endTok.get(at + role.length);
      if (from === undefined || last === undefined) continue;
      if ([...range(from, last + 2)].some((j) => c.personal.has(j))) continue;
      reg.mentionActor(id, at, at + role.length, "title");
      for (let j = from; j <= last; j++) c.personal.add(j);
    }
  }
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * "The Armenian and Azeri foreign ministries": one organisation per country adjective, named in the singular
 * ("Armenian Foreign Ministry", "Azerbaijani Foreign Ministry"). Governments are left to the countries.
 */
function pluralOrganisations(c: Ctx): void {
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
function orgDescriptions(c: Ctx): void {
  const { doc, reg } = c;
  const orgMentions = reg
    .actorMentions()
    .filter((m) => reg.kindOf(m.entityId) === "organization")
    .sort((a, b) => a.start - b.start);
  if (orgMentions.length === 0) return;
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
    let found: string | null = null;
    for (const m of orgMentions) {
      if (m.start >= det.start) break;
      const name = reg.actorName(m.entityId) ?? "";
      const fits = company
        ? reg.orgByShortName(name.replace(/,? \S+$/, "")) === m.entityId
        : name.toLowerCase().endsWith(noun.lower);
      if (fits) found = m.entityId;
    }
    if (found) reg.mentionActor(found, det.start, noun.end, "title");
  }
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
  let k = chunk.to;
  while (doc.toks[k] && (doc.toks[k]!.pos === "ADV" || doc.toks[k]!.pos === "AUX")) k++;
  const after = doc.toks[k];
  const saysAfter = !!after && after.sentence === t.sentence && after.pos === "VERB" && SAYING.has(after.lemma);
  const quoteBefore = doc.toks[chunk.from - 2];
  const saidBefore =
    !!before &&
    before.pos === "VERB" &&
    SAYING.has(before.lemma) &&
    !!quoteBefore &&
    /^[,”"»’]$/.test(quoteBefore.text);
  return saysAfter || saidBefore;
}

/** Is token j part of some person-like name run (so a role window must not reach over it)? */
function isNamePart(c: Ctx, j: number): boolean {
  const chunk = c.chunkAt.get(j);
  if (!chunk) return false;
  const k = nameStart(c.doc, chunk);
  return k < chunk.pieces.length && j >= chunk.pieces[k]!.from;
}

function addRole(c: Ctx, personId: string, from: number, to: number): void {
  const s = span(c.doc, from, to);
  c.reg.addRole(personId, c.doc.text.slice(s.start, s.end), s.start, s.end);
  for (let j = from; j < to; j++) {
    c.used.add(j);
    c.personal.add(j);
  }
  for (const cid of countriesIn(c, from, to)) c.reg.addAffiliation(personId, cid);
  for (const chunk of new Set([...range(from, to)].map((k) => c.chunkAt.get(k)).filter((x) => !!x))) {
    if (chunk!.from >= from && chunk!.to <= to) {
      // An organisation inside a role ("State Department spokesman") is who the person works for, not an
      // actor of the story: it gets no mention here (it may get one where the text names it on its own).
      const org = orgFromChunk(c, chunk!, null, chunk!.from, false);
      if (org) {
        c.reg.addAffiliation(personId, org);
        // A minister of "the Ukrainian Foreign Ministry" belongs to Ukraine as well.
        for (const a of c.reg.affiliations(org)) c.reg.addAffiliation(personId, a);
        continue;
      }
    }
    for (const p of chunk!.pieces) {
      const known = p.entries.find((e) => e.kind === "org");
      if (known?.kind !== "org" || p.from < from || p.to > to) continue;
      const id = c.reg.actor(known.name, "organization");
      c.reg.addAffiliation(personId, id);
      const cc = INSTITUTION_COUNTRY.get(known.name);
      if (cc) {
        c.reg.addAffiliation(id, countryActor(c, cc));
        c.reg.addAffiliation(personId, countryActor(c, cc));
      }
    }
  }
}

/** An organisation named by a chunk ("The Azerbaijani Foreign Ministry", "OSCE Parliamentary Assembly"). */
function orgFromChunk(
  c: Ctx,
  chunk: Chunk,
  ownerCode: string | null = null,
  from = chunk.from,
  mention = true,
): string | null {
  const { doc, reg } = c;
  const whole = chunk.pieces.length === 1 ? chunk.pieces[0]!.entries.find((e) => e.kind === "org") : undefined;
  if (!whole && !orgHeadAt(c, chunk)) return null;
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
  const name = known ?? (code && possessive ? `${countryAdjective(code)} ${rest}` : written);
  const id = reg.actor(name, "organization");
  // "the Prime Minister’s Office" keeps its article: the alias is the description as written.
  const at = held && doc.toks[from - 1]?.lower === "the" ? from - 1 : from;
  const s = span(doc, at, chunk.to);
  if (mention) reg.mentionActor(id, s.start, s.end, known && pieceText(doc, chunk) !== known ? "alias" : "name");
  const cc = code ?? (known ? INSTITUTION_COUNTRY.get(known) : undefined) ?? INSTITUTION_COUNTRY.get(rest) ?? null;
  if (cc) {
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

/** Nouns that, after "the <demonym>", make the phrase stand for the country ("the Armenian side"). */
const COLLECTIVE_NOUNS = new Set(["side", "government", "authorities", "leadership", "administration"]);
/** Participles after "<demonym>-" that make the country the agent ("Russian-brokered", "Iranian-backed"). */
const AGENT_PARTICIPLES = new Set([
  "brokered",
  "backed",
  "led",
  "mediated",
  "sponsored",
  "supplied",
  "funded",
  "made",
  "built",
  "controlled",
  "occupied",
  "annexed",
  "allied",
  "trained",
]);
const REGION_NOUNS = new Set([
  "region",
  "province",
  "oblast",
  "district",
  "territory",
  "enclave",
  "exclave",
  "governorate",
]);

/** "part of Azerbaijan", "the region of Azerbaijan": a country named as territory. */
function partOfPlace(doc: Doc, from: number): boolean {
  const of = doc.toks[from - 1];
  const noun = doc.toks[from - 2];
  return of?.lower === "of" && !!noun && (noun.lower === "part" || PLACE_KIND_NOUNS.has(noun.lower));
}

/** Words before a capital that make it a government: "between Baku and …", "representatives of Baku", "by Baku". */
const GOVERNMENT_BEFORE = new Set(["between", "of", "by", "including", "with", "against", "versus", "urged", "and"]);

/** Is this chunk a single geographical name (a capital or a country) that can stand in a list with a capital? */
function isGeoChunk(c: Ctx, k: number): Chunk | null {
  const chunk = c.chunkAt.get(k);
  if (chunk?.pieces.length !== 1) return null;
  return chunk.pieces[0]!.entries.some((e) => e.kind === "capital" || e.kind === "seat" || e.kind === "country")
    ? chunk
    : null;
}

/**
 * Capitals stand for governments when they act, own or are acted upon ("Baku announced", "Baku’s cancellation",
 * "warned Baku", "between Baku and Yerevan", "including Washington, Brussels, and Moscow"), and are places
 * after a location preposition or anywhere else ("in Baku", "to Baku", "attacks on Kyiv"). A list of capitals
 * is read as a whole: its last member's verb decides for the first.
 */
function actsAsGovernment(c: Ctx, from: number, to: number): boolean {
  const { doc } = c;
  const t = doc.toks[from]!;
  if (t.allCaps || t.heading) return false;
  // "bias in Washington’s stance": the owner is the government, whatever stands before it.
  const next = doc.toks[to];
  if (next && (next.lower === "'s" || next.lower === "'") && next.start === doc.toks[to - 1]!.end) return true;
  if (afterLocationPreposition(doc, from)) return false;
  let first = from;
  let last = to;
  for (;;) {
    const sep = doc.toks[first - 1];
    const sep2 = doc.toks[first - 2];
    const at =
      sep && [",", "and", "or"].includes(sep.lower)
        ? sep2?.lower === "," || sep2?.lower === "and"
          ? first - 3
          : first - 2
        : -1;
    const g = at >= 0 ? isGeoChunk(c, at) : null;
    if (!g) break;
    first = g.from;
  }
  for (;;) {
    const sep = doc.toks[last];
    const skip = sep?.lower === "," && ["and", "or"].includes(doc.toks[last + 1]?.lower ?? "") ? 2 : 1;
    const g = sep && [",", "and", "or"].includes(sep.lower) ? isGeoChunk(c, last + skip) : null;
    if (!g) break;
    last = g.to;
  }
  const before = doc.toks[first - 1];
  if (before && before.sentence === t.sentence) {
    if (afterLocationPreposition(doc, first)) return false;
    if (GOVERNMENT_BEFORE.has(before.lower) || before.pos === "VERB") return true;
  }
  let k = last;
  // Over a parenthesis ("Yerevan, in turn, said"), adverbs and auxiliaries to the verb.
  if (doc.toks[k]?.text === ",") {
    for (let p = k + 1; p < Math.min(doc.toks.length, k + 6); p++) {
      if (doc.toks[p]!.text === ",") {
        k = p + 1;
        break;
      }
    }
  }
  while (doc.toks[k] && (doc.toks[k]!.pos === "ADV" || doc.toks[k]!.pos === "AUX")) {
    if (doc.toks[k]!.pos === "AUX") return true;
    k++;
  }
  const verb = doc.toks[k];
  return !!verb && verb.sentence === t.sentence && verb.pos === "VERB";
}

function capital(c: Ctx, from: number, to: number, code: string | null, org: string | null, name: string) {
  const s = span(c.doc, from, to);
  if (!actsAsGovernment(c, from, to)) {
    c.placeOccs.push({ ...s, name, kind: "city" });
    return;
  }
  const id = org ? c.reg.actor(org, "organization") : countryActor(c, code!);
  c.reg.mentionActor(id, s.start, s.end, "government");
}

function lexPieces(c: Ctx, chunk: Chunk): void {
  const { doc, reg } = c;
  for (const p of chunk.pieces) {
    if (p.kind !== "lex" || p.from < chunk.from) continue;
    if ([...range(p.from, p.to)].some((j) => c.used.has(j))) continue;
    const s = span(doc, p.from, p.to);
    const name = pieceText(doc, p);
    const e = p.entries[0]!;
    const only = chunk.pieces.length === 1;
    switch (e.kind) {
      case "country": {
        const id = countryActor(c, e.code);
        reg.mentionActor(id, s.start, s.end, "name");
        c.countryRefs.push({ at: s.start, code: e.code });
        // "U.S.-Azerbaijani relations": a country in a compound adjective is no place.
        const compound = doc.toks[p.to]?.text === "-" && doc.toks[p.to]!.start === s.end;
        if (!compound && (afterLocationPreposition(doc, p.from) || partOfPlace(doc, p.from))) {
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
        } else if (only && next && GOVERNMENT_NOUNS.has(next.lower)) {
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
        // "the Nagorno-Karabakh region": the kind noun belongs to the name as written.
        const noun = doc.toks[p.to];
        const the = doc.toks[p.from - 1]?.lower === "the";
        const withNoun = the && noun && REGION_NOUNS.has(noun.lower) && noun.sentence === doc.toks[p.from]!.sentence;
        // "the Caucasus rivals": a region name qualifying a noun is no place of the story.
        if (the && noun && noun.pos === "NOUN" && !noun.cap && !withNoun && !PLACE_KIND_NOUNS.has(noun.lower)) break;
        const end = withNoun ? noun.end : s.end;
        c.placeOccs.push({ start: s.start, end, name: e.name, kind: kindFromContext(doc, p.from, p.to) ?? "region" });
        break;
      }
      case "org": {
        const id = reg.actor(e.name, "organization");
        reg.mentionActor(id, s.start, s.end, name === e.name ? "name" : "alias");
        const cc = INSTITUTION_COUNTRY.get(e.name);
        if (cc) reg.addAffiliation(id, countryActor(c, cc));
        break;
      }
      default:
        break;
    }
  }
}

/** A chunk of plain words that names nobody known: a place after "in"/"to", an acronym, or nothing. */
function leftover(c: Ctx, chunk: Chunk): void {
  const { doc, reg } = c;
  // "Apple’s chief financial officer": a company's short name counts even inside a role.
  const short = chunk.pieces.length === 1 ? reg.orgByShortName(pieceText(doc, chunk)) : null;
  if (short) {
    const s = span(doc, chunk.from, chunk.to);
    reg.mentionActor(short, s.start, s.end, "alias");
    return;
  }
  if ([...range(chunk.from, chunk.to)].some((j) => c.used.has(j))) return;
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
  if (!doc.toks[chunk.from]!.heading && (kind || afterLocationPreposition(doc, chunk.from))) {
    if (chunk.pieces.every((p) => isNameWord(doc, p))) c.placeOccs.push({ ...s, name, kind: kind ?? "other" });
    return;
  }
  const t = doc.toks[chunk.from]!;
  const lonely = chunk.pieces.length === 1 && t.allCaps && /^[A-Z]{2,5}$/.test(t.text);
  const capsAround = [doc.toks[chunk.from - 1], doc.toks[chunk.to]].some(
    (n) => n?.allCaps && n.sentence === t.sentence,
  );
  if (lonely && !capsAround && !t.heading) reg.mentionActor(reg.actor(t.text, "organization"), s.start, s.end, "name");
}

/** Joins "Azerbaijan’s Foreign Ministry": a possessive country before an organisation chunk. */
function possessiveOwner(c: Ctx, chunk: Chunk, index: number): { code: string | null; from: number } | null {
  const prev = c.chunks[index - 1];
  if (!prev?.possessive || prev.pieces.length !== 1) return null;
  const geo = prev.pieces[0]!.entries.find((e): e is Geo => e.kind === "country");
  if (c.doc.toks[prev.to + 1]?.i !== chunk.from) return null;
  if (!geo) return prev.pieces[0]!.entries.some((e) => e.kind === "title") ? { code: null, from: prev.from } : null;
  return { code: geo.code, from: prev.from };
}

export const findEntities: FindEntities = (ctx) => {
  const doc = prepare(ctx);
  const reg = new Registry(ctx.articleId, ctx.text);
  const chunks = findChunks(doc);
  const chunkAt = new Map<number, Chunk>();
  for (const ch of chunks) for (let j = ch.from; j < ch.to; j++) chunkAt.set(j, ch);
  const c: Ctx = {
    doc,
    reg,
    chunks,
    chunkAt,
    used: new Set(),
    personal: new Set(),
    roleHolder: () => null,
    placeOccs: [],
    countryRefs: [],
  };

  const persons = people(c);
  c.roleHolder = (title) => {
    const t = title.toLowerCase();
    const fits = persons.flatMap((p) =>
      p.roles.filter((r) => r.toLowerCase() === t || r.toLowerCase().endsWith(` ${t}`)),
    );
    const holders = new Set(persons.filter((p) => p.roles.some((r) => fits.includes(r))).map((p) => p.id));
    return holders.size === 1 ? [...fits].sort((a, b) => b.length - a.length)[0]! : null;
  };
  chunks.forEach((chunk, index) => {
    if ([...range(chunk.from, chunk.to)].some((j) => c.used.has(j) && !isNamePart(c, j))) return;
    const owner = possessiveOwner(c, chunk, index);
    if (owner && orgFromChunk(c, chunk, owner.code, owner.from)) {
      if (owner.code === null) return;
      const id = countryActor(c, owner.code);
      const s = span(doc, owner.from, owner.from + 1);
      reg.mentionActor(id, s.start, s.end, "name");
      return;
    }
    if (!isNamePart(c, chunk.from) && orgFromChunk(c, chunk)) return;
  });
  pluralOrganisations(c);
  for (const chunk of chunks) lexPieces(c, chunk);
  for (const chunk of chunks) leftover(c, chunk);
  registerPlaces(reg, c.placeOccs);

  roleMentions(c, persons);
  orgDescriptions(c);
  const countryBefore = (at: number) => {
    let code: string | null = null;
    for (const r of c.countryRefs) if (r.at < at) code = r.code;
    return code;
  };
  for (const d of findDescriptions(doc, persons, countryBefore, (k) => c.personal.has(k))) {
    const s = span(doc, d.from, d.to);
    reg.mentionActor(d.personId, s.start, s.end, "title");
    // "the Pakistani prime minister" tells the country of a prime minister the text introduced without one.
    const known = [...reg.affiliations(d.personId)].some((a) => reg.kindOf(a) === "country");
    if (!known) for (const cid of d.countries) reg.addAffiliation(d.personId, cid);
  }
  return reg.result();
};
