// Collects actors, places and mentions as the rules find them, then hands them out in the schema's shape.
import { makeEvidence } from "@dateline/core/evidence";
import { actorId, placeId } from "@dateline/core/ids";
import type { Actor, ActorKind, Evidence, Place, PlaceKind } from "@dateline/core/schema";
import type { EntityResult, Mention } from "../types";

type Via = Mention["via"];

interface ActorDraft {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  roles: Map<string, { title: string; evidence: Evidence[] }>;
  affiliations: Set<string>;
}

interface PlaceDraft {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases: Set<string>;
}

/** "The Secretary" at a sentence start is the same alias as "the Secretary". */
function aliasForm(surface: string): string {
  return surface.replace(/^The /, "the ").replace(/[’']s$|(?<=s)[’']$/, "");
}

const CORPORATE_SUFFIX =
  /,? (?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|LLC|PLC|plc|Group|Holdings|AG|SA|NV|SE|GmbH)$/;

/**
 * Ids by name, kept across articles: the same few hundred actors and places come back article after article,
 * and an id is a Unicode slug (NFKD and five replaces). Cleared when full, so a stream of new names cannot
 * grow it without bound; an id depends on the name alone, so a cached one is the one slugify would give.
 */
const ID_CACHE_LIMIT = 20_000;
const actorIds = new Map<string, string>();
const placeIds = new Map<string, string>();
function cachedId(cache: Map<string, string>, name: string, make: (name: string) => string): string {
  let id = cache.get(name);
  if (id === undefined) {
    if (cache.size >= ID_CACHE_LIMIT) cache.clear();
    id = make(name);
    cache.set(name, id);
  }
  return id;
}

const KIND_ORDER: Record<PlaceKind, number> = { country: 0, city: 1, region: 2, other: 3 };

export class Registry {
  private readonly actors = new Map<string, ActorDraft>();
  private readonly places = new Map<string, PlaceDraft>();
  private readonly mentions: Mention[] = [];
  private readonly taken = new Set<string>();
  /** Actor id → the actor the text says it is the same as ("X, also known as Y"). */
  private readonly sameAs = new Map<string, string>();
  /** Short name → the first organisation whose name has a legal suffix ("Apple" → "Apple Inc"). */
  private readonly byShortName = new Map<string, string>();

  constructor(
    private readonly articleId: string,
    private readonly text: string,
  ) {}

  /** Creates (or returns) the actor with this canonical name. */
  actor(name: string, kind: ActorKind): string {
    const id = cachedId(actorIds, name, actorId);
    if (!this.actors.has(id)) {
      this.actors.set(id, { id, name, kind, aliases: new Set(), roles: new Map(), affiliations: new Set() });
      const short = kind === "organization" ? name.replace(CORPORATE_SUFFIX, "") : name;
      if (short !== name && !this.byShortName.has(short)) this.byShortName.set(short, id);
    }
    return id;
  }

  place(name: string, kind: PlaceKind): string {
    const id = cachedId(placeIds, name, placeId);
    const have = this.places.get(id);
    if (!have) this.places.set(id, { id, name, kind, aliases: new Set() });
    else if (KIND_ORDER[kind] < KIND_ORDER[have.kind] && have.kind === "other") have.kind = kind;
    return id;
  }

  /** The text shows what the actor is after all ("Hayat Tahrir al-Sham (HTS)" is a body, not a person). */
  setKind(id: string, kind: ActorKind): void {
    const actor = this.actors.get(id);
    if (actor) actor.kind = kind;
  }

  kindOf(id: string): ActorKind | undefined {
    return this.actors.get(id)?.kind;
  }

  /**
   * The organisation a company name stands for without its legal suffix ("Apple" for "Apple Inc"): the first
   * created, from an index kept as actors are made (asked for every chunk, a scan of all actors was quadratic).
   */
  orgByShortName(name: string): string | null {
    return this.byShortName.get(name) ?? null;
  }

  /** The actor with this canonical name, if the article has one. */
  actorNamed(name: string): string | null {
    const id = cachedId(actorIds, name, actorId);
    return this.actors.has(id) ? id : null;
  }

  hasActor(id: string): boolean {
    return this.actors.has(id);
  }

  actorName(id: string): string | undefined {
    return this.actors.get(id)?.name;
  }

  /** Is this span already claimed by a mention of the same kind of entity? */
  claimed(start: number, end: number, entity: "actor" | "place"): boolean {
    return this.taken.has(`${entity}:${start}:${end}`);
  }

  /** `asAlias`: keep the words as an alias even for a demonym ("Russian" where "Russian-brokered" is all there is). */
  mentionActor(id: string, start: number, end: number, via: Via, asAlias = false): void {
    const a = this.actors.get(id);
    if (!a || end <= start || this.claimed(start, end, "actor")) return;
    this.taken.add(`actor:${start}:${end}`);
    this.mentions.push({ start, end, entityId: id, entity: "actor", via });
    const alias = aliasForm(this.text.slice(start, end));
    // A bare adjective ("Armenian") links a country but is no name for it; "the Armenian side" is.
    const bareDemonym = via === "demonym" && !alias.startsWith("the ") && !asAlias;
    if (via !== "pronoun" && !bareDemonym && alias !== a.name && alias.length > 0) a.aliases.add(alias);
  }

  mentionPlace(id: string, start: number, end: number, via: Via): void {
    const p = this.places.get(id);
    if (!p || end <= start || this.claimed(start, end, "place")) return;
    this.taken.add(`place:${start}:${end}`);
    this.mentions.push({ start, end, entityId: id, entity: "place", via });
    const alias = aliasForm(this.text.slice(start, end));
    // "BAKU" in a date line is the name in capitals, not another name.
    if (alias !== p.name && alias !== p.name.toUpperCase()) p.aliases.add(alias);
  }

  addRole(id: string, title: string, start: number, end: number): void {
    const a = this.actors.get(id);
    if (!a) return;
    const key = title.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
    const ev = makeEvidence(this.articleId, this.text, start, end);
    const have = a.roles.get(key);
    if (have) have.evidence.push(ev);
    else a.roles.set(key, { title, evidence: [ev] });
  }

  /** The text names `alias` as another name of `main`: folded into it when the result is made. */
  sameActor(alias: string, main: string): void {
    if (alias !== main && !this.sameAs.has(alias)) this.sameAs.set(alias, main);
  }

  addAffiliation(id: string, other: string): void {
    if (id !== other) this.actors.get(id)?.affiliations.add(other);
  }

  /** Role titles of an actor, as stated. */
  roles(id: string): string[] {
    return [...(this.actors.get(id)?.roles.values() ?? [])].map((r) => r.title);
  }

  affiliations(id: string): ReadonlySet<string> {
    return this.actors.get(id)?.affiliations ?? new Set();
  }

  actorMentions(): readonly Mention[] {
    return this.mentions;
  }

  /**
   * Folds actors the rules made twice: an acronym into the organisation whose initials it is ("GM" → General
   * Motors, "UAW" → United Auto Workers) and a surname spelt without its accents into the full name
   * ("Fernandez de Kirchner" → Cristina Fernández de Kirchner). Both only when one actor fits.
   */
  private foldDuplicates(): void {
    // Indexed once (by initials, by every ending of two or more words) so a long text is not quadratic.
    const byInitials = new Map<string, ActorDraft[]>();
    const byEnding = new Map<string, ActorDraft[]>();
    const push = (m: Map<string, ActorDraft[]>, key: string, a: ActorDraft) => {
      const list = m.get(key);
      if (list) list.push(a);
      else m.set(key, [a]);
    };
    for (const b of this.actors.values()) {
      if (b.kind === "organization" || b.kind === "group") push(byInitials, initials(b.name), b);
      if (b.kind !== "person") continue;
      // "SBF" for Sam Bankman-Fried: three initials or more, as two letters would fit too many names.
      const own = initials(b.name);
      if (own.length >= PERSON_INITIALS) push(byInitials, own, b);
      const words = foldName(b.name).split(" ");
      for (let i = 1; i < words.length - 1; i++) push(byEnding, words.slice(i).join(" "), b);
    }
    const into = new Map<string, ActorDraft>();
    // Named as one by the text itself ("X, also known as Y"): folded first, whatever the rules below say.
    for (const [alias, main] of this.sameAs) {
      const a = this.actors.get(alias);
      const target = this.actors.get(main);
      if (a && target && a !== target && !into.has(main) && !into.has(alias)) into.set(alias, target);
    }
    for (const a of this.actors.values()) {
      if (into.has(a.id)) continue;
      const folded = a.kind === "person" ? foldName(a.name) : "";
      const target =
        a.kind === "organization" && ACRONYM.test(a.name)
          ? only((byInitials.get(a.name) ?? []).filter((b) => b !== a))
          : a.kind === "person" && folded.includes(" ")
            ? only((byEnding.get(folded) ?? []).filter((b) => b !== a))
            : null;
      if (target && !into.has(target.id)) into.set(a.id, target);
    }
    // A chain (A into B, B into C) ends at the last.
    for (const [id, target] of into) {
      let end = target;
      for (let n = 0; n < into.size && into.has(end.id); n++) end = into.get(end.id)!;
      into.set(id, end);
    }
    for (const [id, target] of into) {
      const a = this.actors.get(id)!;
      target.aliases.add(a.name);
      for (const alias of a.aliases) target.aliases.add(alias);
      for (const [key, role] of a.roles) if (!target.roles.has(key)) target.roles.set(key, role);
      for (const x of a.affiliations) if (x !== target.id) target.affiliations.add(x);
      this.actors.delete(id);
    }
    if (into.size === 0) return;
    for (const m of this.mentions) {
      const target = m.entity === "actor" ? into.get(m.entityId) : undefined;
      if (target) m.entityId = target.id;
    }
    for (const a of this.actors.values()) {
      for (const x of [...a.affiliations]) {
        const target = into.get(x);
        if (!target) continue;
        a.affiliations.delete(x);
        if (target.id !== a.id) a.affiliations.add(target.id);
      }
    }
  }

  /**
   * The article's own outlet is who reports, not an actor: "(Southern Cross)" in a wire dateline, "World
   * Channel" in a credit line, when the outlet is "Southern Cross Wire" or "World Channel News".
   */
  dropOutlet(outlet: string | null): void {
    if (!outlet) return;
    const o = foldName(outlet);
    for (const a of this.actors.values()) {
      if (a.kind === "country") continue;
      const n = foldName(a.name);
      if (n === o || (n.includes(" ") && o.startsWith(`${n} `))) this.actors.delete(a.id);
    }
  }

  result(): EntityResult {
    this.foldDuplicates();
    const mentions = [...this.mentions]
      .filter((m) => m.entity === "place" || this.actors.has(m.entityId))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    // Grouped in one pass, in text order: filtering all mentions for each entity was quadratic on a long text.
    const byEntity = new Map<string, Mention[]>();
    for (const m of mentions) {
      const key = `${m.entity}:${m.entityId}`;
      const list = byEntity.get(key);
      if (list) list.push(m);
      else byEntity.set(key, [m]);
    }
    const evidenceOf = (id: string, entity: "actor" | "place") =>
      (byEntity.get(`${entity}:${id}`) ?? []).map((m) => makeEvidence(this.articleId, this.text, m.start, m.end));
    const aliases = (set: Set<string>, name: string) =>
      [...set].filter((s) => s !== name).map((s) => ({ name: s, articles: [this.articleId] }));
    const actors: Actor[] = [];
    for (const a of this.actors.values()) {
      const ev = evidenceOf(a.id, "actor");
      if (ev.length === 0) continue;
      const name = readableName(a.name, a.aliases);
      actors.push({
        id: a.id,
        name,
        kind: a.kind,
        aliases: aliases(name === a.name ? a.aliases : new Set([...a.aliases, a.name]), name),
        roles: pruneRoles([...a.roles.values()]).map((r) => ({
          title: r.title,
          articles: [this.articleId],
          evidence: r.evidence,
        })),
        affiliations: [...a.affiliations].filter((x) => byEntity.has(`actor:${x}`)).sort(),
        mentions: ev,
      });
    }
    const places: Place[] = [];
    for (const p of this.places.values()) {
      const ev = evidenceOf(p.id, "place");
      if (ev.length > 0)
        places.push({ id: p.id, name: p.name, kind: p.kind, aliases: aliases(p.aliases, p.name), mentions: ev });
    }
    const live = new Set([...actors.map((a) => `actor:${a.id}`), ...places.map((p) => `place:${p.id}`)]);
    return {
      actors: actors.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start),
      places: places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start),
      mentions: mentions.filter((m) => live.has(`${m.entity}:${m.entityId}`)),
    };
  }
}

/**
 * A name first met in a dateline's capitals ("KENNEDY SPACE CENTER, Fla. —") reads as the text writes it elsewhere
 * ("Kennedy Space Center"). Acronyms stay as they are: a single word.
 */
function readableName(name: string, aliases: ReadonlySet<string>): string {
  if (!name.includes(" ") || name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  for (const alias of aliases) if (alias !== name && alias.toUpperCase() === name) return alias;
  return name;
}

/** How many initials a person's short form must have to be read as theirs ("SBF"). */
const PERSON_INITIALS = 3;
/** An organisation's name in capitals, short enough to be initials: "GM", "UAW", "DPP". */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Small words a name's initials leave out: "United States Department of State" → USDS. */
const NOT_INITIALLED = new Set(["of", "the", "and", "for", "de", "la", "du", "des", "del", "y", "&"]);

function initials(name: string): string {
  return (
    name
      .split(/[\s-]+/)
      .filter((w) => w && !NOT_INITIALLED.has(w.toLowerCase()))
      // An acronym inside the name gives all its letters: "US Geological Survey" is "USGS".
      .map((w) => (/^[A-Z]{2,3}$/.test(w.replace(/\./g, "")) ? w.replace(/\./g, "") : w[0]!.toUpperCase()))
      .join("")
  );
}

/** Lower case, without accents, apostrophes or a leading "the": how two spellings of one name are compared. */
function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'.]/g, "")
    .replace(/^the /, "")
    .replace(/\s+/g, " ")
    .trim();
}

function only<T>(list: T[]): T | null {
  return list.length === 1 ? list[0]! : null;
}

/** Drops a bare title ("President") when a fuller stated role contains it ("Azerbaijani President"). */
function pruneRoles<T extends { title: string }>(roles: T[]): T[] {
  const lower = roles.map((r) => r.title.toLowerCase());
  return roles.filter((_r, i) => {
    const t = lower[i]!;
    return !lower.some((o, j) => j !== i && o.length > t.length && new RegExp(`\\b${escapeRegExp(t)}\\b`).test(o));
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
