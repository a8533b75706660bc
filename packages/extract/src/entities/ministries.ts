// Ministries written in lower case: "China's foreign ministry", "its defence ministry", "the interior ministry".
import { type Ctx, countryActor, span } from "./context";
import { countryAdjective } from "./lexicon";
import { ownerCountry } from "./owner-country";

/** Portfolios a ministry is named by; the name keeps the text's spelling ("Defence", "Defense"). */
const PORTFOLIOS = new Set([
  "foreign",
  "interior",
  "health",
  "defence",
  "defense",
  "finance",
  "justice",
  "education",
  "economy",
  "agriculture",
  "energy",
  "information",
  "culture",
  "transport",
  "trade",
  "environment",
  "labour",
  "labor",
  "industry",
  "communications",
  "home",
]);

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/**
 * A ministry takes its country from the words before it: a possessive country ("China's"), a demonym ("the
 * Chinese foreign ministry"), or, after "its"/"the", the country the text last named (the story's country).
 * Named like the capitalised forms ("Chinese Foreign Ministry") so both spellings are one actor.
 */
export function lowerCaseMinistries(c: Ctx): void {
  const { doc, reg } = c;
  const toks = doc.toks;
  for (let k = 2; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.lower !== "ministry" || c.used.has(k)) continue;
    const portfolio = toks[k - 1]!;
    if (!PORTFOLIOS.has(portfolio.lower) || portfolio.sentence !== t.sentence) continue;
    const before = toks[k - 2]!;
    let code: string | null = null;
    let from = k - 1;
    const owner = ownerCountry(c, k - 1);
    if (owner) {
      code = owner.code;
      from = owner.from;
    } else if (before.lower === "its" || before.lower === "the") {
      for (const r of c.countryRefs) if (r.at < before.start) code = r.code;
      from = before.lower === "the" ? k - 2 : k - 1;
    }
    if (!code) continue;
    const name = `${countryAdjective(code)} ${title(portfolio.text)} Ministry`;
    const id = reg.actor(name, "organization");
    const s = span(doc, from, k + 1);
    reg.mentionActor(id, s.start, s.end, "name");
    reg.addAffiliation(id, countryActor(c, code));
  }
}

/** Words for a country's armed forces: "Sudan's army". */
const ARMED_FORCES = new Set(["army", "military"]);

/**
 * "Sudan's army": the country's armed forces, an actor of their own (named like "Sudanese Armed Forces").
 * Only the possessive: "the Armenian military occupied" is how a text says the country acted, "Baku's
 * military operation" a modifier, and a bare "the army" names no country.
 */
export function countryArmies(c: Ctx): void {
  const { doc, reg } = c;
  const toks = doc.toks;
  for (let k = 2; k < toks.length; k++) {
    const t = toks[k]!;
    if (!ARMED_FORCES.has(t.lower) || c.used.has(k)) continue;
    const next = toks[k + 1];
    if (next && next.sentence === t.sentence && /^[a-z]/.test(next.text) && next.pos === "NOUN") continue;
    const owner = ownerCountry(c, k, true);
    if (!owner) continue;
    const { code } = owner;
    const id = reg.actor(`${countryAdjective(code)} Armed Forces`, "organization");
    const s = span(doc, owner.from, k + 1);
    reg.mentionActor(id, s.start, s.end, "name");
    reg.addAffiliation(id, countryActor(c, code));
  }
}
