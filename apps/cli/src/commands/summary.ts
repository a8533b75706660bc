// `dateline summary`: what the knowledge base holds, at a glance.

import { compareDates } from "@dateline/core/dates";
import type { KnowledgeBase } from "@dateline/core/schema";
import { CliError } from "../errors";
import { eventSources, formatDate, truncate } from "../io/format";
import { openForRead, withStore } from "../io/open-store";
import { color, line, printJson, printTable } from "../io/output";

export function printSummary(kb: KnowledgeBase): void {
  const n = (x: number, word: string) => `${x} ${word}${x === 1 ? "" : "s"}`;
  line(
    `${color.bold("Knowledge base:")} ${n(kb.articles.length, "article")}, ${n(kb.actors.length, "actor")}, ${n(kb.places.length, "place")}, ${n(kb.events.length, "event")}, ${n(kb.quotes.length, "quote")}, ${n(kb.figures.length, "figure")}, ${n(kb.conflicts.length, "conflict")}.`,
  );
  line();
  const undated = kb.articles.filter((a) => !a.published).map((a) => a.id);
  printTable(
    ["article", "published", "outlet", "title"],
    kb.articles.map((a) => [
      a.id,
      a.published ? a.published.value : color.dim("unknown"),
      a.outlet ?? color.dim("—"),
      truncate(a.title ?? "(no title)", 60),
    ]),
  );
  if (undated.length) line(color.dim(`${undated.length} article(s) carry no date: ${undated.join(", ")}`));
  line();
  const mentions = (id: string) => kb.actors.find((a) => a.id === id)?.mentions.length ?? 0;
  const top = [...kb.actors].sort((a, b) => mentions(b.id) - mentions(a.id) || a.id.localeCompare(b.id)).slice(0, 10);
  line(color.bold("Most mentioned actors"));
  printTable(
    ["actor", "kind", "aliases"],
    top.map((a) => [a.name, a.kind, truncate(a.aliases.map((x) => x.name).join(", "), 70)]),
  );
  line();
  const news = kb.events
    .filter((e) => !e.background)
    .sort((a, b) => compareDates(a.date?.value ?? null, b.date?.value ?? null));
  line(color.bold("Events (news, in time order)"));
  const conflicted = new Set(kb.conflicts.map((c) => c.eventId));
  printTable(
    ["date", "type", "event", "sources"],
    news
      .slice(0, 25)
      .map((e) => [
        formatDate(e.date),
        e.type,
        `${conflicted.has(e.id) ? color.red("⚑ ") : ""}${truncate(e.title, 60)}`,
        String(eventSources(e).length),
      ]),
  );
  if (news.length > 25) line(color.dim(`… and ${news.length - 25} more: dateline events`));
  if (kb.conflicts.length) {
    line();
    line(color.bold("Where the sources disagree"));
    for (const c of kb.conflicts.slice(0, 10)) line(`  ⚑ ${c.summary}`);
  }
}

export async function summaryCommand(flags: { db?: string; json?: boolean }): Promise<number> {
  return withStore(await openForRead(flags.db), async (store) => {
    const kb = await store.loadKnowledgeBase();
    if (!kb) throw new CliError("the knowledge base is empty", "run `dateline ingest data/articles` first");
    if (flags.json) printJson(await store.stats());
    else printSummary(kb);
    return 0;
  });
}
