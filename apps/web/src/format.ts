// How dates, precisions and ids read on the page: at the precision the text gives, never finer.
import { formatPartialDate } from "@dateline/core/dates";
import type { PartialDate, ResolvedDate } from "@dateline/core/schema";

const PRECISION_WORDS: Record<string, string> = {
  day: "a day",
  month: "a month",
  year: "a year",
  decade: "a decade",
};

/** "Mon 27 Nov 2023", "Nov 2023", "15 Sep (year unknown)", or "undated". */
export function dateLabel(date: PartialDate | null | undefined): string {
  return date ? formatPartialDate(date.value) : "undated";
}

/** What the precision means, for a title or a screen reader: "a month (Nov 2023), inferred". */
export function precisionLabel(date: (PartialDate & Partial<Pick<ResolvedDate, "inferred">>) | null): string {
  if (!date) return "undated: the articles give no date";
  const yearless = date.value.startsWith("--");
  const what = yearless ? `${PRECISION_WORDS[date.precision]}, year unknown` : PRECISION_WORDS[date.precision];
  return `${what}${date.inferred ? ", inferred" : ""}`;
}

/** Article ids are file-derived ("004_fd49d523f050ac8a"); a reader wants the outlet and title first. */
export function articleLabel(a: { id: string; title: string | null; outlet: string | null }): string {
  const name = a.outlet ?? "unknown outlet";
  return a.title ? `${name}: ${a.title}` : `${name} (${a.id})`;
}

export function evidenceHref(ev: { articleId: string; start: number; end: number }): string {
  return `/articles/${encodeURIComponent(ev.articleId)}#evidence-${ev.start}-${ev.end}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
