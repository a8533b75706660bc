// One event per happening: split "separate calls with A and B" into two, and fold retellings into one.
import { datesCompatible } from "@dateline/core/dates";
import type { Actor, EventStatus, EventType, Framing, Participant, TemporalExpression } from "@dateline/core/schema";

export interface Draft {
  type: EventType;
  weak: boolean;
  /** Says how a quote was delivered ("said in a statement"), or stands inside quoted speech: an event only when dated. */
  delivery: boolean;
  /** Told as one of several ("a separate call"): folds only into an event with the same counterparts. */
  separate: boolean;
  /** Brought in to compare with ("recalled the storming of the US Capitol"): another event than one told plainly. */
  compared?: boolean;
  status: EventStatus;
  background: boolean;
  date: TemporalExpression | null;
  participants: Participant[];
  placeId: string | null;
  framing: Framing[];
  /** Character ranges of the clauses that tell of it, in text order. */
  spans: Array<{ start: number; end: number }>;
  headNoun: string | null;
  /** Several counterparts that each had their own interaction ("separate calls", "the leaders of A and B"). */
  perParty: boolean;
  /** Named as one already known: "the offensive", "Baku's military operation" (a singular noun, definite). */
  definite: boolean;
  /** The trigger's pattern (or its family) in the table: two "other" triggers of one clause are two happenings. */
  pattern?: string;
  /** Each telling its own happening ("shares fell …", "the lira fell …"): never a retelling of another sentence. */
  alone?: boolean;
}

/** Types where "separate … with A and B" means one event per counterpart. */
const SPLITTABLE = new Set<EventType>(["call", "meeting", "talks", "visit"]);
/** What a weak interaction ("discussed with") can be a retelling of. */
const INTERACTIONS = new Set<EventType>(["call", "meeting", "talks"]);

export function splitPerParty(actors: Map<string, Actor>, d: Draft): Draft[] {
  const counterparts = d.participants.filter((p) => p.role === "counterpart");
  // "discussed with President A and Prime Minister B": a weak interaction with several leaders is one per leader.
  const leaders = d.weak && counterparts.every((c) => actors.get(c.actorId)?.kind === "person");
  if (!(d.perParty || leaders) || !SPLITTABLE.has(d.type) || counterparts.length < 2) return [d];
  const rest = d.participants.filter((p) => p.role !== "counterpart");
  return counterparts.map((c) => ({ ...d, participants: [...rest, c], perParty: false, separate: true }));
}

/**
 * Can two actor ids be one party: the same actor, or one belonging to the other (a president and his country)?
 * Two people of one country are not one party: a minister is not the president.
 */
function sameActor(actors: Map<string, Actor>, a: string, b: string): boolean {
  if (a === b) return true;
  const fa = actors.get(a)?.affiliations ?? [];
  const fb = actors.get(b)?.affiliations ?? [];
  return fa.includes(b) || fb.includes(a);
}

/** Every participant of the smaller side is someone on the other side (an empty side says nothing against). */
function participantsMatch(actors: Map<string, Actor>, a: Participant[], b: Participant[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((p) => large.some((q) => sameActor(actors, p.actorId, q.actorId)));
}

/**
 * A later telling may leave the date out, but a dated telling does not fold into an undated event: "a meeting
 * in Washington" and "their October 6 meetings in Prague" are two meetings.
 */
function datesMatch(into: TemporalExpression | null, later: TemporalExpression | null, definite: boolean): boolean {
  const a = into?.date?.value;
  const b = later?.date?.value;
  if (!b) return true;
  // "a swift offensive" … "Baku's military operation on September 19": a definite retelling dates the first.
  if (a === undefined && definite) return true;
  return a !== undefined && (a === b || datesCompatible(a, b));
}

/**
 * Some person speaking in one speaks in the other too, or one of them names no person speaking; and the same of
 * organisations ("Amnesty International said …, and the Norwegian Football Federation said …" are two).
 */
function agentsMatch(actors: Map<string, Actor>, a: Draft, b: Draft): boolean {
  const same = (kind: string) => {
    const speaker = (p: Participant) => p.role === "agent" && actors.get(p.actorId)?.kind === kind;
    const left = a.participants.filter(speaker);
    const right = b.participants.filter(speaker);
    if (left.length === 0 || right.length === 0) return true;
    return left.some((p) => right.some((q) => sameActor(actors, p.actorId, q.actorId)));
  };
  // Belonging to it, or to the same country ("the Chinese leader" and China's foreign ministry).
  const belongs = (x: string, y: string) => {
    const of = actors.get(x)?.affiliations ?? [];
    return of.includes(y) || of.some((c) => actors.get(y)?.affiliations.includes(c));
  };
  // Some speaker of one side is one of the other's, or belongs with one; a side naming none says nothing against.
  const meet = (test: (p: Participant) => boolean) => {
    const left = a.participants.filter(test);
    const right = b.participants.filter(test);
    if (left.length === 0 || right.length === 0) return true;
    return left.some((p) =>
      right.some(
        (q) =>
          sameActor(actors, p.actorId, q.actorId) || belongs(p.actorId, q.actorId) || belongs(q.actorId, p.actorId),
      ),
    );
  };
  // A person and a body speak as one only when the person belongs to it or to its country (Tedros for the WHO,
  // not for Amnesty).
  const speaks = (p: Participant) => {
    const kind = actors.get(p.actorId)?.kind;
    return p.role === "agent" && (kind === "person" || kind === "organization");
  };
  // Whoever speaks, a country too: "Moscow blamed Kyiv …" and "Kyiv denied any involvement" are two statements.
  const anyAgent = (p: Participant) => p.role === "agent";
  return meet(speaks) && meet(anyAgent) && same("person") && same("organization");
}

/** A trigger pattern's first term: "dam|dams ...8 burst" and "dam|dams ...8 give way" are one family. */
function family(pattern: string | undefined): string | undefined {
  return pattern?.split(" ", 1)[0];
}

function counterparts(d: Draft): Participant[] {
  return d.participants.filter((p) => p.role === "counterpart");
}

/** A head noun with a name in it: "Hurricane Otis", not "the quake". */
const NAMED_HEAD = /^\p{Lu}\S*\s+\p{Lu}/u;

function canFold(actors: Map<string, Actor>, into: Draft, d: Draft): boolean {
  // Two named storms are two storms: "Hurricane Pauline … in 1997, and in 2013 Hurricane Manuel".
  if (!!into.compared !== !!d.compared) return false;
  const a = into.headNoun;
  const b = d.headNoun;
  if (a && b && a !== b && NAMED_HEAD.test(a) && NAMED_HEAD.test(b)) return false;
  const typeOk =
    into.type === d.type || ((d.weak || into.weak) && INTERACTIONS.has(d.type) && INTERACTIONS.has(into.type));
  // One clause tells one event of a type ("recaptured by Azerbaijan in a swift offensive"), unless told apart.
  const sameClause = into.spans.some((s) => s.start === d.spans[0]?.start);
  // "Other" gathers unlike happenings: "was arrested … and extradited" tells two.
  const unlike = d.type === "other" && into.pattern !== d.pattern;
  // Two days told in it are two happenings: "filed a complaint on Wednesday, and on Friday the prosecutor lodged one".
  const twoDays = !!into.date?.date && !!d.date?.date && into.date.date.value !== d.date.date.value;
  // A recalled happening dated in the clause is not the news event the clause's other words fold into: "for the first
  // time since the Yom Kippur War, which began with a surprise … attack on Oct. 6, 1973".
  // (Only for an event first told elsewhere: two drafts of the clause itself, "beat Fujimori in a run-off election in
  // June 2021", are one happening.)
  const recalled = !!d.date?.date && d.background !== into.background && into.spans[0]?.start !== d.spans[0]?.start;
  if (sameClause && into.type === d.type && into.status === d.status && !d.separate && !unlike && !twoDays && !recalled)
    return true;
  if (into.alone || d.alone) return false;
  // Across sentences, a storm making landfall is no retelling of the dam that burst that night: "other"
  // happenings fold only when told by the same family of trigger (patterns opening on the same words).
  if (d.type === "other" && into.type === "other" && family(into.pattern) !== family(d.pattern)) return false;
  if (!typeOk || into.status !== d.status || !datesMatch(into.date, d.date, d.definite)) return false;
  // Two tellings dated differently, one recalled and one of the news, are two happenings: "I was shot", said that
  // evening, and "Reagan was shot … in 1981" (a day without a year is compatible with any year).
  const was = into.date?.date?.value;
  const now = d.date?.date?.value;
  if (was && now && was !== now && into.background !== d.background) return false;
  if (into.placeId && d.placeId && into.placeId !== d.placeId) return false;
  // Two people's words are two statements: "Vučić accused Pristina …" and "Kurti, for his part, said …".
  if (into.type === "statement" && !agentsMatch(actors, into, d)) return false;
  // "In a separate call, Blinken …" is another call unless it names the same counterpart.
  const named = counterparts(d);
  if (d.separate && named.length > 0 && !participantsMatch(actors, counterparts(into), named)) return false;
  return participantsMatch(actors, into.participants, d.participants);
}

/** Keeps the person over the country it stands for: {Blinken, Azerbaijan, Aliyev} → {Blinken, Aliyev}. */
function unionParticipants(actors: Map<string, Actor>, a: Participant[], b: Participant[]): Participant[] {
  const all = [...a];
  const hasAgent = a.some((p) => p.role === "agent");
  for (const p of b) {
    if (all.some((q) => q.actorId === p.actorId)) continue;
    // The other side of a call told from its other end ("Aliyev … his phone conversation with Blinken").
    all.push(p.role === "agent" && hasAgent ? { ...p, role: "counterpart" } : p);
  }
  return all.filter(
    (p) =>
      actors.get(p.actorId)?.kind !== "country" ||
      !all.some((q) => q !== p && actors.get(q.actorId)?.affiliations.includes(p.actorId)),
  );
}

function fold(actors: Map<string, Actor>, into: Draft, d: Draft): void {
  into.spans.push(...d.spans.filter((s) => !into.spans.some((t) => t.start === s.start)));
  into.framing.push(...d.framing.filter((f) => !into.framing.some((g) => g.evidence.start === f.evidence.start)));
  into.participants = unionParticipants(actors, into.participants, d.participants);
  into.placeId ??= d.placeId;
  if (!into.date?.date && d.date?.date) into.date = d.date;
  else into.date ??= d.date;
  // A general telling ("held discussions") takes the type of a specific one ("in a phone call").
  if (into.weak && !d.weak) into.type = d.type;
  into.weak &&= d.weak;
  into.background &&= d.background;
}

/**
 * Folds each draft into the first earlier one that tells the same happening; order of first telling kept.
 * A weak interaction ("they discussed") that folds nowhere stands only when it names two parties.
 */
export function mergeDrafts(actors: Map<string, Actor>, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const into = out.find((e) => canFold(actors, e, d));
    if (into) fold(actors, into, d);
    else out.push({ ...d, spans: [...d.spans], framing: [...d.framing] });
  }
  return out.filter((d) => !(d.weak && INTERACTIONS.has(d.type) && d.participants.length < 2));
}
