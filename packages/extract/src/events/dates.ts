// Which time phrase of a sentence dates which event: each phrase goes to its nearest trigger; a phrase that
// opens a clause ("On September 20, …") dates every event of the clause that has none of its own.
import type { TemporalExpression } from "@dateline/core/schema";
import { POSSESSIVE_MARKS } from "../entities/tokens";
import type { Range, Sentence, Token } from "../nlp/analyze";
import { itemsWithin } from "../nlp/search";
import { endsStretch } from "../temporal/index";
import { DELAYED_TO } from "../temporal/tense";
import type { Clause } from "./clauses";
import { tokenAt } from "./groups";

/** Each date list's evidence spans, made once: every sentence asks which dates it holds. */
const spansOf = new WeakMap<readonly TemporalExpression[], Array<Range & { te: TemporalExpression }>>();

/** The dates inside a sentence, in text order: by binary search, not a scan of every date per sentence. */
function datesIn(tokens: Token[], sentence: Sentence, dates: TemporalExpression[]): TemporalExpression[] {
  let spans = spansOf.get(dates);
  if (!spans) {
    spans = dates.map((te) => ({ start: te.evidence.start, end: te.evidence.end, te }));
    spansOf.set(dates, spans);
  }
  const first = tokens[sentence.tokenStart]!.start;
  const last = tokens[sentence.tokenEnd - 1]!.end;
  return itemsWithin(spans, first, last).map((s) => s.te);
}

/** How far (in tokens) a time phrase may stand from the trigger it dates, unless it opens the clause. */
const MAX_DISTANCE = 12;
const QUOTE_MARKS = new Set(["“", "”", '"', "«", "»"]);

export interface Placed {
  te: TemporalExpression;
  start: number;
  end: number;
}

/**
 * Tokens between a phrase and a trigger (0 when they touch or overlap); a quotation mark between them parts
 * them, except the one that closes or opens a quoted name right at the trigger: 'an "anti-terrorism
 * operation" in September' dates the operation.
 */
function distance(tokens: Token[], p: { start: number; end: number }, t: { start: number; end: number }): number {
  const [from, to] = p.end <= t.start ? [p.end, t.start] : t.end <= p.start ? [t.end, p.start] : [0, 0];
  const hugging = p.end <= t.start ? t.start - 1 : t.end;
  for (let i = from; i < to; i++)
    if (i !== hugging && QUOTE_MARKS.has(tokens[i]!.text)) return Number.POSITIVE_INFINITY;
  return to - from;
}

/** A phrase that counts back to what follows it: "a day after", "two days after". */
const COUNT_BEFORE_AFTER = /\bdays?\s+after$/i;

/** Words that open a clause ordered against the one before it: "cut ties in January 2016 after protesters …". */
const ORDERING = new Set(["after", "before", "following", "until"]);

/**
 * Does "after"/"before" (or "and" + verb) stand between a phrase and a trigger after it? The phrase then ends its own predicate
 * and dates the subordinate clause's event only when nothing before it can take it ("reserved its verdict on
 * September 5 after hearing 23 petitions" still dates the hearing).
 */
function crossesOrdering(tokens: Token[], p: { start: number; end: number }, t: { start: number }): boolean {
  for (let i = p.end; i < t.start; i++) {
    if (ORDERING.has(tokens[i]!.text.toLowerCase())) return true;
    // "sentenced to death in Belarus in June and was pardoned": "and" + verb opens the next predicate, which the
    // phrase before it does not date while the one it ends can take it.
    if (tokens[i]!.pos === "CCONJ") {
      let j = i + 1;
      while (j < t.start && tokens[j]!.pos === "AUX") j++;
      if (tokens[j]?.pos === "VERB") return true;
    }
  }
  return false;
}

/**
 * Is the phrase inside what a reporting verb reports ("told staff that he would stay until the end of the
 * year")? A "that" between them opens the reported clause, whose time phrases are not the saying's.
 */
function reportedAfter(tokens: Token[], t: { end: number }, p: { start: number }): boolean {
  for (let i = t.end; i < p.start; i++) if (tokens[i]!.text.toLowerCase() === "that") return true;
  return false;
}

/**
 * Tokens from a phrase to a trigger, or infinity when the trigger cannot take it: a reporting verb is dated by
 * what follows it ("said on Monday"), not by the end of what came before ("chaired a meeting on Monday and
 * said …") nor by what it reports; after "and" + verb the phrase opens the next predicate (`forward`).
 */
function reach(tokens: Token[], p: Placed, t: DatedTrigger, forward: boolean): number {
  return (t.rule.delivery && (p.end <= t.start || reportedAfter(tokens, t, p))) ||
    (forward && t.end <= p.start) ||
    (t.end <= p.start && counted(tokens, t))
    ? Number.POSITIVE_INFINITY
    : distance(tokens, p, t) + (t.start >= p.end && joinsNext(tokens, p.end, t.start) ? NEXT_CLAUSE_COST : 0);
}

/** What reaching past ", and" costs a phrase: "killed 200 there in 1997, and in 2013 Hurricane Manuel …". */
const NEXT_CLAUSE_COST = 6;

/** Does ", and"/", but" stand between two tokens? The phrase before it ends its own predicate. */
function joinsNext(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (tokens[i]!.text === "," && tokens[i + 1]!.pos === "CCONJ") return true;
  return false;
}

/** Nouns of a count whose "from"/"of" names what it counts: "the death toll from Hurricane Otis". */
const COUNT_NOUNS = new Set(["toll", "tolls", "number", "count", "tally", "cost", "costs", "bill"]);

/**
 * Is the trigger what a count is of ("The death toll from Hurricane Otis rose to 39 on Friday")? A time phrase
 * after it dates the count's rise, not the storm.
 */
function counted(tokens: Token[], t: DatedTrigger): boolean {
  let k = t.start - 1;
  if (tokens[k]?.pos === "DET") k--;
  const prep = tokens[k]?.text.toLowerCase();
  return (prep === "from" || prep === "of") && COUNT_NOUNS.has(tokens[k - 1]?.text.toLowerCase() ?? "");
}

/** How far back from ", which" an event noun may stand and still be what the clause is about ("visit to France, which"). */
const ANTECEDENT_REACH = 4;
const RELATIVES = new Set(["which", "that"]);
const PERSON_RELATIVES = new Set(["who", "whom", "whose"]);
/** How far after a bare "that"/"which" a phrase may start and still date the noun before it ("that began in"). */
const RELATIVE_REACH = 3;

/**
 * A phrase inside a relative clause that tells no event of its own before it dates the clause's antecedent:
 * "the state visit to France, which was due to begin on Sunday" dates the visit, not the protests after it.
 * Returns the antecedent trigger's index, ABOUT_SOMETHING_ELSE when the clause is about no event, or -1.
 */
function relativeAntecedent(
  tokens: Token[],
  sentence: Sentence,
  triggers: Array<{ start: number; end: number }>,
  p: Placed,
): number {
  for (let w = p.start - 1; w > sentence.tokenStart; w--) {
    if (triggers.some((t) => t.start <= w && w < t.end)) return -1;
    const tok = tokens[w]!;
    if (tok.text === "." || tok.text === ";") return -1;
    // "ordered that port officials who had overseen the storage since 2014 be placed under house arrest": a clause
    // about a person that tells no event before the phrase dates none, unless a comma may have closed it.
    if (PERSON_RELATIVES.has(tok.text.toLowerCase())) {
      return tokens.slice(w + 1, p.start).some((t) => t.text === ",") ? -1 : ABOUT_SOMETHING_ELSE;
    }
    if (!RELATIVES.has(tok.text.toLowerCase())) continue;
    // "the truce that began in April expired in October": a relative clause right after an event noun, the
    // phrase at its start (not "an agreement that raised pay … through April 2028").
    if (tokens[w - 1]?.pos === "NOUN" && p.start - w <= RELATIVE_REACH) {
      const noun = triggers.findIndex((t) => t.end === w);
      if (noun >= 0) return noun;
    }
    if (tokens[w - 1]?.text !== ",") continue;
    const comma = w - 1;
    // The antecedent is an event noun ("the state visit to France, which"), not a verb before its object.
    const found = triggers.findIndex(
      (t) => t.end <= comma && comma - t.end <= ANTECEDENT_REACH && tokens[t.end - 1]!.pos === "NOUN",
    );
    // "criticised the law, which took effect on Monday": the phrase tells of the law, no event's date.
    return found >= 0 ? found : ABOUT_SOMETHING_ELSE;
  }
  return -1;
}

/** How far after an attributive year the event noun it modifies may start ("the 2020 Karabakh war"). */
const ATTRIBUTIVE_REACH = 2;
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "'s", "’s"]);

/**
 * A phrase that is only a year, after a determiner or a possessive and before a noun or adjective: it qualifies a
 * thing ("the 2034 men's World Cup", "the party's 2021 result") rather than dating a predicate.
 */
function attributiveYear(tokens: Token[], p: Placed): boolean {
  if (p.end - p.start !== 1 || !/^\d{4}$/.test(tokens[p.start]!.text)) return false;
  const before = tokens[p.start - 1];
  const after = tokens[p.end];
  if (!before || !after || !DETERMINERS.has(before.text.toLowerCase())) return false;
  return after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ";
}

/** How far after a possessive time phrase the event noun it owns may start ("Saturday's presidential election"). */
const POSSESSIVE_REACH = 3;

/**
 * The event noun a possessive time phrase owns, or -1: "Saturday's presidential election", "last week's talks"
 * date the election and the talks, not the clause's verb ("annulled the results of Saturday's election").
 */
function possessedEvent(tokens: Token[], triggers: Array<{ start: number }>, p: Placed): number {
  if (!POSSESSIVE_MARKS.has(tokens[p.end]?.text ?? "")) return -1;
  return triggers.findIndex((t) => t.start > p.end && t.start - p.end <= POSSESSIVE_REACH);
}

/**
 * Is the end point where a delay moves the thing to ("postponed the election until December 15")? Then it is the
 * thing's new date, which dates it (as the date rules read it: DELAYED_TO).
 */
function movedTo(tokens: Token[], sentence: Sentence, p: Placed): boolean {
  let lead = "";
  for (let i = sentence.tokenStart; i < p.start; i++) lead += `${tokens[i]!.text} `;
  return DELAYED_TO.test(lead + p.te.text.split(/\s/, 1)[0]);
}

/** Verbs that give a day a name as their object: "declared Wednesday a day of national mourning". */
const NAMING_A_DAY = new Set(["declare", "make", "name", "proclaim", "designate"]);

/**
 * Is the phrase the object a day is named as ("made Monday a non-working day", "declared Wednesday a day of
 * mourning")? It is the day named, not when the naming was done.
 */
function namedDay(tokens: Token[], p: Placed): boolean {
  const verb = tokens[p.start - 1];
  const next = tokens[p.end]?.text.toLowerCase();
  // A bare day ("declared Monday a …"), not a time told between verb and object ("declared on Monday a state of …").
  const bare = tokens[p.start]?.pos !== "ADP";
  return bare && verb?.pos === "VERB" && NAMING_A_DAY.has(verb.lemma) && (next === "a" || next === "an");
}

const RANGE_OPENERS = new Set(["between", "from"]);
const RANGE_JOINERS = new Set(["and", "to", "until", "till", "through", "-", "–"]);

/**
 * Is the phrase the end of a stretch whose start is the phrase before it ("between 1939 and 1944", "from May to
 * July")? The stretch is one span of time, dated by its start; its end tells no second happening.
 */
function rangeEnd(tokens: Token[], p: Placed, before: Placed | undefined): boolean {
  if (!before || p.start - before.end > 1) return false;
  const joiner = p.start > before.end ? tokens[before.end]! : tokens[p.start]!;
  if (!RANGE_JOINERS.has(joiner.text.toLowerCase())) return false;
  const opener = (i: number) => RANGE_OPENERS.has(tokens[i]?.text.toLowerCase() ?? "");
  return opener(before.start) || opener(before.start - 1);
}

/** relativeAntecedent: the phrase stands in a relative clause about a thing that is no event. */
const ABOUT_SOMETHING_ELSE = -2;

/** Words after a time phrase that open a clause told at that time: "in May when …", "on Monday as …". */
const TIME_OF = new Set(["when", "as", "while"]);

/** True when the phrase opens its clause: only punctuation or a preposition stands before it. */
function opensClause(tokens: Token[], p: Placed, clause: Clause): boolean {
  for (let i = clause.tokenStart; i < p.start; i++) {
    const t = tokens[i]!;
    if (t.pos !== "PUNCT" && t.pos !== "ADP" && t.pos !== "CCONJ" && t.pos !== "ADV") return false;
  }
  return true;
}

interface DatedTrigger {
  start: number;
  end: number;
  rule: { delivery?: boolean };
  /** Where the words that had booked a called-off occasion end ("set for", "due to"). */
  bookedAt?: number;
}

/** How far after "set for" / "due to" a time phrase may start and still be when the occasion was booked for. */
const BOOKED_REACH = 6;

/** "postponed a reopening it had planned for Monday": the phrase after the booking dates the occasion called off. */
function bookedEvent(triggers: readonly DatedTrigger[], p: { start: number }): number {
  return triggers.findIndex(
    (t) => t.bookedAt !== undefined && p.start >= t.bookedAt && p.start - t.bookedAt <= BOOKED_REACH,
  );
}

/**
 * For each trigger, the time phrases that date it, nearest first (usually one; "their October 6 meetings in
 * Prague and October 31 in Sochi" gives two), or none.
 */
export function assignDates(
  tokens: Token[],
  sentence: Sentence,
  triggers: Array<DatedTrigger & { clause: Clause; absorbed?: DatedTrigger[] }>,
  dates: TemporalExpression[],
): TemporalExpression[][] {
  const placed: Placed[] = datesIn(tokens, sentence, dates).map((te) => {
    const start = tokenAt(tokens, te.evidence.start);
    return { te, start, end: Math.max(start + 1, tokenAt(tokens, te.evidence.end - 1) + 1) };
  });
  const attached: Array<Array<{ te: TemporalExpression; d: number }>> = triggers.map(() => []);
  // Phrases nearest a trigger that gave way to one kept ("conceded defeat on Sunday night and said …"): they date
  // the kept one when it has no phrase of its own.
  const inherited: Array<TemporalExpression | undefined> = triggers.map(() => undefined);
  // `after`, `until`: a phrase that dates only the triggers between these tokens.
  const openers: Array<Placed & { after?: number; until?: number }> = [];
  for (const [k, p] of placed.entries()) {
    if (rangeEnd(tokens, p, placed[k - 1])) continue;
    // "cancelled all public events until July 1": the end of what the deed set going is not when it was done.
    if ((endsStretch(p.te.text) && !movedTo(tokens, sentence, p)) || namedDay(tokens, p)) continue;
    // "Tensions flared in May when protesters clashed with police": the phrase dates what the "when" clause tells.
    // It reaches to the next comma: "…, in what officials called retaliation for the election" is told apart.
    // "…on Tuesday, a day after Hasina resigned and fled": a count before "after" dates what follows it, to the
    // clause's next comma, and nothing before it.
    if (COUNT_BEFORE_AFTER.test(p.te.text)) {
      let until = p.end;
      while (until < sentence.tokenEnd && tokens[until]!.text !== ",") until++;
      openers.push({ ...p, after: p.end, until });
      continue;
    }
    if (TIME_OF.has(tokens[p.end]?.text.toLowerCase() ?? "")) {
      let until = p.end + 1;
      while (until < sentence.tokenEnd && tokens[until]!.text !== ",") until++;
      openers.push({ ...p, after: p.end, until });
    } else if (tokens[p.end]?.text === "," && tokens[p.end + 1]?.text.toLowerCase() === "when") {
      // "The turmoil began on December 7, when Castillo, a former schoolteacher, … announced": set off by a comma,
      // the "when" clause runs on past its own commas to the end of the sentence.
      openers.push({ ...p, after: p.end + 1, until: sentence.tokenEnd });
    }
    // A bare year inside a noun phrase ("the 2034 men's World Cup", "its 2021 result") names which thing, not
    // when the clause's event happened: it dates only an event noun it stands right before ("the 2019 killing").
    if (attributiveYear(tokens, p)) {
      const noun = triggers.findIndex((t) => t.start >= p.end && t.start - p.end <= ATTRIBUTIVE_REACH);
      if (noun >= 0) attached[noun]!.push({ te: p.te, d: 0 });
      continue;
    }
    const booked = bookedEvent(triggers, p);
    if (booked >= 0) {
      attached[booked]!.push({ te: p.te, d: 0 });
      continue;
    }
    const owner = possessedEvent(tokens, triggers, p);
    if (owner >= 0) {
      attached[owner]!.push({ te: p.te, d: 0 });
      continue;
    }
    const antecedent = relativeAntecedent(tokens, sentence, triggers, p);
    if (antecedent === ABOUT_SOMETHING_ELSE) continue;
    if (antecedent >= 0) {
      attached[antecedent]!.push({ te: p.te, d: 0 });
      continue;
    }
    let nearest = -1;
    let nearestDistance = Number.POSITIVE_INFINITY;
    // After "and"/"but" the phrase opens the next predicate: "cut off contact … and in August 2022 staged drills".
    // A date joined to another ("in Prague and October 31 in Sochi") is no predicate: a verb must follow.
    // After ", and" it opens a clause of its own, subject and all: "shot … in 1981, and in 1912 Roosevelt … was shot".
    const forward =
      tokens[p.start - 1]?.pos === "CCONJ" &&
      (tokens[p.end]?.pos === "VERB" || (tokens[p.start - 2]?.text === "," && triggers.some((t) => t.start >= p.end)));
    let nearestCrosses = false;
    // "on Sunday, two days after the earthquake killed …": past a phrase that counts back, the triggers are its own.
    const countedBack = placed.find((q) => q.start >= p.end && COUNT_BEFORE_AFTER.test(q.te.text));
    triggers.forEach((t, i) => {
      if (countedBack && t.start >= countedBack.end) return;
      const d = reach(tokens, p, t, forward);
      const crosses = t.start >= p.end && crossesOrdering(tokens, p, t);
      // Ties go to the trigger before the phrase: "met on Monday" rather than the next event; a trigger past an
      // "after" only when no other is in reach.
      const better = nearestCrosses && !crosses && d <= MAX_DISTANCE;
      const worse = crosses && !nearestCrosses && nearestDistance <= MAX_DISTANCE;
      if (!worse && (better || d < nearestDistance || (d === nearestDistance && t.start < p.start))) {
        nearest = i;
        nearestDistance = d;
        nearestCrosses = crosses;
      }
    });
    // (Loops, not closures: this runs for every phrase, and few triggers absorbed another.)
    let heir = -1;
    const bound = Math.min(nearestDistance, MAX_DISTANCE + 1);
    for (let i = 0; i < triggers.length && heir < 0; i++) {
      for (const a of triggers[i]!.absorbed ?? []) if (reach(tokens, p, a, forward) < bound) heir = i;
    }
    if (heir >= 0) {
      inherited[heir] ??= p.te;
      continue;
    }
    // "ordered the evacuation of six villages on Sunday as a wildfire spread": a phrase before "as"/"when" dates
    // the main clause's event before it first (the "as" clause takes it as an opener, below).
    if (TIME_OF.has(tokens[p.end]?.text.toLowerCase() ?? "")) {
      const main = triggers.findLastIndex(
        (t) => t.end <= p.start && t.clause.tokenStart <= p.start && p.end <= t.clause.tokenEnd,
      );
      const d = main >= 0 ? reach(tokens, p, triggers[main]!, forward) : Number.POSITIVE_INFINITY;
      if (main !== nearest && d <= MAX_DISTANCE) {
        nearest = main;
        nearestDistance = d;
      }
    }
    const clause = triggers[nearest]?.clause;
    if (clause && p.start < triggers[nearest]!.start && opensClause(tokens, p, clause)) openers.push(p);
    // "On Tuesday, the governor warned that …": no trigger may take the phrase (a saying is dated by what follows
    // it), but one that opens the saying's clause dates it all the same.
    else if (
      !Number.isFinite(nearestDistance) &&
      triggers.some((t) => p.end <= t.start && opensClause(tokens, p, t.clause))
    )
      openers.push(p);
    if (nearest >= 0 && nearestDistance <= MAX_DISTANCE) attached[nearest]!.push({ te: p.te, d: nearestDistance });
    else if (nearest >= 0 && Number.isFinite(nearestDistance)) {
      // Far from any trigger, but in the clause of the only event it tells, after it: "The annual meetings of
      // the IMF and the World Bank are due to open in Marrakech on October 9."
      // So is a phrase after a long object with no other trigger between: "began discharging treated radioactive
      // water from the wrecked Fukushima Daiichi nuclear power plant into the Pacific Ocean on Thursday".
      const t = triggers[nearest]!;
      const alone = triggers.filter((o) => o.clause === t.clause).length === 1;
      const nextAfter = !triggers.some((o) => o !== t && o.start >= t.end && o.start < p.start);
      if ((alone || nextAfter) && t.end <= p.start && p.end <= t.clause.tokenEnd)
        attached[nearest]!.push({ te: p.te, d: nearestDistance });
    }
  }
  return triggers.map((t, i) => {
    const own = attached[i]!;
    if (own.length > 0) return own.sort((a, b) => a.d - b.d).map((x) => x.te);
    if (inherited[i]) return [inherited[i]];
    const opener = openers.find(
      (p) =>
        p.start >= t.clause.tokenStart &&
        p.end <= t.clause.tokenEnd &&
        (p.after ?? 0) <= t.start &&
        t.end <= (p.until ?? t.end),
    );
    return opener ? [opener.te] : [];
  });
}

/**
 * A sentence's time phrases that resolve to a date and could date a predicate, with their token ranges, in text
 * order: not a year qualifying a noun ("the 2034 World Cup") nor the end of a stretch ("from May to July").
 */
export function datedPhrases(tokens: Token[], sentence: Sentence, dates: TemporalExpression[]): Placed[] {
  const placed = datesIn(tokens, sentence, dates).map((te) => {
    const start = tokenAt(tokens, te.evidence.start);
    return { te, start, end: Math.max(start + 1, tokenAt(tokens, te.evidence.end - 1) + 1) };
  });
  return placed.filter(
    (p, k) => p.te.date !== null && !attributiveYear(tokens, p) && !rangeEnd(tokens, p, placed[k - 1]),
  );
}

/**
 * The time phrase that opens a sentence ("On September 19, tensions flared up again."), or null. A sentence that
 * tells no event of its own but opens on a date sets the scene for the next one ("Baku announced …").
 */
export function sentenceOpener(
  tokens: Token[],
  sentence: Sentence,
  dates: TemporalExpression[],
): TemporalExpression | null {
  const te = datesIn(tokens, sentence, dates)[0];
  if (!te || te.date === null) return null;
  const start = tokenAt(tokens, te.evidence.start);
  for (let i = sentence.tokenStart; i < start; i++) {
    const pos = tokens[i]!.pos;
    if (pos !== "PUNCT" && pos !== "ADP") return null;
  }
  return te;
}
