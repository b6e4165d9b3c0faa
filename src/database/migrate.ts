import type { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK = 4_203_017;

/** Runs pending migrations while holding an advisory lock, so several instances can start at once. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
