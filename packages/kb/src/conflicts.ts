// Conflicts: where the reports of one event disagree on day, figures, wording, status or who acted.
import { dateParts, formatPartialDate, hasYear, weekdayName } from "@dateline/core/dates";
import type { Conflict, ConflictField, Event, Evidence, Figure } from "@dateline/core/schema";
import { dayLabel, summarise } from "./conflict-summary";
import { currentReports } from "./current-status";
import { contentWords, intersects } from "./names";
import { cmp, mergeEvidence, pushTo, uniqueSorted } from "./sorting";
import type { Interval } from "./state";
import { UnionFind } from "./union-find";

type Variant = Conflict["variants"][number];

class Variants {
  private readonly byKey = new Map<
    string,
    { value: string; label: string; articles: string[]; evidence: Evidence[] }
  >();

  /** `label` is how the summary line says the value, when that differs from the stored value. */
  add(key: string, value: string, articleId: string, evidence: readonly Evidence[], label = value): void {
    const v = this.byKey.get(key) ?? { value, label, articles: [], evidence: [] };
    v.articles.push(articleId);
    v.evidence.push(...evidence);
    this.byKey.set(key, v);
  }

  /** Most-supported first, then by value, so the output is the same in any input order. */
  list(): Array<Variant & { label: string }> {
    return [...this.byKey.values()]
      .map((v) => ({
        value: v.value,
        label: v.label,
        articles: uniqueSorted(v.articles),
        evidence: mergeEvidence(v.evidence),
      }))
      .sort((a, b) => b.articles.length - a.articles.length || cmp(a.value, b.value));
  }
}

/** Names a source for the summary line: "Anadolu Agency", "an undated article". */
export type SourceLabel = (articleId: string) => string;

function conflict(
  event: Event,
  field: ConflictField,
  what: string,
  variants: Variants,
  source: SourceLabel,
): Conflict | null {
  const list = variants.list();
  if (list.length < 2) return null;
  const summary = summarise(
    event.title,
    what,
    list.map((v) => ({ label: v.label, sources: v.articles.map(source) })),
  );
  return {
    id: `${event.id}-${field}`,
    eventId: event.id,
    field,
    summary,
    variants: list.map(({ label: _label, ...v }) => v),
  };
}

/** Day dates that differ; a report with only a weekday counts with the day of that weekday, if one is given. */
function dateConflict(event: Event, source: SourceLabel): Conflict | null {
  const days = event.reports.filter((r) => r.date?.precision === "day");
  const withYear = uniqueSorted(days.map((r) => r.date!.value).filter(hasYear));
  // A day without a year is the same day as a dated one with its month and day.
  const keyOf = (value: string) => {
    if (hasYear(value)) return value;
    const p = dateParts(value);
    return withYear.find((k) => dateParts(k).month === p.month && dateParts(k).day === p.day) ?? value;
  };
  // The year goes without saying when every dated version has the same one.
  const sayYear = new Set(withYear.map((k) => k.slice(0, 4))).size > 1;
  const variants = new Variants();
  for (const r of days) {
    const key = keyOf(r.date!.value);
    const evidence = [r.date!.evidence ?? r.when?.evidence ?? r.evidence[0]!];
    variants.add(key, formatPartialDate(key), r.articleId, evidence, dayLabel(key, sayYear));
  }
  for (const r of event.reports) {
    const weekday = r.when?.weekday;
    if (r.date || !weekday) continue;
    const day = withYear.find((k) => weekdayName(k) === weekday);
    const key = day ?? `weekday:${weekday}`;
    const value = day ? formatPartialDate(day) : `${weekday} (no date)`;
    variants.add(key, value, r.articleId, [r.when!.evidence], day ? dayLabel(day, sayYear) : `${weekday}, no date`);
  }
  return conflict(event, "date", "the day is", variants, source);
}

/** Counts of the same thing in other words: "dead" and "people killed" are one measure. */
const MEASURE_SYNONYMS: Record<string, string> = {
  dead: "death",
  killed: "death",
  death: "death",
  died: "death",
  toll: "death",
  fatalitie: "death",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injurie: "injured",
  displaced: "displaced",
  fled: "displaced",
  refugee: "displaced",
  evacuated: "displaced",
};

function measureWords(counts: string): Set<string> {
  return new Set([...contentWords(counts)].map((w) => MEASURE_SYNONYMS[w] ?? w));
}

type Qualifier = Figure["qualifier"];

/**
 * Pairs of qualifiers that can tell one number without contradicting each other: "at least six letters" and "six
 * times", "about 100" and "up to 100". Unordered (read both ways); every qualifier goes with itself. Not here:
 * "over" with "under", "up to" or "a majority of", and an exact count with "under" or "a majority of".
 */
const COMPATIBLE_PAIRS: ReadonlyArray<readonly [Qualifier, Qualifier]> = [
  ["exact", "over"],
  ["exact", "up-to"],
  ["exact", "about"],
  ["over", "about"],
  ["under", "up-to"],
  ["under", "about"],
  ["under", "majority-of"],
  ["up-to", "about"],
  ["up-to", "majority-of"],
  ["about", "majority-of"],
];
const compatible = (a: Qualifier, b: Qualifier) =>
  a === b || COMPATIBLE_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** A figure another article also tells: the same number, with a qualifier that can tell it too. */
const toldIn = (f: Figure, others: readonly Figure[]) =>
  others.some((g) => g.value === f.value && compatible(f.qualifier, g.qualifier));

/** How far apart two figures are in size: 350 is nearer 351 than 153. */
const distance = (f: Figure, g: Figure) => Math.abs(Math.log1p(Math.abs(f.value)) - Math.log1p(Math.abs(g.value)));

/**
 * The figures of a group that some other article contradicts. Two articles disagree when each tells a figure the
 * other does not: "at least 100 dead" against "at least 137". An article that tells less than another does not:
 * "351 votes" alone against "351 votes to 153" leaves out a count, it gives no other one. "At least six letters"
 * and "six times" tell one number (see COMPATIBLE_PAIRS). Judged pair by pair of articles: a third that tells one of
 * two counts adds no disagreement between the first two, which a test over the whole group would.
 */
function contradicted(group: readonly Figure[]): Figure[] {
  const byArticle = new Map<string, Figure[]>();
  for (const f of group) pushTo(byArticle, f.articleId, f);
  const articles = [...byArticle.values()];
  const out = new Set<Figure>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const onlyA = a.filter((f) => !toldIn(f, b));
      const onlyB = b.filter((f) => !toldIn(f, a));
      if (onlyA.length === 0 || onlyB.length === 0) continue;
      // Each figure of the side that gives fewer against the other's nearest in size: "350 votes" against
      // "351 votes to 153" is 350 against 351; 153 is a count the one article left out.
      const [fewer, more] = onlyA.length <= onlyB.length ? [onlyA, onlyB] : [onlyB, onlyA];
      for (const f of fewer) {
        out.add(f);
        out.add(more.reduce((best, g) => (distance(f, g) < distance(f, best) ? g : best)));
      }
    }
  }
  return group.filter((f) => out.has(f));
}

/**
 * Figures of one event disagree when they measure the same thing (a word in common, or the only figure each
 * article gives for the event) and two articles each give one the other does not.
 */
function figureConflict(event: Event, figures: readonly Figure[], source: SourceLabel): Conflict | null {
  if (figures.length < 2) return null;
  const uf = new UnionFind();
  const perArticle = new Map<string, number>();
  for (const f of figures) perArticle.set(f.articleId, (perArticle.get(f.articleId) ?? 0) + 1);
  const words = figures.map((f) => measureWords(f.counts));
  figures.forEach((f, i) => {
    uf.add(f.id);
    for (let j = 0; j < i; j++) {
      const g = figures[j]!;
      const sole = perArticle.get(f.articleId) === 1 && perArticle.get(g.articleId) === 1;
      if (intersects(words[i]!, words[j]!) || (sole && f.articleId !== g.articleId)) uf.union(f.id, g.id);
    }
  });
  const variants = new Variants();
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const [root, ids] of uf.groups()) {
    const group = ids.map((id) => byId.get(id)!);
    for (const f of contradicted(group)) {
      variants.add(`${root}|${f.qualifier}|${f.value}`, f.text, f.articleId, [f.evidence]);
    }
  }
  return conflict(event, "figure", "the figures are", variants, source);
}

const normTerm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[“”«»"]/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** A word without its plural ending: "truces" and "truce" are one word, "talks" and "press" stay. */
const singular = (w: string) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/**
 * Terms that differ only by modifiers before a head another report uses alone are one wording: "swift
 * offensive" and "military offensive" are both "offensive" when some report says just "offensive". Two
 * different modified forms with no bare head between them ("military operation", "anti-terrorism operation")
 * stay apart: that is the framing a reader wants to see.
 */
export function wordingKeys(terms: readonly string[]): Map<string, string> {
  const words = (t: string) => normTerm(t).split(" ").map(singular);
  const forms = uniqueSorted(terms.map((t) => words(t).join(" ")));
  const byLength = [...forms].sort((a, b) => a.split(" ").length - b.split(" ").length || cmp(a, b));
  const out = new Map<string, string>();
  for (const t of terms) {
    const form = words(t).join(" ");
    const head = byLength.find((h) => h === form || form.endsWith(` ${h}`));
    out.set(t, head ?? form);
  }
  return out;
}

function wordingConflict(event: Event, nameOf: (id: string) => string, source: SourceLabel): Conflict | null {
  const variants = new Variants();
  const keys = wordingKeys(event.reports.flatMap((r) => r.framing.map((f) => f.term)));
  for (const r of event.reports) {
    for (const f of r.framing) {
      const key = keys.get(f.term)!;
      const value = f.by ? `${f.term} (${nameOf(f.by)}'s words)` : f.term;
      const label = f.by || key === normTerm(f.term) ? value : `${f.term} (“${key}”)`;
      variants.add(key, value, r.articleId, [f.evidence], label);
    }
  }
  return conflict(event, "wording", "it is called", variants, source);
}

/**
 * Reports that disagree on whether the happening took place. A plan told in an article that came out before one
 * telling that it took place, or was called off, is the news moving on, not a disagreement ("the truce is due to
 * take effect on Monday", then "the truce took effect"); where either article's date is unknown, it counts.
 */
function statusConflict(event: Event, source: SourceLabel, published: Published): Conflict | null {
  const variants = new Variants();
  for (const r of currentReports(
    event.reports,
    (r) => r.status,
    (r) => published(r.articleId),
  )) {
    variants.add(r.status, r.status, r.articleId, r.evidence);
  }
  return conflict(event, "status", "reported as", variants, source);
}

/** When an article came out, as an interval of days; null when unknown. */
type Published = (articleId: string) => Interval | null;

export interface ActorLookup {
  name(id: string): string;
  affiliations(id: string): readonly string[];
  /** How the summary names an article; its id when not given. */
  source?: SourceLabel;
  /** When an article came out; unknown to every article when not given. */
  published?: Published;
}

/**
 * Who acted: reports that name an agent and name different ones. A person counts as their country when
 * another report names that country as the agent ("O'Brien" and "the United States" do not disagree).
 */
function participantConflict(event: Event, actors: ActorLookup): Conflict | null {
  const agentsOf = (r: Event["reports"][number]) =>
    uniqueSorted(r.participants.filter((p) => p.role === "agent").map((p) => p.actorId));
  const named = new Set(event.reports.flatMap(agentsOf));
  const represent = (id: string) => actors.affiliations(id).find((a) => named.has(a)) ?? id;
  const variants = new Variants();
  for (const r of event.reports) {
    const agents = agentsOf(r);
    if (agents.length === 0) continue;
    const key = uniqueSorted(agents.map(represent)).join("|");
    variants.add(key, agents.map(actors.name).join(" and "), r.articleId, r.evidence);
  }
  return conflict(event, "participants", "it was done by", variants, actors.source ?? ((id) => id));
}

export function findConflicts(event: Event, figures: readonly Figure[], actors: ActorLookup): Conflict[] {
  if (event.reports.length < 2) return [];
  const source = actors.source ?? ((id: string) => id);
  return [
    dateConflict(event, source),
    figureConflict(event, figures, source),
    wordingConflict(event, actors.name, source),
    statusConflict(event, source, actors.published ?? (() => null)),
    participantConflict(event, actors),
  ].filter((c): c is Conflict => c !== null);
}
