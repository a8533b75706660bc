// Actor linking: one Actor per real person, organisation, country or group across all articles.
import { actorId, uniqueIds } from "@dateline/core/ids";
import {
  type Actor,
  type ActorKind,
  ActorKindSchema,
  type ArticleExtraction,
  type Role,
  type Suggestion,
} from "@dateline/core/schema";
import { type EntityLink, localKey } from "./local-key";
import { canonicalName, majorityKind, mergeAliases } from "./merge-entities";
import { acronymLetters, initials, isNameLike, nameKey } from "./names";
import { matchPersons, type PersonProfile } from "./person-matching";
import { cmp, mergeEvidence, pushTo, uniqueSorted } from "./sorting";
import { UnionFind } from "./union-find";

interface Node {
  key: string;
  articleId: string;
  actor: Actor;
}

export interface ActorLink extends EntityLink<Actor> {
  suggestions: Suggestion[];
}

function unionAll(uf: UnionFind, groups: Iterable<string[]>): void {
  for (const keys of groups) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
}

/**
 * Non-people merge on names: an alias of one equal to the name of another of the same kind ("RSF" and the
 * Rapid Support Forces), and countries on any shared proper-name alias ("Washington" for the United States).
 * Organisations do not merge on shared aliases alone: "the Foreign Ministry" is many ministries.
 */
function linkByAliases(nodes: readonly Node[], uf: UnionFind): void {
  const byName = new Map<string, string[]>();
  const countryAliases = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.actor.kind === "person") continue;
    pushTo(byName, `${n.actor.kind}|${nameKey(n.actor.name)}`, n.key);
    if (n.actor.kind === "country") pushTo(countryAliases, nameKey(n.actor.name), n.key);
  }
  for (const n of nodes) {
    if (n.actor.kind === "person") continue;
    for (const alias of n.actor.aliases) {
      if (!isNameLike(alias.name) || nameKey(alias.name) === "") continue;
      for (const other of byName.get(`${n.actor.kind}|${nameKey(alias.name)}`) ?? []) uf.union(n.key, other);
      if (n.actor.kind === "country") pushTo(countryAliases, nameKey(alias.name), n.key);
    }
  }
  unionAll(uf, countryAliases.values());
}

/**
 * Short forms of a name in one article are the same organisation or group: an acronym ("the Democratic
 * Progressive Party (DPP)" … "the DPP") and a bare head word ("the European Commission" … "the Commission").
 * Only inside one article, and only when one name there fits: elsewhere the same letters or word can stand for
 * another body.
 */
function linkShortForms(nodes: readonly Node[], uf: UnionFind): Set<string> {
  const linked = new Set<string>();
  const byArticle = new Map<string, Node[]>();
  for (const n of nodes)
    if (n.actor.kind === "organization" || n.actor.kind === "group") pushTo(byArticle, n.articleId, n);
  for (const group of byArticle.values()) {
    for (const short of group) {
      const fits = group.filter((n) => n !== short && abbreviates(short.actor.name, n.actor.name));
      if (fits.length !== 1) continue;
      uf.union(short.key, fits[0]!.key);
      linked.add(short.key);
    }
  }
  return linked;
}

function abbreviates(short: string, full: string): boolean {
  const letters = acronymLetters(short);
  if (letters) return initials(full) === letters;
  const words = full.trim().split(/\s+/);
  return !/\s/.test(short.trim()) && words.length >= 2 && nameKey(words[words.length - 1]!) === nameKey(short);
}

function personProfiles(nodes: readonly Node[], uf: UnionFind): PersonProfile[] {
  const groups = new Map<string, Node[]>();
  for (const n of nodes) if (n.actor.kind === "person") pushTo(groups, uf.find(n.key), n);
  return [...groups.entries()].map(([root, members]) => ({
    key: root,
    name: canonicalName(members.map((m) => m.actor.name)),
    roles: uniqueSorted(members.flatMap((m) => m.actor.roles.map((r) => r.title))),
    affiliations: new Set(members.flatMap((m) => m.actor.affiliations.map((a) => uf.find(localKey(m.articleId, a))))),
  }));
}

function mergeRoles(members: readonly Node[]): Role[] {
  const byTitle = new Map<string, { title: string; articles: string[]; evidence: Role["evidence"] }>();
  for (const m of members) {
    for (const role of m.actor.roles) {
      const k = role.title.toLowerCase().replace(/\s+/g, " ").trim();
      const entry = byTitle.get(k) ?? { title: role.title, articles: [], evidence: [] };
      entry.articles.push(...role.articles, m.articleId);
      entry.evidence.push(...role.evidence);
      byTitle.set(k, entry);
    }
  }
  return [...byTitle.values()]
    .map((r) => ({ title: r.title, articles: uniqueSorted(r.articles), evidence: mergeEvidence(r.evidence) }))
    .sort((a, b) => cmp(a.title, b.title));
}

function mergeActor(members: readonly Node[], id: string): Actor {
  return {
    id,
    name: canonicalName(members.map((m) => m.actor.name)),
    kind: majorityKind<ActorKind>(
      members.map((m) => m.actor.kind),
      ActorKindSchema.options,
    ),
    aliases: mergeAliases(members.map((m) => ({ ...m.actor, articleId: m.articleId }))),
    roles: mergeRoles(members),
    affiliations: [],
    mentions: mergeEvidence(members.flatMap((m) => m.actor.mentions)),
  };
}

export function linkActors(extractions: readonly ArticleExtraction[]): ActorLink {
  const nodes: Node[] = [];
  const uf = new UnionFind();
  for (const x of extractions) {
    for (const actor of x.actors) {
      const key = localKey(x.articleId, actor.id);
      // Nothing enters the knowledge base without evidence; references to such an actor are dropped.
      if (uf.has(key) || actor.mentions.length === 0) continue;
      uf.add(key);
      nodes.push({ key, articleId: x.articleId, actor });
    }
  }
  // A short form read as its article's full name ("the Commission") travels across articles with that name, not
  // with every other article's bare "Commission".
  const shortForms = linkShortForms(nodes, uf);
  const bySlug = new Map<string, string[]>();
  for (const n of nodes) if (!shortForms.has(n.key)) pushTo(bySlug, actorId(n.actor.name), n.key);
  unionAll(uf, bySlug.values());
  linkByAliases(nodes, uf);
  const verdict = matchPersons(personProfiles(nodes, uf));
  for (const [a, b] of verdict.merges) uf.union(a, b);

  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  const groups = [...uf.groups().entries()].map(([root, keys]) => {
    const members = keys.map((k) => nodeByKey.get(k)!);
    return { root, members, base: actorId(canonicalName(members.map((m) => m.actor.name))) };
  });
  groups.sort((a, b) => cmp(a.base, b.base) || cmp(a.root, b.root));
  const ids = uniqueIds(groups.map((g) => g.base));
  const idOf = new Map<string, string>();
  groups.forEach((g, i) => {
    for (const m of g.members) idOf.set(m.key, ids[i]!);
  });
  const items = groups.map((g, i) => {
    const actor = mergeActor(g.members, ids[i]!);
    const affiliations = g.members.flatMap((m) => m.actor.affiliations.map((a) => idOf.get(localKey(m.articleId, a))));
    actor.affiliations = uniqueSorted(affiliations.filter((a): a is string => a !== undefined && a !== actor.id));
    return actor;
  });
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const s of verdict.suggestions) {
    const pair = s.keys.map((k) => idOf.get(uf.find(k))!).sort(cmp);
    const key = pair.join("\u0000");
    if (pair[0] === pair[1] || seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ kind: "merge-actors", ids: pair, score: s.score, reason: s.reason });
  }
  suggestions.sort((a, b) => cmp(a.ids.join(","), b.ids.join(",")));
  return { items, idOf, suggestions };
}
