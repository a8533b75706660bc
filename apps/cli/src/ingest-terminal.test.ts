// `dateline ingest` in a real terminal (tmux): the progress a user sees while a folder is ingested.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BIN } from "./reliability/run-cli";
import { hasTmux, terminal } from "./reliability/terminal";

const seeds = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "dateline-ingest-terminal-"));
const term = terminal("ingest");

describe.skipIf(!hasTmux && !process.env.CI)("dateline ingest in a terminal", () => {
  afterAll(() => {
    term.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("shows the extraction bar, then names linking and the write with their times", async () => {
    const db = join(tmp, "kb.db");
    term.open(`NO_COLOR=1 CI=false node ${BIN} ingest ${seeds} --db ${db}; echo "exit=$?"; sleep 60`, 120, 40);
    await term.waitFor(/exit=\d+/, 150_000);
    const done = term.history();
    expect(done).toContain("exit=0");
    expect(done).toMatch(/extracting .* 5\/5/);
    // After the bar, the two steps that show no per-file progress, in order, each with the time it took.
    expect(done).toMatch(
      /linking the knowledge base… done in \d+\.\d s\nwriting the knowledge base… done in \d+\.\d s\n/,
    );
    expect(done).toContain("Ingested 5 added");
  }, 180_000);
});
