// The working state the linker builds and curation edits, before it is written out as a KnowledgeBase.
import type {
  Actor,
  Article,
  EventStatus,
  EventType,
  Figure,
  Place,
  Quote,
  Report,
  ResolvedDate,
  Suggestion,
} from "@dateline/core/schema";

export interface Interval {
  earliest: string;
  latest: string;
}

/** A report with what the Report schema does not carry but linking needs. */
export interface ReportState {
  report: Report;
  type: EventType;
  title: string;
  background: boolean;
  /** When the report's article was published (or inferred to be); null when unknown. */
  published: Interval | null;
}

export interface EventState {
  id: string;
  reports: ReportState[];
  /** Values set by curation; they win over what the reports say. */
  overrides: { date?: ResolvedDate; type?: EventType; status?: EventStatus };
}

/** Quotes and figures keep the extracted event id; the KB event id is looked up when writing out. */
export interface QuoteState {
  quote: Quote;
  extractedEventId: string | null;
}

export interface FigureState {
  figure: Figure;
  extractedEventId: string | null;
}

export interface KbState {
  articles: Map<string, Article>;
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  events: Map<string, EventState>;
  quotes: QuoteState[];
  figures: FigureState[];
  suggestions: Suggestion[];
}
