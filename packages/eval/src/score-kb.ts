// Scores a linked KnowledgeBase against gold: one actor per real actor, one event per real happening, conflicts found.
import type { GoldArticle, GoldCorpus } from "@dateline/core/gold";
import type { KnowledgeBase } from "@dateline/core/schema";
import { matchOneToOne } from "./matching";
import { type Prf, prf } from "./metrics";
import { extractedNames, normaliseName } from "./names";
import { bestOverlap, evidenceSpans, occurrences } from "./spans";

export interface KbActorScores {
  /** Canonical actor names across the gold files. */
  gold: number;
  /** Gold actors held by exactly one KB actor that holds no other gold actor. */
  linked: number;
  /** Gold actors no KB actor is named for. */
  missing: string[];
  /** Gold actors spread over several KB actors. */
  splits: { name: string; actorIds: string[] }[];
  /** KB actors that hold several gold actors. */
  merges: { actorId: string; names: string[] }[];
}

export interface KbEventScores {
  /** Gold reports: one per gold event per article. */
  reports: number;
  /** Gold reports found among the KB's reports (by overlapping evidence). */
  mapped: number;
  /** Pairs of gold reports: matched = pairs the KB puts in one event that gold also keys alike. */
  pairs: Prf;
  /** Gold keys whose reports the KB spreads over several events (reports it did not find left out). */
  splits: { key: string; eventIds: string[] }[];
  /** KB events that hold reports of several gold keys. */
  merges: { eventId: string; keys: string[] }[];
}

export interface KbConflictScores extends Prf {
  /** Gold conflicts not found, as "event-key/field". */
  missing: string[];
}

export interface KbScores {
  actors: KbActorScores;
  events: KbEventScores;
  conflicts: KbConflictScores;
}

/** Every normalised name of each gold canonical actor, over all files; a form two actors share is dropped. */
function goldActorForms(golds: readonly GoldArticle[]): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const owners = new Map<string, Set<string>>();
  for (const g of golds) {
    for (const a of g.actors) {
      for (const form of [a.name, ...a.aliases].map(normaliseName)) {
        owners.set(form, (owners.get(form) ?? new Set()).add(a.name));
        forms.set(a.name, (forms.get(a.name) ?? new Set()).add(form));
      }
    }
  }
  for (const [form, names] of owners) {
    if (names.size > 1) for (const name of names) forms.get(name)?.delete(form);
  }
  return forms;
}

function scoreActors(golds: readonly GoldArticle[], kb: KnowledgeBase): KbActorScores {
  const forms = goldActorForms(golds);
  const held = new Map<string, string[]>(); // gold name → KB actor ids
  const holds = new Map<string, string[]>(); // KB actor id → gold names
  for (const actor of kb.actors) {
    const names = extractedNames(actor);
    for (const [gold, set] of forms) {
      if (![...set].some((f) => names.has(f))) continue;
      held.set(gold, [...(held.get(gold) ?? []), actor.id]);
      holds.set(actor.id, [...(holds.get(actor.id) ?? []), gold]);
    }
  }
  const goldNames = [...forms.keys()].sort();
  return {
    gold: goldNames.length,
    linked: goldNames.filter((n) => {
      const ids = held.get(n) ?? [];
      return ids.length === 1 && holds.get(ids[0]!)?.length === 1;
    }).length,
    missing: goldNames.filter((n) => !held.has(n)),
    splits: goldNames
      .filter((n) => (held.get(n)?.length ?? 0) > 1)
      .map((name) => ({ name, actorIds: held.get(name) ?? [] })),
    merges: [...holds]
      .filter(([, names]) => names.length > 1)
      .map(([actorId, names]) => ({ actorId, names }))
      .sort((a, b) => (a.actorId < b.actorId ? -1 : 1)),
  };
}

interface GoldReport {
  article: string;
  key: string;
  /** The KB event that holds this report, or null when none does. */
  kbEvent: string | null;
}

/** Finds, per article, the KB report whose evidence overlaps each gold event's evidence (one-to-one). */
function mapReports(golds: readonly GoldArticle[], kb: KnowledgeBase): GoldReport[] {
  const out: GoldReport[] = [];
  for (const g of golds) {
    const text = kb.articles.find((a) => a.id === g.article)?.text ?? "";
    const reports = kb.events.flatMap((e) =>
      e.reports
        .filter((r) => r.articleId === g.article)
        .map((r) => ({ eventId: e.id, spans: evidenceSpans(text, r.evidence) })),
    );
    const weights = g.events.map((ev) => {
      const spans = occurrences(text, ev.evidence);
      return reports.map((r) => bestOverlap(spans, r.spans));
    });
    const match = matchOneToOne(weights, reports.length);
    g.events.forEach((ev, i) => {
      out.push({ article: g.article, key: ev.key, kbEvent: reports[match[i] ?? -1]?.eventId ?? null });
    });
  }
  return out;
}

/** Groups values by key, each group's values distinct and sorted; only groups of two or more. */
function groupsOfSeveral(pairs: readonly [string, string][]): [string, string[]][] {
  const groups = new Map<string, Set<string>>();
  for (const [k, v] of pairs) groups.set(k, (groups.get(k) ?? new Set()).add(v));
  return [...groups]
    .filter(([, vs]) => vs.size > 1)
    .map(([k, vs]): [string, string[]] => [k, [...vs].sort()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function scorePairs(reports: readonly GoldReport[]): Prf {
  let same = 0;
  let predicted = 0;
  let both = 0;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i]!;
      const b = reports[j]!;
      const goldSame = a.key === b.key;
      const kbSame = a.kbEvent !== null && a.kbEvent === b.kbEvent;
      if (goldSame) same++;
      if (kbSame) predicted++;
      if (goldSame && kbSame) both++;
    }
  }
  return prf(both, same, predicted);
}

function scoreConflicts(
  corpus: GoldCorpus | null,
  reports: readonly GoldReport[],
  kb: KnowledgeBase,
): KbConflictScores {
  const gold = corpus?.conflicts ?? [];
  const goldArticles = new Set(reports.map((r) => r.article));
  const inGold = new Set(
    kb.events.filter((e) => e.reports.some((r) => goldArticles.has(r.articleId))).map((e) => e.id),
  );
  const predicted = kb.conflicts.filter((c) => inGold.has(c.eventId));
  const weights = gold.map((c) => {
    const events = new Set(reports.filter((r) => r.key === c.event && r.kbEvent !== null).map((r) => r.kbEvent));
    return predicted.map((k) => (events.has(k.eventId) && k.field === c.field ? 1 : 0));
  });
  const match = matchOneToOne(weights, predicted.length);
  return {
    ...prf(match.filter((j) => j >= 0).length, gold.length, predicted.length),
    missing: gold.filter((_, i) => (match[i] ?? -1) < 0).map((c) => `${c.event}/${c.field}`),
  };
}

/** How well linking across articles agrees with gold: actors, events (pairwise), and conflicts. */
export function scoreKnowledgeBase(
  golds: readonly GoldArticle[],
  corpus: GoldCorpus | null,
  kb: KnowledgeBase,
): KbScores {
  const reports = mapReports(golds, kb);
  const found = reports.flatMap((r) => (r.kbEvent === null ? [] : [{ key: r.key, kbEvent: r.kbEvent }]));
  return {
    actors: scoreActors(golds, kb),
    events: {
      reports: reports.length,
      mapped: found.length,
      pairs: scorePairs(reports),
      splits: groupsOfSeveral(found.map((r) => [r.key, r.kbEvent])).map(([key, eventIds]) => ({ key, eventIds })),
      merges: groupsOfSeveral(found.map((r) => [r.kbEvent, r.key])).map(([eventId, keys]) => ({ eventId, keys })),
    },
    conflicts: scoreConflicts(corpus, reports, kb),
  };
}
