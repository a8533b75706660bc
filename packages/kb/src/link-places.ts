// Place linking: one Place per real place, by slug of name or an alias naming another place of its kind.
import { placeId, uniqueIds } from "@dateline/core/ids";
import { type ArticleExtraction, type Place, type PlaceKind, PlaceKindSchema } from "@dateline/core/schema";
import { type EntityLink, localKey } from "./local-key";
import { canonicalName, majorityKind, mergeAliases } from "./merge-entities";
import { isNameLike, nameKey } from "./names";
import { cmp, mergeEvidence, pushTo } from "./sorting";
import { UnionFind } from "./union-find";

interface Node {
  key: string;
  articleId: string;
  place: Place;
}

export function linkPlaces(extractions: readonly ArticleExtraction[]): EntityLink<Place> {
  const nodes: Node[] = [];
  const uf = new UnionFind();
  for (const x of extractions) {
    for (const place of x.places) {
      const key = localKey(x.articleId, place.id);
      if (uf.has(key) || place.mentions.length === 0) continue;
      uf.add(key);
      nodes.push({ key, articleId: x.articleId, place });
    }
  }
  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  const byName = new Map<string, string[]>();
  for (const n of nodes) pushTo(byName, nameKey(n.place.name), n.key);
  for (const keys of byName.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
  // "Karabakh" as an alias in one article and as the name in another is one place, when the kinds agree.
  for (const n of nodes) {
    for (const alias of n.place.aliases) {
      if (!isNameLike(alias.name)) continue;
      for (const other of byName.get(nameKey(alias.name)) ?? []) {
        if (nodeByKey.get(other)?.place.kind === n.place.kind) uf.union(n.key, other);
      }
    }
  }
  const groups = [...uf.groups().entries()].map(([root, keys]) => {
    const members = keys.map((k) => nodeByKey.get(k)!);
    return { root, members, name: canonicalName(members.map((m) => m.place.name)) };
  });
  groups.sort((a, b) => cmp(placeId(a.name), placeId(b.name)) || cmp(a.root, b.root));
  const ids = uniqueIds(groups.map((g) => placeId(g.name)));
  const idOf = new Map<string, string>();
  const items = groups.map((g, i) => {
    for (const m of g.members) idOf.set(m.key, ids[i]!);
    return {
      id: ids[i]!,
      name: g.name,
      kind: majorityKind<PlaceKind>(
        g.members.map((m) => m.place.kind),
        PlaceKindSchema.options,
      ),
      aliases: mergeAliases(g.members.map((m) => ({ ...m.place, articleId: m.articleId }))),
      mentions: mergeEvidence(g.members.flatMap((m) => m.place.mentions)),
    };
  });
  return { items, idOf };
}
