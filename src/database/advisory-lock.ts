import type { DataSource } from 'typeorm';

// Any constants work; they only have to be the same for every instance of the app.
export const MIGRATION_LOCK = 4_203_017;
export const QUEUE_SETUP_LOCK = 4_203_019;
/** With an event's id as the second key: its capacity notices go out one after the other. */
export const CAPACITY_NOTICE_LOCK = 4_203_023;

/**
 * Runs the work while this session holds a PostgreSQL advisory lock, so that instances starting
 * at once take turns (the work itself may use other connections). A pair of keys locks one object
 * of a kind: the kind's constant and the object's id.
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  key: number | [number, number],
  work: () => Promise<T>,
): Promise<T> {
  const keys = typeof key === 'number' ? [key] : key;
  const parameters = keys.map((_, index) => `$${index + 1}`).join(', ');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${parameters})`, keys);
    return await work();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${parameters})`, keys).catch(() => undefined);
    await runner.release();
  }
}
