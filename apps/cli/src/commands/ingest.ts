// `dateline ingest <file|folder|->`: add articles to the knowledge base.

import { collectInputs, type IngestPhase, loadCurationDir, runIngest } from "@dateline/ingest";
import cliProgress from "cli-progress";
import { CliError, UsageError } from "../errors";
import { openForWrite, withStore } from "../io/open-store";
import { color, line, printJson } from "../io/output";
import { printSummary } from "./summary";

export interface IngestFlags {
  db?: string;
  curation: string;
  json?: boolean;
  progress?: boolean;
  jobs?: string;
}

/** --jobs N: a whole number of worker threads; more than 64 is surely a typo. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${value}'`);
  }
  return n;
}

export async function ingestCommand(targets: string[], flags: IngestFlags): Promise<number> {
  const jobs = parseJobs(flags.jobs);
  await loadCurationDir(flags.curation); // validates every file before anything is extracted
  // Loaded again before each write attempt: an op added meanwhile (by `serve`) is applied, not overwritten.
  const curation = () => loadCurationDir(flags.curation);
  const { files, skipped } = await collectInputs(targets);
  if (files.length === 0 && skipped.length > 0) {
    for (const s of skipped) process.stderr.write(`${s.source}: ${s.reason}\n`);
    throw new CliError("nothing to ingest");
  }
  const bar =
    flags.progress !== false && process.stderr.isTTY && files.length > 1
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: "extracting {bar} {value}/{total} {source}", hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0, { source: "" });
  const phases = bar ? phaseLines() : null;
  const report = await withStore(await openForWrite(flags.db), (store) =>
    runIngest({
      store,
      files,
      curation,
      ...(jobs === undefined ? {} : { jobs }),
      onProgress: (p) => bar?.update(p.done, { source: p.source }),
      onPhase: (p) => {
        bar?.stop();
        phases?.start(p);
      },
    }),
  );
  bar?.stop();
  phases?.end();
  report.skipped.unshift(...skipped);
  if (flags.json) {
    const { kb, ...rest } = report;
    printJson({ ...rest, stats: statsOf(kb) });
  } else {
    const parts = [
      `${report.added.length} added`,
      `${report.updated.length} updated`,
      `${report.unchanged.length} unchanged`,
      ...(report.reextracted.length ? [`${report.reextracted.length} re-extracted`] : []),
      `${report.skipped.length} skipped`,
    ];
    line(`${color.bold("Ingested")} ${parts.join(", ")}.`);
    for (const s of report.skipped) line(`  ${color.yellow("skipped")} ${s.source}: ${s.reason}`);
    for (const c of report.curation.filter((c) => c.status === "unmatched")) {
      line(`  ${color.yellow("curation op matched nothing")} ${c.opId} (${c.op}): ${c.message}`);
    }
    // Ops for articles this KB does not hold (another corpus's curation) are named on one line, not as warnings.
    const elsewhere = report.curation.filter((c) => c.status === "not-applicable");
    if (elsewhere.length) {
      line(
        `  ${color.dim(`${elsewhere.length} curation op(s) name articles not in this knowledge base:`)} ${elsewhere.map((c) => c.opId).join(", ")}`,
      );
    }
    line();
    printSummary(report.kb);
  }
  return report.skipped.length > 0 ? 1 : 0;
}

/**
 * Linking and the write show no per-file progress and take minutes on a large corpus: each is named on stderr
 * as it starts, and given its time as it ends, so that a long wait is not mistaken for a hang.
 */
function phaseLines() {
  let since: number | null = null;
  const end = () => {
    if (since !== null) process.stderr.write(` done in ${((performance.now() - since) / 1000).toFixed(1)} s\n`);
    since = null;
  };
  return {
    start(p: IngestPhase) {
      end();
      const label = p.phase === "linking" ? "linking the knowledge base" : "writing the knowledge base";
      process.stderr.write(`${p.attempt > 1 ? `${label} (attempt ${p.attempt})` : label}…`);
      since = performance.now();
    },
    end,
  };
}

export function statsOf(kb: {
  articles: unknown[];
  actors: unknown[];
  places: unknown[];
  events: unknown[];
  quotes: unknown[];
  figures: unknown[];
  conflicts: unknown[];
}) {
  return {
    articles: kb.articles.length,
    actors: kb.actors.length,
    places: kb.places.length,
    events: kb.events.length,
    quotes: kb.quotes.length,
    figures: kb.figures.length,
    conflicts: kb.conflicts.length,
  };
}
