import type { DataSource } from 'typeorm';

// Any constants work; they only have to be the same for every instance of the app.
export const MIGRATION_LOCK = 4_203_017;
export const QUEUE_SETUP_LOCK = 4_203_019;

/**
 * Runs the work while this session holds a PostgreSQL advisory lock, so that instances starting
 * at once take turns (the work itself may use other connections).
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}
