// Does extraction time grow linearly with the text? The corpus's story paragraphs at 1×, 4×, 16× size, as one
// long paragraph and as many paragraphs, in CPU ms per KB (overall and per stage): a super-linear path shows as
// ms/KB growing with the size.
import { extractArticle, type Stage } from "../src/index";
import { parseArticle } from "../src/parse/index";
import type { RawInput } from "../src/types";

/** The story paragraphs of the corpus, in order: the text every size is made of. */
export function storyParagraphs(corpus: readonly RawInput[]): string[] {
  const out: string[] = [];
  for (const input of corpus) {
    const { article, body } = parseArticle(input);
    for (const r of body) out.push(article.text.slice(r.start, r.end).replace(/\s+/g, " ").trim());
  }
  return out.filter((p) => p.length > 0);
}

/**
 * The paragraphs `times` over, as one line or one paragraph a line. Each copy is numbered: the parser sets
 * aside a paragraph the text repeats verbatim, so plain copies would be read once.
 */
export function scaled(paragraphs: readonly string[], times: number, shape: "one" | "many"): string {
  const copies = Array.from({ length: times }, (_, k) => paragraphs.map((p) => `${p} (${k + 1})`));
  const body =
    shape === "one" ? copies.map((c) => c.join(" ")).join(" ") : copies.map((c) => c.join("\n\n")).join("\n\n");
  return `Linearity check\n\n${body}\n`;
}

export interface Timing {
  kb: number;
  cpuMs: number;
  stages: Map<Stage, number>;
}

/** One extraction of `content`, CPU time overall and by stage. */
export function timeOnce(content: string): Timing {
  const stages = new Map<Stage, number>();
  const start = process.cpuUsage();
  extractArticle({ path: "linearity.txt", content }, (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms));
  const used = process.cpuUsage(start);
  return { kb: Buffer.byteLength(content) / 1024, cpuMs: (used.user + used.system) / 1000, stages };
}

/** A line of the report: size, ms/KB, and the stages that take more than a tenth of the time. */
export function describe(label: string, t: Timing): string {
  const perKb = (ms: number) => (ms / t.kb).toFixed(2);
  const stages = [...t.stages]
    .filter(([, ms]) => ms > t.cpuMs / 10)
    .map(([stage, ms]) => `${stage} ${perKb(ms)}`)
    .join(", ");
  return `  ${label.padEnd(16)} ${t.kb.toFixed(0).padStart(6)} KB  ${(t.cpuMs / 1000).toFixed(2).padStart(7)} CPU s  ${perKb(t.cpuMs).padStart(6)} ms/KB  (${stages})`;
}

/** The report: each shape at each size, then (if asked) one paragraph of about `bigMb` MB. */
export function linearity(corpus: readonly RawInput[], sizes: readonly number[], bigMb: number): string[] {
  const paragraphs = storyParagraphs(corpus);
  const lines = ["linearity (CPU ms per KB of text; flat = linear):"];
  // Warm up on the smallest text of each shape (twice: once is not enough for the optimising compiler), so the
  // first size does not pay for compilation.
  for (let round = 0; round < 2; round++)
    for (const shape of ["one", "many"] as const) timeOnce(scaled(paragraphs, 1, shape));
  for (const shape of ["one", "many"] as const) {
    for (const times of sizes) {
      const label = `${shape === "one" ? "one paragraph" : "paragraphs"} ${times}×`;
      // The lower of two runs: on a shared machine a single run may be slowed by whatever else runs.
      const text = scaled(paragraphs, times, shape);
      const [a, b] = [timeOnce(text), timeOnce(text)];
      lines.push(describe(label, a.cpuMs <= b.cpuMs ? a : b));
    }
  }
  if (bigMb > 0) {
    const once = Buffer.byteLength(scaled(paragraphs, 1, "one"));
    const times = Math.max(1, Math.round((bigMb * 1024 * 1024) / once));
    lines.push(describe(`one paragraph ${times}×`, timeOnce(scaled(paragraphs, times, "one"))));
  }
  return lines;
}
