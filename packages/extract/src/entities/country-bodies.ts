// Bodies of a state written in lower case: "Kenya's parliament", "the French cabinet", "Police said".

import { type Ctx, countryActor, span } from "./context";
import { countryAdjective, countryName, geoCode } from "./lexicon";
import { ownerCountry } from "./owner-country";
import { isPossessive } from "./tokens";

interface Body {
  name: (code: string) => string;
  /** Only standing alone names it ("The presidency said"): "the Chadian presidency" is how a text names Chad. */
  bareOnly?: boolean;
}

/**
 * The body a head word names, given its country, named as the capitalised forms usually are. "The government"
 * is not here: a government acting is its country ("Baku announced"), as the other rules have it.
 */
const BODIES = new Map<string, Body>([
  ["cabinet", { name: (code) => `Cabinet of ${ofCountry(code)}` }],
  ["parliament", { name: (code) => `Parliament of ${ofCountry(code)}` }],
  ["legislature", { name: (code) => `Parliament of ${ofCountry(code)}` }],
  ["presidency", { name: (code) => `Presidency of ${ofCountry(code)}`, bareOnly: true }],
  ["presidential office", { name: (code) => `Presidency of ${ofCountry(code)}`, bareOnly: true }],
  ["police", { name: (code) => `${countryAdjective(code)} Police` }],
  ["national police", { name: (code) => `${countryAdjective(code)} Police` }],
  ["armed forces", { name: (code) => `${countryAdjective(code)} Armed Forces` }],
  ["navy", { name: (code) => `${countryAdjective(code)} Navy` }],
  ["air force", { name: (code) => `${countryAdjective(code)} Air Force` }],
  ["coast guard", { name: (code) => `${countryAdjective(code)} Coast Guard` }],
]);

/** A country's parliament under its own name: "Israel's parliament" is the Knesset when the text names it. */
const LEGISLATURES = new Map<string, string[]>([
  ["IL", ["Knesset"]],
  ["TR", ["Grand National Assembly"]],
  ["DE", ["Bundestag"]],
  ["RU", ["Duma"]],
  ["PL", ["Sejm"]],
  ["JP", ["Diet"]],
  ["TW", ["Legislative Yuan"]],
  ["SE", ["Riksdag"]],
  ["FI", ["Eduskunta"]],
  ["NO", ["Storting"]],
  ["UA", ["Verkhovna Rada", "Rada"]],
  ["IN", ["Lok Sabha"]],
  ["IR", ["Majlis"]],
  ["IS", ["Althing"]],
  ["ES", ["Cortes"]],
  ["US", ["Congress"]],
]);

/** Country names read with an article: "the Government of the United Kingdom". */
const WITH_THE =
  /^(?:United |Central African |Czech |Dominican |Democratic )|(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros)$/;

function ofCountry(code: string): string {
  const name = countryName(code);
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/** The head ending at token k (one or two words, all lower case but a sentence's first), or null. */
function headAt(c: Ctx, k: number): { from: number; head: string } | null {
  const t = c.doc.toks[k]!;
  const prev = c.doc.toks[k - 1];
  if (prev && prev.sentence === t.sentence && !t.cap) {
    const two = `${prev.lower} ${t.lower}`;
    if (BODIES.has(two) && (!prev.cap || prev.initial)) return { from: k - 1, head: two };
  }
  if (BODIES.has(t.lower) && (!t.cap || t.initial)) return { from: k, head: t.lower };
  return null;
}

/** Acts: a verb follows, over adverbs ("Police later said"), or an auxiliary ("parliament has voted"). */
function acts(c: Ctx, k: number): boolean {
  const toks = c.doc.toks;
  const sentence = toks[k]!.sentence;
  for (let j = k + 1; j < toks.length && toks[j]!.sentence === sentence; j++) {
    const pos = toks[j]!.pos;
    if (pos === "AUX") return true;
    if (pos !== "ADV") return pos === "VERB";
  }
  return false;
}

/** The country of a person whose possessive stands before a body ("Macron's cabinet"), if known. */
function personsCountry(c: Ctx, end: number): string | null {
  const m = c.reg.actorMentions().find((x) => x.entity === "actor" && x.end === end);
  if (!m || c.reg.kindOf(m.entityId) !== "person") return null;
  for (const a of c.reg.affiliations(m.entityId)) {
    if (c.reg.kindOf(a) === "country") return geoCode(c.reg.actorName(a) ?? "");
  }
  return null;
}

/**
 * A body takes its country from the words before it: a possessive country ("Turkey's parliament") or person
 * ("Modi's cabinet"), a demonym ("the French cabinet"), or, standing alone as the subject of a verb ("The
 * cabinet approved", "Police fired"), the country the text has named most so far. Alone and not acting ("under police
 * guard", "a government spokesman") it names nobody, and a modifier of its own ("the regional government",
 * "riot police") makes it another body. A body standing alone again is the one it was the first time: "the cabinet"
 * a text names twice is one cabinet, even when another country was named in between ("felt in Cyprus").
 */
export function countryBodies(c: Ctx): void {
  const { doc, reg } = c;
  const toks = doc.toks;
  const standingAlone = new Map<string, string>();
  for (let k = 0; k < toks.length; k++) {
    const found = headAt(c, k);
    if (!found || c.used.has(k) || c.used.has(found.from)) continue;
    const body = BODIES.get(found.head)!;
    const next = toks[k + 1];
    // "government troops", "the police chief": the body only modifies another noun.
    const modifies = next?.pos === "NOUN" || (next?.pos === "ADJ" && next.lower !== "late");
    if (next && next.sentence === toks[k]!.sentence && modifies && /^[a-z]/.test(next.text)) continue;
    const before = toks[found.from - 1];
    const sameSentence = before && before.sentence === toks[found.from]!.sentence;
    let from = found.from;
    let code: string | null = null;
    if (body.bareOnly && sameSentence && before.lower !== "the") continue;
    const owner = ownerCountry(c, found.from);
    if (owner) {
      code = owner.code;
      from = owner.from;
    } else if (sameSentence && isPossessive(before.lower) && toks[found.from - 2]) {
      code = personsCountry(c, toks[found.from - 2]!.end);
      from = found.from - 2;
    } else if ((!sameSentence || before.lower === "the") && acts(c, k)) {
      code = standingAlone.get(found.head) ?? storyCountry(c, toks[found.from]!.start);
      from = sameSentence ? found.from - 1 : found.from;
    }
    if (!code) continue;
    standingAlone.set(found.head, code);
    const id = legislatureOf(c, found.head, code) ?? reg.actor(body.name(code), "organization");
    const s = span(doc, from, k + 1);
    reg.mentionActor(id, s.start, s.end, "name");
    reg.addAffiliation(id, countryActor(c, code));
  }
}

/** The country the text has named most before an offset (the latest of equals): "the cabinet" is its. */
function storyCountry(c: Ctx, at: number): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const r of c.countryRefs) {
    if (r.at >= at) continue;
    const n = (counts.get(r.code) ?? 0) + 1;
    counts.set(r.code, n);
    if (best === null || n >= counts.get(best)!) best = r.code;
  }
  return best;
}

/** The legislature the text names for a country, for "parliament": the Knesset, not a second actor. */
function legislatureOf(c: Ctx, head: string, code: string): string | null {
  if (head !== "parliament" && head !== "legislature") return null;
  const names = LEGISLATURES.get(code);
  if (!names) return null;
  // The name itself, or after the country's own name ("US Congress", "Israeli Knesset"): "Diet" is not in "Dietmar
  // Hamann", nor is the African National Congress America's.
  const isIt = (name: string) =>
    names.some((n) => name === n || (name.endsWith(` ${n}`) && geoCode(name.slice(0, -n.length - 1)) === code));
  for (const m of c.reg.actorMentions()) {
    if (m.entity !== "actor" || c.reg.kindOf(m.entityId) !== "organization") continue;
    const name = c.reg.actorName(m.entityId);
    if (name && isIt(name)) return m.entityId;
  }
  return null;
}
