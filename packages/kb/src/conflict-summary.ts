// One line a journalist can read for a conflict: each version, how many articles give it, and which ones.
import { dateParts, hasYear, MONTH_ABBREVIATIONS as MONTHS, weekdayName } from "@dateline/core/dates";
import type { Article } from "@dateline/core/schema";

/** How a source is named: its outlet; else its date, so "an undated article" says why it has no name. */
export function sourceLabel(article: Pick<Article, "outlet" | "published"> | undefined): string {
  if (article?.outlet) return article.outlet;
  const published = article?.published;
  if (!published) return "an undated article";
  const p = dateParts(published.value);
  const when = p.day !== null && p.month !== null ? `${p.day} ${MONTHS[p.month - 1]} ${p.year}` : published.value;
  return `an article of ${when}`;
}

/** "Monday 27 Nov 2023"; without the year when every version shares it, as a reader would say it. */
export function dayLabel(value: string, withYear: boolean): string {
  const p = dateParts(value);
  if (p.day === null || p.month === null) return value;
  const day = `${p.day} ${MONTHS[p.month - 1]}`;
  if (!hasYear(value)) return `${day} (year unknown)`;
  const base = `${weekdayName(value)} ${day}`;
  return withYear ? `${base} ${p.year}` : base;
}

/** "Anadolu Agency, 2 undated articles": the same unnamed label counted once, named sources first. */
export function listSources(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const named = [...counts.keys()].filter((l) => !l.startsWith("an ")).sort();
  const unnamed = [...counts.keys()].filter((l) => l.startsWith("an ")).sort();
  const plural = (l: string, n: number) => (n === 1 ? l : `${n} ${l.slice(3).replace("article", "articles")}`);
  return [
    ...named.map((l) => (counts.get(l)! > 1 ? `${l} ×${counts.get(l)}` : l)),
    ...unnamed.map((l) => plural(l, counts.get(l)!)),
  ].join(", ");
}

export interface SummaryVariant {
  label: string;
  sources: readonly string[];
}

/** "Call: the day is Monday 27 Nov in 2 articles (Anadolu Agency, an undated article); Tuesday 28 Nov in 1 (Arab News)". */
export function summarise(title: string, what: string, variants: readonly SummaryVariant[]): string {
  const parts = variants.map((v, i) => {
    const n = v.sources.length;
    const count = i === 0 ? `${n} article${n === 1 ? "" : "s"}` : String(n);
    return `${v.label} in ${count} (${listSources(v.sources)})`;
  });
  return `${title}: ${what} ${parts.join("; ")}`;
}
