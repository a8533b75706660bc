// Curation ops on actors: merge, split, add an alias, rename, set the kind.
import { actorId } from "@dateline/core/ids";
import type { Actor, CurationOp, Role } from "@dateline/core/schema";
import { unionAliases } from "../merge-entities";
import { cmp, mergeEvidence, uniqueSorted } from "../sorting";
import type { KbState } from "../state";
import { renameActor } from "./references";
import { resolveTarget, Unmatched } from "./targets";

type Op<K extends CurationOp["op"]> = Extract<CurationOp, { op: K }>;

function absorb(into: Actor, from: Actor): void {
  into.aliases = unionAliases(into.aliases, from.aliases);
  const roles = new Map(into.roles.map((r) => [r.title.toLowerCase(), { ...r }]));
  for (const r of from.roles) {
    const have = roles.get(r.title.toLowerCase());
    if (!have) roles.set(r.title.toLowerCase(), { ...r });
    else {
      have.articles = uniqueSorted([...have.articles, ...r.articles]);
      have.evidence = mergeEvidence([...have.evidence, ...r.evidence]);
    }
  }
  into.roles = [...roles.values()].sort((a, b) => cmp(a.title, b.title));
  into.affiliations = uniqueSorted([...into.affiliations, ...from.affiliations].filter((a) => a !== into.id));
  into.mentions = mergeEvidence([...into.mentions, ...from.mentions]);
}

export function mergeActors(state: KbState, op: Op<"merge-actors">): string {
  const into = resolveTarget(state, "actor", op.into);
  const merged: string[] = [];
  const missing: string[] = [];
  for (const ref of op.from) {
    let from: string;
    try {
      from = resolveTarget(state, "actor", ref);
    } catch (error) {
      if (!(error instanceof Unmatched)) throw error;
      missing.push(error.message);
      continue;
    }
    if (from === into) continue;
    absorb(state.actors.get(into)!, state.actors.get(from)!);
    state.actors.delete(from);
    renameActor(state, from, into);
    merged.push(from);
  }
  if (merged.length === 0) {
    throw new Unmatched(missing.length > 0 ? missing.join("; ") : `nothing to merge into '${into}'`);
  }
  const tail = missing.length > 0 ? `; not found: ${missing.join("; ")}` : "";
  return `merged ${merged.map((m) => `'${m}'`).join(", ")} into '${into}'${tail}`;
}

function freshId(taken: (id: string) => boolean, base: string): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Each role's articles and evidence divided: what the articles in `only` say goes with the new actor. */
function splitRoles(roles: readonly Role[], only: ReadonlySet<string>): { moving: Role[]; staying: Role[] } {
  const moving: Role[] = [];
  const staying: Role[] = [];
  for (const role of roles) {
    const evMoving = role.evidence.filter((e) => only.has(e.articleId));
    const evStaying = role.evidence.filter((e) => !only.has(e.articleId));
    const part = (evidence: Role["evidence"], keep: (a: string) => boolean) => ({
      title: role.title,
      articles: role.articles.filter(keep),
      evidence,
    });
    if (evMoving.length > 0) moving.push(part(evMoving, (a) => only.has(a)));
    if (evStaying.length > 0) staying.push(part(evStaying, (a) => !only.has(a)));
  }
  return { moving, staying };
}

/**
 * The new actor takes the named aliases, the mentions written that way, and every reference in the
 * articles that only use those names (where the article also uses an old name, references stay).
 */
export function splitActor(state: KbState, op: Op<"split-actor">): string {
  const id = resolveTarget(state, "actor", op.actor);
  const actor = state.actors.get(id)!;
  const wanted = new Set(op.aliases.map((a) => a.toLowerCase()));
  const moving = actor.aliases.filter((a) => wanted.has(a.name.toLowerCase()));
  const found = new Set(moving.map((a) => a.name.toLowerCase()));
  const absent = op.aliases.filter((a) => !found.has(a.toLowerCase()));
  if (absent.length > 0) throw new Unmatched(`actor '${id}' has no alias ${absent.map((a) => `'${a}'`).join(", ")}`);
  const staying = actor.aliases.filter((a) => !wanted.has(a.name.toLowerCase()));
  const stayingArticles = new Set(staying.flatMap((a) => a.articles));
  const only = new Set(moving.flatMap((a) => a.articles).filter((a) => !stayingArticles.has(a)));
  const moves = (ev: { exact: string; articleId: string }) =>
    wanted.has(ev.exact.toLowerCase()) || only.has(ev.articleId);
  const mentions = actor.mentions.filter(moves);
  const kept = actor.mentions.filter((m) => !moves(m));
  if (mentions.length === 0) throw new Unmatched(`actor '${id}' has no mention written ${op.aliases.join(" or ")}`);
  if (kept.length === 0) throw new Unmatched(`every mention of '${id}' uses those aliases; nothing would be left`);
  const newId = freshId((x) => state.actors.has(x), actorId(op.name));
  const roles = splitRoles(actor.roles, only);
  state.actors.set(newId, {
    id: newId,
    name: op.name,
    kind: op.kind ?? actor.kind,
    aliases: moving,
    roles: roles.moving,
    affiliations: [...actor.affiliations],
    mentions,
  });
  actor.aliases = staying;
  actor.mentions = kept;
  actor.roles = roles.staying;
  renameActor(state, id, newId, only);
  return `split '${newId}' (${moving.map((a) => a.name).join(", ")}) from '${id}'`;
}

export function addAlias(state: KbState, op: Op<"add-alias">): string {
  const id = resolveTarget(state, "actor", op.actor);
  const actor = state.actors.get(id)!;
  if (actor.aliases.some((a) => a.name.toLowerCase() === op.alias.toLowerCase())) {
    return `'${id}' already has the alias '${op.alias}'`;
  }
  actor.aliases = [...actor.aliases, { name: op.alias, articles: [] }].sort((a, b) => cmp(a.name, b.name));
  return `added the alias '${op.alias}' to '${id}'`;
}

export function setActorName(state: KbState, op: Op<"set-actor-name">): string {
  const id = resolveTarget(state, "actor", op.actor);
  const actor = state.actors.get(id)!;
  const before = actor.name;
  actor.name = op.name;
  return `renamed '${id}' from '${before}' to '${op.name}'`;
}

export function setActorKind(state: KbState, op: Op<"set-actor-kind">): string {
  const id = resolveTarget(state, "actor", op.actor);
  const actor = state.actors.get(id)!;
  const before = actor.kind;
  actor.kind = op.kind;
  return `'${id}' is now a ${op.kind} (was ${before})`;
}
