// Checks a gold annotation against its article's text: every quoted span there, every name resolvable.
import type { GoldArticle, GoldCorpus } from "@dateline/core/gold";
import { normaliseName } from "./names";

/**
 * Problems that make a gold file unusable for scoring, one line each; [] when it is sound.
 * Evidence, quote and figure words must occur verbatim, aliases must be words of the article,
 * participants and speakers must be actors of the file, places of events must be places of the file.
 */
export function checkGoldAgainstText(gold: GoldArticle, text: string): string[] {
  const problems: string[] = [];
  const actorNames = new Set(gold.actors.map((a) => a.name));
  const placeNames = new Set(gold.places.map((p) => p.name));
  const lowerText = normaliseName(text);

  const seen = new Map<string, string>();
  for (const [i, actor] of gold.actors.entries()) {
    for (const form of [actor.name, ...actor.aliases]) {
      const key = normaliseName(form);
      const owner = seen.get(key);
      if (owner && owner !== actor.name) {
        problems.push(`actors[${i}] (${actor.name}): '${form}' is also a name of ${owner}`);
      }
      seen.set(key, actor.name);
    }
  }
  for (const [kind, items] of [
    ["actors", gold.actors],
    ["places", gold.places],
  ] as const) {
    for (const [i, item] of items.entries()) {
      for (const alias of item.aliases) {
        if (!lowerText.includes(normaliseName(alias))) {
          problems.push(`${kind}[${i}] (${item.name}): alias '${alias}' is not in the text`);
        }
      }
    }
  }
  const keys = new Set<string>();
  for (const [i, event] of gold.events.entries()) {
    const at = `events[${i}] (${event.key})`;
    if (keys.has(event.key)) problems.push(`${at}: key used twice in one article`);
    keys.add(event.key);
    if (!text.includes(event.evidence)) problems.push(`${at}: evidence '${event.evidence}' is not in the text`);
    for (const p of event.participants) {
      if (!actorNames.has(p)) problems.push(`${at}: participant '${p}' is not among the actors`);
    }
    if (event.place !== null && !placeNames.has(event.place)) {
      problems.push(`${at}: place '${event.place}' is not among the places`);
    }
  }
  for (const [i, quote] of gold.quotes.entries()) {
    if (!text.includes(quote.text)) problems.push(`quotes[${i}]: '${quote.text}' is not in the text`);
    if (quote.speaker !== null && !actorNames.has(quote.speaker)) {
      problems.push(`quotes[${i}]: speaker '${quote.speaker}' is not among the actors`);
    }
  }
  for (const [i, figure] of gold.figures.entries()) {
    if (!text.includes(figure.evidence))
      problems.push(`figures[${i}]: evidence '${figure.evidence}' is not in the text`);
  }
  return problems;
}

/** Problems in corpus.yaml: each conflict names a key that the articles it lists really use. */
export function checkGoldCorpus(corpus: GoldCorpus, articles: readonly GoldArticle[]): string[] {
  const problems: string[] = [];
  const keysOf = new Map(articles.map((a) => [a.article, new Set(a.events.map((e) => e.key))]));
  for (const [i, conflict] of corpus.conflicts.entries()) {
    const at = `conflicts[${i}] (${conflict.event}/${conflict.field})`;
    if (![...keysOf.values()].some((keys) => keys.has(conflict.event))) {
      problems.push(`${at}: no gold article has an event with this key`);
    }
    for (const variant of conflict.variants) {
      for (const id of variant.articles) {
        const keys = keysOf.get(id);
        if (!keys) problems.push(`${at}: article '${id}' has no gold file`);
        else if (!keys.has(conflict.event)) problems.push(`${at}: article '${id}' has no event '${conflict.event}'`);
      }
    }
  }
  return problems;
}

/**
 * Problems across gold files: one name (or alias) given to two canonical actors, or one canonical actor
 * given two kinds. Either usually means a canonical name drifted between files ("Pashinian" vs "Pashinyan").
 */
export function checkGoldNames(articles: readonly GoldArticle[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, Map<string, string[]>>();
  const kinds = new Map<string, Set<string>>();
  for (const g of articles) {
    for (const actor of g.actors) {
      kinds.set(actor.name, (kinds.get(actor.name) ?? new Set()).add(actor.kind));
      for (const form of new Set([actor.name, ...actor.aliases].map(normaliseName))) {
        const byName = owners.get(form) ?? new Map<string, string[]>();
        byName.set(actor.name, [...(byName.get(actor.name) ?? []), g.article]);
        owners.set(form, byName);
      }
    }
  }
  for (const [form, byName] of owners) {
    if (byName.size < 2) continue;
    const who = [...byName].map(([name, ids]) => `${name} (${ids.join(", ")})`).join(" and ");
    problems.push(`'${form}' names ${who}`);
  }
  for (const [name, set] of kinds) {
    if (set.size > 1) problems.push(`${name} is ${[...set].sort().join(" and ")} in different files`);
  }
  return problems;
}
