// `dateline tui` / `dateline-tui`: flags, the plain output for pipes, and the Ink app for terminals.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import type { TuiApi } from "./api";
import { formatDate } from "./lines";
import { TABS, type TabId } from "./rows";
import { cell } from "./sanitize";

export const HELP = `Usage: dateline tui [options]

The whole knowledge base at the keyboard: timeline, events, actors, articles, conflicts, search.

Options:
  --db <path>    an SQLite file or a postgres:// URL (default: $DATELINE_DB, $DATABASE_URL or data/dateline.db)
  --api <url>    read from a running \`dateline serve\` instead of the local database
  --tab <name>   open on a tab: ${TABS.join(", ")}
  --json         print the timeline as JSON and exit
  -h, --help     this help

Outside a terminal (piped) it prints the timeline as plain text, or JSON with --json, and exits 0.
Keys: press ? inside the app.

Examples:
  dateline tui
  dateline tui --tab conflicts
  dateline tui --api http://127.0.0.1:4000
  dateline tui | head -20`;

export interface TuiIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

async function openApi(db: string | undefined, apiUrl: string | undefined, env: NodeJS.ProcessEnv) {
  if (apiUrl) {
    const { remoteApi } = await import("./api");
    return { api: remoteApi(apiUrl), close: async () => undefined };
  }
  const { isPostgresUrl, openStore } = await import("@dateline/store/open");
  const fromUrl = env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL) ? env.DATABASE_URL : null;
  const target = db || env.DATELINE_DB || fromUrl || "data/dateline.db";
  if (!isPostgresUrl(target) && !existsSync(target)) {
    throw new TuiStartError(
      `no knowledge base at ${target}`,
      "run `dateline ingest data/articles` first (or pass --db PATH)",
    );
  }
  const [store, { localApi }] = await Promise.all([openStore(target, { readonly: true }), import("./api")]);
  return { api: localApi(store), close: () => store.close() };
}

export class TuiStartError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Every event of the timeline, page by page: the output for pipes. */
async function allEvents(api: TuiApi) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await api.events({ limit: 500, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function printPlain(api: TuiApi, json: boolean, out: NodeJS.WritableStream) {
  const events = await allEvents(api);
  if (json) {
    out.write(`${JSON.stringify(events, null, 2)}\n`);
    return;
  }
  for (const e of events) {
    out.write(`${cell(formatDate(e.date), 26).padEnd(26)}  ${e.type.padEnd(18)}  ${cell(e.title, 80)}\n`);
  }
}

/** Runs the TUI; resolves to the exit code. */
export async function runTui(argv: string[], io: TuiIo = process): Promise<number> {
  let values: { db?: string; api?: string; tab?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        api: { type: "string" },
        tab: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr.write(`error: ${(error as Error).message}\n(run with --help for usage)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.tab && !(TABS as readonly string[]).includes(values.tab)) {
    io.stderr.write(`error: --tab must be one of ${TABS.join(", ")}; not '${values.tab}'\n`);
    return 2;
  }
  const mono = Boolean(io.env.NO_COLOR) || io.env.TERM === "dumb";
  if (mono) io.env.FORCE_COLOR = "0"; // chalk (inside Ink) ignores NO_COLOR; FORCE_COLOR=0 turns every style off
  let opened: Awaited<ReturnType<typeof openApi>>;
  try {
    opened = await openApi(values.db, values.api, io.env);
  } catch (error) {
    const hint = error instanceof TuiStartError ? `\nhint: ${error.hint}` : "";
    io.stderr.write(`error: ${(error as Error).message}${hint}\n`);
    return 1;
  }
  try {
    if (values.json || !io.stdout.isTTY) {
      await printPlain(opened.api, Boolean(values.json), io.stdout);
      return 0;
    }
    const [{ render }, { App }] = await Promise.all([import("ink"), import("./app")]);
    const instance = render(<App api={opened.api} mono={mono} initialTab={(values.tab as TabId) ?? "timeline"} />, {
      stdout: io.stdout,
      exitOnCtrlC: true,
    });
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    io.stderr.write(`error: ${describeFailure(error, values.api)}\n`);
    return 1;
  } finally {
    await opened.close();
  }
}

/** A fetch failure against --api says what to check, not a stack. */
export function describeFailure(error: unknown, apiUrl: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (apiUrl && /fetch failed|ECONNREFUSED|ENOTFOUND/.test(message)) {
    return `cannot reach ${apiUrl}: is \`dateline serve\` running there?`;
  }
  return message;
}
