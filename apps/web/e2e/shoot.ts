// Screenshots of views at desktop (1280) and phone (375) width, light and dark, for a person to look at:
//   tsx e2e/shoot.ts URL [dir] [/path,/path…] [--no-js] [--screen]   (--screen: the first screenful, not the whole page)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "./browser";

const args = process.argv.slice(2);
const noJs = args.includes("--no-js");
const screen = args.includes("--screen");
const [base = "http://localhost:3000", dir = "/tmp/shots", list = "/"] = args.filter((a) => !a.startsWith("--"));
const paths = list.split(",");

mkdirSync(dir, { recursive: true });
for (const [name, width] of [
  ["desktop", 1280],
  ["phone", 375],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    const browser = await launchBrowser({
      width,
      height: width === 375 ? 812 : 900,
      colorScheme: scheme,
      javaScriptEnabled: !noJs,
    });
    const page = await browser.context.newPage();
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: "load", timeout: 120_000 });
      const slug = path === "/" ? "home" : path.replace(/[^a-z0-9]+/gi, "_").replace(/^_/, "");
      const file = join(dir, `${slug}-${name}-${scheme}${noJs ? "-nojs" : ""}.png`);
      await page.screenshot({ path: file, fullPage: !screen });
      console.log(file);
    }
    await browser.close();
  }
}
