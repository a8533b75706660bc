// A real terminal for tests: a tmux server of its own (its own socket), one pane, read back as the user sees it.
import { execFileSync, spawnSync } from "node:child_process";

export const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

export function terminal(name: string) {
  const socket = ["-L", `${name}-${process.pid}`];
  const tmux = (...args: string[]) => execFileSync("tmux", [...socket, ...args], { encoding: "utf8" });
  const screen = () => tmux("capture-pane", "-p", "-t", name);
  return {
    /** Runs `command` in a fresh pane of `columns` × `rows`. */
    open: (command: string, columns = 110, rows = 30) =>
      tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), command),
    keys: (...keys: string[]) => tmux("send-keys", "-t", name, ...keys),
    screen,
    /** Everything the pane printed, the lines scrolled off the top included. */
    history: () => tmux("capture-pane", "-p", "-S", "-", "-t", name),
    /** The screen once it shows `what`; fails with the last screen after `ms`. */
    async waitFor(what: string | RegExp, ms = 60_000): Promise<string> {
      const end = Date.now() + ms;
      for (;;) {
        const s = screen();
        if (typeof what === "string" ? s.includes(what) : what.test(s)) return s;
        if (Date.now() > end) throw new Error(`screen never showed ${what}; last screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close: () => spawnSync("tmux", [...socket, "kill-server"]),
  };
}
