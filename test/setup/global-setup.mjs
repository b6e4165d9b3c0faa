// Jest loads this file outside its ESM transform, so it uses the compiled app in dist/
// (npm run test:jest builds first).
import 'reflect-metadata';
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../dist/src/app.factory.js';
import { createLogger } from '../../dist/src/common/logging/logger.js';
import { loadConfig } from '../../dist/src/config/app-config.js';
import { dataSourceOptions } from '../../dist/src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../dist/src/database/embedded-postgres.launcher.js';
import { migrate } from '../../dist/src/database/migrate.js';

// Keep in step with test/setup/test-database.ts.
const MIGRATED_TEMPLATE = 'kek_template_migrated';
const SEEDED_TEMPLATE = 'kek_template_seeded';

/**
 * Where the run's cluster lives: in memory (/dev/shm) where there is such a place. Each test file
 * copies a database of its own, so a full run writes and finally deletes about a gigabyte in tens
 * of thousands of files: on disk the copies and the deletion at the end take many seconds.
 */
function clusterParent() {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * Starts a real PostgreSQL for the whole run in a fresh temporary directory (never ./data) and
 * prepares two templates: migrated only, and migrated plus seeded.
 */
export default async function globalSetup() {
  const directory = mkdtempSync(join(clusterParent(), 'kek-test-postgres-'));
  const server = await startEmbeddedPostgres({ directory, database: 'postgres' });
  globalThis.kekTestPostgres = { server, directory };
  process.env.KEK_TEST_ADMIN_URL = server.url;
  const urlOf = (database) => server.url.replace(/\/[^/]+$/, `/${database}`);

  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  // A throwaway cluster: commits need not wait for the disk (a crash of the server process itself
  // still loses nothing, only one of the machine would).
  await admin.query('ALTER SYSTEM SET fsync = off');
  await admin.query('SELECT pg_reload_conf()');
  await admin.query(`CREATE DATABASE ${MIGRATED_TEMPLATE}`);
  const dataSource = await new DataSource(dataSourceOptions(urlOf(MIGRATED_TEMPLATE))).initialize();
  await migrate(dataSource);
  await dataSource.destroy();

  await admin.query(`CREATE DATABASE ${SEEDED_TEMPLATE} TEMPLATE ${MIGRATED_TEMPLATE}`);
  await admin.end();
  const app = await createApp(
    loadConfig({ NODE_ENV: 'test' }),
    urlOf(SEEDED_TEMPLATE),
    createLogger('silent'),
    { demo: false },
  );
  await app.close();
}
