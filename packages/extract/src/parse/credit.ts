// Parts of a credit line: a person's name, an outlet, or a role ("Senior Correspondent") that goes with a name.
import { looksLikeOutletName } from "./line-kinds";
import { isPersonName } from "./names";
import { outletOfLine } from "./outlets";

/** Words of a journalist's role: "Jane Doe, Senior Correspondent" names Jane Doe, not an outlet. */
// biome-ignore format: a table reads better in rows
const ROLE_WORDS = new Set([
  "correspondent", "reporter", "editor", "writer", "contributor", "columnist", "journalist", "staff", "analyst",
  "producer", "bureau", "chief", "senior", "special", "foreign", "diplomatic", "political", "desk", "photographer",
]);

export type CreditPart =
  | { kind: "author"; text: string }
  | { kind: "outlet"; text: string; name: string }
  | { kind: "role"; text: string };

/** What one segment of a credit line is; null when it is none of them (then the line is not a credit). */
export function creditPart(segment: string): CreditPart | null {
  const text = segment.replace(/^by\s+/i, "").trim();
  if (text.length === 0) return null;
  const known = outletOfLine(text);
  if (known) return { kind: "outlet", text, name: known.name };
  const words = text.toLowerCase().split(/\s+/);
  if (words.some((w) => ROLE_WORDS.has(w)) && words.length <= 4) return { kind: "role", text };
  if (isPersonName(text)) return { kind: "author", text };
  if (looksLikeOutletName(text)) return { kind: "outlet", text, name: text };
  return null;
}

/** A line of credits only ("Jane Doe", "Jane Doe, Senior Correspondent", "Jane Doe | Caspian Daily") with a name in it. */
export function readCreditLine(t: string): Array<CreditPart & { start: number }> | null {
  const segments = t.split(/\s*(?:,|\||•|·|\s[-–—]\s)\s*/).filter(Boolean);
  if (segments.length > 3) return null;
  const parts: Array<CreditPart & { start: number }> = [];
  for (const segment of segments) {
    const part = creditPart(segment);
    if (!part) return null;
    parts.push({ ...part, start: t.indexOf(part.text) });
  }
  return parts.some((p) => p.kind === "author") ? parts : null;
}
