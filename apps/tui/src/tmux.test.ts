// The real program in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/dateline-tui.mjs", import.meta.url));
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const session = `dateline-tui-${process.pid}`;
let seed: SeedKb;

// A socket of its own, so the test neither sees nor disturbs any other tmux server.
const socket = ["-L", `dateline-test-${process.pid}`];
const tmux = (...args: string[]) => execFileSync("tmux", [...socket, ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", session);
const alive = () => spawnSync("tmux", [...socket, "has-session", "-t", session]).status === 0;

async function waitFor(what: string | RegExp, ms = 60_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = alive() ? screen() : "";
    if (typeof what === "string" ? s.includes(what) : what.test(s)) return s;
    if (Date.now() > end) throw new Error(`screen never showed ${what}; last screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function keys(...k: string[]) {
  for (const key of k) {
    tmux("send-keys", "-t", session, key);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.skipIf(!hasTmux && !process.env.CI)("the TUI in tmux", () => {
  beforeAll(async () => {
    seed = await buildSeedKb();
    tmux(
      "new-session",
      "-d",
      "-s",
      session,
      "-x",
      "120",
      "-y",
      "32",
      `CI=false NO_COLOR=1 node ${bin} --db ${seed.path}; sleep 30`,
    );
  }, 120_000);

  afterAll(() => {
    spawnSync("tmux", [...socket, "kill-server"]);
    seed?.cleanup();
  });

  it("opens, searches Pashinian, opens the actor, opens an event, and quits", async () => {
    await waitFor("Blinken–Aliyev call");
    const first = screen();
    expect(first).toContain("[1 Timeline]");
    expect(first.split("\n").every((l) => l.length <= 120)).toBe(true);

    await keys("/");
    await keys("Pashinian", "Enter");
    await waitFor(/Nikol Pashinyan/);
    await keys("Enter");
    const actor = await waitFor("names used");
    expect(actor).toMatch(/Nikol Pashinian — 003_f778857b596fc65f/);

    // Each key after the screen showed the last one, as a person reads before pressing: a terminal that gets ESC and
    // "1" in one read takes them for alt-1, and keys sent past a lagging screen overshoot the row wanted.
    await keys("Escape");
    await waitFor("j/k move · enter open");
    await keys("1");
    await waitFor("[1 Timeline]");
    const selected = () =>
      screen()
        .split("\n")
        .find((l) => l.includes("▶")) ?? "";
    for (let i = 0; i < 40 && !/▶.*Blinken–Pashinyan call/.test(screen()); i++) {
      const at = selected();
      await keys("j");
      const end = Date.now() + 30_000;
      while (selected() === at && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    }
    await keys("Enter");
    const event = await waitFor(/\d+ reports/);
    expect(event).toContain("Blinken–Pashinyan call");
    await keys("Space"); // a page down in the detail: the reports, one per source
    const reports = await waitFor("▌ 00");
    expect(reports).toMatch(/▌ 00\d_[0-9a-f]+ — /);

    await keys("q");
    await waitFor(/\$ $|^\s*$/m, 10_000).catch(() => "");
    // The program has exited: the pane now runs only the trailing `sleep`, and no frame is redrawn.
    expect(screen()).not.toContain("j/k move · enter open");
  }, 180_000);
});
