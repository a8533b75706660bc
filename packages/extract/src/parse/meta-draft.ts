// Metadata as it is being found: each field's value with the words it came from, or why it is missing.
import type { MetaField, PartialDate } from "@dateline/core/schema";

export interface Span {
  start: number;
  end: number;
}

export interface Found<T> {
  value: T;
  /** Where in article.text the value was read; null when it came from markup outside the text. */
  span: Span | null;
}

export interface MetaDraft {
  title?: Found<string>;
  outlet?: Found<string>;
  author?: Found<string>;
  url?: Found<string>;
  published?: Found<PartialDate>;
  updated?: Found<PartialDate>;
  dateline?: Found<string>;
  /** Specific reasons recorded by the readers that looked for a field and did not find it. */
  missing: Partial<Record<MetaField, string>>;
  warnings: string[];
}

export type DraftField = Exclude<keyof MetaDraft, "missing" | "warnings">;

export const emptyDraft = (): MetaDraft => ({ missing: {}, warnings: [] });

/** Sets a field unless an earlier, more reliable reader already did. */
export function offer<K extends DraftField>(draft: MetaDraft, field: K, found: NonNullable<MetaDraft[K]>): void {
  if (draft[field] === undefined) draft[field] = found;
}

/** Records why a field is missing unless a reason is already known. */
export function explainMissing(draft: MetaDraft, field: MetaField, reason: string): void {
  if (draft.missing[field] === undefined) draft.missing[field] = reason;
}
