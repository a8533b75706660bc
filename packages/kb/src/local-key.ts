// Per-article ids are only unique within their article; this key makes them unique across articles.
export function localKey(articleId: string, id: string): string {
  return `${articleId}\u0000${id}`;
}

export interface EntityLink<T> {
  items: T[];
  /** localKey(articleId, per-article id) → id in the knowledge base. */
  idOf: Map<string, string>;
}
