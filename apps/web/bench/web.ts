// Bench: TTFB and LCP (chromium's PerformanceObserver) of / and an event page on the seed KB, and first-load JS per route.
import { gzipSync } from "node:zlib";
import { buildSeedKb } from "@dateline/api/testing";
import { launchBrowser } from "../e2e/browser";
import { buildApp, startApp } from "../e2e/next-server";

const RUNS = Number(process.env.RUNS ?? 7);
const DIST = ".next-bench";
const ROUTES = [
  "/",
  "/events/2023-11-27-call-antony-blinken-ilham-aliyev",
  "/articles/004_fd49d523f050ac8a",
  "/actors/antony-blinken",
  "/sources",
  "/conflicts",
  "/graph",
  "/search?q=Blinken",
  "/ingest",
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const seed = await buildSeedKb();
const t = performance.now();
buildApp(DIST);
console.log(`next build: ${((performance.now() - t) / 1000).toFixed(1)} s`);
const app = await startApp({ DATELINE_DB: seed.path }, DIST);
const browser = await launchBrowser();
try {
  // One visit of each route first, so that timings below are of a warm server, as a reader would meet it.
  const warm = await browser.context.newPage();
  for (const r of ROUTES) await warm.goto(app.url + r);
  await warm.close();

  console.log(`\nTTFB and LCP, median of ${RUNS} cold-cache page loads (ms):`);
  for (const route of ROUTES.slice(0, 2)) {
    const ttfb: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.context().clearCookies();
      const client = await page.context().newCDPSession(page);
      await client.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(app.url + route, { waitUntil: "load" });
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
    console.log(`  ${route}: TTFB ${median(ttfb).toFixed(1)}, LCP ${median(lcp).toFixed(1)}`);
  }

  console.log("\nFirst-load JS per route (scripts the page loads; raw and gzip):");
  for (const route of ROUTES) {
    const page = await browser.context.newPage();
    const scripts = new Set<string>();
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.add(r.url());
    });
    await page.goto(app.url + route, { waitUntil: "load" });
    let raw = 0;
    let gz = 0;
    for (const url of scripts) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body).length;
    }
    console.log(
      `  ${route.padEnd(56)} ${String(scripts.size).padStart(2)} files  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)} gz`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
  seed.cleanup();
}
