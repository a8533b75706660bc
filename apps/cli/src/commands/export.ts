// `dateline export`: the knowledge base as JSON (the KnowledgeBase document), JSON Lines or CSV.
import { writeFile } from "node:fs/promises";
import type { KnowledgeBase } from "@dateline/core/schema";
import { stringify } from "csv-stringify/sync";
import { CliError } from "../errors";
import { parseChoice } from "../io/args";
import { eventSources } from "../io/format";
import { openForRead, withStore } from "../io/open-store";

export const EXPORT_FORMATS = ["json", "jsonl", "csv"] as const;

/** One JSON object a line, each with its kind, so a stream reader needs no schema to split them. */
function toJsonl(kb: KnowledgeBase): string {
  const rows: string[] = [];
  const push = (kind: string, items: readonly unknown[]) => {
    for (const item of items) rows.push(JSON.stringify({ kind, ...(item as object) }));
  };
  push("article", kb.articles);
  push("actor", kb.actors);
  push("place", kb.places);
  push("event", kb.events);
  push("quote", kb.quotes);
  push("figure", kb.figures);
  push("conflict", kb.conflicts);
  return `${rows.join("\n")}\n`;
}

/** The events as a flat table, for spreadsheets. */
function toCsv(kb: KnowledgeBase): string {
  const conflicts = new Map<string, string[]>();
  for (const c of kb.conflicts) conflicts.set(c.eventId, [...(conflicts.get(c.eventId) ?? []), c.field]);
  const names = new Map(kb.actors.map((a) => [a.id, a.name]));
  return stringify(
    kb.events.map((e) => ({
      id: e.id,
      date: e.date?.value ?? "",
      precision: e.date?.precision ?? "",
      type: e.type,
      status: e.status,
      background: e.background,
      title: e.title,
      participants: e.participants.map((p) => names.get(p.actorId) ?? p.actorId).join("; "),
      sources: eventSources(e).join("; "),
      conflicts: (conflicts.get(e.id) ?? []).join("; "),
    })),
    { header: true },
  );
}

export async function exportCommand(flags: { db?: string; format: string; out?: string }): Promise<number> {
  const format = parseChoice("--format", flags.format, EXPORT_FORMATS);
  const kb = await withStore(await openForRead(flags.db), (s) => s.loadKnowledgeBase());
  if (!kb) throw new CliError("the knowledge base is empty", "run `dateline ingest data/articles` first");
  const body = format === "json" ? `${JSON.stringify(kb, null, 2)}\n` : format === "jsonl" ? toJsonl(kb) : toCsv(kb);
  if (flags.out) await writeFile(flags.out, body);
  else process.stdout.write(body);
  return 0;
}
