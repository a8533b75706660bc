// One actor under two names, as the text itself says: "X, also known as Y", "X, nicknamed Y", "X (Y)".
import { withoutArabicArticle } from "@dateline/core/ids";
import type { Mention } from "../types";
import { type Ctx, span } from "./context";
import { ALIAS_LEADS } from "./tables/words";

const QUOTE_MARKS = new Set(["“", '"', "‘", "'", "«"]);
const leads = ALIAS_LEADS.map((phrase) => phrase.split(" "));
const leadStarts = new Set(leads.map((words) => words[0]!));

/**
 * Folds the actor named second into the one named first where the text gives it as another name: after a
 * lead ("also known as", "better known as", "nicknamed"), or a person's other name in brackets right after
 * the name ("Lai Ching-te (William Lai)"). Countries never fold, nor a person into a source in brackets.
 */
export function namedAlike(c: Ctx): void {
  const { doc, reg } = c;
  let starts: Map<number, Mention> | null = null;
  let ends: Map<number, Mention> | null = null;
  const index = () => {
    starts = new Map();
    ends = new Map();
    for (const m of reg.actorMentions()) {
      if (m.entity !== "actor") continue;
      if (!starts.has(m.start)) starts.set(m.start, m);
      const longer = ends.get(m.end);
      if (!longer || longer.start > m.start) ends.set(m.end, m);
    }
    return { starts, ends };
  };
  const toks = doc.toks;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    const bracket = t.text === "(";
    if (!bracket && !leadStarts.has(t.lower)) continue;
    let after = -1;
    let before = k - 1;
    if (bracket) after = k + 1;
    else {
      const lead = leads.find((words) => words.every((w, n) => toks[k + n]?.lower === w));
      if (!lead || toks[before]?.text !== ",") continue;
      before--;
      after = k + lead.length;
      // "…, who now goes by his real name, Ahmed al-Sharaa": a comma may close the lead.
      if (toks[after]?.text === ",") after++;
      while (toks[after] && QUOTE_MARKS.has(toks[after]!.text)) after++;
    }
    const x = toks[before];
    const y = toks[after];
    if (!x || !y || x.sentence !== t.sentence || y.sentence !== t.sentence) continue;
    const found = starts && ends ? { starts, ends } : index();
    const main = found.ends.get(x.end);
    if (!main) continue;
    const other = found.starts.get(y.start);
    if (!other) {
      // "better known as Kamalo": a name no rule took is the main one's, and an actor of that name is the same.
      const chunk = c.chunkAt.get(after);
      if (bracket && chunk && chunk.from === after && reg.kindOf(main.entityId) === "person") {
        const s = span(doc, chunk.from, chunk.to);
        if (initialsBracketed(c, main, s)) {
          reg.setKind(main.entityId, "organization");
          reg.mentionActor(main.entityId, s.start, s.end, "alias");
        }
        continue;
      }
      if (bracket || !chunk || chunk.from !== after || reg.kindOf(main.entityId) === "country") continue;
      const s = span(doc, chunk.from, chunk.to);
      reg.mentionActor(main.entityId, s.start, s.end, "alias");
      const named = reg.actorNamed(doc.text.slice(s.start, s.end));
      if (named && reg.kindOf(named) !== "country") reg.sameActor(named, main.entityId);
      continue;
    }
    if (main.entityId === other.entityId) continue;
    const mainKind = reg.kindOf(main.entityId);
    const otherKind = reg.kindOf(other.entityId);
    if (mainKind === "country" || otherKind === "country" || mainKind === undefined) continue;
    // A person's name never comes with its initials in brackets: "Hayat Tahrir al-Sham (HTS)" names a body.
    if (bracket && mainKind === "person" && initialsBracketed(c, main, other))
      reg.setKind(main.entityId, "organization");
    // In brackets only a person's other name, or an organisation's acronym ("Kurdistan Workers' Party (PKK)",
    // whatever its letters): "(Reuters)", "(AP)" after a person's name say who reported.
    if (bracket && (doc.text[other.end] !== ")" || !(bothPeople(mainKind, otherKind) || acronymOf(c, main, other))))
      continue;
    reg.sameActor(other.entityId, main.entityId);
  }
}

/** The bracketed acronym is the initials of the name's words, an Arabic article skipped ("al-Sham" → S). */
function initialsBracketed(c: Ctx, main: Mention, other: { start: number; end: number }): boolean {
  const words = c.doc.text.slice(main.start, main.end).split(/\s+/);
  if (words.length < 2 || c.doc.text[other.end] !== ")") return false;
  const letters = words.map((w) => withoutArabicArticle(w)[0]?.toUpperCase() ?? "").join("");
  return letters === c.doc.text.slice(other.start, other.end);
}

const bothPeople = (a: string | undefined, b: string | undefined) => a === "person" && b === "person";

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;

/** An acronym in brackets after a body's name of two or more words names that body. */
function acronymOf(c: Ctx, main: Mention, other: Mention): boolean {
  const kind = c.reg.kindOf(main.entityId);
  if (kind !== "organization" && kind !== "group") return false;
  const name = c.doc.text.slice(main.start, main.end);
  return name.includes(" ") && ACRONYM.test(c.doc.text.slice(other.start, other.end));
}
