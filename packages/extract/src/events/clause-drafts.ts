// One clause → its draft events, with the framing quotes of the clause given to the event they name.
import { makeEvidence } from "@dateline/core/evidence";
import type { EventType, Framing } from "@dateline/core/schema";
import type { Token } from "../nlp/analyze";
import type { Mention } from "../types";
import type { Clause } from "./clauses";
import { datedAction } from "./dated-action";
import { draftFor } from "./draft";
import { quotedFrames } from "./framing";
import { groupMentions, type MentionGroup } from "./groups";
import type { Draft } from "./merge";
import { assignRoles } from "./participants";
import { statusOf } from "./status";
import { findTriggers, keepTriggers, type Trigger } from "./triggers-in-clause";

/** Is the reported act a plan: "would begin", "will run", "is to visit", "plans to hold"? */
function plannedAt(tokens: Token[], t: Trigger): boolean {
  const w = { start: t.start, end: t.end, floor: t.clause.tokenStart, ceiling: t.clause.tokenEnd };
  return statusOf(tokens, t.rule.type, w) === "planned";
}

/** How many tokens after a saying a time phrase must start to date what it reports, not the saying. */
const REPORTED_GAP = 3;

/** How many words a trailing source may have before its verb: "two senior army officers told Orontes Wire". */
const SOURCE_WORDS = 6;

/**
 * Where a source set off by a comma begins when the clause ends with it ("…, two senior army officers said",
 * "…, the royal household said"), or -1: a comma, a few words with no verb, then the saying.
 */
function trailingSource(tokens: Token[], clause: Clause, saying: Trigger): number {
  for (let k = saying.start - 1; k >= Math.max(clause.tokenStart + 1, saying.start - SOURCE_WORDS - 1); k--) {
    const t = tokens[k]!;
    if (t.text === ",") return k > clause.tokenStart ? k : -1;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") return -1;
  }
  return -1;
}

/** A framing quote with no event of its own in the clause ("calling what was happening “…”"). */
export interface Orphan {
  frame: Framing;
  /** The type the quoted words name, when they hold a trigger ("aggression"). */
  type: EventType | null;
}

export interface ClauseDrafts {
  triggers: Trigger[];
  drafts: Draft[];
  orphans: Orphan[];
}

interface Doc {
  articleId: string;
  text: string;
  tokens: Token[];
  mentions: Mention[];
}

/** Whose words a framing quote is: the subject before its lead ("Baku … what it described as"). */
function speakerOf(tokens: Token[], groups: MentionGroup[], leadStart: number, clause: Clause): string | null {
  const before = groups.filter((g) => g.tokenEnd <= leadStart);
  const roles = assignRoles(tokens, "statement", { start: leadStart, end: leadStart + 1 }, clause, before, leadStart);
  return roles.participants.find((p) => p.role === "agent")?.actorId ?? null;
}

/**
 * `dated`: the token ranges of the sentence's dated phrases. A clause with no trigger but a dated phrase tells a
 * happening with its verb (`datedAction`).
 */
export function draftClause(
  doc: Doc,
  clause: Clause,
  dated: ReadonlyArray<{ start: number; end: number }> = [],
): ClauseDrafts {
  const { tokens, text, articleId } = doc;
  const groups = groupMentions(tokens, doc.mentions, clause.tokenStart, clause.tokenEnd);
  const frames = quotedFrames(tokens, clause.tokenStart, clause.tokenEnd);
  const all = findTriggers(tokens, clause);
  const triggers = keepTriggers(tokens, all, frames);
  if (all.length === 0) {
    const action = datedAction(tokens, clause, dated);
    if (action) triggers.push(action);
  } else if (triggers.length > 0 && triggers.every((t) => t.rule.delivery)) {
    // "Butler said divers would begin recovering the bodies on Wednesday morning": what a saying reports, dated
    // well after its verb, is a happening of its own (and the saying its source). A time right after the verb
    // ("said late on Tuesday that …") dates the saying.
    const said = triggers[triggers.length - 1]!.end;
    const reported = dated.filter((p) => p.start >= said + REPORTED_GAP);
    const action = datedAction(tokens, clause, reported, triggers);
    // Only a plan: what was done and is reported ("said the results had shown …") stays the saying's matter.
    if (action && action.start >= said && plannedAt(tokens, action)) triggers.push(action);
    else if (!action) {
      // "Assad left the capital late on Saturday, two senior army officers said": a source named after a comma,
      // at the end, tells where the words come from; what was told before it is the happening.
      const source = trailingSource(tokens, clause, triggers[0]!);
      const told =
        source < 0
          ? null
          : datedAction(
              tokens,
              clause,
              dated.filter((p) => p.end <= source),
              triggers,
            );
      if (told && told.end <= source) triggers.unshift(told);
    }
  }
  const drafts = triggers.map((_, i) => draftFor(doc, triggers, i, groups));
  const orphans: Orphan[] = [];
  // Two leads ("calling", "call what … happening") may open the same quote: one framing per quote.
  const distinct = frames.filter((f, k) => frames.findIndex((g) => g.start === f.start) === k);
  for (const f of distinct) {
    const start = tokens[f.start]!.start;
    const end = tokens[f.end - 1]!.end;
    const frame: Framing = {
      term: text.slice(start, end),
      by: speakerOf(tokens, groups, f.leadStart, clause),
      evidence: makeEvidence(articleId, text, start, end),
    };
    // The quote names the event whose trigger comes before it ("launching what it described as “…”").
    // A reporting verb ("said …, calling what was happening “…”") is no owner: the words name an event told before.
    const owner = triggers.findLastIndex((t) => t.start < f.start && !t.rule.delivery);
    if (owner >= 0) drafts[owner]!.framing.push(frame);
    else orphans.push({ frame, type: all.find((t) => t.start >= f.start && t.end <= f.end)?.rule.type ?? null });
  }
  return { triggers, drafts, orphans };
}
