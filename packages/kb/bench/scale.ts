// Prints how long buildKnowledgeBase takes on synthetic corpora of growing size (no timing asserts).
import { addDays } from "@dateline/core/dates";
import type { ArticleExtraction } from "@dateline/core/schema";
import { benchArgs } from "../../../scripts/bench-args";
import { buildKnowledgeBase } from "../src/build-knowledge-base";
import { ExtractionBuilder } from "../src/fixtures/builder";

benchArgs(
  `Usage: tsx bench/scale.ts
Prints how long buildKnowledgeBase takes on synthetic corpora of 100, 1,000, 3,000 and 10,000 articles (3,000 people,
60 countries, stories spread over two years), with the actors, events, reports and conflicts it makes. No options;
asserts no timings.
Example: npm run bench -w @dateline/kb`,
  {},
);

const PEOPLE = 3000;
const TYPES = ["call", "meeting", "statement", "ceasefire", "visit", "military-operation"] as const;

/** A deterministic pseudo-random corpus: 3,000 people, 60 countries, stories spread over two years. */
function corpus(n: number): ArticleExtraction[] {
  // mulberry32: a small PRNG whose low bits are usable, unlike a plain LCG's.
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const out: ArticleExtraction[] = [];
  for (let i = 0; i < n; i++) {
    const published = addDays("2022-01-01", rand(730));
    const sentences: string[] = [];
    const specs: Array<{ a: number; b: number; type: (typeof TYPES)[number]; day: string | null }> = [];
    for (let j = 0; j < 6; j++) {
      const a = rand(PEOPLE);
      const b = rand(PEOPLE);
      const type = TYPES[rand(TYPES.length)]!;
      const day = rand(3) === 0 ? null : addDays(published, -rand(10));
      specs.push({ a, b, type, day });
      sentences.push(
        `Item ${j}: Person${a} Surname${a} ${type} Person${b} Surname${b} at time ${j} in Country${a % 60} and Country${b % 60}.`,
      );
    }
    const builder = new ExtractionBuilder(`a${String(i).padStart(6, "0")}`, sentences.join(" "), published);
    const people = new Set(specs.flatMap((s) => [s.a, s.b]));
    for (const p of [...people].sort((x, y) => x - y)) {
      builder.actor(`Person${p} Surname${p}`, "person", { affiliations: [`country${p % 60}`] });
    }
    for (const c of [...new Set([...people].map((p) => p % 60))].sort((x, y) => x - y)) {
      builder.actor(`Country${c}`, "country");
    }
    specs.forEach((s, j) => {
      builder.event({
        type: s.type,
        title: `${s.type} ${j}`,
        words: sentences[j]!,
        date: s.day ? { value: s.day, text: `at time ${j}` } : undefined,
        participants: [
          [`person${s.a}-surname${s.a}`, "agent"],
          [`person${s.b}-surname${s.b}`, "counterpart"],
        ],
      });
    });
    out.push(builder.build());
  }
  return out;
}

for (const n of [100, 1000, 3000, 10000]) {
  const input = corpus(n);
  const t0 = performance.now();
  const kb = buildKnowledgeBase(input);
  const ms = performance.now() - t0;
  const reports = kb.events.reduce((s, e) => s + e.reports.length, 0);
  console.log(
    `${n} articles: ${ms.toFixed(0)} ms, ${kb.actors.length} actors, ${kb.events.length} events from ${reports} reports, ${kb.conflicts.length} conflicts`,
  );
}
