// Detail views as lines of styled segments: built as data (testable, scrollable), drawn by <LinesView>.
import { formatPartialDate } from "@dateline/core/dates";
import type { PartialDate, ResolvedDate } from "@dateline/core/schema";
import type { ActorDetail, ArticleDetail, ConflictItem, EventDetail } from "./api";
import { sanitize } from "./sanitize";
import { wrapText } from "./wrap";

export type Style = "plain" | "title" | "dim" | "accent" | "warn" | "mark";
export interface Segment {
  text: string;
  style: Style;
}
export type Line = Segment[];

const seg = (text: string, style: Style = "plain"): Segment => ({ text: sanitize(text), style });
const blank: Line = [];

/** Articles shown after a name, role or variant; an actor named in thousands of articles says how many more. */
export const SHOWN_ARTICLES = 5;

export function articleList(ids: readonly string[]): string {
  const shown = ids.slice(0, SHOWN_ARTICLES).join(", ");
  return ids.length > SHOWN_ARTICLES ? `${shown} and ${ids.length - SHOWN_ARTICLES} more` : shown;
}

/** Wraps plain text into lines of one style, with an indent. */
function para(text: string, width: number, style: Style = "plain", indent = ""): Line[] {
  return wrapText(sanitize(text).replace(/\s*\n\s*/g, " "), width - indent.length).map((l) => [
    seg(indent + l.text, style),
  ]);
}

export function formatDate(date: (PartialDate & Partial<Pick<ResolvedDate, "inferred">>) | null | undefined): string {
  if (!date) return "undated";
  return `${formatPartialDate(date.value)}${date.inferred ? " (inferred)" : ""}`;
}

export function eventLines(d: EventDetail, width: number): Line[] {
  const e = d.event;
  const lines: Line[] = [
    ...para(e.title, width, "title"),
    [seg(`${e.type} · ${e.status}${e.background ? " · background" : ""} · ${formatDate(e.date)}`, "accent")],
  ];
  if (e.date) lines.push(...para(`date: ${e.date.explanation}`, width, "dim"));
  lines.push(...para(`who: ${d.participants.map((p) => `${p.name} (${p.role})`).join(", ") || "—"}`, width));
  for (const c of d.conflicts) {
    lines.push(blank, ...para(`⚑ ${c.summary}`, width, "warn"));
    for (const v of c.variants) lines.push(...para(`${v.value} ← ${v.articles.join(", ")}`, width, "plain", "    "));
  }
  lines.push(blank, [seg(`${e.reports.length} report${e.reports.length === 1 ? "" : "s"}`, "title")]);
  for (const r of e.reports) {
    const said = !r.date && r.when ? ` (says “${r.when.text}”)` : "";
    lines.push(blank, [seg(`▌ ${r.articleId}`, "accent"), seg(` — ${formatDate(r.date)}${said} · ${r.status}`)]);
    for (const ev of r.evidence) lines.push(...para(`“${ev.exact}”`, width, "plain", "  "));
    for (const f of r.framing)
      lines.push(...para(`calls it “${f.term}”${f.by ? ` (${f.by}’s words)` : ""}`, width, "dim", "  "));
  }
  return lines;
}

export function actorLines(d: ActorDetail, width: number): Line[] {
  const a = d.actor;
  const lines: Line[] = [[seg(a.name, "title"), seg(` · ${a.kind}`, "dim")]];
  for (const r of a.roles) lines.push(...para(`role: ${r.title} (${articleList(r.articles)})`, width));
  lines.push(blank, [seg("names used", "title")]);
  for (const al of a.aliases) lines.push(...para(`${al.name} — ${articleList(al.articles)}`, width, "plain", "  "));
  if (a.affiliations.length) lines.push(...para(`belongs to: ${a.affiliations.join(", ")}`, width));
  lines.push(blank, [seg(`events (${d.eventCount})`, "title")]);
  for (const e of d.events.items)
    lines.push(...para(`${formatDate(e.date).padEnd(18)} ${e.type}: ${e.title}`, width, "plain", "  "));
  if (d.eventCount > d.events.items.length)
    lines.push(...para(`… and ${d.eventCount - d.events.items.length} more on the time line`, width, "dim", "  "));
  if (d.quoteCount) lines.push(blank, [seg(`quotes (${d.quoteCount})`, "title")]);
  for (const q of d.quotes) lines.push(...para(`“${q.text}” — ${q.articleId}`, width, "plain", "  "));
  if (d.quoteCount > d.quotes.length)
    lines.push(...para(`… and ${d.quoteCount - d.quotes.length} more`, width, "dim", "  "));
  if (d.coActors.length) {
    lines.push(blank, ...para(`appears with: ${d.coActors.map((c) => c.name).join(", ")}`, width, "dim"));
  }
  return lines;
}

const MARKED = new Set(["actor", "place", "date", "figure", "quote"]);

/** The article's metadata, what is missing and why, then its verbatim text with the knowledge base's spans marked. */
export function articleLines(d: ArticleDetail, width: number, brackets: boolean): Line[] {
  const a = d.article;
  const lines: Line[] = [...para(a.title ?? "(no title)", width, "title")];
  const field = (name: string, value: string | null | undefined, reason?: string) =>
    lines.push(...para(`${name}: ${value ?? `unknown — ${reason ?? "not stated"}`}`, width, value ? "plain" : "dim"));
  field("outlet", a.outlet, a.missing.outlet);
  field("author", a.author, a.missing.author);
  field("published", a.published?.value, a.missing.published);
  field("dateline", a.dateline, a.missing.dateline);
  lines.push(blank);
  const marks = d.spans.filter((s) => MARKED.has(s.kind));
  for (const wl of wrapText(sanitize(a.text), width)) {
    const line: Line = [];
    let at = 0;
    const end = wl.start + wl.text.length;
    for (const s of marks) {
      if (s.end <= wl.start + at || s.start >= end) continue;
      const from = Math.max(s.start - wl.start, at);
      const to = Math.min(s.end - wl.start, wl.text.length);
      if (from > at) line.push(seg(wl.text.slice(at, from)));
      if (to > from) {
        const text = wl.text.slice(from, to);
        line.push(seg(brackets ? `[${text}]` : text, "mark"));
      }
      at = Math.max(at, to);
    }
    if (at < wl.text.length) line.push(seg(wl.text.slice(at)));
    lines.push(line);
  }
  return lines;
}

export function conflictLines(c: ConflictItem, width: number): Line[] {
  const lines: Line[] = [...para(`⚑ ${c.summary}`, width, "warn"), [seg(`${c.field} · event ${c.eventId}`, "dim")]];
  for (const v of c.variants) {
    lines.push(blank, [seg(v.value, "title"), seg(` ← ${v.articles.join(", ")}`, "dim")]);
    for (const ev of v.evidence) lines.push(...para(`${ev.articleId}: “${ev.exact}”`, width, "plain", "  "));
  }
  return lines;
}
