// `dateline tui` in a real terminal (tmux): the command a user types, not only the TUI's own bin.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, dateline } from "./reliability/run-cli";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const seeds = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "dateline-tui-command-"));
const socket = ["-L", `dateline-cli-tui-${process.pid}`];
const session = "tui";
const tmux = (...args: string[]) => execFileSync("tmux", [...socket, ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", session);

async function waitFor(what: string | RegExp, ms = 60_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (typeof what === "string" ? s.includes(what) : what.test(s)) return s;
    if (Date.now() > end) throw new Error(`screen never showed ${what}; last screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!hasTmux && !process.env.CI)("dateline tui in a terminal", () => {
  beforeAll(() => {
    expect(dateline(["ingest", seeds, "--db", join(tmp, "kb.db")]).code).toBe(0);
  }, 180_000);

  afterAll(() => {
    spawnSync("tmux", [...socket, "kill-server"]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it("opens the timeline, quits on q and exits 0", async () => {
    // The pane outlives the program (sleep), so its exit code stays on screen to be read.
    const command = `NO_COLOR=1 CI=false node ${BIN} tui --db ${join(tmp, "kb.db")}; echo "exit=$?"; sleep 60`;
    tmux("new-session", "-d", "-s", session, "-x", "110", "-y", "30", command);
    const first = await waitFor("Blinken–Aliyev call");
    expect(first).toContain("[1 Timeline]");
    expect(first).not.toMatch(/React is not defined|error:/);
    tmux("send-keys", "-t", session, "q");
    expect(await waitFor(/exit=\d+/)).toContain("exit=0");
  }, 180_000);
});
