// Events from the body: triggers (a table) per clause, their people, date, status and framing; then split and merged.
import { makeEvidence } from "@dateline/core/evidence";
import type { EventType, ExtractedEvent, ParticipantRole, TemporalExpression } from "@dateline/core/schema";
import { isPositionTitle, isSpokespersonTitle } from "../entities/tables/titles";
import type { Sentence, Token } from "../nlp/analyze";
import { partitionPoint } from "../nlp/search";
import type { DocContext, EntityResult, FindEvents } from "../types";
import { isBackground } from "./background";
import { draftClause, type Orphan } from "./clause-drafts";
import { splitClauses } from "./clauses";
import { isDatedAction } from "./dated-action";
import { assignDates, datedPhrases, sentenceOpener } from "./dates";
import { type Draft, mergeDrafts, splitPerParty } from "./merge";
import { gistOf, namesOf, titleFor } from "./title";
import { BARE_VOTE } from "./triggers";
import type { Trigger } from "./triggers-in-clause";

/** How many sentences back a framing quote without an event of its own may reach ("calling what was happening …"). */
const FRAMING_REACH = 2;

/** Participants are listed who acts first, then the other side. */
const ROLE_ORDER: readonly ParticipantRole[] = [
  "agent",
  "host",
  "speaker",
  "counterpart",
  "target",
  "subject",
  "other",
];

/**
 * `indirect`: told in reported speech, with no quotation in its sentence ("Faisal said the kingdom hoped …").
 * `source`: an undated delivery whose reported words tell a dated act with a trigger of its own ("Turkey said three
 * planes had landed on Tuesday", "the president said rescue teams would fly on Wednesday"): the act is the news,
 * the saying its source.
 */
type Placed = Draft & { sentence: number; indirect: boolean; source: boolean };

const QUOTE_MARKS = new Set(["“", "”", '"', "«", "»", "‘", "’"]);

/** Events at which words are said: a statement told with one of these in its sentence is part of it. */
const OCCASIONS = new Set<EventType>(["press-conference", "statement", "hearing", "meeting", "call", "talks", "visit"]);

export const findEvents: FindEvents = (ctx: DocContext, entities: EntityResult, dates: TemporalExpression[]) => {
  const { tokens, sentences } = ctx.analysis;
  const doc = { articleId: ctx.articleId, text: ctx.text, tokens, mentions: entities.mentions };
  const drafts: Placed[] = [];
  const orphans: Array<Orphan & { sentence: number }> = [];

  /**
   * A sentence that opens on a date and tells no event by a trigger sets the scene for the next one ("On September
   * 19, tensions flared up again. Baku announced …"): `setters` are its dated-action drafts, dropped when the next
   * sentence's events take the date.
   */
  let scene: { te: TemporalExpression; sentence: number; paragraph: number; setters: Placed[] } | null = null;
  const placeAt = placesByStart(entities);
  for (const sentence of sentences) {
    const triggers: Trigger[] = [];
    const inSentence: Placed[] = [];
    const dated = datedPhrases(tokens, sentence, dates);
    for (const clause of splitClauses(tokens, sentence)) {
      const found = draftClause(doc, clause, dated);
      triggers.push(...found.triggers);
      // The clause's drafts are new objects of its own: placed in place (a spread of each cost more than the loop).
      for (const d of found.drafts) inSentence.push(place(d, sentence.index));
      orphans.push(...found.orphans.map((o) => ({ ...o, sentence: sentence.index })));
    }
    const where = frontedPlace(tokens, sentence, placeAt);
    if (where) for (const d of inSentence) d.placeId ??= where;
    const when = assignDates(tokens, sentence, triggers, dates);
    inSentence.forEach((d, i) => {
      const said = triggers[i]!;
      d.source =
        d.delivery &&
        (when[i]?.length ?? 0) === 0 &&
        inSentence.some(
          (o, j) => j !== i && triggers[j]!.start >= said.end && !o.delivery && !o.weak && (when[j]?.length ?? 0) > 0,
        );
    });
    let quoted = false;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd && !quoted; k++) quoted = QUOTE_MARKS.has(tokens[k]!.text);
    // "…, its defence ministry said." only names a source; "Faisal said the kingdom hoped …" reports what was said.
    inSentence.forEach((d, i) => {
      d.indirect = d.delivery && !quoted && reportsAfter(tokens, triggers[i]!.end, sentence.tokenEnd);
    });
    const carried =
      scene && scene.sentence === sentence.index - 1 && scene.paragraph === sentence.paragraph ? scene.te : null;
    const setters = scene && carried ? scene.setters : [];
    const actionsOnly = triggers.every((t) => isDatedAction(t.rule));
    const opener = actionsOnly ? sentenceOpener(tokens, sentence, dates) : null;
    let tookScene = false;
    inSentence.forEach((draft, i) => {
      const [own = sharedDate(tokens, triggers, when, i, inSentence) ?? carried, ...more] = when[i] ?? [];
      if (own && own === carried && (when[i]?.length ?? 0) === 0) tookScene = true;
      // A plural event noun with several dates is several events: "their October 6 and October 31 meetings".
      // (Only an event noun: "raised rates in July, … since March 2022" is one decision.)
      const plural = more.length > 0 && isPlural(tokens[triggers[i]!.end - 1]) && !hasVerb(tokens, triggers[i]!);
      for (const te of plural ? [own, ...more] : [own]) {
        const copy = te === own ? draft : { ...draft, placeId: null, separate: true, framing: [...draft.framing] };
        copy.date = te;
        copy.background ||= isBackground(ctx.article, te, copy.status);
        drafts.push(copy);
      }
    });
    // The setters are the previous sentence's drafts, side by side just before this sentence's: cut them out where
    // they stand (filtering every draft of the article for each scene made a long text quadratic).
    if (tookScene && setters.length > 0) drafts.splice(drafts.lastIndexOf(setters[0]!), setters.length);
    scene = opener
      ? {
          te: opener,
          sentence: sentence.index,
          paragraph: sentence.paragraph,
          setters: drafts.slice(firstOf(drafts, sentence.index)),
        }
      : null;
  }
  for (const o of orphans) adoptFraming(drafts, o);
  const actors = new Map(entities.actors.map((a) => [a.id, a]));
  // What a government, ministry or organisation says is its position, an event even undated; a person's
  // words are quotes unless dated.
  // A person holding a public position (a president, minister, commander, chief executive) speaks for it too,
  // unless a spokesperson delivers the words: then they are the office's readout, a source.
  const holds = (id: string, test: (title: string) => boolean) =>
    actors.get(id)?.roles.some((r) => test(r.title)) ?? false;
  const official = (d: Draft) =>
    d.type === "statement" &&
    d.participants.some((p) => {
      const actor = actors.get(p.actorId);
      if (p.role !== "agent" || !actor) return false;
      if (actor.kind !== "person") return true;
      return holds(p.actorId, isPositionTitle) && !d.participants.some((q) => holds(q.actorId, isSpokespersonTitle));
    });

  // A delivery ("said in a statement") is an event only when the clause dates it, and not when the sentence
  // tells the occasion it was said at ("at a press conference, the president said"). Only an occasion that
  // took place is where words were said; a called-off visit is what they are about. (A set of the sentences
  // with such an occasion, not a scan of all drafts per draft: that made a long text quadratic.)
  const occasions = new Set(
    drafts.filter((o) => !o.delivery && o.status === "occurred" && OCCASIONS.has(o.type)).map((o) => o.sentence),
  );
  const told = drafts.filter(
    (d) => !d.delivery || (!d.source && (d.date?.date || official(d) || d.indirect) && !occasions.has(d.sentence)),
  );
  const published = ctx.article.published?.latest ?? null;
  for (const d of told) {
    // Only a body of members votes: a commission, authority or agency approving a deal or a law decides it.
    if (d.type === "vote" && d.participants.some((p) => p.role === "agent" && decidesAlone(actors.get(p.actorId)))) {
      d.type = "other";
    }
    // "the vote" on a motion, a bill or an impeachment is a body's vote, not an election.
    if (d.type === "election" && d.pattern === BARE_VOTE && legislative(ctx.text, sentences, d.sentence)) {
      d.type = "vote";
    }
    // Dated after publication: it has not happened yet, whatever the verb says.
    const earliest = d.date?.date?.earliest;
    if (published && earliest && earliest > published && d.status === "occurred") d.status = "planned";
  }
  const merged = mergeDrafts(
    actors,
    told.flatMap((d) => splitPerParty(actors, d)),
  );
  const names = namesOf(entities.actors, entities.places, entities.mentions, ctx.text);
  return merged.map((d, i): ExtractedEvent => {
    const spans = [...d.spans].sort((a, b) => a.start - b.start);
    const first = spans[0]!;
    return {
      id: `${ctx.articleId}#e${i + 1}`,
      type: d.type,
      title: titleFor(names, d.type, d.participants, d.placeId, d.headNoun, gistOf(ctx.text, first)),
      status: d.status,
      // A retelling may have given the event its date: recalled context by that date too.
      background: d.background || isBackground(ctx.article, d.date, d.status),
      date: d.date?.date ?? null,
      when: d.date ? { text: d.date.text, weekday: d.date.weekday, evidence: d.date.evidence } : null,
      placeId: d.placeId,
      participants: [...d.participants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)),
      wording: ctx.text.slice(first.start, first.end),
      framing: d.framing,
      evidence: spans.map((s) => makeEvidence(ctx.articleId, ctx.text, s.start, s.end)),
    };
  });
};

/** Words of a legislature at work, which make a bare "vote" its members' vote. */
const LEGISLATIVE =
  /\b(?:lawmakers|legislators|parliament|parliamentary|assembly|senate|senators|congress|deputies|MPs|motion|impeachment|bill|legislation|amendment|plenary)\b/i;

/** Does the sentence at `index`, or the one before it, tell of a legislature at work? */
function legislative(text: string, sentences: readonly Sentence[], index: number): boolean {
  const from = sentences[Math.max(0, index - 1)]!.start;
  return LEGISLATIVE.test(text.slice(from, sentences[index]!.end));
}

/** Bodies that decide without a vote of members: the European Commission, a competition authority, an agency. */
const EXECUTIVE_BODY = /\b(?:commission|authority|agency|regulator|office|administration|ministry|department)$/i;

function decidesAlone(actor: { kind: string; name: string } | undefined): boolean {
  return actor?.kind === "organization" && EXECUTIVE_BODY.test(actor.name);
}

/** Place mentions (and countries, which are places too when the article has them as one) by where they start. */
function placesByStart(entities: EntityResult): Map<number, string> {
  const places = new Set(entities.places.map((p) => p.id));
  const out = new Map<number, string>();
  for (const m of entities.mentions) if (places.has(m.entityId) && !out.has(m.start)) out.set(m.start, m.entityId);
  return out;
}

/** Words that front a place before the sentence's subject: "In Khartoum, the army said …". */
const FRONTING = new Set(["in", "at"]);

/**
 * The place a sentence opens on, set off by a comma ("In Srinagar, the region's main city, police deployed"):
 * where everything the sentence tells happened, unless an event names its own place.
 */
function frontedPlace(tokens: Token[], sentence: Sentence, placeAt: Map<number, string>): string | null {
  const first = tokens[sentence.tokenStart];
  const name = tokens[sentence.tokenStart + 1];
  if (!first || !name || !FRONTING.has(first.text.toLowerCase())) return null;
  const id = placeAt.get(name.start);
  if (!id) return null;
  // The comma must close the place name itself: "In Khartoum, …", not "In Khartoum's south the army …".
  for (let k = sentence.tokenStart + 2; k < Math.min(sentence.tokenEnd, sentence.tokenStart + 6); k++) {
    const t = tokens[k]!;
    if (t.text === ",") return id;
    if (t.pos !== "PROPN" && t.pos !== "NOUN") return null;
  }
  return null;
}

/** Where a sentence's drafts begin: they are the last ones pushed. */
function firstOf(drafts: Placed[], sentence: number): number {
  let k = drafts.length;
  while (k > 0 && drafts[k - 1]!.sentence === sentence) k--;
  return k;
}

/** A clause's new draft with its sentence (and no reported speech yet), the same object. */
function place(d: Draft, sentence: number): Placed {
  const placed = d as Placed;
  placed.sentence = sentence;
  placed.indirect = false;
  placed.source = false;
  return placed;
}

/** How many words must follow a reporting verb for it to introduce what was said rather than close a sentence. */
const REPORT_WORDS = 3;

function reportsAfter(tokens: Token[], from: number, to: number): boolean {
  // "…, officials said, as aftershocks shook the city": a comma closes the source.
  if (tokens[from]?.text === ",") return false;
  let words = 0;
  for (let k = from; k < to && words < REPORT_WORDS; k++) if (tokens[k]!.pos !== "PUNCT") words++;
  return words >= REPORT_WORDS;
}

/**
 * The date of the predicate a trigger's verb is joined to by "and" ("seized power in Gabon on Wednesday … and
 * placed him under house arrest"): the clause's first verb trigger with a day, told with the same status. Only an
 * inflected verb right after "and" (an adverb between) shares the clause's subject and its time: "and was pardoned"
 * is a passive of its own.
 */
function sharedDate(
  tokens: Token[],
  triggers: Trigger[],
  when: TemporalExpression[][],
  i: number,
  drafts: Placed[],
): TemporalExpression | undefined {
  const t = triggers[i]!;
  const verb = tokens[t.start]!;
  // An inflected verb: "and reopen their embassies" is what was agreed, not done that day.
  if (drafts[i]!.delivery || verb.pos !== "VERB" || verb.text.toLowerCase() === verb.lemma) return undefined;
  let k = t.start - 1;
  while (k > t.clause.tokenStart && tokens[k]!.pos === "ADV") k--;
  if (tokens[k]?.text.toLowerCase() !== "and") return undefined;
  const j = triggers.findIndex(
    (o, n) => n < i && o.clause === t.clause && tokens[o.start]!.pos === "VERB" && (when[n]?.length ?? 0) > 0,
  );
  if (j < 0 || drafts[j]!.status !== drafts[i]!.status || drafts[j]!.delivery) return undefined;
  // Only a day is shared: "arrested … the following month and extradited" need not be the same month's.
  const te = when[j]![0]!;
  return te.date?.precision === "day" ? te : undefined;
}

function hasVerb(tokens: Token[], t: { start: number; end: number }): boolean {
  for (let k = t.start; k < t.end; k++) if (tokens[k]!.pos === "VERB") return true;
  return false;
}

function isPlural(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "NOUN" && t.text.toLowerCase() !== t.lemma.toLowerCase() && /s$/i.test(t.text);
}

/**
 * A framing quote with no event in its clause names an earlier one: of the quoted word's type, else the last.
 * Drafts are in sentence order, so the ones in reach are found by binary search, not a scan of all.
 */
function adoptFraming(drafts: Placed[], o: Orphan & { sentence: number }): void {
  const from = partitionPoint(drafts, (d) => d.sentence < o.sentence - FRAMING_REACH);
  const to = partitionPoint(drafts, (d) => d.sentence <= o.sentence, from);
  const earlier = drafts.slice(from, to);
  const target = o.type ? earlier.findLast((d) => d.type === o.type) : earlier.at(-1);
  target?.framing.push(o.frame);
}
