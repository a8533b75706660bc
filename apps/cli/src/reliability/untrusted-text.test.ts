// An article full of markup, escape sequences and bidi marks: ingested verbatim, never reaching a terminal raw.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller, createContextInner } from "@dateline/api/root";
import type { Store } from "@dateline/store";
import { openSqliteStore } from "@dateline/store/sqlite";
import { App } from "@dateline/tui/app";
import { render } from "ink-testing-library";
import { type ComponentProps, createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateline, exportOf } from "./run-cli";

const ESC = "\u001b";
const HOSTILE = [
  "Ministers meet in Tallinn <script>alert('title')</script>",
  "",
  `TALLINN — The foreign ministers of Estonia and Latvia met in Tallinn on Friday, officials said. Read <a href="javascript:alert(document.cookie)">the statement</a> &lt;b&gt;now&lt;/b&gt; &amp; &#x202E; later.`,
  "",
  `"We agreed on a plan ${ESC}[2J${ESC}[31mRED${ESC}[0m," said the Estonian minister Kaja Tamm, ${ESC}]0;pwned\u0007 in Tallinn.`,
  "",
  `Officials said the name \u202Egnp.exe\u202C and the mark \u2067isolated\u2069 were in the note.`,
  "",
  `The longest word: ${"x".repeat(10_000)} ended the meeting.`,
  "",
].join("\n");

const tmp = mkdtempSync(join(tmpdir(), "dateline-untrusted-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const db = join(tmp, "kb.db");
let ingest: ReturnType<typeof dateline>;
let store: Store;
let api: ComponentProps<typeof App>["api"];

beforeAll(async () => {
  writeFileSync(join(tmp, "hostile.txt"), HOSTILE);
  ingest = dateline(["ingest", "hostile.txt", "--db", db, "--curation", join(tmp, "none")], { cwd: tmp });
  store = await openSqliteStore(db, { readonly: true });
  const caller = createCaller(createContextInner({ store, curationDir: join(tmp, "none"), token: null }));
  api = {
    events: (f) => caller.events.list(f),
    event: (id) => caller.events.byId({ id }),
    actors: (i) => caller.actors.list(i),
    actor: (id) => caller.actors.byId({ id }),
    articles: (i) => caller.articles.list(i),
    article: (id) => caller.articles.byId({ id }),
    conflicts: (i) => caller.conflicts.list(i),
    search: (q) => caller.search.query({ q, limit: 50 }),
  };
}, 180_000);

afterAll(async () => {
  await store?.close();
});

const tick = (ms = 80) => new Promise((r) => setTimeout(r, ms));

async function until(frame: () => string | undefined, ok: (f: string) => boolean, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = frame() ?? "";
    if (ok(f)) return f;
    if (Date.now() > end) throw new Error(`timed out; last frame:\n${f}`);
    await tick(40);
  }
}

/** The frame without the colour codes Ink itself emits: whatever escape is left came from the data. */
const withoutSgr = (frame: string) => frame.replace(new RegExp(`${ESC}\\[[0-9;]*m`, "g"), "");

describe("an article of untrusted text", () => {
  it("ingests, keeping the text verbatim (escapes and all): sanitising is the viewers' job", async () => {
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    const kb = JSON.parse((await exportOf(db))!) as { articles: { text: string }[] };
    expect(kb.articles[0]!.text).toBe(HOSTILE);
  });

  it("prints no escape sequence from the text in the CLI's own output", () => {
    expect(ingest.stdout).toContain("Ministers meet in Tallinn");
    expect(ingest.stdout).not.toContain(ESC);
    const listing = dateline(["articles", "--db", db], { cwd: tmp });
    expect(listing.code).toBe(0);
    expect(listing.stdout).not.toContain(ESC);
  }, 60_000);

  for (const mono of [true, false]) {
    it(`renders the article in the TUI (${mono ? "no colour" : "colour"}) without an ESC or bidi control from the text`, async () => {
      const app = render(createElement(App, { api, mono, initialTab: "articles" }));
      await until(app.lastFrame, (f) => f.includes("Tallinn"));
      // Enter until the pane opens: the first key may arrive before Ink has attached its input handler.
      let frame = "";
      for (let tries = 0; tries < 10 && !frame; tries++) {
        app.stdin.write("\r");
        frame = await until(app.lastFrame, (f) => f.includes("published:") || f.includes("cannot open"), 3000).catch(
          () => "",
        );
      }
      expect(frame).toContain("published:");
      const text = mono ? frame : withoutSgr(frame);
      expect(text).not.toContain(ESC);
      expect(text).not.toContain("\u0007");
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      // Markup shows as the literal text it is, and the 10,000-character word does not break the 80×24 frame.
      expect(text).toContain("<script>");
      for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(120);
      app.unmount();
    }, 60_000);
  }
});
