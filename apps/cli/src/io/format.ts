// Human-readable forms of the model for terminal output.
import { formatPartialDate } from "@dateline/core/dates";
import type { Event, PartialDate, ResolvedDate } from "@dateline/core/schema";

export function formatDate(date: (PartialDate & Partial<Pick<ResolvedDate, "inferred">>) | null): string {
  if (!date) return "undated";
  return `${formatPartialDate(date.value)}${date.inferred ? " (inferred)" : ""}`;
}

export function eventSources(event: Event): string[] {
  return [...new Set(event.reports.map((r) => r.articleId))].sort();
}

export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

export function quoteSpan(exact: string, width = 100): string {
  return `“${truncate(exact, width)}”`;
}
