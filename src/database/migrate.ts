import type { DataSource } from 'typeorm';
import { MIGRATION_LOCK, withAdvisoryLock } from './advisory-lock.js';

/** Runs pending migrations while holding an advisory lock, so several instances can start at once. */
export async function migrate(dataSource: DataSource): Promise<void> {
  await withAdvisoryLock(dataSource, MIGRATION_LOCK, () => dataSource.runMigrations());
}
