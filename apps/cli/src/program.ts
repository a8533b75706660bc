// The command tree: every command with --help, --json on listings, --db everywhere.
import { Command, Option } from "commander";

// Each command's module (and the NLP model, the database driver, the server behind it) loads only when that
// command runs, so `--help` and a listing start fast.
const commands = {
  curate: () => import("./commands/curate"),
  eval: () => import("./commands/eval"),
  export: () => import("./commands/export"),
  ingest: () => import("./commands/ingest"),
  lists: () => import("./commands/lists"),
  search: () => import("./commands/search"),
  serve: () => import("./commands/serve"),
  show: () => import("./commands/show"),
  summary: () => import("./commands/summary"),
};

const DEFAULT_DB = "data/dateline.db";
const EVAL_SETS = ["seeds", "eval", "all"] as const;

export type Run = (code: Promise<number>) => void;

const dbOption = () =>
  new Option(
    "--db <path|url>",
    `knowledge base: an SQLite file or a postgres:// URL (default: $DATELINE_DB, $DATABASE_URL, or ${DEFAULT_DB})`,
  );
const jsonOption = () => new Option("--json", "machine-readable JSON on stdout");
const curationOption = () =>
  new Option("--curation <dir>", "folder of reviewed corrections (*.yaml)").default("data/curation");

export function buildProgram(run: Run): Command {
  const program = new Command("dateline")
    .description("News articles in; a sourced knowledge base of events, actors and sources out.")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  program
    .command("ingest")
    .description("extract articles (files, folders, or - for stdin) and link them into the knowledge base")
    .argument("<targets...>", "article files (.txt .md .html .json), folders, or - for stdin")
    .addOption(dbOption())
    .addOption(curationOption())
    .option("--no-progress", "no progress bar on stderr")
    .option("--jobs <n>", "extraction worker threads (default: one per core; 1 extracts without workers)")
    .addOption(jsonOption())
    .addHelpText(
      "after",
      "\nExamples:\n  dateline ingest data/articles\n  curl -s URL | dateline ingest -\n\nExit codes: 0 all ingested, 1 some inputs skipped or a failure, 2 usage.",
    )
    .action((targets: string[], flags) => run(commands.ingest().then((m) => m.ingestCommand(targets, flags))));

  program
    .command("summary")
    .description("what the knowledge base holds: articles, top actors, events, conflicts")
    .addOption(dbOption())
    .addOption(jsonOption())
    .action((flags) => run(commands.summary().then((m) => m.summaryCommand(flags))));

  program
    .command("export")
    .description("write the knowledge base: the KnowledgeBase JSON document, JSON Lines, or a CSV of events")
    .addOption(dbOption())
    .addOption(new Option("--format <format>", "json | jsonl | csv").default("json"))
    .option("--out <file>", "write to a file instead of stdout")
    .action((flags) => run(commands.export().then((m) => m.exportCommand(flags))));

  program
    .command("events")
    .description("list events in time order, filtered")
    .addOption(dbOption())
    .option("--actor <id|name>", "events this actor takes part in")
    .option("--place <id>", "events at this place")
    .option("--type <type>", "event type (call, meeting, statement, …)")
    .option("--status <status>", "occurred | planned | cancelled")
    .option("--source <articleId>", "events this article reports")
    .option("--from <date>", "on or after (2023-11, 2023-11-27; precision-aware)")
    .option("--to <date>", "on or before")
    .option("--background", "only background events")
    .option("--no-background", "only news events")
    .option("--text <words>", "events whose title or wording contains the words")
    .option("--limit <n>", "page size (1-500)", "50")
    .option("--cursor <cursor>", "the next page, as printed after a listing")
    .addOption(jsonOption())
    .addHelpText(
      "after",
      "\nExamples:\n  dateline events --actor Pashinian --from 2023-11\n  dateline events --type call --json",
    )
    .action((flags) => run(commands.lists().then((m) => m.eventsCommand(flags))));

  program
    .command("actors")
    .description("list actors with their kinds, roles and aliases")
    .addOption(dbOption())
    .option("--q <name>", "name or alias contains")
    .option("--kind <kind>", "person | organization | country | group")
    .option("--limit <n>", "page size (1-500)", "50")
    .option("--cursor <cursor>", "the next page")
    .addOption(jsonOption())
    .action((flags) => run(commands.lists().then((m) => m.actorsCommand(flags))));

  program
    .command("articles")
    .description("list the articles with their metadata")
    .addOption(dbOption())
    .option("--limit <n>", "page size (1-500)", "50")
    .option("--cursor <cursor>", "the next page")
    .addOption(jsonOption())
    .action((flags) => run(commands.lists().then((m) => m.articlesCommand(flags))));

  program
    .command("show")
    .description("one event, actor, article or place by id, with its evidence")
    .argument("<id>")
    .addOption(dbOption())
    .addOption(jsonOption())
    .action((id: string, flags) => run(commands.show().then((m) => m.showCommand(id, flags))));

  program
    .command("search")
    .description("full-text search over articles, events and actors")
    .argument("<query...>", 'words; "a phrase"; a trailing * for a prefix')
    .addOption(dbOption())
    .option("--limit <n>", "how many hits (1-200)", "20")
    .addOption(jsonOption())
    .action((words: string[], flags) => run(commands.search().then((m) => m.searchCommand(words, flags))));

  program
    .command("conflicts")
    .description("where the sources disagree: dates, figures, wording")
    .addOption(dbOption())
    .option("--event <id>", "only this event's conflicts")
    .option("--field <field>", "date | figure | place | participants | wording | status")
    .option("--limit <n>", "how many (1-500)", "100")
    .addOption(jsonOption())
    .action((flags) => run(commands.lists().then((m) => m.conflictsCommand(flags))));

  program
    .command("curate")
    .description("list the reviewed corrections in data/curation and whether each still applies")
    .addOption(dbOption())
    .addOption(curationOption())
    .addOption(jsonOption())
    .action((flags) => run(commands.curate().then((m) => m.curateCommand(flags))));

  program
    .command("eval")
    .description("score the extractor and the linked knowledge base against the hand-made gold")
    .option("--data <dir>", "the data folder (articles/, gold/, eval/articles/, eval/gold/)", "data")
    .addOption(new Option("--set <set>", EVAL_SETS.join(" | ")).default("all"))
    .addOption(curationOption())
    .option("--details", "list every missed, extra and wrong item")
    .addOption(jsonOption())
    .addHelpText(
      "after",
      "\nseeds: data/articles against data/gold (also after curation); eval: the held-out articles in data/eval.",
    )
    .action((flags) => run(commands.eval().then((m) => m.evalCommand(flags))));

  program
    .command("serve")
    .description("serve the knowledge base over HTTP: the typed tRPC API, REST routes and an OpenAPI document")
    .addOption(dbOption())
    .option("--port <port>", "port to listen on (0: any free port)", "4000")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .addOption(curationOption())
    .option("--cors <origins>", "comma-separated browser origins allowed to call the API (default: none)")
    .addHelpText(
      "after",
      "\nWrites (curation.add) are on only when DATELINE_TOKEN is set; callers send it as 'Authorization: Bearer <token>'.\n\nExamples:\n  dateline serve --db data/dateline.db\n  DATELINE_TOKEN=$(openssl rand -hex 24) dateline serve --port 8080 --cors https://app.example.org",
    )
    .action((flags) => run(commands.serve().then((m) => m.serveCommand(flags))));

  program
    .command("tui")
    .description("the terminal UI (its own flags: dateline tui --help)")
    .allowUnknownOption()
    .helpOption(false)
    .action(() => undefined); // handled before commander in main(), listed here for --help

  return program;
}
