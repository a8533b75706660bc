// The viewer end to end: a real seed KB, one `next build`, `next start` on a free port, and Debian's chromium.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSeedKb, type SeedKb } from "@dateline/api/testing";
import { collectInputs, runIngest } from "@dateline/ingest";
import { openSqliteStore } from "@dateline/store/sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser } from "./browser";
import { buildApp, type RunningApp, startApp } from "./next-server";

const TOKEN = "test-token-0123456789abcdef";
const CALL = "2023-11-27-call-antony-blinken-ilham-aliyev";
const XSS_ARTICLE = `Script test
By Test Desk
November 28, 2023

BAKU — Azerbaijani President Ilham Aliyev spoke on Monday about <script>alert(1)</script> the talks with Armenia.
`;

let kb: SeedKb;
let app: RunningApp;
let browser: Browser;
let noJs: Browser;
let xssId: string;

async function addArticle(dbPath: string, dir: string, name: string, text: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  const store = await openSqliteStore(dbPath);
  try {
    const { files } = await collectInputs([join(dir, name)]);
    const report = await runIngest({ store, files, curation: [] });
    return report.added[0]!;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  kb = await buildSeedKb();
  const db = kb.copy("web");
  xssId = await addArticle(db, join(kb.dir, "extra"), "script-test.txt", XSS_ARTICLE);
  buildApp();
  app = await startApp({ DATELINE_DB: db, DATELINE_TOKEN: TOKEN });
  browser = await launchBrowser();
  noJs = await launchBrowser({ javaScriptEnabled: false });
}, 400_000);

afterAll(async () => {
  await Promise.all([browser?.close(), noJs?.close(), app?.stop()]);
  kb?.cleanup();
});

describe("every view loads", () => {
  const views: [string, string][] = [
    ["/", "Timeline"],
    [`/events/${CALL}`, "Blinken–Aliyev call"],
    ["/articles/004_fd49d523f050ac8a", "Untitled article"],
    ["/actors/antony-blinken", "Antony Blinken"],
    ["/places/washington", "Washington"],
    ["/sources", "Sources"],
    ["/conflicts", "Where the sources disagree"],
    ["/graph", "Who appears with whom"],
    ["/search?q=Blinken", "Search"],
    ["/ingest", "Ingest an article"],
  ];
  it.each(views)("%s", async (path, heading) => {
    const page = await noJs.context.newPage();
    const response = await page.goto(app.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").first().textContent()).toContain(heading);
    await page.close();
  });

  it("shows the precisions in their own lanes and flags the conflicts", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    expect(html).toContain("Year unknown");
    expect(html).toContain("15 Sep (year unknown)");
    expect(html).toMatch(/class="mark mark-day[^"]*"/);
    expect(html).toMatch(/class="mark mark-month[^"]*"/);
    expect(html).toContain("⚑");
    // Every row states how many sources tell of its event.
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/`);
    const metas = await page.locator("[data-event] .tl-meta").allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.filter((m) => !/ · \d+ sources?/.test(m))).toEqual([]);
    await page.close();
  });

  it("spells out the Monday/Tuesday conflict of the Blinken–Aliyev call, one column per source", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/events/${CALL}`);
    expect(await page.locator(".report").count()).toBeGreaterThanOrEqual(3);
    const conflict = await page.locator(".conflict").first().textContent();
    expect(conflict).toContain("Mon 27 Nov 2023");
    expect(conflict).toContain("Tue 28 Nov 2023");
    expect(await page.locator(".report", { hasText: "late on Monday" }).count()).toBe(1);
    await page.close();
  });
});

describe("filters", () => {
  it("a filter changes the URL and the content, without JavaScript", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/`);
    const before = await page.locator(".tl-row[data-event], .tl-undated li").count();
    await page.selectOption("select[name=type]", "call");
    await page.click(".filters button[type=submit]");
    await page.waitForURL(/type=call/);
    expect(page.url()).toContain("type=call");
    const titles = await page.locator("[data-event] .tl-title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(before);
    const types = await page.locator("[data-event] .tl-meta").allTextContents();
    expect(types.filter((t) => !t.startsWith("call"))).toEqual([]);
    await page.close();
  });

  it("a date window links to the nearest earlier window with events and to the undated ones, without JavaScript", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/?from=2023-11&to=2023-11`);
    const pager = await page.locator(".tl-pager").first().textContent();
    // The 2023 agreement, dated to the year only, overlaps October: that month is the earlier window with events.
    expect(pager).toContain("Earlier: Oct 2023");
    expect(pager).toContain("Later: Dec 2023");
    await page.goto(`${app.url}/?from=2023&to=2023`);
    // No dated news between 1992 and 2022 in the seeds: "earlier" skips to 1991.
    await page.locator(".tl-pager a[rel=prev]").first().click();
    await page.waitForURL(/from=1991&to=1991/);
    const titles = await page.locator("[data-event] .tl-title").allTextContents();
    expect(titles.some((t) => t.includes("Armenian military operation"))).toBe(true);
    await page.click("text=list them on their own");
    await page.waitForURL(/lane=undated/);
    expect(await page.locator("#lane-undated").textContent()).toContain("Undated");
    expect(await page.locator("#lane-dated").count()).toBe(0);
    expect(await page.locator(".tl-undated [data-event]").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("the background toggle brings background events in", async () => {
    const news = await (await fetch(`${app.url}/`)).text();
    const all = await (await fetch(`${app.url}/?show=all`)).text();
    expect(news).not.toContain(">background</span>");
    expect(all).toContain(">background</span>");
  });
});

describe("evidence links", () => {
  it("a link from an event lands on the highlighted words (:target)", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/events/${CALL}`);
    const link = page.locator(".report blockquote.evidence a").first();
    const quoted = (await link.textContent())!.replace(/^“|”$/g, "");
    await link.click();
    await page.waitForURL(/#evidence-\d+-\d+$/);
    const target = page.locator(":target");
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toBe(quoted);
    expect(await target.evaluate((el) => el.classList.contains("hl-event"))).toBe(true);
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await page.close();
  });

  it("the article keeps its text verbatim around the spans", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/articles/004_fd49d523f050ac8a`);
    const text = await page.locator(".article-text").textContent();
    expect(text).toContain("telephoned the leaders of Armenia and Azerbaijan late on Monday");
    expect(await page.locator(".article-text .hl-actor").count()).toBeGreaterThan(10);
    await page.close();
  });
});

describe("safety and errors", () => {
  it("an article containing <script> shows the characters and runs nothing", async () => {
    const page = await browser.context.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    const response = await page.goto(`${app.url}/articles/${xssId}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator(".article-text").textContent()).toContain("<script>alert(1)</script>");
    expect(await page.locator(".article-text script").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it.each([
    "/events/no-such-event",
    "/articles/no-such-article",
    "/actors/no-such-actor",
    "/places/no-such-place",
    "/no/such/page",
  ])("%s is a 404 page", async (path) => {
    const response = await fetch(app.url + path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Not found");
  });

  it("with no knowledge base yet every reading view says how to build one, server-rendered without JavaScript, as a 503", async () => {
    const empty = await startApp({ DATELINE_DB: join(kb.dir, "missing.db") });
    const page = await noJs.context.newPage();
    try {
      for (const path of ["/", `/events/${CALL}`, "/places/washington", "/sources", "/search?q=Blinken"]) {
        const response = await page.goto(empty.url + path);
        // Not ready rather than fine: a monitor or a link checker must not take the notice for the page.
        expect(response?.status(), path).toBe(503);
        expect(await page.locator("h1").textContent(), path).toBe("No knowledge base yet");
        expect(await page.locator("main").textContent(), path).toContain("dateline ingest data/articles");
        expect(await page.title(), path).toContain("Dateline");
      }
      // The ingest form is the other way in, and it needs no knowledge base to show an extraction.
      await page.click("text=ingest form");
      await page.waitForURL(/\/ingest$/);
      expect(await page.locator("h1").textContent()).toContain("Ingest an article");
    } finally {
      await page.close();
      await empty.stop();
    }
  }, 180_000);
});

describe("places", () => {
  it("an event links its place to the place's page, which lists the events there and the sources", async () => {
    const page = await noJs.context.newPage();
    // The hearing is where an article says it was ("a congressional hearing in Washington on November 15").
    await page.goto(`${app.url}/events/11-15-hearing-james-obrien`);
    await page.click(".facts a[href='/places/washington']");
    await page.waitForURL(/\/places\/washington$/);
    expect(await page.locator("h1").textContent()).toBe("Washington");
    expect(await page.locator("#lane-dated, #lane-yearless, #lane-undated").count()).toBe(3);
    const events = await page.locator("[data-event] .tl-title").allTextContents();
    expect(events.some((t) => t.includes("O’Brien hearing in Washington"))).toBe(true);
    expect(await page.locator("section[aria-labelledby=sources] li a").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("place names in an article's text link to their pages", async () => {
    const html = await (await fetch(`${app.url}/articles/002_6d7d1cf8512395d2`)).text();
    expect(html).toMatch(/<a [^>]*href="\/places\/(azerbaijan|armenia|washington)"/);
  });
});

describe("page titles", () => {
  it.each([
    [`/events/${CALL}`, /^Blinken–Aliyev call, .+ · Dateline$/],
    ["/actors/antony-blinken", /^Antony Blinken · Dateline$/],
    [
      "/articles/002_6d7d1cf8512395d2",
      /^Blinken holds separate calls with Azerbaijani, Armenian leaders to discuss peace process — Anadolu Agency · Dateline$/,
    ],
    ["/articles/004_fd49d523f050ac8a", /^Untitled article — .+ · Dateline$/],
    ["/places/washington", /^Washington · Dateline$/],
    ["/search?q=Blinken", /^“Blinken”: search · Dateline$/],
    ["/?from=2023-11&to=2023-11", /^Timeline, Nov 2023 · Dateline$/],
  ])("%s is titled for a human", async (path, title) => {
    const html = await (await fetch(app.url + path)).text();
    const got = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replaceAll("&amp;", "&");
    expect(got).toMatch(title);
  });
});

describe("the tRPC endpoint", () => {
  it("serves the API over HTTP for other apps", async () => {
    const input = encodeURIComponent(JSON.stringify({ id: CALL }));
    const response = await fetch(`${app.url}/api/trpc/events.byId?input=${input}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { event: { title: string } } } };
    expect(body.result.data.event.title).toBe("Blinken–Aliyev call");
    expect((await fetch(`${app.url}/api/trpc/events.byId?input=${encodeURIComponent('{"id":"nope"}')}`)).status).toBe(
      404,
    );
  });
});

describe("graph", () => {
  it("without JavaScript shows no empty drawing, and says the list holds the links", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${app.url}/graph`);
    expect(await page.locator(".graph-canvas").evaluate((el) => getComputedStyle(el).display)).toBe("none");
    expect(await page.locator("main").textContent()).toContain("the list below has every link");
    await page.close();
  });

  it("draws the actors with cytoscape when JavaScript runs", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/graph`);
    await page.waitForSelector(".graph-canvas[data-ready=true] canvas", { timeout: 30_000 });
    expect(await page.locator(".cards > li").count()).toBeGreaterThan(5);
    await page.close();
  });
});

describe("ingest", () => {
  const PASTE = `Blinken calls Aliyev
By Jane Doe
November 28, 2023

WASHINGTON — US Secretary of State Antony Blinken spoke by phone with Azerbaijani President Ilham Aliyev on Monday to discuss the peace talks with Armenia, the State Department said.
`;

  it("extracts a pasted article without writing it", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.fill("textarea[name=text]", PASTE);
    await page.click("button[value=extract]");
    await page.waitForSelector("#extraction", { timeout: 60_000 });
    expect(await page.locator(".ex-actors").textContent()).toContain("Antony Blinken");
    expect(await page.locator(".ex-dates").textContent()).toContain("Mon 27 Nov 2023");
    expect(await page.locator(".ex-events li").count()).toBeGreaterThan(0);
    const search = await (await fetch(`${app.url}/search?q=${encodeURIComponent('"Jane Doe"')}`)).text();
    expect(search).toContain("Nothing matches");
    await page.close();
  });

  it("refuses to write with a wrong token, and writes with the right one", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/ingest`);
    await page.fill("textarea[name=text]", PASTE);
    await page.fill("input[name=name]", "blinken-aliyev-web.txt");
    await page.fill("input[name=token]", "wrong");
    await page.click("button[value=write]");
    await page.waitForSelector(".problems[role=alert]", { timeout: 60_000 });
    expect(await page.locator(".problems[role=alert]").textContent()).toContain("Wrong write token");
    await page.fill("input[name=token]", TOKEN);
    await page.click("button[value=write]");
    await page.waitForSelector("text=Added to the knowledge base", { timeout: 120_000 });
    const article = await fetch(`${app.url}/articles/blinken-aliyev-web`);
    expect(article.status).toBe(200);
    await page.close();
  });
});
