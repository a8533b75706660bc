// What resolving one phrase yields, and what it is resolved against.
import type { DateAnchorKind, Weekday } from "@dateline/core/schema";
import type { PubRef } from "./publication";
import type { TenseReading } from "./tense";

/** A date told earlier in the article, that later phrases may count from. */
export interface Told {
  text: string;
  value: string | null;
  /** 0 = Sunday … 6 = Saturday, when the text named one. */
  weekday: number | null;
  anchor: DateAnchorKind;
  /** Whether that date was itself an inference: what counts from it inherits that. */
  inferred: boolean;
}

export interface Env {
  pub: PubRef | null;
  tense: TenseReading;
  /** The nearest date told before this phrase ("Two days later" counts from it). */
  previous: Told | null;
  /**
   * The nearest day told before it: "the following day" counts from a day, so it passes over a year or month told
   * in between ("since 2016", "until July 2026").
   */
  previousDay?: Told | null;
  /** An older date stated in full nearby, whose year a bare "March 7" takes in a story told in the past. */
  context: Told | null;
  /**
   * The first day of the latest date stated in the scene's paragraph ("applied in May 2022, three months after …
   * February 24, 2022"): a story told in the past moves forward, so a bare date before it is not the scene's.
   */
  sceneFloor?: string | null;
}

export interface Outcome {
  value: string | null;
  anchor: { kind: DateAnchorKind; value: string | null };
  inferred: boolean;
  weekday: Weekday | null;
  /** Why, without the quoted phrase in front: "before published Tue 2023-11-28". */
  why: string;
}

export const noDate = (why: string, weekday: Weekday | null = null): Outcome => ({
  value: null,
  anchor: { kind: "none", value: null },
  inferred: false,
  weekday,
  why,
});

/** " (future: 'expected to')" — the tense words an explanation cites. */
export function tenseNote(env: Env): string {
  return env.tense.marker ? ` (${env.tense.tense}: '${env.tense.marker}')` : "";
}
