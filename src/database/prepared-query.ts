import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** The pool TypeORM reads and writes through. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * A read that runs on every page view, as a named prepared statement: each connection has
 * PostgreSQL plan it once, and later runs skip the planning (for the comment thread, planning cost
 * more than running). One name stands for one text; a reconnected client prepares it again.
 */
export async function preparedQuery<Row extends QueryResultRow>(
  pool: Pool,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  return (await pool.query<Row>({ name, text, values })).rows;
}
