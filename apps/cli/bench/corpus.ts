// Makes N realistic articles for benchmarks: paragraphs of the seed and eval articles, recombined, with other
// names, places and dates, deterministically (the same N and seed give the same files).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MONTH_NAMES } from "@dateline/core/dates";
import { mulberry32 } from "@dateline/core/random";
import { benchArgs } from "../../../scripts/bench-args";

const DATA = fileURLToPath(new URL("../../../data/", import.meta.url));
const FIRST = [
  "Amara",
  "Boris",
  "Chen",
  "Dilnoza",
  "Emil",
  "Farah",
  "Goran",
  "Hana",
  "Ivo",
  "Jana",
  "Karim",
  "Lena",
  "Mateo",
  "Nadia",
  "Oskar",
  "Priya",
];
const LAST = [
  "Okafor",
  "Petrov",
  "Lindqvist",
  "Haddad",
  "Novak",
  "Takahashi",
  "Moreau",
  "Kowalski",
  "Rahman",
  "Silva",
  "Ivanova",
  "Brennan",
];
const PLACES = ["Tbilisi", "Astana", "Vilnius", "Geneva", "Nairobi", "Doha", "Oslo", "Ankara", "Cairo", "Lima"];

function sourceParagraphs(): string[] {
  const dirs = [join(DATA, "articles"), join(DATA, "eval", "articles")];
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".txt") || n.endsWith(".md"));
    } catch {
      continue;
    }
    for (const name of names) {
      for (const p of readFileSync(join(dir, name), "utf8").split(/\n\s*\n|\n/)) {
        const t = p.trim();
        if (t.length > 80 && /[.!?”"»]$/.test(t) && !/^[A-Za-z]+:\s/.test(t)) out.push(t);
      }
    }
  }
  return [...new Set(out)];
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  dir: string;
}

/** Writes `count` articles into `dir` and returns their total size in bytes. */
export function makeCorpus({ count, seed = 42, dir }: CorpusOptions): number {
  mkdirSync(dir, { recursive: true });
  const paragraphs = sourceParagraphs();
  if (paragraphs.length === 0) throw new Error(`no source paragraphs found under ${DATA}`);
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const place = pick(PLACES);
    const year = 2015 + Math.floor(random() * 10);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const body = Array.from({ length: 5 + Math.floor(random() * 6) }, () => pick(paragraphs))
      .join("\n\n")
      .replace(/\b(Antony Blinken|Blinken)\b/g, person)
      .replace(/\b(Baku|Yerevan)\b/g, place)
      .replace(/\b(2023|2022)\b/g, String(year));
    const text = `Title: ${person} visits ${place}\nSource: Bench Wire\nPublished: ${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}\n\n${place.toUpperCase()}, ${MONTH_NAMES[month]} ${day} — ${body}\n`;
    const file = join(dir, `bench-${String(i).padStart(6, "0")}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

const USAGE = `Usage: tsx bench/corpus.ts [count=1000] [dir=bench/out/corpus]
Writes COUNT realistic articles to DIR for benchmarks: paragraphs of the seed and eval articles, recombined, with
other names, places and dates, deterministically (the same count gives the same files).
Example: tsx bench/corpus.ts 10000 /tmp/corpus`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cli = benchArgs(USAGE, { allowPositionals: true }, 2);
  const [countArg = "1000", dir = "bench/out/corpus"] = cli.positionals;
  const count = cli.number(countArg, "the article count");
  const bytes = makeCorpus({ count, dir });
  console.log(`wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) to ${dir}`);
}
