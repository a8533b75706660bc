// `dateline events|actors|articles|conflicts`: filtered listings, as a table or --json.
import type { Store } from "@dateline/store";
import { parseDateOption, parseEventType, parseLimit, parseStatus } from "../io/args";
import { formatDate, truncate } from "../io/format";
import { openForRead, withStore } from "../io/open-store";
import { color, line, printJson, printTable } from "../io/output";

export interface EventFlags {
  db?: string;
  actor?: string;
  place?: string;
  type?: string;
  status?: string;
  source?: string;
  from?: string;
  to?: string;
  background?: boolean;
  text?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}

/** Accepts an actor id or a name/alias ("Pashinian"), resolved to the id. */
async function resolveActor(store: Store, value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (await store.getActor(value)) return value;
  const found = await store.listActors({ q: value, limit: 1 });
  return found.items[0]?.id ?? value;
}

function nextPage(cursor: string | null, json?: boolean) {
  if (cursor && !json) line(color.dim(`more: --cursor ${cursor}`));
}

export async function eventsCommand(flags: EventFlags): Promise<number> {
  const filter = {
    type: parseEventType(flags.type),
    status: parseStatus(flags.status),
    from: parseDateOption("--from", flags.from),
    to: parseDateOption("--to", flags.to),
    limit: parseLimit(flags.limit),
  };
  return withStore(await openForRead(flags.db), async (store) => {
    const page = await store.listEvents({
      ...filter,
      actor: await resolveActor(store, flags.actor),
      place: flags.place,
      source: flags.source,
      background: flags.background,
      text: flags.text,
      cursor: flags.cursor,
    });
    if (flags.json) {
      printJson(page);
      return 0;
    }
    const conflicted = new Set((await store.listConflicts({ limit: 500 })).items.map((c) => c.eventId));
    printTable(
      ["date", "type", "status", "event", "sources", "id"],
      page.items.map((e) => [
        formatDate(e.date),
        e.type,
        e.status,
        `${conflicted.has(e.id) ? color.red("⚑ ") : ""}${e.background ? color.dim("[bg] ") : ""}${truncate(e.title, 50)}`,
        String(e.sourceCount),
        e.id,
      ]),
    );
    nextPage(page.nextCursor);
    return 0;
  });
}

export async function actorsCommand(flags: {
  db?: string;
  q?: string;
  kind?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}) {
  const limit = parseLimit(flags.limit);
  return withStore(await openForRead(flags.db), async (store) => {
    const page = await store.listActors({ q: flags.q, kind: flags.kind as never, limit, cursor: flags.cursor });
    if (flags.json) {
      printJson(page);
      return 0;
    }
    printTable(
      ["actor", "kind", "roles", "aliases", "id"],
      page.items.map((a) => [
        a.name,
        a.kind,
        truncate(a.roles.map((r) => r.title).join("; "), 30),
        truncate(a.aliases.map((x) => x.name).join(", "), 40),
        a.id,
      ]),
    );
    nextPage(page.nextCursor);
    return 0;
  });
}

export async function articlesCommand(flags: { db?: string; limit?: string; cursor?: string; json?: boolean }) {
  const limit = parseLimit(flags.limit);
  return withStore(await openForRead(flags.db), async (store) => {
    const page = await store.listArticles({ limit, cursor: flags.cursor });
    if (flags.json) {
      printJson(page);
      return 0;
    }
    printTable(
      ["id", "published", "outlet", "title"],
      page.items.map((a) => [
        a.id,
        a.published?.value ?? color.dim(`unknown`),
        a.outlet ?? "—",
        truncate(a.title ?? "(no title)", 60),
      ]),
    );
    nextPage(page.nextCursor);
    return 0;
  });
}

export async function conflictsCommand(flags: {
  db?: string;
  event?: string;
  field?: string;
  limit?: string;
  json?: boolean;
}) {
  const limit = parseLimit(flags.limit);
  return withStore(await openForRead(flags.db), async (store) => {
    const page = await store.listConflicts({ eventId: flags.event, field: flags.field as never, limit });
    if (flags.json) {
      printJson(page);
      return 0;
    }
    if (page.items.length === 0) line("No conflicts: the sources agree on everything they share.");
    for (const c of page.items) {
      line(`${color.red("⚑")} ${color.bold(c.summary)}  ${color.dim(`(${c.eventId}, ${c.field})`)}`);
      for (const v of c.variants) {
        line(`    ${v.value}  ← ${v.articles.join(", ")}`);
        for (const ev of v.evidence.slice(0, 3))
          line(color.dim(`        ${ev.articleId}: “${truncate(ev.exact, 90)}”`));
      }
    }
    return 0;
  });
}
