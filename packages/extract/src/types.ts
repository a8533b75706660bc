// The contract between the extraction stages: parse → analyse → entities, dates, figures → quotes → events.
import type {
  Actor,
  Article,
  ArticleExtraction,
  ArticleFormat,
  ExtractedEvent,
  ExtractorInfo,
  Figure,
  Place,
  Quote,
  TemporalExpression,
} from "@dateline/core/schema";
import type { Analysis, Range } from "./nlp/analyze";

/** What the user handed in: a file's bytes (or text), and where it came from. */
export interface RawInput {
  /** Path as given (relative to the ingest root), or null for stdin / a paste. */
  path: string | null;
  content: Uint8Array | string;
  /** Forces a format; otherwise it is told from the extension, then from the content. */
  format?: ArticleFormat;
}

/** An article after parsing: its metadata, and the ranges of its text that carry the story. */
export interface ParsedArticle {
  article: Article;
  /**
   * Ranges of article.text to extract from: the story itself, without metadata lines, a lede preview that
   * the text repeats in full further down, or share-button debris. Offsets still index article.text.
   */
  body: Range[];
}

/** Everything the stages after parsing share about one article. */
export interface DocContext {
  articleId: string;
  text: string;
  article: Article;
  body: Range[];
  analysis: Analysis;
}

/** One place in the text where an actor or place is named (or referred to: "the Secretary", "Baku"). */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  entity: "actor" | "place";
  /** How the text refers to it: full name, alias, title ("the Secretary"), surname, demonym, a capital as government, a pronoun. */
  via: "name" | "alias" | "title" | "surname" | "demonym" | "government" | "pronoun";
}

export interface EntityResult {
  actors: Actor[];
  places: Place[];
  /** Every mention, in text order. */
  mentions: Mention[];
}

export type FindEntities = (ctx: DocContext) => EntityResult;
export type FindDates = (ctx: DocContext) => TemporalExpression[];
export type FindFigures = (ctx: DocContext) => Figure[];
export type FindQuotes = (ctx: DocContext, entities: EntityResult) => Quote[];
export type FindEvents = (ctx: DocContext, entities: EntityResult, dates: TemporalExpression[]) => ExtractedEvent[];

/**
 * An extractor turns one input into an ArticleExtraction. The built-in one is rule-based and offline; a
 * model-based one (a local LLM behind an OpenAI-compatible endpoint) can implement the same interface.
 */
export interface Extractor {
  readonly info: ExtractorInfo;
  extract(input: RawInput): Promise<ArticleExtraction>;
}
