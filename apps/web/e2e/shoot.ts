// Screenshots of every view at desktop (1280) and phone (375) width, for a person to look at: tsx e2e/shoot.ts URL [dir].
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "./browser";

const base = process.argv[2] ?? "http://localhost:3000";
const dir = process.argv[3] ?? "/tmp/shots";
const paths = (process.argv[4] ?? "/").split(",");

mkdirSync(dir, { recursive: true });
for (const [name, width] of [
  ["desktop", 1280],
  ["phone", 375],
] as const) {
  const browser = await launchBrowser({ width, height: width === 375 ? 812 : 900 });
  const page = await browser.context.newPage();
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: "load" });
    const file = join(dir, `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await browser.close();
}
