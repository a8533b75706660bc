// What a backend's full-text engine must provide (FTS5 on SQLite; tsvector would serve PostgreSQL).
import type { Expression, Kysely, SqlBool } from "kysely";
import type { Database } from "./database";
import type { SearchHit } from "./index";

export type SearchKind = SearchHit["kind"];

export interface TextIndex {
  /** User text → the engine's query syntax, every word as data; throws BadQueryError when nothing is left. */
  toQuery(input: string): string;
  /** Refreshes the index from the item tables, inside the replace transaction. */
  rebuild(db: Kysely<Database>): Promise<void>;
  /** Housekeeping after a committed replace (planner statistics). */
  afterReplace(db: Kysely<Database>): Promise<void>;
  search(db: Kysely<Database>, kind: SearchKind, query: string, limit: number): Promise<SearchHit[]>;
  /**
   * A condition on `events`: the event's title, wording or framing match the query. Async, so that an engine may
   * look at the database to choose how the condition is written (the rows it keeps are the same either way).
   */
  eventMatches(db: Kysely<Database>, query: string): Promise<Expression<SqlBool>>;
  /** `column` contains `needle` literally (the caller lower-cases both). */
  contains(column: Expression<string>, needle: string): Expression<SqlBool>;
  /** Is this error the engine rejecting a query (as opposed to a broken database)? */
  isQueryError(error: unknown): boolean;
}
