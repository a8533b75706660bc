// The app driven key by key through ink-testing-library, over a real seed knowledge base.
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { render } from "ink-testing-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localApi, type TuiApi } from "./api";
import { App } from "./app";

let seed: SeedKb;
let store: Store;
let api: TuiApi;

beforeAll(async () => {
  seed = await buildSeedKb();
  store = await openSqliteStore(seed.path, { readonly: true });
  api = localApi(store);
}, 120_000);

afterAll(async () => {
  await store?.close();
  seed?.cleanup();
});

const tick = (ms = 80) => new Promise((r) => setTimeout(r, ms));

/** Waits until the frame satisfies `ok` (the app loads asynchronously), failing with the last frame. */
async function until(frame: () => string | undefined, ok: (f: string) => boolean, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = frame() ?? "";
    if (ok(f)) return f;
    if (Date.now() > end) throw new Error(`timed out; last frame:\n${f}`);
    await tick(40);
  }
}

/** Types text a key at a time, as a person does (the input field reads one change per render). */
async function type(stdin: { write(s: string): void }, text: string) {
  for (const ch of text) {
    stdin.write(ch);
    await tick(30);
  }
}

async function press(stdin: { write(s: string): void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}

/** The selected row of a list: the line the ▶ marker is on. */
const selectedLine = (frame: string | undefined) => (frame ?? "").split("\n").find((l) => l.startsWith("▶")) ?? "";

const ENTER = "\r";
const ESC = "\u001B";
const DOWN = "\u001B[B";

describe("the TUI", () => {
  it("opens on the timeline, in time order, with conflicts flagged", async () => {
    const app = render(<App api={api} mono />);
    const frame = await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    expect(frame).toContain("[1 Timeline]");
    expect(frame).toMatch(/⚑ .*Blinken–Aliyev call/);
    const lines = frame.split("\n");
    expect(lines.findIndex((l) => l.includes("Sep 2023"))).toBeLessThan(lines.findIndex((l) => l.includes("Nov 2023")));
    expect(lines.length).toBeLessThanOrEqual(24);
    app.unmount();
  });

  it("moves with j and arrows, opens an event with enter and goes back with esc", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    const before = selectedLine(app.lastFrame());
    await press(app.stdin, "j", DOWN);
    await until(app.lastFrame, (f) => selectedLine(f) !== before);
    // Walk down to the Blinken–Aliyev call, one key per frame seen, then open it.
    for (let i = 0; i < 40 && !selectedLine(app.lastFrame()).includes("Blinken–Aliyev"); i++) {
      const at = selectedLine(app.lastFrame());
      await press(app.stdin, "j");
      await until(app.lastFrame, (f) => selectedLine(f) !== at);
    }
    await press(app.stdin, ENTER);
    const detail = await until(app.lastFrame, (f) => f.includes("reports"));
    expect(detail).toContain("Blinken–Aliyev call");
    expect(detail).toMatch(/⚑ .*Mon 27 Nov 2023.*Tue 28 Nov 2023|⚑ .*Tue 28 Nov 2023.*Mon 27 Nov 2023/s);
    expect(detail).toContain("esc back");
    await press(app.stdin, ESC);
    await until(app.lastFrame, (f) => f.includes("enter open"));
    app.unmount();
  });

  it("reads keys typed faster than it draws: each key sees what the one before it set", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    // "?" opens the help and "x" closes it, written back to back: the second key must see the first one's overlay.
    app.stdin.write("?");
    app.stdin.write("x");
    await tick(300);
    await until(app.lastFrame, (f) => f.includes("enter open") && !f.includes("any key closes it"));
    app.unmount();
  });

  it("switches tabs with number keys and shows an actor's spellings by source", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    await press(app.stdin, "3");
    await until(app.lastFrame, (f) => f.includes("[3 Actors]") && f.includes("Nikol Pashinyan"));
    await press(app.stdin, "4");
    await until(app.lastFrame, (f) => f.includes("[4 Articles]") && f.includes("Blinken holds separate calls"));
    await press(app.stdin, "5");
    await until(app.lastFrame, (f) => f.includes("[5 Conflicts]") && f.includes("the day is"));
    app.unmount();
  });

  it("searches as you type and opens the hit", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    await press(app.stdin, "/");
    await type(app.stdin, "Pashinian");
    await press(app.stdin, ENTER);
    await until(app.lastFrame, (f) => f.includes("[6 Search]") && f.includes("Nikol Pashinyan"));
    await press(app.stdin, ENTER);
    const actor = await until(app.lastFrame, (f) => f.includes("names used"));
    expect(actor).toMatch(/Nikol Pashinian — 003_f778857b596fc65f/);
    app.unmount();
  });

  it("filters events by type from the f prompt, never counting old rows under the new filter", async () => {
    // A slow list, so the frames between the filter and its rows are there to be seen.
    const slow: TuiApi = {
      ...api,
      events: async (f) => {
        await tick(300);
        return api.events(f);
      },
    };
    const app = render(<App api={slow} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    await press(app.stdin, "f");
    await type(app.stdin, "type:call");
    await press(app.stdin, ENTER);
    // The filter shows at once with "loading…", and the count only once the filtered rows are there.
    const frame = await until(app.lastFrame, (f) => f.includes("filter type:call") && !f.includes("loading…"));
    const rowsOf = (f: string) => f.split("\n").filter((l) => /^[▶ ][⚑ ] /.test(l));
    expect(rowsOf(frame).length).toBeGreaterThan(0);
    for (const f of app.frames.filter((x) => x.includes("filter type:call") && !x.includes("loading…"))) {
      expect(rowsOf(f).every((r) => / call /.test(r))).toBe(true);
    }
    app.unmount();
  });

  it("takes a run of keys read at once (a paste, a terminal over a slow link) as the keys one by one", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    // One write: the filter prompt, its text and the enter that applies it.
    app.stdin.write("ftype:call\r");
    const frame = await until(app.lastFrame, (f) => f.includes("filter type:call") && !f.includes("loading…"));
    expect(frame).not.toContain("filter: type:call"); // the prompt closed
    const rows = frame.split("\n").filter((l) => /^[▶ ][⚑ ] /.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => / call /.test(r))).toBe(true);
    // The search tab is not filtered, and does not say it is.
    app.stdin.write("/Pashinian\r");
    const search = await until(app.lastFrame, (f) => f.includes("“Pashinian”") && !f.includes("loading…"));
    expect(search).not.toContain("filter type:call");
    app.unmount();
  });

  it("shows every key in the ? overlay, closed by any key", async () => {
    const app = render(<App api={api} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    await press(app.stdin, "?");
    const help = await until(app.lastFrame, (f) => f.includes("this help (any key closes it)"));
    for (const k of ["enter", "esc / backspace", "tab", "/", "f", "q"]) expect(help).toContain(k);
    await press(app.stdin, "x");
    await until(app.lastFrame, (f) => !f.includes("this help (any key closes it)"));
    app.unmount();
  });

  it("marks an article's spans with brackets when there is no colour", async () => {
    const app = render(<App api={api} mono initialTab="articles" />);
    const list = await until(app.lastFrame, (f) => f.includes("Blinken holds separate calls"));
    await press(app.stdin, "j", "j");
    await until(app.lastFrame, (f) => selectedLine(f) !== selectedLine(list));
    await press(app.stdin, ENTER);
    const frame = await until(app.lastFrame, (f) => f.includes("published:"));
    expect(frame).toContain("[Antony Blinken]");
    app.unmount();
  });

  it("says clearly when an item cannot be opened", async () => {
    const failing: TuiApi = {
      ...api,
      event: async (id) => {
        throw new Error(`no event with id '${id}'`);
      },
    };
    const app = render(<App api={failing} mono />);
    await until(app.lastFrame, (f) => f.includes("Blinken–Aliyev call"));
    await press(app.stdin, ENTER);
    const frame = await until(app.lastFrame, (f) => f.includes("cannot open"));
    expect(frame).toMatch(/cannot open .*: no event with id/);
    expect(frame).not.toMatch(/at .*\.tsx?:\d+/);
    app.unmount();
  });
});
