// Precision, recall, F1 and accuracy from counts, and how to add counts up across articles.

export interface Prf {
  /** Gold items matched by a prediction. */
  matched: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** null when there was nothing to judge. */
  accuracy: number | null;
}

/** Empty sides score 1 (nothing to find, nothing wrongly found); a side with items and no match scores 0. */
export function prf(matched: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, gold, predicted, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

/** Micro-average: add the counts, then compute the ratios once. */
export function sumPrf(items: readonly Prf[]): Prf {
  const add = (k: "matched" | "gold" | "predicted") => items.reduce((n, x) => n + x[k], 0);
  return prf(add("matched"), add("gold"), add("predicted"));
}

export function sumAccuracy(items: readonly Accuracy[]): Accuracy {
  return accuracy(
    items.reduce((n, x) => n + x.correct, 0),
    items.reduce((n, x) => n + x.total, 0),
  );
}
