import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const MIGRATED_TEMPLATE = 'kek_template_migrated';
export const SEEDED_TEMPLATE = 'kek_template_seeded';

/** The URL of the test cluster's maintenance database, set by the global setup. */
export function adminUrl(): string {
  const url = process.env.KEK_TEST_ADMIN_URL;
  if (!url)
    throw new Error('KEK_TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function databaseUrl(database: string): string {
  return adminUrl().replace(/\/[^/]+$/, `/${database}`);
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database copied from a template: each test file gets its own, in about 0.1 s. */
export async function createDatabaseFrom(template: string): Promise<string> {
  const name = `kek_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return databaseUrl(name);
}
