// `dateline export`: the knowledge base as JSON (the KnowledgeBase document), JSON Lines or CSV.
import { createWriteStream } from "node:fs";
import type { KnowledgeBase } from "@dateline/core/schema";
import { stringify } from "csv-stringify/sync";
import { CliError } from "../errors";
import { parseChoice } from "../io/args";
import { eventSources } from "../io/format";
import { type Sink, writeJsonLines, writePrettyJson } from "../io/json-stream";
import { openForRead, withStore } from "../io/open-store";

export const EXPORT_FORMATS = ["json", "jsonl", "csv"] as const;

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

/** A sink into a stream: each chunk is awaited until the stream has handed it on (a slow pipe, a full disk). */
function streamSink(stream: NodeJS.WritableStream): Sink {
  return (chunk) =>
    new Promise((resolve, reject) => {
      stream.write(chunk, (error?: Error | null) => (error ? reject(error) : resolve()));
    });
}

export async function exportCommand(flags: { db?: string; format: string; out?: string }): Promise<number> {
  const format = parseChoice("--format", flags.format, EXPORT_FORMATS);
  const kb = await withStore(await openForRead(flags.db), (s) => s.loadKnowledgeBase());
  if (!kb) throw new CliError("the knowledge base is empty", "run `dateline ingest data/articles` first");
  const file = flags.out ? createWriteStream(flags.out) : null;
  const sink = streamSink(file ?? process.stdout);
  // Written piece by piece: a large KB's JSON does not fit in one string.
  if (format === "json") await writePrettyJson(kb, sink);
  else if (format === "jsonl") await writeJsonLines(jsonlParts(kb), sink);
  else await sink(toCsv(kb));
  if (file)
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  return 0;
}

function jsonlParts(kb: KnowledgeBase): [string, readonly unknown[]][] {
  return [
    ["article", kb.articles],
    ["actor", kb.actors],
    ["place", kb.places],
    ["event", kb.events],
    ["quote", kb.quotes],
    ["figure", kb.figures],
    ["conflict", kb.conflicts],
  ];
}
