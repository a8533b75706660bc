// findEntities: people, organisations, countries and places of one article, each with its mentions.
import { partitionPoint } from "../nlp/search";
import type { FindEntities } from "../types";
import { namedAlike } from "./aliases";
import { type Chunk, findChunks } from "./chunks";
import { type Ctx, compoundModifier, countryActor, isNamePart, range, someIn, span } from "./context";
import { countryBodies } from "./country-bodies";
import { findDescriptions } from "./descriptions";
import { findGroups } from "./groups";
import { countryArmies, lowerCaseMinistries } from "./ministries";
import {
  appositiveOrgs,
  orgDescriptions,
  orgFromChunk,
  partyBeforeNoun,
  partyNamedForCountry,
  pluralOrganisations,
  possessiveOwner,
} from "./organisations";
import { people, roleMentions } from "./persons";
import { leftover, lexPieces } from "./pieces";
import { facilityTail, isFacilityName, registerPlaces } from "./places";
import { isProductName } from "./products";
import { Registry } from "./registry";
import { LEADER_HEADS } from "./tables/orgs";
import { prepare } from "./tokens";

/**
 * "the country’s": the last country referred to before an offset (the last in list order, as the list is
 * built). The list is in text order as the pieces are read, so a binary search finds it; asked once per
 * description, a scan of the whole list was quadratic on a long text.
 */
function lastCountryBefore(refs: Ctx["countryRefs"]): (at: number) => string | null {
  const sorted = refs.every((r, i) => i === 0 || refs[i - 1]!.at <= r.at);
  return (at) => {
    if (!sorted) return refs.findLast((r) => r.at < at)?.code ?? null;
    return refs[partitionPoint(refs, (r) => r.at < at) - 1]?.code ?? null;
  };
}

export const findEntities: FindEntities = (ctx) => {
  const doc = prepare(ctx);
  const reg = new Registry(ctx.articleId, ctx.text);
  const chunks = findChunks(doc);
  const chunkAt = new Map<number, Chunk>();
  for (const ch of chunks) for (let j = ch.from; j < ch.to; j++) chunkAt.set(j, ch);
  const c: Ctx = {
    doc,
    reg,
    chunks,
    chunkAt,
    used: new Set(),
    personal: new Set(),
    roleHolder: () => null,
    placeOccs: [],
    countryRefs: [],
    ownedElsewhere: new Map(),
  };

  appositiveOrgs(c);
  const persons = people(c);
  c.roleHolder = (title) => {
    const t = title.toLowerCase();
    const fits = persons.flatMap((p) =>
      p.roles.filter((r) => r.toLowerCase() === t || r.toLowerCase().endsWith(` ${t}`)),
    );
    const holders = new Set(persons.filter((p) => p.roles.some((r) => fits.includes(r))).map((p) => p.id));
    return holders.size === 1 ? [...fits].sort((a, b) => b.length - a.length)[0]! : null;
  };
  chunks.forEach((chunk, index) => {
    if (someIn(chunk.from, chunk.to, (j) => c.used.has(j) && !isNamePart(c, j))) return;
    // "her YouTube channel": a platform or product named as such is no actor here.
    const known = chunk.pieces.some((p) => p.kind === "lex");
    if (isProductName(doc, chunk.from, chunk.to, known)) {
      for (const j of range(chunk.from, chunk.to)) c.used.add(j);
      return;
    }
    if (partyBeforeNoun(c, chunk)) return;
    if (compoundModifier(doc, chunk.to) && chunk.pieces.every((p) => p.kind !== "lex")) {
      for (const j of range(chunk.from, chunk.to)) c.used.add(j);
      return;
    }
    const owner = possessiveOwner(c, chunk, index);
    if (owner && orgFromChunk(c, chunk, owner.code, owner.from)) {
      if (owner.code === null) return;
      const id = countryActor(c, owner.code);
      const s = span(doc, owner.from, owner.from + 1);
      reg.mentionActor(id, s.start, s.end, "name");
      return;
    }
    // "Keflavík international airport": a name of no known place before a site's head in lower case.
    // Not "a Brooklyn jail": a jail in Brooklyn, whose place is Brooklyn.
    const indefinite = ["a", "an"].includes(doc.toks[chunk.from - 1]?.lower ?? "");
    const tail = !indefinite && chunk.pieces.every((p) => p.kind !== "lex") ? facilityTail(doc, chunk.to) : -1;
    if (tail > 0 && !doc.toks[chunk.from]!.heading) {
      const s = span(doc, chunk.from, tail);
      c.placeOccs.push({ ...s, name: doc.text.slice(s.start, s.end), kind: "other" });
      for (const j of range(chunk.from, tail)) c.used.add(j);
      return;
    }
    if (isFacilityName(doc, chunk.from, chunk.to)) {
      const s = span(doc, chunk.from, chunk.to);
      c.placeOccs.push({ ...s, name: doc.text.slice(s.start, s.end), kind: "other" });
      for (const j of range(chunk.from, chunk.to)) c.used.add(j);
      return;
    }
    if (!isNamePart(c, chunk.from) && partyNamedForCountry(c, chunk)) return;
    if (!isNamePart(c, chunk.from) && orgFromChunk(c, chunk)) return;
  });
  pluralOrganisations(c);
  for (const chunk of chunks) lexPieces(c, chunk);
  for (const chunk of chunks) leftover(c, chunk);
  partyLeaders(c);
  registerPlaces(reg, c.placeOccs, doc.text);
  findGroups(c);

  roleMentions(c, persons);
  lowerCaseMinistries(c);
  countryArmies(c);
  countryBodies(c);
  orgDescriptions(c);
  const countryBefore = lastCountryBefore(c.countryRefs);
  for (const d of findDescriptions(doc, persons, countryBefore, (k) => c.personal.has(k))) {
    const s = span(doc, d.from, d.to);
    reg.mentionActor(d.personId, s.start, s.end, "title");
    // "the Pakistani prime minister" tells the country of a prime minister the text introduced without one.
    const known = [...reg.affiliations(d.personId)].some((a) => reg.kindOf(a) === "country");
    if (!known) for (const cid of d.countries) reg.addAffiliation(d.personId, cid);
  }
  namedAlike(c);
  reg.dropOutlet(ctx.article.outlet);
  return reg.result();
};

/** "the Republican Party of José Antonio Kast": the person after a party's "of" leads it, so belongs to it. */
function partyLeaders(c: Ctx): void {
  const { doc, reg, chunks } = c;
  const actorAt = (ch: Chunk) => {
    const s = span(doc, ch.from, ch.to);
    return reg.actorMentions().find((m) => m.entity === "actor" && m.start <= s.start && m.end === s.end)?.entityId;
  };
  for (const [i, party] of chunks.entries()) {
    const leader = chunks[i + 1];
    if (!leader || doc.toks[party.to]?.lower !== "of" || leader.from !== party.to + 1) continue;
    if (!LEADER_HEADS.has(doc.toks[party.to - 1]!.lower)) continue;
    const org = actorAt(party);
    const person = actorAt(leader);
    if (org && person && reg.kindOf(org) === "organization" && reg.kindOf(person) === "person") {
      reg.addAffiliation(person, org);
    }
  }
}
