// A byline line: "By Jane Doe", "By JANE DOE and John Roe, Associated Press", "By Jane Doe | World Wire".
import { looksLikeOutletName } from "./line-kinds";
import { isPersonName } from "./names";
import { findOutlets, type Outlet, outletOfLine } from "./outlets";

export interface Byline {
  /** The names as written, with their offsets in the line; null when the byline names only an outlet. */
  author: { name: string; start: number; end: number } | null;
  /** The outlet named after the names, if any. */
  outlet: { name: string; start: number; end: number } | null;
}

/** Reads a line that starts with "By"; null when what follows is not a person's name (optionally then an outlet). */
export function readByline(line: string): Byline | null {
  const m = /^by\s+/i.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  if (isPersonName(rest)) return { author: { name: rest, start: m[0].length, end: line.length }, outlet: null };
  // "By RFE/RL's Armenian Service", "By Reuters Staff": an outlet's own byline names no person.
  const [lead] = findOutlets(rest, false);
  if (lead && lead.start === 0 && /^(?:$|['’]s\b|\s+(?:staff|news|service|desk)\b)/i.test(rest.slice(lead.end))) {
    return { author: null, outlet: { name: lead.outlet.name, start: m[0].length, end: m[0].length + lead.end } };
  }
  // The outlet, if any, follows the last separator: "…, Associated Press", "… | World Wire", "… - Reuters".
  const sep = /^(.*\S)\s*(?:,|\||•|·|\s[-–—])\s*(\S.*)$/.exec(rest);
  if (!sep || !isPersonName(sep[1]!)) return null;
  const tail = sep[2]!;
  const known: Outlet | null = outletOfLine(tail);
  if (!known && !looksLikeOutletName(tail)) return null;
  const tailStart = line.length - tail.length;
  return {
    author: { name: sep[1]!, start: m[0].length, end: m[0].length + sep[1]!.length },
    outlet: { name: known?.name ?? tail, start: tailStart, end: line.length },
  };
}
