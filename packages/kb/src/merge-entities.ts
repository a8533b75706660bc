// Merging one entity's per-article records: canonical name, aliases with their articles, majority kind.
import type { Alias } from "@dateline/core/schema";
import { cmp, majority, pushTo, uniqueSorted } from "./sorting";

export interface NamedRecord {
  articleId: string;
  name: string;
  aliases: readonly Alias[];
}

/** The most common full form; ties go to the longest, then the alphabetically first. */
export function canonicalName(names: readonly string[]): string {
  const best = majority(names, (a, b) => b.length - a.length || cmp(a, b));
  if (best === undefined) throw new RangeError("an entity needs at least one name");
  return best;
}

/** Every name any article uses (its canonical form included), each with the union of articles using it. */
export function mergeAliases(records: readonly NamedRecord[]): Alias[] {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, articles: Iterable<string>) => {
    const set = byName.get(name) ?? new Set<string>();
    for (const a of articles) set.add(a);
    byName.set(name, set);
  };
  for (const r of records) {
    add(r.name, [r.articleId]);
    for (const alias of r.aliases) add(alias.name, alias.articles.length > 0 ? alias.articles : [r.articleId]);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([name, articles]) => ({ name, articles: uniqueSorted(articles) }));
}

/** The kind most records give; ties follow the order of `kinds` (the schema's enum order). */
export function majorityKind<K extends string>(values: readonly K[], kinds: readonly K[]): K {
  const best = majority(values, (a, b) => kinds.indexOf(a) - kinds.indexOf(b));
  if (best === undefined) throw new RangeError("an entity needs at least one kind");
  return best;
}

/** Alias lists joined: one entry per name, with the union of its articles. */
export function unionAliases(...lists: ReadonlyArray<readonly Alias[]>): Alias[] {
  const byName = new Map<string, string[]>();
  for (const a of lists.flat()) for (const article of a.articles) pushTo(byName, a.name, article);
  for (const a of lists.flat()) if (!byName.has(a.name)) byName.set(a.name, []);
  return [...byName.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([name, articles]) => ({ name, articles: uniqueSorted(articles) }));
}
