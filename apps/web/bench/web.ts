// Bench: TTFB and LCP of / and an event page, and first-load JS per route (USAGE).
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSeedKb } from "@dateline/api/testing";
import { openSqliteStore } from "@dateline/store/sqlite";
import { benchArgs } from "../../../scripts/bench-args";
import { launchBrowser } from "../e2e/browser";
import { buildApp, startApp } from "../e2e/next-server";

const USAGE = `Usage: tsx bench/web.ts [KB.db] [--event ID] [--no-build]
Bench: TTFB and LCP (chromium's PerformanceObserver) of / and an event page, the server's CPU per request, and
first-load JS per route. Without a KB path it builds the seed KB; with one (e.g. a copy of a 10,000-article KB) it
reads that file only.
  --event ID   the event page to measure (default: the seed's well-known one, or a median event of the KB)
  --no-build   serve the last bench build (.next-bench) instead of running next build
Environment: RUNS page loads per figure (default 7), CPU_RUNS fetches for the CPU figure (default 40),
ROUTES=first-two to measure only the home and the event page.
Example: npm run bench -w @dateline/web -- /tmp/kb-copy.db --no-build`;
const cli = benchArgs(
  USAGE,
  { allowPositionals: true, options: { event: { type: "string" }, "no-build": { type: "boolean", default: false } } },
  1,
);
const RUNS = cli.number(process.env.RUNS ?? "7", "RUNS");
const DIST = ".next-bench";
const noBuild = cli.values["no-build"];
const eventArg = cli.values.event;
const kbArg = cli.positionals[0];
if (kbArg !== undefined && !existsSync(kbArg)) cli.fail(`no such file: ${kbArg}`);
const CPU_RUNS = cli.number(process.env.CPU_RUNS ?? "40", "CPU_RUNS");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

const seed = kbArg ? null : await buildSeedKb();
const dbPath = kbArg ? resolve(kbArg) : seed!.path;

/** Ids to visit: the seed's well-known ones, or for another KB the busiest of its first dated events and its pieces. */
async function pickIds() {
  if (!kbArg) {
    return {
      event: "2023-11-27-call-antony-blinken-ilham-aliyev",
      article: "004_fd49d523f050ac8a",
      actor: "antony-blinken",
      place: "azerbaijan",
    };
  }
  const store = await openSqliteStore(dbPath, { readonly: true });
  try {
    const { items } = await store.listEvents({ undated: false, background: false, limit: 200 });
    // A median event by number of sources, so the figure is of a typical page, not the largest or the emptiest.
    const byReports = [...items].sort((a, b) => a.reportCount - b.reportCount);
    const event = eventArg ? (await store.getEvent(eventArg))!.event : byReports[Math.floor(byReports.length / 2)]!;
    return {
      event: event.id,
      article: event.reports[0]!.articleId,
      actor: event.participants[0]?.actorId ?? (await store.listActors({ limit: 1 })).items[0]!.id,
      place: event.placeId ?? (await store.listPlaces({ limit: 1 })).items[0]?.id ?? "none",
    };
  } finally {
    await store.close();
  }
}

const ids = await pickIds();
const event = eventArg ?? ids.event;
const ALL_ROUTES = [
  "/",
  `/events/${event}`,
  `/articles/${ids.article}`,
  `/actors/${ids.actor}`,
  `/places/${ids.place}`,
  "/sources",
  "/conflicts",
  "/graph",
  "/search?q=Blinken",
  "/ingest",
];
// ROUTES=first-two measures only the home and the event page (for a build that cannot serve the other views in time).
const ROUTES = process.env.ROUTES === "first-two" ? ALL_ROUTES.slice(0, 2) : ALL_ROUTES;

console.log(`KB: ${dbPath}${kbArg ? "" : " (seed)"}; event ${event}; load average ${load()}`);
if (!noBuild) {
  const t = performance.now();
  buildApp(DIST);
  console.log(`next build: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const started = performance.now();
const app = await startApp({ DATELINE_DB: dbPath }, DIST);
const browser = await launchBrowser();
try {
  // The server computes what views derive from the whole KB in the background after it starts; the figures
  // below are of a server that has finished, as readers meet it once it has been up for a minute.
  const warmed = /warm-up of KB generation \d+ done in [\d.]+ s/;
  for (const deadline = Date.now() + 600_000; !warmed.test(app.output()) && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(
    `Warm-up: ${warmed.exec(app.output())?.[0] ?? "not done in 10 min"}; ${((performance.now() - started) / 1000).toFixed(1)} s after the start`,
  );
  // One visit of each route first, so that timings below are of a warm server, as a reader would meet it.
  const warm = await browser.context.newPage();
  console.log("\nFirst visit of each route after the warm-up, status and seconds:");
  for (const r of ROUTES) {
    const t = performance.now();
    const response = await warm.goto(app.url + r, { timeout: 300_000 }).catch((e: Error) => e);
    const status = response instanceof Error ? response.message.split("\n")[0] : response?.status();
    console.log(`  ${r.padEnd(60)} ${status}  ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
  await warm.close();

  console.log(`\nTTFB and LCP, median of ${RUNS} cold-cache page loads (ms), HTML size:`);
  for (const route of ROUTES.slice(0, 2)) {
    const ttfb: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.context().clearCookies();
      const client = await page.context().newCDPSession(page);
      await client.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(app.url + route, { waitUntil: "load", timeout: 300_000 });
      const m = await page.evaluate(
        () =>
          new Promise<{ ttfb: number; lcp: number }>((resolve) => {
            const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve({ ttfb: nav.responseStart - nav.requestStart, lcp: entries.at(-1)?.startTime ?? Number.NaN });
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      ttfb.push(m.ttfb);
      lcp.push(m.lcp);
      await page.close();
    }
    const bytes = Buffer.byteLength(await (await fetch(app.url + route)).text());
    console.log(`  ${route}: TTFB ${median(ttfb).toFixed(1)}, LCP ${median(lcp).toFixed(1)}, HTML ${kb(bytes)}`);
  }

  // The server's own CPU time per request: on a shared machine the wall-clock figures above mostly measure the
  // wait for a core, this one what the page costs (Linux /proc; utime + stime in clock ticks of 10 ms).
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${app.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  console.log(`\nServer CPU per request, mean of ${CPU_RUNS} sequential fetches (ms):`);
  for (const route of ROUTES.slice(0, 2)) {
    await (await fetch(app.url + route)).text();
    const before = cpuMs();
    for (let i = 0; i < CPU_RUNS; i++) await (await fetch(app.url + route)).text();
    console.log(`  ${route}: ${((cpuMs() - before) / CPU_RUNS).toFixed(1)}`);
  }

  console.log("\nFirst-load JS per route (scripts the page loads; raw and gzip):");
  for (const route of ROUTES) {
    const page = await browser.context.newPage();
    const scripts = new Set<string>();
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.add(r.url());
    });
    await page.goto(app.url + route, { waitUntil: "load", timeout: 300_000 });
    let raw = 0;
    let gz = 0;
    for (const url of scripts) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body).length;
    }
    console.log(
      `  ${route.padEnd(60)} ${String(scripts.size).padStart(2)} files  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)} gz`,
    );
    await page.close();
  }
  console.log(`\nload average ${load()}`);
} finally {
  await browser.close();
  await app.stop();
  seed?.cleanup();
}
