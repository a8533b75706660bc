// `dateline curate`: every reviewed correction and whether it still applies to the knowledge base.
import { existsSync } from "node:fs";
import { loadCurationDir } from "@dateline/ingest";
import { isPostgresUrl } from "@dateline/store/open";
import { dbPath, openForRead, withStore } from "../io/open-store";
import { color, line, printJson, printTable } from "../io/output";

export async function curateCommand(flags: { db?: string; curation: string; json?: boolean }): Promise<number> {
  const files = await loadCurationDir(flags.curation); // validates every file, naming the first problem
  const target = dbPath(flags.db);
  // An SQLite file that does not exist yet is a KB not ingested yet; a PostgreSQL URL is always opened.
  const statuses =
    isPostgresUrl(target) || existsSync(target)
      ? await withStore(await openForRead(flags.db), (s) => s.listCuration())
      : [];
  const byId = new Map(statuses.map((s) => [s.opId, s]));
  const rows = files.flatMap((f) =>
    f.ops.map((op, i) => {
      const id = op.id ?? `${f.file}#${i}`;
      const status = byId.get(id);
      return {
        id,
        file: f.file,
        op: op.op,
        reason: op.reason,
        status: status?.status ?? "not ingested",
        message: status?.message ?? "",
      };
    }),
  );
  if (flags.json) {
    printJson(rows);
    return 0;
  }
  if (rows.length === 0) line(`No curation ops in ${flags.curation}.`);
  else
    printTable(
      ["op", "kind", "status", "detail"],
      rows.map((r) => [
        r.id,
        r.op,
        r.status === "applied" ? color.green(r.status) : color.yellow(r.status),
        (r.message || r.reason).slice(0, 70),
      ]),
    );
  const unmatched = rows.filter((r) => r.status === "unmatched").length;
  if (unmatched) line(color.yellow(`${unmatched} op(s) match nothing in the current knowledge base.`));
  return unmatched ? 1 : 0;
}
