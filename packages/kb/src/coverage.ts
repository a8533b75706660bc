// Views over a knowledge base: which article reports which event, and whom each article quotes.
import type { KnowledgeBase } from "@dateline/core/schema";
import { cmp, uniqueSorted } from "./sorting";

export interface Coverage {
  events: string[];
  articles: string[];
  cells: Array<{ eventId: string; articleId: string; reported: boolean }>;
}

/** The event × article grid, row by row: every pair present, `reported` when the article tells of the event. */
export function coverage(kb: KnowledgeBase): Coverage {
  const events = kb.events.map((e) => e.id).sort(cmp);
  const articles = kb.articles.map((a) => a.id).sort(cmp);
  const told = new Set(kb.events.flatMap((e) => e.reports.map((r) => `${e.id}\u0000${r.articleId}`)));
  const cells = events.flatMap((eventId) =>
    articles.map((articleId) => ({ eventId, articleId, reported: told.has(`${eventId}\u0000${articleId}`) })),
  );
  return { events, articles, cells };
}

/** For each article, the actors it quotes (sorted); an article quoting no one maps to an empty list. */
export function quotedBySource(kb: KnowledgeBase): Record<string, string[]> {
  const speakers = new Map<string, Set<string>>();
  for (const a of kb.articles) speakers.set(a.id, new Set());
  for (const q of kb.quotes) {
    if (q.speakerId === null) continue;
    const set = speakers.get(q.articleId) ?? new Set<string>();
    set.add(q.speakerId);
    speakers.set(q.articleId, set);
  }
  const out: Record<string, string[]> = {};
  for (const id of [...speakers.keys()].sort(cmp)) out[id] = uniqueSorted(speakers.get(id)!);
  return out;
}
