import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: { query: string; parameters?: unknown[] }[];
  down: { query: string; parameters?: unknown[] }[];
}

/** What the entities would change in the migrated schema; empty when both agree. */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map(({ query, parameters }) => ({ query, parameters })),
    down: sql.downQueries.map(({ query, parameters }) => ({ query, parameters })),
  };
}
