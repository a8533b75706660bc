// `dateline show <id>`: one event, actor, article or place, with its evidence.
import type { Article, Event } from "@dateline/core/schema";
import type { Store } from "@dateline/store";
import { CliError } from "../errors";
import { formatDate, quoteSpan } from "../io/format";
import { openForRead, withStore } from "../io/open-store";
import { color, line, printJson } from "../io/output";

function printEvent(event: Event, conflicts: { summary: string }[]): void {
  line(`${color.bold(event.title)}  ${color.dim(event.id)}`);
  line(`${event.type} · ${event.status}${event.background ? " · background" : ""} · ${formatDate(event.date)}`);
  if (event.date) line(color.dim(`  date: ${event.date.explanation}`));
  line(`participants: ${event.participants.map((p) => `${p.actorId} (${p.role})`).join(", ") || "—"}`);
  for (const c of conflicts) line(`${color.red("⚑")} ${c.summary}`);
  line();
  for (const r of event.reports) {
    line(`${color.bold(r.articleId)} — ${formatDate(r.date)}${r.when && !r.date ? ` (says “${r.when.text}”)` : ""}`);
    for (const ev of r.evidence) line(`    ${quoteSpan(ev.exact, 140)} ${color.dim(`@${ev.start}-${ev.end}`)}`);
    for (const f of r.framing) line(color.dim(`    calls it “${f.term}”${f.by ? ` (words of ${f.by})` : ""}`));
  }
}

function printArticle(article: Article): void {
  line(`${color.bold(article.title ?? "(no title)")}  ${color.dim(article.id)}`);
  const field = (name: keyof Article["missing"], value: string | null | undefined) =>
    line(`${name}: ${value ?? color.dim(`unknown — ${article.missing[name] ?? "not stated"}`)}`);
  field("outlet", article.outlet);
  field("author", article.author);
  field("published", article.published?.value);
  if (article.inferredPublished) {
    const p = article.inferredPublished;
    line(color.dim(`  inferred: between ${p.earliest} and ${p.latest} — ${p.reason}`));
  }
  field("dateline", article.dateline);
  line(`source: ${article.source} · sha256 ${article.sha256.slice(0, 12)}…`);
  for (const w of article.warnings) line(color.yellow(`warning: ${w}`));
  line();
  line(article.text);
}

async function find(store: Store, id: string) {
  const event = await store.getEvent(id);
  if (event) return { kind: "event" as const, ...event };
  const actor = await store.getActor(id);
  if (actor) return { kind: "actor" as const, ...actor };
  const article = await store.getArticle(id);
  if (article) return { kind: "article" as const, article };
  const place = await store.getPlace(id);
  if (place) return { kind: "place" as const, place };
  return null;
}

export async function showCommand(id: string, flags: { db?: string; json?: boolean }): Promise<number> {
  return withStore(await openForRead(flags.db), async (store) => {
    const found = await find(store, id);
    if (!found)
      throw new CliError(
        `no event, actor, article or place with id '${id}'`,
        "list ids with `dateline events`, `dateline actors` or `dateline search`",
      );
    if (flags.json) {
      printJson(found);
      return 0;
    }
    if (found.kind === "event") printEvent(found.event, found.conflicts);
    if (found.kind === "article") printArticle(found.article);
    if (found.kind === "place")
      line(
        `${color.bold(found.place.name)} (${found.place.kind}) — aliases: ${found.place.aliases.map((a) => a.name).join(", ")}`,
      );
    if (found.kind === "actor") {
      const a = found.actor;
      line(`${color.bold(a.name)}  ${color.dim(a.id)} · ${a.kind}`);
      for (const r of a.roles) line(`role: ${r.title}  ${color.dim(r.articles.join(", "))}`);
      for (const al of a.aliases) line(`alias: ${al.name}  ${color.dim(al.articles.join(", "))}`);
      if (a.affiliations.length) line(`affiliations: ${a.affiliations.join(", ")}`);
      line();
      for (const e of found.events.items)
        line(`${formatDate(e.date).padEnd(22)} ${e.type.padEnd(18)} ${e.title}  ${color.dim(e.id)}`);
      if (found.eventCount > found.events.items.length)
        line(color.dim(`… ${found.eventCount - found.events.items.length} more: dateline events --actor ${a.id}`));
      for (const q of found.quotes) line(`  ${quoteSpan(q.text, 120)} ${color.dim(q.articleId)}`);
      if (found.quoteCount > found.quotes.length)
        line(color.dim(`  … ${found.quoteCount - found.quotes.length} more quotes`));
    }
    return 0;
  });
}
