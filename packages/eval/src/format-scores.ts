// Plain-text tables of scores, for `dateline eval` and for reading in a terminal or a CI log.
import type { Accuracy, Prf } from "./metrics";
import type { CorpusScores, ScoreRows } from "./score-extraction";
import type { KbScores } from "./score-kb";

const num = (x: number | null) => (x === null ? "   —" : x.toFixed(2).padStart(4));
const label = (s: string) => s.padEnd(16);

function prfRow(name: string, p: Prf): string {
  return `${label(name)}${num(p.precision)}  ${num(p.recall)}  ${num(p.f1)}  ${"".padStart(4)}  ${p.matched}/${p.gold} gold, ${p.predicted} found`;
}

function accuracyRow(name: string, a: Accuracy): string {
  return `${label(name)}${"".padStart(4)}  ${"".padStart(4)}  ${"".padStart(4)}  ${num(a.accuracy)}  ${a.correct}/${a.total} right`;
}

/** The rows: actors, places, events (by evidence, then also by type), dates (exact, then compatible), statuses, quotes, speakers, figures. */
export function formatRows(rows: ScoreRows): string[] {
  return [
    `${label("")}   P     R    F1   acc  counts`,
    prfRow("actors", rows.actors),
    prfRow("places", rows.places),
    prfRow("events", rows.events),
    prfRow("events + type", rows.eventsStrict),
    accuracyRow("dates", rows.dates),
    accuracyRow("dates, could be", rows.datesCompatible),
    accuracyRow("event statuses", rows.statuses),
    prfRow("quotes", rows.quotes),
    accuracyRow("quote speakers", rows.speakers),
    prfRow("figures", rows.figures),
  ];
}

export function formatKbScores(kb: KbScores): string[] {
  const a = kb.actors;
  const lines = [
    "linking across articles",
    `${label("actors")}${a.linked}/${a.gold} linked to exactly one KB actor; ${a.splits.length} split, ${a.merges.length} wrong merges, ${a.missing.length} missing`,
    `${label("events")}pairwise P ${num(kb.events.pairs.precision)}  R ${num(kb.events.pairs.recall)}  F1 ${num(kb.events.pairs.f1)}; ${kb.events.mapped}/${kb.events.reports} gold reports found`,
    `${label("conflicts")}P ${num(kb.conflicts.precision)}  R ${num(kb.conflicts.recall)}  F1 ${num(kb.conflicts.f1)}; ${kb.conflicts.matched}/${kb.conflicts.gold} gold conflicts found, ${kb.conflicts.predicted} reported`,
  ];
  for (const s of a.splits) lines.push(`  split: ${s.name} → ${s.actorIds.join(", ")}`);
  for (const m of a.merges) lines.push(`  merged: ${m.actorId} holds ${m.names.join(", ")}`);
  if (a.missing.length > 0) lines.push(`  actors not found: ${a.missing.join(", ")}`);
  for (const s of kb.events.splits) lines.push(`  event split: ${s.key} → ${s.eventIds.join(", ")}`);
  for (const m of kb.events.merges) lines.push(`  events merged: ${m.eventId} holds ${m.keys.join(", ")}`);
  if (kb.conflicts.missing.length > 0) lines.push(`  conflicts not found: ${kb.conflicts.missing.join(", ")}`);
  return lines;
}

/**
 * The evaluation report: corpus totals (micro-averaged), a line of F1s per article, the linking
 * scores when a knowledge base was scored, and notes on articles that could not be scored.
 */
export function formatScores(scores: CorpusScores, kb: KbScores | null = null): string {
  const n = scores.articles.length;
  const lines = [`extraction: ${n} gold article${n === 1 ? "" : "s"}, micro-averaged`, ...formatRows(scores.total)];
  const width = Math.max("article".length, ...scores.articles.map((a) => a.articleId.length)) + 2;
  lines.push("", `${"article".padEnd(width)}actors places events  dates quotes`);
  for (const a of scores.articles) {
    const cells = [a.actors.f1, a.places.f1, a.events.f1, a.dates.accuracy, a.quotes.f1].map((x) => num(x).padStart(6));
    lines.push(`${a.articleId.padEnd(width)}${cells.join(" ")}`);
  }
  if (kb) lines.push("", ...formatKbScores(kb));
  if (scores.missing.length > 0) lines.push("", `no extraction for: ${scores.missing.join(", ")} (scored as empty)`);
  if (scores.unscored.length > 0) lines.push("", `no gold for: ${scores.unscored.join(", ")} (not scored)`);
  return `${lines.join("\n")}\n`;
}

/** Item by item, per article: what was missed, what was found that gold does not hold, what was matched but wrong. */
export function formatDetails(scores: CorpusScores): string {
  const lines: string[] = [];
  for (const a of scores.articles) {
    const d = a.details;
    if (d.missed.length + d.spurious.length + d.wrong.length + d.unlocated.length === 0) continue;
    lines.push(a.articleId);
    for (const [mark, items] of [
      ["missed", d.missed],
      ["extra", d.spurious],
      ["wrong", d.wrong],
      ["gold words not in text", d.unlocated],
    ] as const) {
      for (const item of items) lines.push(`  ${mark}: ${item}`);
    }
  }
  return lines.length === 0 ? "every gold item found, nothing extra\n" : `${lines.join("\n")}\n`;
}
