// The PostgreSQL schema: the same tables as SQLite (text in the C collation), then tsvector search columns.
import { type Migration, type MigrationProvider, sql } from "kysely";
import {
  addEntityListDocs,
  addEventListDocs,
  addIdToEventIndexes,
  createActorTimeline,
  createArticleMentions,
  createGenerationTable,
  createReadIndexes,
  createTables,
  createTimelineIndexes,
  widenTimelineIndex,
} from "./migrations";
import { createTextSearch } from "./postgres-sql";

const migrations: Record<string, Migration> = {
  "0001-initial": {
    async up(db) {
      await createTables(db, sql`text collate "C"`);
      await createTextSearch(db);
    },
  },
  "0002-kb-generation": {
    async up(db) {
      await createGenerationTable(db);
    },
  },
  "0003-read-indexes": {
    async up(db) {
      await createReadIndexes(db);
    },
  },
  "0004-timeline-indexes": {
    async up(db) {
      await createTimelineIndexes(db);
    },
  },
  "0005-wide-timeline-index": {
    async up(db) {
      await widenTimelineIndex(db);
    },
  },
  "0006-article-mentions": {
    async up(db) {
      await createArticleMentions(db, sql`text collate "C"`);
    },
  },
  "0007-event-list-docs": {
    async up(db) {
      await addEventListDocs(db, sql`text collate "C"`);
    },
  },
  "0008-event-indexes-by-id": {
    async up(db) {
      await addIdToEventIndexes(db);
    },
  },
  "0009-entity-list-docs": {
    async up(db) {
      await addEntityListDocs(db, sql`text collate "C"`);
    },
  },
  "0010-actor-timeline": {
    async up(db) {
      await createActorTimeline(db, sql`text collate "C"`);
    },
  },
};

export const postgresMigrations: MigrationProvider = { getMigrations: async () => migrations };
