// `dateline tui` in a real terminal (tmux): the command a user types, not only the TUI's own bin.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, dateline } from "./reliability/run-cli";
import { hasTmux, terminal } from "./reliability/terminal";

const seeds = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "dateline-tui-command-"));
const term = terminal("tui");

describe.skipIf(!hasTmux && !process.env.CI)("dateline tui in a terminal", () => {
  beforeAll(() => {
    expect(dateline(["ingest", seeds, "--db", join(tmp, "kb.db")]).code).toBe(0);
  }, 180_000);

  afterAll(() => {
    term.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("opens the timeline, quits on q and exits 0", async () => {
    // The pane outlives the program (sleep), so its exit code stays on screen to be read.
    term.open(`NO_COLOR=1 CI=false node ${BIN} tui --db ${join(tmp, "kb.db")}; echo "exit=$?"; sleep 60`);
    const first = await term.waitFor("Blinken–Aliyev call");
    expect(first).toContain("[1 Timeline]");
    expect(first).not.toMatch(/React is not defined|error:/);
    term.keys("q");
    expect(await term.waitFor(/exit=\d+/)).toContain("exit=0");
  }, 180_000);
});
