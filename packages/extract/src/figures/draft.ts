// A figure before it is numbered: what the readers of numbers hand to findFigures.
import type { Figure } from "@dateline/core/schema";
import type { Sentence, Token } from "../nlp/analyze";

export type FigureDraft = Omit<Figure, "id" | "articleId" | "eventId" | "evidence"> & { start: number; end: number };

export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** Index of the first token of the sentence that starts at or after `at`. */
export function firstTokenFrom(tokens: Token[], s: Sentence, at: number): number {
  let i = s.tokenStart;
  while (i < s.tokenEnd && tokens[i]!.start < at) i++;
  return i;
}

export const clean = (s: string) => s.replace(/\s+/g, " ").trim();
