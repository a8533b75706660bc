// findQuotes: quoted words with their speaker (named, described or a pronoun), delivery and evidence.
import { makeEvidence } from "@dateline/core/evidence";
import type { Quote } from "@dateline/core/schema";
import { DESCRIPTION_CLASSES, TITLES } from "../entities/tables/titles";
import { WEEKDAYS } from "../entities/tables/words";
import { type Range, startsUpper, type Token } from "../nlp/analyze";
import { bodyTokens } from "../nlp/body-tokens";
import { inOrder, partitionPoint, rangeHolding } from "../nlp/search";
import type { DocContext, EntityResult, FindQuotes, Mention } from "../types";
import { findQuoteSpans, type QuoteSpan } from "./marks";
import {
  ADDRESSEE_LEMMAS,
  DELIVERY_PATTERNS,
  NAMING_WORDS,
  PERSON_PRONOUNS,
  RELATIVE_OPENERS,
  SAY_LEMMAS,
  SOURCE_DOCUMENTS,
  SPEAKING_FOR,
  SPEECH_LEMMAS,
} from "./speech";
import { Subjects } from "./subjects";

/** Documents that speak for their owner: "a post on OpenAI's blog said". */
const DOCUMENTS: ReadonlySet<string> = new Set([
  "post",
  "statement",
  "letter",
  "release",
  "readout",
  "communique",
  "message",
  "note",
  "memo",
  "report",
]);
const DOCUMENT_OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "from", "by"]);

/** Roles of people who speak for others: their statements are readouts of what their principal did. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary)\b/;

const NEGATIONS = new Set(["not", "n't", "never"]);
/** How many title words may stand between a possessive owner after a speech verb and the person named. */
const OWNED_SPEAKER_REACH = 5;
/** Words that open a clause of its own, not the complement of a verb of saying before them. */
const CLAUSE_BREAKS = new Set(["while", "but", "whereas", "although", "though", ";", "and"]);
/** Words after which a name can open a clause as its subject ("…, Blinken “welcomed…”", "that Blinken “…”"). */
const CLAUSE_OPENERS = new Set([",", ";", ":", "that", "and", "but", "while", "as", "—", "–"]);

/** How a speaker was found: a verb of saying, a verb of a readout ("welcomed"), the clause subject, "according to". */
type How = "say" | "readout" | "subject" | "according";

interface Speaker {
  id: string | null;
  text: string;
  how: How;
}

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");

/** Honorifics before a name: "said Dr Pascal Okello" names Okello. */
const HONORIFICS: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.classes.includes("honorific")).map((t) => t.phrase),
);

/** Last words of titles and description classes: "the 45-year-old president", "the former police chief". */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...TITLES.filter((t) => t.role !== false).map((t) => t.phrase.split(" ").pop()!),
  ...DESCRIPTION_CLASSES.keys(),
]);
/** How far back (in characters) a description looks for the title holder it stands for: a few paragraphs. */
const DESCRIPTION_REACH = 3000;
/** How far a parenthesis in commas may run: "Netanyahu, who was discharged … on Sunday, voted". */
const PARENTHESIS_REACH = 30;
/** "X of the Y", "X at the Y", "X from the Y": a person named with the body they belong to. */
const MEMBER_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "at", "from"]);
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an"]);
const UNNAMED_OPENERS: ReadonlySet<string> = new Set(["a", "an", "one"]);
/** Words that open a description set off by commas: "the group that …", "a former al-Qaeda affiliate". */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Words after which an unnamed person opens a clause of their own. */
const UNNAMED_AFTER: ReadonlySet<string> = new Set([";", "and", "but", "while", "—", "–"]);
/** People a story quotes without a name: "A traveller …, who did not want to be named, said". */
const BYSTANDERS: ReadonlySet<string> = new Set(
  (
    "traveller traveler passenger student woman man resident witness survivor mother father neighbour neighbor " +
    "shopkeeper villager fan voter protester protestor worker nurse driver teacher farmer fisherman evacuee " +
    "pensioner local commuter shopper vendor parent nun priest monk pilgrim worshipper volunteer mechanic " +
    "pharmacist engineer doctor rescuer firefighter soldier officer official diplomat source employee analyst " +
    "trader owner tourist refugee migrant detainee prisoner retiree grandmother grandfather son daughter"
  ).split(" "),
);

/** Everything about the article the attribution rules consult, indexed once. */
class Scene {
  readonly toks: readonly Token[];
  private readonly startsAt = new Map<number, Mention>();
  private readonly endsAt = new Map<number, Mention>();
  private readonly person = new Set<string>();
  readonly subjects = new Subjects();
  /** The quoted stretches, opening mark to closing mark, in text order (as findQuoteSpans gives them). */
  private readonly quoted: Range[] = [];
  private readonly quotedInOrder: boolean;
  private readonly quoteOpens = new Set<number>();
  private readonly quoteCloses = new Set<number>();
  private readonly roles: Array<{ id: string; title: string }> = [];
  private readonly roleWords = new Set<string>();

  constructor(
    readonly ctx: DocContext,
    entities: EntityResult,
    spans: readonly QuoteSpan[],
  ) {
    this.toks = bodyTokens(ctx);
    for (const a of entities.actors) {
      if (a.kind !== "person") continue;
      this.person.add(a.id);
      for (const r of a.roles) {
        this.roles.push({ id: a.id, title: fold(r.title) });
        this.roleWords.add(fold(r.title).split(" ").pop()!);
      }
    }
    for (const m of entities.mentions) {
      if (m.entity !== "actor") continue;
      const s = this.startsAt.get(m.start);
      if (!s || s.end < m.end) this.startsAt.set(m.start, m);
      const e = this.endsAt.get(m.end);
      if (!e || e.start > m.start) this.endsAt.set(m.end, m);
    }
    for (const q of spans) {
      const r = { start: q.open, end: q.close < 0 ? q.end : q.close + 1 };
      this.quoted.push(r);
      this.quoteOpens.add(r.start);
      this.quoteCloses.add(r.end);
    }
    this.quotedInOrder = inOrder(this.quoted);
    this.findSubjects();
  }

  /** Asked for nearly every token and character: a binary search, not a scan of every quotation. */
  inQuote(offset: number): boolean {
    if (this.quotedInOrder) return rangeHolding(this.quoted, offset) !== null;
    return this.quoted.some((q) => offset >= q.start && offset < q.end);
  }

  isPerson(id: string): boolean {
    return this.person.has(id);
  }

  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whom a person pronoun at token k stands for: the last person subject, or the one person named earlier in the
   * pronoun's own sentence when no person was its subject there ("When the agents lifted Trump to his feet, … he
   * mouthed"). Its id is null after "A traveller … said": "she said" is then nobody the article names.
   */
  pronounReferent(k: number): { id: string | null } | null {
    const t = this.toks[k]!;
    const s = this.subjects.lastPersonSubject(t.start);
    const inSentence = this.onlyPersonEarlierIn(k);
    if (inSentence && (!s || s.at < this.toks[this.firstOfSentence(t.sentence)]!.start)) return { id: inSentence };
    return s;
  }

  /**
   * The one person named before token k in its sentence (outside quotations), or null for none or several. Not the
   * object of a preposition: in "After talks with Xi Jinping, he said", "he" is still the one told of before.
   */
  onlyPersonEarlierIn(k: number): string | null {
    let found: string | null = null;
    for (let j = this.firstOfSentence(this.toks[k]!.sentence); j < k; j++) {
      const m = this.endsAt.get(this.toks[j]!.end);
      if (!m || !this.person.has(m.entityId) || this.inQuote(m.start)) continue;
      if (this.toks[this.tokenAt(m.start) - 1]?.pos === "ADP") continue;
      if (found && found !== m.entityId) return null;
      found = m.entityId;
    }
    return found;
  }

  mentionStarting(k: number): Mention | undefined {
    const t = this.toks[k];
    return t ? this.startsAt.get(t.start) : undefined;
  }

  mentionEnding(k: number): Mention | undefined {
    const t = this.toks[k];
    return t ? this.endsAt.get(t.end) : undefined;
  }

  isSpeech(k: number): boolean {
    const t = this.toks[k];
    return !!t && (t.pos === "VERB" || t.pos === "AUX") && SPEECH_LEMMAS.has(t.lemma) && !this.inQuote(t.start);
  }

  /** Skips back over adverbs, auxiliaries and one parenthesis in commas ("Miller, the spokesman, said"). */
  skipBack(k: number): number {
    let j = k;
    while (j >= 0 && ["ADV", "AUX", "PART"].includes(this.toks[j]!.pos)) j--;
    // "Mufti, who heads the Peoples Democratic Party, said", "Xi, speaking … with Donald Tusk, said": the
    // name before the relative or participial clause is the subject, not the last name inside it.
    if (this.toks[j]?.text === ",") {
      const open = this.parenthesisOpening(j);
      if (open >= 0 && this.mentionEnding(open - 1)) return this.memberOf(open - 1);
    }
    // "Tamer Okoye, head of the federation's delegation in Libya, told": a person named before an appositive
    // is the subject, not the body or place that ends it.
    if (this.toks[j]?.text === ",") {
      const person = this.appositiveHolder(j);
      if (person >= 0) return person;
    }
    // "the mayor, Anna Kowalska, said": the name right before the comma is the subject.
    if (this.toks[j]?.text === "," && this.mentionEnding(j - 1)) return this.memberOf(j - 1);
    if (this.toks[j]?.text === ",") {
      const sentence = this.toks[j]!.sentence;
      for (let p = j - 1; p >= Math.max(0, j - 16) && this.toks[p]!.sentence === sentence; p--) {
        if (this.toks[p]!.text === ",") return p - 1;
      }
    }
    return this.memberOf(j);
  }

  /**
   * "Justice Linda Chan of the High Court said", "Bishnu Thapa of the Himalayan Relief Network": a body named
   * right after a person by "of", "at" or "from" is where the person works; the person is the subject. Returns
   * the token ending the person, or `k` when the mention ending at `k` is no such body.
   */
  private memberOf(k: number): number {
    const body = this.mentionEnding(k);
    if (!body || this.isPerson(body.entityId)) return k;
    let p = this.tokenAt(body.start) - 1;
    if (this.toks[p]?.text.toLowerCase() === "the") p--;
    if (!MEMBER_PREPOSITIONS.has(this.toks[p]?.text.toLowerCase() ?? "")) return k;
    const person = this.mentionEnding(p - 1);
    return person && this.isPerson(person.entityId) && this.toks[p - 1]!.sentence === this.toks[k]!.sentence
      ? p - 1
      : k;
  }

  /**
   * "Anna Kowalska, head of the agency in Sudan," closed at `close`: the token ending the person named before
   * the appositive, when the appositive has no verb and ends on a name that is no person; else -1.
   */
  private appositiveHolder(close: number): number {
    const last = this.mentionEnding(close - 1);
    if (last && this.isPerson(last.entityId)) return -1;
    const sentence = this.toks[close]!.sentence;
    for (let p = close - 1; p >= Math.max(1, close - PARENTHESIS_REACH); p--) {
      const t = this.toks[p]!;
      if (t.sentence !== sentence || this.inQuote(t.start) || t.pos === "VERB") return -1;
      if (t.text !== ",") continue;
      const m = this.mentionEnding(p - 1);
      return m && this.isPerson(m.entityId) ? p - 1 : -1;
    }
    return -1;
  }

  /**
   * The comma opening a relative or participial clause that the comma at `close` ends ("…, who heads X," /
   * "…, speaking in Beijing,"), or -1.
   */
  private parenthesisOpening(close: number): number {
    const sentence = this.toks[close]!.sentence;
    for (let p = close - 1; p >= Math.max(1, close - PARENTHESIS_REACH); p--) {
      const t = this.toks[p]!;
      if (t.sentence !== sentence || this.inQuote(t.start)) return -1;
      if (t.text !== ",") continue;
      const first = this.toks[p + 1]!;
      const relative = RELATIVE_OPENERS.has(first.text.toLowerCase());
      const participle = first.pos === "VERB" && /ing$/i.test(first.text);
      return relative || participle || this.describedWithRelative(p, close) ? p : -1;
    }
    return -1;
  }

  /**
   * Is the stretch between the commas at `open` and `close` an indefinite description whose verbs all stand in a
   * relative clause: "Zhang Lihua, a teacher in Wuhan who paid for a flat that is still a shell, said"?
   */
  private describedWithRelative(open: number, close: number, openers = INDEFINITE): boolean {
    if (!openers.has(this.toks[open + 1]?.text.toLowerCase() ?? "")) return false;
    for (let p = open + 2; p < close; p++) {
      const t = this.toks[p]!;
      if (RELATIVE_OPENERS.has(t.text.toLowerCase())) return true;
      // "the group that spearheaded the advance": "that" after a noun opens a relative clause too.
      if (t.text.toLowerCase() === "that" && t.pos === "PRON" && this.toks[p - 1]?.pos === "NOUN") return true;
      if (t.pos === "VERB" || t.pos === "AUX") return false;
    }
    return false;
  }

  /**
   * The comma closing an indefinite description that holds a relative clause, opened at `open` ("Zhang Lihua, a
   * teacher in Wuhan who paid for a flat that is still a shell, said"), or -1.
   */
  private describedClosing(open: number, openers = INDEFINITE): number {
    const sentence = this.toks[open]!.sentence;
    for (let p = open + 1; p < Math.min(this.toks.length, open + PARENTHESIS_REACH); p++) {
      const t = this.toks[p]!;
      if (t.sentence !== sentence || this.inQuote(t.start)) return -1;
      if (t.text === ",") return this.describedWithRelative(open, p, openers) ? p : -1;
    }
    return -1;
  }

  /** The comma closing a relative clause opened at `open` ("Netanyahu, who was … on Sunday, voted"), or -1. */
  private relativeClosing(open: number): number {
    const sentence = this.toks[open]!.sentence;
    if (!RELATIVE_OPENERS.has(this.toks[open + 1]?.text.toLowerCase() ?? "")) return -1;
    for (let p = open + 2; p < Math.min(this.toks.length, open + PARENTHESIS_REACH); p++) {
      const t = this.toks[p]!;
      if (t.sentence !== sentence || this.inQuote(t.start)) return -1;
      if (t.text === ",") return p;
    }
    return -1;
  }

  /**
   * After an appositive's closing comma, the rest of a place written "town, region," ("a neighbour of the family in
   * Novi, Michigan, said"): one to three capitalised words and a comma belong to the appositive.
   */
  private pastPlaceTail(j: number): number {
    let p = j;
    while (p < j + 3 && this.toks[p]?.pos === "PROPN") p++;
    return p > j && this.toks[p]?.text === "," && this.toks[j - 2]?.pos === "PROPN" ? p + 1 : j;
  }

  /** Skips forward over adverbs, auxiliaries and one parenthesis in commas ("Yerevan, in turn, said"). */
  skipForward(k: number): number {
    let j = this.pastMembership(k);
    const sentence = this.toks[j]?.sentence;
    // "Park Ji-hoon, 52, a taxi driver who …, said": the age is an appositive of its own before the description.
    if (this.toks[j]?.text === "," && this.toks[j + 1]?.pos === "NUM" && this.toks[j + 2]?.text === ",") {
      const description = INDEFINITE.has(this.toks[j + 3]?.text.toLowerCase() ?? "");
      j = description ? j + 2 : j + 3;
    }
    // "the army chief, General Waker-Uz-Zaman, announced": a name set off by commas after its description; the
    // comma after it closes the name, and the verb follows.
    if (this.nameSetOff(k)) return this.pastAdverbs(k + 1);
    j = this.pastAppositive(j, sentence);
    // A second appositive: "al-Jolani, the leader of HTS, the group that spearheaded the advance, visited".
    if (j > k && this.toks[j - 1]?.text === "," && APPOSITIVE_OPENERS.has(this.toks[j]?.text.toLowerCase() ?? "")) {
      // A second description may be definite: nothing but a description stands between two commas after a name.
      const again = this.pastAppositive(j - 1, sentence, APPOSITIVE_OPENERS);
      if (again > j) j = again;
    }
    // "X, an opposition politician …, who told reporters": the person is the subject of the relative's verb.
    if (j > k && this.toks[j - 1]?.text === "," && this.toks[j]?.text.toLowerCase() === "who") j++;
    return this.pastAdverbs(j);
  }

  /** Only adverbs, auxiliaries and "not": "Pashinyan to discuss" is an infinitive, not a subject and its verb. */
  private pastAdverbs(from: number): number {
    let j = from;
    while (
      j < this.toks.length &&
      (["ADV", "AUX"].includes(this.toks[j]!.pos) || NEGATIONS.has(this.toks[j]!.text.toLowerCase()))
    )
      j++;
    return j;
  }

  /**
   * Is the name ending before token k set off by commas after a description of it ("the army chief, General
   * Waker-Uz-Zaman, announced")? A comma before the name's mention, a description opened by "the" before that
   * comma, and a comma then a verb after the name.
   */
  private nameSetOff(k: number): boolean {
    const m = this.mentionEnding(k - 1);
    if (!m || this.toks[k]?.text !== "," || this.toks[this.pastAdverbs(k + 1)]?.pos !== "VERB") return false;
    const open = this.tokenAt(m.start) - 1;
    if (this.toks[open]?.text !== ",") return false;
    for (let d = open - 1; d >= Math.max(0, open - 4); d--) {
      const t = this.toks[d]!;
      if (t.sentence !== this.toks[k]!.sentence) return false;
      if (t.text.toLowerCase() === "the") return true;
      if (!["NOUN", "ADJ", "PROPN"].includes(t.pos)) return false;
    }
    return false;
  }

  /** Past an appositive or relative clause opened by the comma at j, to the word after it; else j. */
  private pastAppositive(j: number, sentence: number | undefined, openers = INDEFINITE): number {
    const relative = this.toks[j]?.text === "," ? this.relativeClosing(j) : -1;
    const described = relative < 0 && this.toks[j]?.text === "," ? this.describedClosing(j, openers) : -1;
    if (relative >= 0) j = relative + 1;
    else if (described >= 0) j = this.pastPlaceTail(described + 1);
    else if (this.toks[j]?.text === ",") {
      let inParticiple = false;
      // A participle's clause may run longer: "a 34-year-old engineer trying to get home to Lagos,".
      const reach = (p: number) => p < Math.min(this.toks.length, j + (inParticiple ? PARENTHESIS_REACH : 16));
      for (let p = j + 1; reach(p) && this.toks[p]!.sentence === sentence; p++) {
        if (this.toks[p]!.text === ",") {
          j = this.pastPlaceTail(p + 1);
          break;
        }
        // A participle inside the appositive is no predicate ("an opposition politician serving 25 years, who
        // told"), and the verbs after it are its own.
        const t = this.toks[p]!;
        if (t.pos === "VERB" && /ing$/i.test(t.text) && this.toks[p - 1]?.pos === "NOUN") inParticiple = true;
        // "the Moscow-based Centre": a verb joined by a hyphen is part of an adjective.
        const compound = this.toks[p - 1]?.text === "-";
        // A capitalised "verb" inside an appositive is a name the tagger misread: "the Levant Policy Forum".
        if (t.pos === "VERB" && !inParticiple && !compound && !startsUpper(t.text)) break;
      }
    }
    return j;
  }

  /** Past "of the Himalayan Relief Network" at k, when a named body follows the preposition; else k. */
  private pastMembership(k: number): number {
    if (!MEMBER_PREPOSITIONS.has(this.toks[k]?.text.toLowerCase() ?? "")) return k;
    const sentence = this.toks[k]!.sentence;
    for (let p = k + 1; p < Math.min(this.toks.length, k + 8) && this.toks[p]!.sentence === sentence; p++) {
      const m = this.mentionEnding(p);
      if (m && this.tokenAt(m.start) <= k + 2 && !this.isPerson(m.entityId)) return p + 1;
    }
    return k;
  }

  /** Is token k preceded, over punctuation only, by a closing quotation mark? */
  private followsQuote(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && this.toks[j]!.pos === "PUNCT" && !this.quoteCloses.has(this.toks[j]!.end)) j--;
    const t = this.toks[j];
    return !!t && this.quoteCloses.has(t.end);
  }

  /** Does a title follow the mention ("State Department spokesman"), making it part of a description? */
  private roleFollows(m: Mention): boolean {
    const next = this.toks[this.tokenAt(m.end)];
    return !!next && next.start >= m.end && this.roleWords.has(next.text.toLowerCase());
  }

  /**
   * "says State Department spokesman": words after a speech verb that repeat a person's stated role (without a
   * name) stand for that person, when exactly one person holds it.
   */
  private roleAfter(k: number): { id: string; end: number } | null {
    const first = this.toks[k];
    if (!first) return null;
    let end = k;
    while (end < this.toks.length && end - k < 8 && this.toks[end]!.sentence === first.sentence) {
      if (/^[,.;:!?]$/.test(this.toks[end]!.text)) break;
      end++;
    }
    if (end === k) return null;
    const words = fold(this.ctx.text.slice(first.start, this.toks[end - 1]!.end));
    const holders = this.roles.filter((r) => r.title === words || r.title.endsWith(` ${words}`));
    const ids = new Set(holders.map((h) => h.id));
    return ids.size === 1 ? { id: [...ids][0]!, end: this.toks[end - 1]!.end } : null;
  }

  /** Who is the subject at this token: a mention ending just before, or a pronoun standing for a person. */
  private subjectBefore(k: number, verb?: Token): { id: string | null; start: number } | null {
    const t = this.toks[k];
    if (!t) return null;
    if (PERSON_PRONOUNS.has(t.text.toLowerCase())) {
      // The id is null after "A traveller … said": "she said" is then nobody the article names.
      const s = this.pronounReferent(k);
      return s ? { id: s.id, start: t.start } : null;
    }
    // "It said" after "the ministry said …": the last organisation or country that spoke. Only with a verb of
    // saying: "it is noted that" is the narrator's voice.
    if (t.text.toLowerCase() === "it" && verb && SAY_LEMMAS.has(verb.lemma)) {
      const id = this.subjects.lastNonPerson(t.start);
      return id ? { id, start: t.start } : null;
    }
    const m = this.mentionEnding(k);
    if (m) return { id: m.entityId, start: m.start };
    // "… than Takaichi, who had called a further increase “stupid”": the relative's antecedent speaks.
    if (t.text.toLowerCase() === "who" && this.toks[k - 1]?.text === ",") {
      const antecedent = this.mentionEnding(k - 2);
      if (antecedent) return { id: antecedent.entityId, start: antecedent.start };
    }
    return this.speakingFor(k) ?? this.description(k);
  }

  /** "An IMF spokesperson said", "Nauru's government said": the named body speaks. */
  private speakingFor(k: number): { id: string; start: number } | null {
    const t = this.toks[k]!;
    if (!SPEAKING_FOR.has(t.text.toLowerCase())) return null;
    const owner = this.toks[k - 1]?.text === "’s" || this.toks[k - 1]?.text === "'s" ? k - 2 : k - 1;
    const m = this.mentionEnding(owner);
    return m && !this.isPerson(m.entityId) ? { id: m.entityId, start: m.start } : null;
  }

  /**
   * "the 66-year-old former police chief told supporters": a definite description of a person stands for the
   * last person the article made a subject, one holding that title if any does.
   */
  private description(k: number): { id: string; start: number } | null {
    const head = this.toks[k]!;
    const word = head.text.toLowerCase();
    // The tagger reads some heads as adjectives ("police chief/ADJ told").
    if (!["NOUN", "PROPN", "ADJ"].includes(head.pos)) return null;
    if (!PERSON_HEADS.has(word)) return null;
    let d = k - 1;
    while (d >= 0 && k - d <= 10 && this.toks[d]!.sentence === head.sentence) {
      const w = this.toks[d]!;
      if (w.pos === "DET") break;
      if (!["ADJ", "NOUN", "NUM", "PROPN"].includes(w.pos) && w.text !== "-") return null;
      d--;
    }
    const det = this.toks[d];
    if (det?.text.toLowerCase() !== "the" || det.sentence !== head.sentence) return null;
    const holders = new Set(this.roles.filter((r) => r.title.split(" ").pop() === word).map((r) => r.id));
    const holder =
      holders.size > 0
        ? this.subjects.lastIn(
            Math.max(0, det.start - DESCRIPTION_REACH),
            det.start,
            (s) => !!s.id && holders.has(s.id),
          )
        : null;
    const id = holder?.id ?? this.subjects.lastPerson(det.start);
    return id ? { id, start: det.start } : null;
  }

  /**
   * Subjects in text order: a mention or he/she followed by a verb (after adverbs, auxiliaries or a parenthesis)
   * or by an opening quotation mark ("Blinken “welcomed…”"), and a mention right after a speech verb ("said Miller").
   */
  private findSubjects(): void {
    for (let k = 0; k < this.toks.length; k++) {
      const t = this.toks[k]!;
      const m = this.mentionEnding(k);
      const pronoun = PERSON_PRONOUNS.has(t.text.toLowerCase());
      if (!m && !pronoun && BYSTANDERS.has(t.text.toLowerCase())) {
        this.unnamedSubject(k);
        continue;
      }
      // Only a name's end or a pronoun can be a subject: asked first, it spares most tokens the quotation search.
      if ((!m && !pronoun) || this.inQuote(t.start)) continue;
      const landed = this.skipForward(k + 1);
      const next = this.toks[landed];
      const start = m ? m.start : t.start;
      const before = this.toks[this.tokenAt(start) - 1];
      const clauseStart = !before || before.sentence !== t.sentence || CLAUSE_OPENERS.has(before.text.toLowerCase());
      // "According to Nancy Chabot, …": the source named is who "she said" goes on to mean.
      const source =
        !!m &&
        before?.text.toLowerCase() === "to" &&
        this.toks[this.tokenAt(start) - 2]?.text.toLowerCase() === "according";
      if (source) {
        this.subjects.push({ at: start, id: m.entityId, person: this.isPerson(m.entityId) }, t.end);
        continue;
      }
      // The object of a preposition is no subject: "with Aliyev", "the governments of Azerbaijan"; but the owner
      // of the document that speaks is ("a post on OpenAI's blog said", "a statement from the ministry said").
      if (before?.pos === "ADP" && before.sentence === t.sentence) {
        if (m && this.documentOwner(this.tokenAt(start) - 1, k)) {
          this.subjects.push({ at: start, id: m.entityId, person: this.isPerson(m.entityId) }, t.end);
        }
        continue;
      }
      const next1 = this.toks[k + 1];
      const opensQuote = clauseStart && !!next1 && this.quoteOpens.has(next1.start);
      // "said Miller"; not "said Yoon's position was untenable", where the name only owns the subject.
      const owns = next1?.text === "'s" || next1?.text === "’s";
      // Not "told King Charles": the name after "told" is who heard the words.
      const afterSpeech =
        !!before &&
        SPEECH_LEMMAS.has(before.lemma) &&
        !ADDRESSEE_LEMMAS.has(before.lemma) &&
        before.pos === "VERB" &&
        !owns;
      // A capitalised "verb" right after a name is the rest of a name: "a Google Meet".
      const verb = next?.pos === "VERB" && next.sentence === t.sentence && !(next === next1 && startsUpper(next.text));
      // "Marcus Obi, a 34-year-old engineer …, had been in the terminal": an auxiliary is the predicate itself.
      const copula =
        clauseStart &&
        landed > k + 1 &&
        this.toks[landed - 1]?.pos === "AUX" &&
        this.toks[landed - 1]!.sentence === t.sentence;
      if (!verb && !copula && !opensQuote && !afterSpeech) continue;
      const id = m ? m.entityId : (this.pronounReferent(k)?.id ?? null);
      if (!id) continue;
      const coordinated =
        !!before && ["and", "or"].includes(before.text.toLowerCase()) && !!this.mentionEnding(this.tokenAt(start) - 2);
      this.subjects.push(
        coordinated ? { at: start, id: null, person: false } : { at: start, id, person: this.isPerson(id) },
        t.end,
      );
    }
  }

  /**
   * "A traveller at Hartsfield-Jackson airport, who did not want to be named, said she had slept on the floor": a
   * person the article does not name, opening a clause with "a", "an" or "one", is the subject the next "she"
   * stands for, so the words stay nobody's rather than going to the last person named.
   */
  private unnamedSubject(k: number): void {
    const head = this.toks[k]!;
    if (head.pos !== "NOUN" || this.inQuote(head.start)) return;
    let d = k - 1;
    while (d >= 0 && k - d <= 4 && ["ADJ", "NUM", "NOUN", "PUNCT"].includes(this.toks[d]!.pos)) {
      if (this.toks[d]!.pos === "PUNCT" && this.toks[d]!.text !== "-") return;
      d--;
    }
    const det = this.toks[d];
    if (!det || det.sentence !== head.sentence || !UNNAMED_OPENERS.has(det.text.toLowerCase())) return;
    // Only at the start of a clause, not as the description of someone named just before ("Zhang Lihua, a teacher").
    const before = this.toks[d - 1];
    if (before && before.sentence === head.sentence && !UNNAMED_AFTER.has(before.text.toLowerCase())) return;
    // Its predicate: the first verb outside commas ("…, who did not want to be named, said").
    let inside = false;
    for (let p = k + 1; p < Math.min(this.toks.length, k + PARENTHESIS_REACH); p++) {
      const t = this.toks[p]!;
      if (t.sentence !== head.sentence || this.inQuote(t.start)) return;
      if (t.text === ",") inside = !inside;
      else if (!inside && (t.pos === "VERB" || t.pos === "AUX")) {
        this.subjects.push({ at: det.start, id: null, person: true }, head.end);
        return;
      }
    }
  }

  /**
   * Is the mention ending at token k, after the preposition at `prep`, the owner of a document that speaks: "a post
   * on OpenAI's blog said", "a statement from the ministry said"? The noun before the preposition is a document,
   * and a verb of saying follows (after the mention's own "'s blog").
   */
  private documentOwner(prep: number, k: number): boolean {
    if (!DOCUMENT_OWNER_PREPOSITIONS.has(this.toks[prep]?.text.toLowerCase() ?? "")) return false;
    const noun = this.toks[prep - 1];
    if (!noun || !DOCUMENTS.has(noun.text.toLowerCase())) return false;
    let j = k + 1;
    if (this.toks[j]?.text === "'s" || this.toks[j]?.text === "’s") j += 2;
    const verb = this.toks[j];
    return !!verb && verb.sentence === noun.sentence && SAY_LEMMAS.has(verb.lemma);
  }

  /** Is the quotation a name given to something ("earned him the nickname “Putin's chef”"), which nobody says? */
  namesSomething(q: QuoteSpan): boolean {
    const open = this.tokenAt(q.open);
    for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
      const t = this.toks[k]!;
      if (t.sentence !== this.toks[open]!.sentence) return false;
      if (NAMING_WORDS.has(t.text.toLowerCase())) return true;
      if (t.pos !== "DET" && t.pos !== "ADJ") return false;
    }
    return false;
  }

  /** "…,” said Miller" / "…,” Miller added" / "he warned that “…”": the speech verb nearest the quotation. */
  speechAttribution(q: QuoteSpan): Speaker | null {
    const openTok = this.tokenAt(q.open);
    const closeTok = q.close < 0 ? this.tokenAt(q.end - 1) : this.tokenAt(q.close);
    const sentences = new Set([this.toks[openTok]!.sentence, this.toks[closeTok]!.sentence]);
    let best: { distance: number; speaker: Speaker } | null = null;
    let bestVerb = -1;
    for (let k = Math.max(0, openTok - 60); k < Math.min(this.toks.length, closeTok + 60); k++) {
      const t = this.toks[k]!;
      if (!sentences.has(t.sentence) || !this.isSpeech(k)) continue;
      const distance = k < openTok ? openTok - k : k > closeTok ? k - closeTok : Number.POSITIVE_INFINITY;
      if (best && best.distance <= distance) continue;
      // "…,” said Miller": a speaker after the verb only where the verb directly follows a quotation.
      if (k > closeTok && this.followsQuote(k)) {
        const titled = HONORIFICS.has(this.toks[k + 1]?.text.toLowerCase() ?? "") ? k + 2 : k + 1;
        const after = this.ownedSpeaker(this.mentionStarting(titled) ?? null);
        const byRole = after && !this.roleFollows(after) ? null : this.roleAfter(k + 1);
        const how: How = SAY_LEMMAS.has(t.lemma) ? "say" : "readout";
        if (after && !this.roleFollows(after)) {
          best = { distance, speaker: { id: after.entityId, text: this.ctx.text.slice(t.start, after.end), how } };
          continue;
        }
        if (byRole) {
          best = { distance, speaker: { id: byRole.id, text: this.ctx.text.slice(t.start, byRole.end), how } };
          continue;
        }
        const unnamed = this.unnamedAfter(k + 1);
        if (unnamed >= 0) {
          best = { distance, speaker: { id: null, text: this.ctx.text.slice(t.start, this.toks[unnamed]!.end), how } };
          continue;
        }
      }
      const j = this.skipBack(k - 1);
      const subject = this.subjectBefore(j, t) ?? this.participleSubject(k);
      if (subject && !this.inQuote(subject.start)) {
        const how: How = SAY_LEMMAS.has(t.lemma) ? "say" : "readout";
        best = { distance, speaker: { id: subject.id, text: this.ctx.text.slice(subject.start, t.end), how } };
        bestVerb = k;
      }
    }
    // A readout verb, or a country or body said to say something, inside what a person says: the person's words.
    const inner = best && (best.speaker.how === "readout" || !this.isPerson(best.speaker.id ?? ""));
    if (best && inner && bestVerb >= 0 && bestVerb < openTok) {
      const outer = this.outerSayer(bestVerb);
      if (outer?.id && outer.id !== best.speaker.id && this.isPerson(outer.id)) return outer;
    }
    return best?.speaker ?? null;
  }

  /**
   * "…,” said one freed man, who would not give his name": someone the article does not name speaks after the
   * verb (a, an or one, then a few describing words and a noun that speaks for no body). Returns the noun's token,
   * or -1.
   */
  private unnamedAfter(k: number): number {
    const det = this.toks[k];
    if (!det || !UNNAMED_OPENERS.has(det.text.toLowerCase())) return -1;
    for (let p = k + 1; p < Math.min(this.toks.length, k + 5) && this.toks[p]!.sentence === det.sentence; p++) {
      const t = this.toks[p]!;
      if (t.pos === "NOUN" && !SPEAKING_FOR.has(t.text.toLowerCase())) {
        const next = this.toks[p + 1];
        // The noun ends the description: "one freed man," not "a man from the ministry"; a bystander may come
        // from somewhere ("said a pensioner from Handlová who …").
        const bystander = BYSTANDERS.has(t.text.toLowerCase());
        if (next && next.sentence === t.sentence && (next.pos === "NOUN" || (next.pos === "ADP" && !bystander)))
          return -1;
        return p;
      }
      if (!["ADJ", "NUM", "VERB"].includes(t.pos) && t.text !== "-") return -1;
    }
    return -1;
  }

  /**
   * The subject of the clause a participle after a comma hangs on: "Erdogan approved the bid, saying Finland had
   * taken “real steps”" (Erdogan), "He gave his blessing …, saying …" (the person "he" stands for). The subject
   * opens the sentence and a verb follows it.
   */
  private participleSubject(k: number): { id: string; start: number } | null {
    const verb = this.toks[k]!;
    if (this.toks[k - 1]?.text !== "," || !/ing$/i.test(verb.text)) return null;
    const first = this.firstOfSentence(verb.sentence);
    const opener = this.toks[first]!;
    if (PERSON_PRONOUNS.has(opener.text.toLowerCase())) {
      const id = this.subjects.lastPerson(opener.start);
      return id ? { id, start: opener.start } : null;
    }
    // The name right before the sentence's first verb ("Turkish President Recep Tayyip Erdogan approved").
    let v = first;
    while (v < k && this.toks[v]!.pos !== "VERB" && this.toks[v]!.pos !== "AUX") v++;
    if (v >= k) return null;
    let end = v - 1;
    while (end > first && this.toks[end]!.pos === "ADV") end--;
    // "Governor Gavin Newsom on Friday ordered …": a day between the name and its verb.
    const day = this.toks[end]!.text.toLowerCase();
    if ((WEEKDAYS.has(day) || day === "today" || day === "yesterday") && this.toks[end - 1]?.pos === "ADP") end -= 2;
    const m = this.mentionEnding(end);
    return m && !this.inQuote(m.start) ? { id: m.entityId, start: m.start } : null;
  }

  /**
   * The one who says what a readout verb tells, earlier in its sentence: "the government spokesman Olivier Véran
   * said France condemned the coup and was following events “with the greatest attention”" are Véran's words.
   */
  private outerSayer(verb: number): Speaker | null {
    const first = this.firstOfSentence(this.toks[verb]!.sentence);
    // Back from the inner verb to the nearest verb of saying whose complement holds it; a clause of its own
    // ("Biden said …, while Hamas said it would “fight to the end”") ends the search.
    for (let k = verb - 1; k >= first; k--) {
      const t = this.toks[k]!;
      if (CLAUSE_BREAKS.has(t.text.toLowerCase())) return null;
      if (this.inQuote(t.start) || !this.isSpeech(k) || !SAY_LEMMAS.has(t.lemma)) continue;
      const subject = this.subjectBefore(this.skipBack(k - 1), t);
      if (subject && !this.inQuote(subject.start))
        return { id: subject.id, text: this.ctx.text.slice(subject.start, t.end), how: "say" };
    }
    return null;
  }

  /**
   * "…,” said Nigeria’s President Bola Tinubu": a possessive owner after the verb is not the speaker when a
   * person is named a few title words later; the person is.
   */
  private ownedSpeaker(m: Mention | null): Mention | null {
    if (!m) return null;
    const end = this.tokenAt(m.end - 1);
    const s = this.toks[end + 1];
    if (s?.text !== "’s" && s?.text !== "'s") return m;
    for (let k = end + 2; k < Math.min(this.toks.length, end + 2 + OWNED_SPEAKER_REACH); k++) {
      if (this.toks[k]!.sentence !== s.sentence) break;
      const person = this.mentionStarting(k);
      if (person && this.isPerson(person.entityId)) return person;
    }
    return m;
  }

  /** "Blinken “welcomed …”", "the top US diplomat reaffirmed “…”": the last subject before the quotation. */
  subjectAttribution(q: QuoteSpan): Speaker | null {
    const openTok = this.tokenAt(q.open);
    const sentence = this.toks[openTok]!.sentence;
    const sentenceStart = this.toks[this.firstOfSentence(sentence)]!.start;
    const found = this.subjects.lastIn(sentenceStart, q.open);
    if (!found) return null;
    const m = this.startsAt.get(found.at);
    const end = m ? m.end : this.toks[this.tokenAt(found.at)]!.end;
    if (found.id === null) return { id: null, text: "", how: "subject" };
    // A short quotation after "a"/"the" is a term in scare quotes: a person may have used it, a country did not say it.
    const det = this.toks[openTok - 1];
    const words = this.ctx.text.slice(q.start, q.end).split(/\s+/).length;
    if (!found.person && det && ["a", "an", "the"].includes(det.text.toLowerCase()) && words <= 4) return null;
    return { id: found.id, text: this.ctx.text.slice(found.at, end), how: "subject" };
  }

  /**
   * "According to one of the statements distributed by State Department Spokesman Matthew Miller, …": the person
   * the phrase names as its source. "According to Azerbaijani media" names nobody: the speaker is unknown (a
   * null speaker, decided). "According to a readout of the call between A and B" names no source either, but
   * leaves the other rules to find who the readout speaks for.
   */
  accordingTo(q: QuoteSpan): Speaker | "unknown" | null {
    const openTok = this.tokenAt(q.open);
    const closeTok = q.close < 0 ? this.tokenAt(q.end - 1) : this.tokenAt(q.close);
    const sentence = this.toks[openTok]!.sentence;
    const lastSentence = this.toks[closeTok]!.sentence;
    let k = Math.max(0, openTok - 1);
    while (k > 0 && this.toks[k - 1]!.sentence === sentence) k--;
    // Before the quotation ("According to X, …“…”") or after it ("“…,” according to X.").
    let limit = closeTok + 1;
    while (limit < this.toks.length && this.toks[limit]!.sentence === lastSentence) limit++;
    for (; k < limit - 1; k++) {
      if (this.inQuote(this.toks[k]!.start)) continue;
      if (this.toks[k]!.text.toLowerCase() !== "according" || this.toks[k + 1]?.text.toLowerCase() !== "to") continue;
      const stopAt = k < openTok ? openTok : limit;
      let end = k + 2;
      while (end < stopAt && !/^[,.;]$/.test(this.toks[end]!.text) && !this.inQuote(this.toks[end]!.start)) end++;
      for (let j = k + 1; j < end; j++) {
        if (!["to", "by", "from"].includes(this.toks[j]!.text.toLowerCase())) continue;
        // Over the source's title ("by State Department Spokesman Matthew Miller") to a person named.
        for (let n = j + 1; n < end; n++) {
          const m = this.mentionStarting(n);
          if (m && this.isPerson(m.entityId)) {
            return { id: m.entityId, text: this.ctx.text.slice(this.toks[k]!.start, m.end), how: "according" };
          }
          const w = this.toks[n]!;
          // Over titles and descriptors: "by State Department Spokesman Matthew Miller", "to resident Samir Haddad".
          const describes =
            w.pos === "DET" || w.pos === "NOUN" || w.pos === "ADJ" || w.text === "’s" || w.text === "'s";
          if (!(w.text[0] !== w.text[0]!.toLowerCase() || this.roleWords.has(w.text.toLowerCase()) || describes)) {
            break;
          }
        }
      }
      // "according to an Interior Ministry statement": the body whose document it is.
      for (let n = k + 2; n < end; n++) {
        const m = this.mentionStarting(n);
        const after = m ? this.toks[this.tokenAt(m.end)] : undefined;
        if (m && after && after.start >= m.end && SOURCE_DOCUMENTS.has(after.text.toLowerCase())) {
          return { id: m.entityId, text: this.ctx.text.slice(this.toks[k]!.start, after.end), how: "according" };
        }
      }
      const phrase = this.ctx.text.slice(this.toks[k]!.start, this.toks[end - 1]!.end);
      return /\b(?:readout|statement|transcript|release|communiqu)/i.test(phrase) ? null : "unknown";
    }
    return null;
  }

  /**
   * The spokesperson whose statement the article quotes from, if any: a person with a spokesperson's role who
   * is named as saying something or as the source of a statement.
   */
  readoutSource(
    spans: readonly QuoteSpan[],
    found: readonly (Speaker | null)[],
  ): { id: string; paragraph: number } | null {
    for (const [n, s] of found.entries()) {
      if (!s?.id || (s.how !== "say" && s.how !== "according")) continue;
      if (this.roles.some((r) => r.id === s.id && SPOKESPERSON.test(r.title)))
        return { id: s.id, paragraph: this.paragraphOf(spans[n]!.open) };
    }
    return null;
  }

  /**
   * Does a quotation stand where the readout is being told: from the paragraph before the spokesperson's on
   * ("According to a readout …, the Secretary welcomed “…”", then "Miller said in a statement")?
   */
  afterSource(q: QuoteSpan, source: { paragraph: number }): boolean {
    return this.paragraphOf(q.open) >= source.paragraph - 1;
  }

  private paragraphOf(offset: number): number {
    const t = this.toks[this.tokenAt(offset)];
    return t ? (this.ctx.analysis.sentences[t.sentence]?.paragraph ?? -1) : -1;
  }

  /** How many paragraphs lie between two quotations (0: the same paragraph). */
  paragraphGap(a: QuoteSpan, b: QuoteSpan): number {
    return this.paragraphOf(b.open) - this.paragraphOf(a.open);
  }

  /** Does the quotation open its sentence, with no words of the narrator before it? */
  standsAlone(q: QuoteSpan): boolean {
    const k = this.tokenAt(q.open);
    const prev = this.toks[k - 1];
    return !prev || prev.sentence !== this.toks[k]!.sentence;
  }

  /** "Macron said:" and the quotation after it, in the same or the next paragraph. */
  colonAttribution(q: QuoteSpan): Speaker | null {
    const k = this.tokenAt(q.open);
    const colon = this.toks[k - 1];
    if (colon?.text !== ":") return null;
    const sentence = colon.sentence;
    // A subject whose token (tokenAt) stands in the sentence starts after the token before the sentence.
    const from = this.toks[this.firstOfSentence(sentence) - 1]?.end ?? 0;
    const found = this.subjects.lastIn(from, colon.start, (s) => this.toks[this.tokenAt(s.at)]?.sentence === sentence);
    if (!found?.id) return null;
    const m = this.startsAt.get(found.at);
    return { id: found.id, text: this.ctx.text.slice(found.at, m ? m.end : colon.start), how: "say" };
  }

  /** How it was said: "in a statement", "told journalists", searched outside the quotations of its sentences. */
  delivery(q: QuoteSpan): string | null {
    const first = this.toks[this.tokenAt(q.open)]!.sentence;
    const last = this.toks[q.close < 0 ? this.tokenAt(q.end - 1) : this.tokenAt(q.close)]!.sentence;
    const a = this.firstOfSentence(first);
    const b = this.firstOfSentence(last + 1);
    if (a >= b) return null;
    const outside = this.blankQuotes(this.toks[a]!.start, this.toks[b - 1]!.end);
    for (const re of DELIVERY_PATTERNS) {
      const m = re.exec(outside);
      if (m) return m[0].trim();
    }
    return null;
  }

  /** Index of the first body token of a sentence (or of the first after it): tokens are in sentence order. */
  private firstOfSentence(sentence: number): number {
    return partitionPoint(this.toks, (t) => t.sentence < sentence);
  }

  /**
   * The text from `from` to `to` with quoted words blanked out, so "in a statement" inside a quotation is not
   * taken for delivery: copied stretch by stretch, not asked character by character.
   */
  private blankQuotes(from: number, to: number): string {
    const text = this.ctx.text;
    if (!this.quotedInOrder) {
      let outside = "";
      for (let i = from; i < to; i++) outside += this.inQuote(i) ? " " : text[i];
      return outside;
    }
    let outside = "";
    let at = from;
    for (let k = partitionPoint(this.quoted, (q) => q.end <= from); k < this.quoted.length; k++) {
      const q = this.quoted[k]!;
      if (q.start >= to) break;
      const blankFrom = Math.max(q.start, at);
      const blankTo = Math.min(q.end, to);
      outside += text.slice(at, blankFrom) + " ".repeat(blankTo - blankFrom);
      at = blankTo;
    }
    return outside + text.slice(at, to);
  }
}

export const findQuotes: FindQuotes = (ctx, entities) => {
  const spans = findQuoteSpans(ctx.text, ctx.body);
  if (spans.length === 0) return [];
  const scene = new Scene(ctx, entities, spans);
  const decided = new Set<number>();
  const speakers = spans.map((q, n): Speaker | null => {
    if (scene.namesSomething(q)) {
      decided.add(n);
      return null;
    }
    const according = scene.accordingTo(q);
    if (according === "unknown") {
      decided.add(n);
      // "Shamkhani described the talks as “…”, according to the state news agency": the agency is how the
      // article knows; the person the speech verb names said it.
      const said = scene.speechAttribution(q);
      return said?.id && scene.isPerson(said.id) ? said : null;
    }
    const found = according ?? scene.speechAttribution(q) ?? scene.subjectAttribution(q);
    if (found) decided.add(n);
    return found ?? scene.colonAttribution(q);
  });
  // “A,” she said. “B.” — a quotation standing alone as its own sentence goes on with the speaker of the
  // quotation before it, in its paragraph or the one before.
  for (let n = 1; n < spans.length; n++) {
    if (speakers[n] || decided.has(n) || !scene.standsAlone(spans[n]!)) continue;
    const prev = speakers[n - 1];
    if (prev?.id && scene.paragraphGap(spans[n - 1]!, spans[n]!) <= 1) speakers[n] = { ...prev, how: prev.how };
  }
  // A readout tells what a principal did in the third person ("Blinken “welcomed …”"): the words are the
  // spokesperson's who issued it, not the principal's. Words the principal is said to say stay his.
  // Only from where the spokesperson comes in: "Stoltenberg welcomed Finland “…”" told before the Kremlin's
  // spokesman speaks is no readout of his.
  const source = scene.readoutSource(spans, speakers);
  return spans.map((q, n): Quote => {
    let speaker = speakers[n] ?? null;
    if (speaker && source && speaker.id && speaker.id !== source.id && scene.isPerson(speaker.id)) {
      const readout = speaker.how === "readout" || speaker.how === "subject";
      if (readout && scene.afterSource(q, source)) speaker = { ...speaker, id: source.id };
    }
    if (speaker && speaker.id === null) speaker = null;
    return {
      id: `${ctx.articleId}#q${n + 1}`,
      articleId: ctx.articleId,
      speakerId: speaker?.id ?? null,
      speakerText: speaker?.text ?? null,
      text: ctx.text.slice(q.start, q.end),
      delivery: scene.delivery(q),
      eventId: null,
      evidence: makeEvidence(ctx.articleId, ctx.text, q.start, q.end),
    };
  });
};
