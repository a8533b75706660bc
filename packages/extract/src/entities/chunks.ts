// Runs of capitalised words ("US Secretary of State Antony Blinken"), split into table phrases and plain words.
import { type LexEntry, matchAt } from "./lexicon";
import { DOCUMENT_HEADS, LEADER_HEADS, ORG_HEADS } from "./tables/orgs";
import { PLACE_KIND_NOUNS } from "./tables/places";
import { TITLE_WORDS } from "./tables/titles";
import { NAME_OWNERS, NON_NAME_WORDS, PEOPLE_PLURALS } from "./tables/words";
import { type Doc, isPossessive, type Tok, touching } from "./tokens";

export interface Piece {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  kind: "lex" | "word" | "hyphen" | "connector" | "particle";
  entries: LexEntry[];
}

export interface Chunk {
  from: number;
  to: number;
  pieces: Piece[];
  /** The chunk is followed by a possessive ’s (or written as a possessive such as "Blinkens"). */
  possessive: boolean;
}

const CONNECTORS = new Set(["of", "for"]);
/** Bodies named for the matter they deal with: "Commission on Human Rights", "Council on Foreign Relations". */
const TOPIC_HEADS = new Set(["commission", "committee", "subcommittee", "council", "conference", "panel", "forum"]);

/**
 * "on" joins a body's name to its matter: "the Commission on Human Rights". (Not to a day, "the Council on Monday":
 * the lexicon ends a chunk at a time word, and a connector left at the end is dropped.)
 */
function onTopic(doc: Doc, pieces: readonly Piece[]): boolean {
  return TOPIC_HEADS.has(doc.toks[pieces[pieces.length - 1]!.to - 1]!.lower);
}
/** Lower-case particles inside personal names: "Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set([
  "da",
  "de",
  "di",
  "do",
  "dos",
  "das",
  "du",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "le",
  "ter",
  "ben",
]);
const JOINING_HEADS = new Set([...ORG_HEADS, "republic", "kingdom", "emirates", "states"]);

/** A capitalised small word right after a name word, hyphenated to a short lower-case syllable ("Park An-su"). */
function syllableOpener(doc: Doc, t: Tok): boolean {
  const hyphen = doc.toks[t.i + 1];
  const syllable = doc.toks[t.i + 2];
  const prev = doc.toks[t.i - 1];
  if (hyphen?.text !== "-" || hyphen.start !== t.end || !syllable || syllable.start !== hyphen.end) return false;
  return syllable.text.length <= 4 && /^[a-z]+$/.test(syllable.text) && !!prev?.cap && prev.sentence === t.sentence;
}

/** Common words that open names when written with a capital inside a sentence: numbers, "People". */
const INNER_OPENERS: ReadonlySet<string> = new Set("people two three four five six seven eight nine ten".split(" "));

/** Common words that open no name but end some, after a name's capitalised words: "Public Relations", "Sky News". */
const NAME_TAILS: ReadonlySet<string> = new Set(["relations", "news"]);

/** Common words that open many names ("New Social Contract", "New Democracy Party", "New Zealand"). */
const NAME_OPENERS: ReadonlySet<string> = new Set(["new"]);

/** Is the token followed by a possessive and a capitalised word ("People's Party", "Workers' Party")? */
function ownsNameHead(doc: Doc, t: Tok): boolean {
  const mark = doc.toks[t.i + 1];
  const head = doc.toks[t.i + 2];
  if (!mark || !head || !touching(t, mark) || !isPossessive(mark.lower)) return false;
  return head.cap && !head.allCaps && head.sentence === t.sentence && !NON_NAME_WORDS.has(head.lower);
}

/** A capitalised word glued to a participle of backing: "UN-backed", "Saudi-led", "Kremlin-funded". */
const BACKED = /^\S+-(?:backed|led|funded|sponsored|run|appointed|installed|brokered)$/i;

/** Could this capitalised token be (part of) a name? Sentence-initial common words cannot. */
function nameLike(doc: Doc, t: Tok): boolean {
  if (!t.cap) return false;
  // "the UN-backed Special Tribunal for Lebanon", "the Saudi-led coalition": who backs a body is no word of its name.
  if (BACKED.test(t.text)) return false;
  if (t.allCaps) return true;
  // "New Social Contract, a party founded in August": a common word that opens names, before two capitalised
  // words, is the name's own first word, even where a text also writes it in lower case.
  if (NAME_OPENERS.has(t.lower)) {
    const a = doc.toks[t.i + 1];
    const b = doc.toks[t.i + 2];
    return !!a?.cap && !!b?.cap && !a.allCaps && b.sentence === t.sentence && b.start > a.end;
  }
  // "Park An-su": a given name's first syllable may be a small word, hyphenated to a lower-case syllable.
  if (!t.initial && syllableOpener(doc, t)) return true;
  // "People Power Party", "Three Powers Square": a common word capitalised inside a sentence, before a
  // capitalised word, opens a name.
  if (INNER_OPENERS.has(t.lower) && !t.initial && !t.heading) {
    const a = doc.toks[t.i + 1];
    if (a?.cap && !a.allCaps && a.sentence === t.sentence) return true;
  }
  // "The People's Party": a common word owning the name's head is the name's first word.
  if (NON_NAME_WORDS.has(t.lower)) return NAME_OWNERS.has(t.lower) && ownsNameHead(doc, t);
  if (t.initial && (doc.lowerWords.has(t.lower) || !(t.pos === "PROPN" || t.pos === "X" || t.pos === "NOUN"))) {
    return false;
  }
  // "Residents said", "Forces loyal to …": a plural of people opening a sentence, no name after it ("Doctors
  // Without Borders" goes on in capitals).
  if (t.initial && PEOPLE_PLURALS.has(t.lower) && !doc.toks[t.i + 1]?.cap) return false;
  return true;
}

/** Countries whose names are people's names too. */
const PERSONAL_COUNTRY_NAMES: ReadonlySet<string> = new Set(["jordan", "chad", "georgia", "israel"]);
/** First words of companies and teams named after a country: "Air Jordan", "Bank Israel", "Team Georgia". */
const NAME_COMPANY_WORDS: ReadonlySet<string> = new Set(["air", "bank", "team", "radio", "visit", "invest"]);

/**
 * A one-word city or region next to a plain name word is part of a person's name: "Lloyd Austin",
 * "Victoria Nuland" (but "Kyiv Oblast", "Washington Post" stay places and organisations).
 */
function placeInName(doc: Doc, pieces: Piece[], m: { end: number; entries: LexEntry[] }, j: number): boolean {
  const prev = pieces[pieces.length - 1];
  if (m.end !== j + 1) return false;
  // "Michael Jordan", "Steve Israel": a country that is also a surname, after a given name (not after a common
  // word the text also writes in lower case: "Air India").
  if (PERSONAL_COUNTRY_NAMES.has(doc.toks[j]!.lower)) {
    const given = prev?.kind === "word" && prev.to === j ? doc.toks[prev.from]! : null;
    return !!given && !doc.lowerWords.has(given.lower) && !NAME_COMPANY_WORDS.has(given.lower);
  }
  if (!m.entries.every((e) => e.kind === "city" || e.kind === "region")) return false;
  const next = doc.toks[j + 1];
  const word = (t: Tok | undefined) =>
    !!t &&
    t.cap &&
    !t.allCaps &&
    t.sentence === doc.toks[j]!.sentence &&
    t.start > doc.toks[j]!.end &&
    !ORG_HEADS.has(t.lower) &&
    !DOCUMENT_HEADS.has(t.lower) &&
    !PLACE_KIND_NOUNS.has(t.lower) &&
    !NON_NAME_WORDS.has(t.lower);
  if (prev?.kind === "word" && prev.to === j) return true;
  return pieces.length === 0 && word(next) && !matchAt(doc.text, doc.toks, j + 1, j + 2);
}

// Module-level: esbuild (tsx, vitest) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every call when it stands in a function.
const SHORT_LOWER = /^\p{Ll}{1,5}$/u;

/** Compound words, not name syllables: "Biden-led", "Hamas-run", "Union-integrated". */
const COMPOUND_TAILS = new Set([
  "led",
  "run",
  "made",
  "born",
  "held",
  "era",
  "style",
  "type",
  "like",
  "wide",
  "free",
  "based",
]);

/**
 * Is `next` (after a hyphen) the lower-case second syllable of a given name? Only after two name words
 * ("Tsai Ing-", "Ko Wen-"), and short, which a compound's participle or noun ("Union-integrated") is not.
 */
function syllableAfterHyphen(doc: Doc, pieces: Piece[], next: Tok): boolean {
  const last = pieces[pieces.length - 1];
  const before = pieces[pieces.length - 2];
  if (last?.kind !== "word" || before?.kind !== "word" || before.to !== last.from) return false;
  const word = doc.toks[last.from]!;
  if (word.allCaps || !SHORT_LOWER.test(next.text) || /ed$/.test(next.text)) return false;
  return !COMPOUND_TAILS.has(next.text);
}

function hasJoiningHead(doc: Doc, pieces: Piece[]): boolean {
  const last = pieces[pieces.length - 1];
  if (!last) return false;
  if (last.entries.some((e) => e.kind === "title")) return true;
  if (last.kind !== "word") return false;
  // A name already joined after its head goes on joining: "Council for the Safeguard of the Homeland".
  if (pieces.some((p) => p.kind === "connector")) return true;
  const head = doc.toks[last.to - 1]!.lower;
  return JOINING_HEADS.has(head) || ORG_HEADS.has(singular(head));
}

/** How far ahead an organisation head may close a name joined by "and": "Monitoring and Research Centre". */
const AND_HEAD_REACH = 3;

/**
 * Does "and" at token j join two halves of one organisation's name? Only when capitalised words after it run
 * straight into an organisation head ("National Earthquake Monitoring and Research Centre", "Federation of Red
 * Cross and Red Crescent Societies"), or, in a name already joined by "of"/"for", end the capitalised run
 * ("Centres for Disease Control and Prevention", "Department of Health and Human Services"); never for two
 * names side by side ("Armenia and Azerbaijan").
 */
function andInName(doc: Doc, pieces: Piece[], j: number, limit: number): boolean {
  const last = pieces[pieces.length - 1];
  if (doc.toks[j]!.lower !== "and") return false;
  const joined = pieces.some((p) => p.kind === "connector");
  if (last?.kind !== "word" && !(last?.kind === "lex" && joined)) return false;
  if (last.kind === "word" && ORG_HEADS.has(doc.toks[last.to - 1]!.lower)) return false;
  const word = (t: Tok | undefined) =>
    !!t && t.sentence === doc.toks[j]!.sentence && t.cap && !t.allCaps && !NON_NAME_WORDS.has(t.lower);
  for (let k = j + 1; k <= j + AND_HEAD_REACH && word(doc.toks[k]); k++) {
    const t = doc.toks[k]!;
    if (ORG_HEADS.has(t.lower) || ORG_HEADS.has(singular(t.lower))) return true;
  }
  if (!joined) return false;
  for (let k = j + 1; k <= j + AND_HEAD_REACH && word(doc.toks[k]); k++) {
    // A country or known name after "and" is a second name: "Ministry of Defence and Azerbaijan".
    if (matchAt(doc.text, doc.toks, k, limit)) return false;
    if (k + 1 >= limit || !doc.toks[k + 1]!.cap) return true;
  }
  return false;
}

/** "societies" → "society", "centres" → "centre": a plural organisation head. */
export function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** The fewest and most words of a person's name after "of" that make it a party's leader. */
const LEADER_NAME_WORDS = [2, 4] as const;

/**
 * Does "of" at token j tie a party to the person who leads it ("the Republican Party of José Antonio Kast")
 * rather than go on with the party's name ("Party of European Socialists", "Party of Regions")? Only after a
 * party-like head, and only before a run of plain name words (no table phrase, no organisation head) that
 * ends the capitalised run and whose last word the article uses again on its own, as a surname.
 */
function leaderAfterOf(doc: Doc, pieces: Piece[], j: number, limit: number): boolean {
  const last = pieces[pieces.length - 1];
  if (last?.kind !== "word" || doc.toks[j]!.lower !== "of") return false;
  if (!LEADER_HEADS.has(doc.toks[last.to - 1]!.lower)) return false;
  let words = 0;
  let k = j + 1;
  for (; k < limit; k++) {
    const t = doc.toks[k]!;
    if (words > 0 && NAME_PARTICLES.has(t.lower)) continue;
    if (!t.cap || t.allCaps || NON_NAME_WORDS.has(t.lower) || ORG_HEADS.has(t.lower)) break;
    if (matchAt(doc.text, doc.toks, k, limit)) return false;
    words++;
  }
  const runEnds = k >= limit || !doc.toks[k]!.cap;
  if (!runEnds || words < LEADER_NAME_WORDS[0] || words > LEADER_NAME_WORDS[1]) return false;
  // A person is named again by the surname alone ("Kast conceded defeat"); words of a name are not.
  const surname = doc.toks[k - 1]!.text;
  return doc.toks.some((t, n) => (n < j || n >= k) && t.text === surname);
}

function isTime(m: { entries: LexEntry[] }): boolean {
  return m.entries.every((e) => e.kind === "time");
}

/** All chunks of the body in text order. */
export function findChunks(doc: Doc): Chunk[] {
  const { toks, text } = doc;
  const out: Chunk[] = [];
  let i = 0;
  // One past the sentence's last token, found once a sentence: i only moves forward, and from any token of
  // the run the end is the same (rescanning from each token made a long sentence quadratic).
  let limit = 0;
  while (i < toks.length) {
    const first = toks[i]!;
    const sentence = first.sentence;
    if (i >= limit) {
      limit = i;
      while (limit < toks.length && toks[limit]!.sentence === sentence) limit++;
    }
    const pieces: Piece[] = [];
    let j = i;
    while (j < limit) {
      const t = toks[j]!;
      const m = t.cap ? matchAt(text, toks, j, limit) : null;
      if (m && !isTime(m) && !placeInName(doc, pieces, m, j)) {
        pieces.push({ from: j, to: m.end, kind: "lex", entries: m.entries });
        j = m.end;
        continue;
      }
      if (m && isTime(m)) break;
      if (nameLike(doc, t) && !(pieces.length > 0 && t.initial)) {
        pieces.push({ from: j, to: j + 1, kind: "word", entries: [] });
        j++;
        continue;
      }
      const next = toks[j + 1];
      const prev = toks[j - 1];
      if (pieces.length > 0 && next && prev && (t.text === "-" || t.text === "–") && touching(prev, t)) {
        if (touching(t, next) && next.cap) {
          pieces.push({ from: j, to: j + 1, kind: "hyphen", entries: [] });
          j++;
          continue;
        }
        // "Tsai Ing-wen", "Hou Yu-ih": a hyphenated given name whose second syllable is lower case.
        if (touching(t, next) && syllableAfterHyphen(doc, pieces, next)) {
          pieces.push({ from: j, to: j + 1, kind: "hyphen", entries: [] });
          pieces.push({ from: j + 1, to: j + 2, kind: "word", entries: [] });
          j += 2;
          continue;
        }
      }
      // "Abdel Fattah al-Burhan": a particle joined to the surname by a hyphen.
      const joined = toks[j + 2];
      if (
        pieces.length > 0 &&
        next &&
        joined &&
        NAME_PARTICLES.has(t.lower) &&
        pieces[pieces.length - 1]!.kind === "word" &&
        next.text === "-" &&
        touching(t, next) &&
        touching(next, joined) &&
        joined.cap &&
        !NON_NAME_WORDS.has(joined.lower)
      ) {
        pieces.push({ from: j, to: j + 2, kind: "particle", entries: [] });
        j += 2;
        continue;
      }
      if (pieces.length > 0 && next && NAME_PARTICLES.has(t.lower) && pieces[pieces.length - 1]!.kind === "word") {
        const after = NAME_PARTICLES.has(next.lower) ? toks[j + 2] : next;
        if (after && after.sentence === sentence && after.cap && !after.allCaps && !NON_NAME_WORDS.has(after.lower)) {
          const width = after === next ? 1 : 2;
          pieces.push({ from: j, to: j + width, kind: "particle", entries: [] });
          j += width;
          continue;
        }
      }
      // "Kurdistan Workers' Party", "People's Party": a possessive of people inside the name, before its head.
      if (pieces.length > 0 && prev && NAME_OWNERS.has(prev.lower) && ownsNameHead(doc, prev)) {
        pieces.push({ from: j, to: j + 1, kind: "connector", entries: [] });
        j++;
        continue;
      }
      // "Inter-Services Public Relations", "Sky News": words that open no name, capitalised inside a sentence
      // after a name's words, end it.
      if (pieces.length > 0 && t.cap && !t.initial && !t.heading && NAME_TAILS.has(t.lower)) {
        pieces.push({ from: j, to: j + 1, kind: "word", entries: [] });
        j++;
        continue;
      }
      if (pieces.length > 0 && andInName(doc, pieces, j, limit)) {
        pieces.push({ from: j, to: j + 1, kind: "connector", entries: [] });
        j++;
        continue;
      }
      if (
        pieces.length > 0 &&
        next &&
        (CONNECTORS.has(t.lower) || (t.lower === "on" && onTopic(doc, pieces))) &&
        hasJoiningHead(doc, pieces) &&
        !leaderAfterOf(doc, pieces, j, limit)
      ) {
        const after = next.lower === "the" ? toks[j + 2] : next;
        if (after && after.sentence === sentence && after.cap && !NON_NAME_WORDS.has(after.lower)) {
          const width = after === next ? 1 : 2;
          pieces.push({ from: j, to: j + width, kind: "connector", entries: [] });
          j += width;
          continue;
        }
      }
      break;
    }
    while (
      pieces.length > 0 &&
      pieces[pieces.length - 1]!.kind !== "word" &&
      pieces[pieces.length - 1]!.kind !== "lex"
    ) {
      pieces.pop();
    }
    if (pieces.length === 0) {
      i = Math.max(j, i + 1);
      continue;
    }
    const to = pieces[pieces.length - 1]!.to;
    const after = toks[to];
    const lastTok = toks[to - 1]!;
    out.push({
      from: pieces[0]!.from,
      to,
      pieces,
      possessive: !!after && isPossessive(after.lower) && touching(lastTok, after),
    });
    i = to;
  }
  return out;
}

/** A word that can stand in a person's name: not an organisation, document or place-kind word. */
export function isNameWord(doc: Doc, p: Piece): boolean {
  if (p.kind === "hyphen" || p.kind === "particle") return true;
  if (p.kind !== "word") return false;
  const t = doc.toks[p.from]!;
  if (ORG_HEADS.has(t.lower) || DOCUMENT_HEADS.has(t.lower) || PLACE_KIND_NOUNS.has(t.lower)) return false;
  // Initials ("J.", "JD" before a surname) and regnal numbers ("Mohammed VI") stand in names; other capitals are
  // acronyms.
  if (t.allCaps && !/^[A-Z]\.?$/.test(t.text) && !/^[IVX]+$/.test(t.text) && !initialsBeforeName(doc, p.from))
    return false;
  // Inside a run of capitals the tagger's guess matters less: "Tim Cook" may come out as a verb.
  return !t.initial || t.pos === "PROPN" || t.pos === "X" || t.pos === "NOUN" || t.pos === "ADJ";
}

/**
 * "US Vice President JD Vance", "Prime Minister KP Sharma Oli": two capitals that no table knows, right before a
 * capitalised word that is neither capitals nor a title, are a given name's initials.
 */
function initialsBeforeName(doc: Doc, k: number): boolean {
  const t = doc.toks[k]!;
  const next = doc.toks[k + 1];
  if (!/^[A-Z]{2}$/.test(t.text) || !next || next.sentence !== t.sentence) return false;
  return next.cap && !next.allCaps && next.pos === "PROPN" && !TITLE_WORDS.has(next.lower);
}

/** nameStart per chunk: a chunk is not changed once made, and isNamePart asks for it token by token. */
const nameStarts = new WeakMap<Chunk, number>();

/** Index of the first piece of the trailing run of name words, or pieces.length when there is none. */
export function nameStart(doc: Doc, chunk: Chunk): number {
  const known = nameStarts.get(chunk);
  if (known !== undefined) return known;
  const k = findNameStart(doc, chunk);
  nameStarts.set(chunk, k);
  return k;
}

function findNameStart(doc: Doc, chunk: Chunk): number {
  let k = chunk.pieces.length;
  while (k > 0 && isNameWord(doc, chunk.pieces[k - 1]!)) k--;
  // A name never starts with a hyphen or a particle.
  while (k < chunk.pieces.length && (chunk.pieces[k]!.kind === "hyphen" || chunk.pieces[k]!.kind === "particle")) k++;
  return k;
}

export function pieceText(doc: Doc, p: { from: number; to: number }): string {
  return doc.text.slice(doc.toks[p.from]!.start, doc.toks[p.to - 1]!.end);
}
