// One Migrator setup for both backends, and the check a read-only open makes instead of migrating.
import { type Kysely, type MigrationProvider, Migrator } from "kysely";
import type { Database } from "./database";
import { StoreOpenError } from "./errors";
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from "./migrations";

export function migratorFor(db: Kysely<Database>, provider: MigrationProvider): Migrator {
  return new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

/** Whether some migration has yet to run on this database. */
export async function hasPending(migrator: Migrator): Promise<boolean> {
  return (await migrator.getMigrations()).some((m) => m.executedAt === undefined);
}

/** A read-only store cannot migrate: it says which upgrades are due and which command applies them. */
export async function assertMigrated(migrator: Migrator, where: string): Promise<void> {
  const pending = (await migrator.getMigrations()).filter((m) => m.executedAt === undefined);
  if (pending.length === 0) return;
  throw new StoreOpenError(
    `${where} was written by an older Dateline and needs schema upgrades (${pending.map((m) => m.name).join(", ")}); run \`dateline ingest\` on it once (any ingest upgrades it in place)`,
  );
}
