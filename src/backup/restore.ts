import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { createDocumentStorage } from '../documents/document-storage.factory.js';
import { clusterDirectory } from '../database/embedded-postgres.launcher.js';
import { BACKUP_MANIFEST, type BackupManifest, requireEmptyFolder } from './backup.js';
import { requireClientFor, restoreDatabase, serverMajorVersion } from './logical-backup.js';
import { restoreUploads } from './uploads-backup.js';

/**
 * Restores a backup into a new place, never over live data: an embedded cluster into the empty
 * DATA_DIR (PostgreSQL replays the backup's WAL on the first start), a dump into the empty
 * database of DATABASE_URL. Then the files go into the configured storage.
 */
export async function restoreBackup(config: AppConfig, source: string): Promise<BackupManifest> {
  const manifestFile = join(source, BACKUP_MANIFEST);
  if (!existsSync(manifestFile)) {
    throw new Error(`${resolve(source)} holds no ${BACKUP_MANIFEST}: is it a portal backup?`);
  }
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.database === 'cluster') {
    await restoreCluster(config, join(source, 'postgres'));
  } else {
    await restoreDump(config, join(source, 'database.dump'));
  }
  await restoreUploads(join(source, 'uploads'), await createDocumentStorage(config));
  return manifest;
}

async function restoreCluster(config: AppConfig, backup: string): Promise<void> {
  if (config.DATABASE_URL) {
    throw new Error(
      'This backup holds the embedded database: restore it without DATABASE_URL, into a new DATA_DIR.',
    );
  }
  const target = clusterDirectory(join(config.DATA_DIR, 'postgres'));
  await requireEmptyFolder(target);
  await cp(backup, target, { recursive: true });
  // PostgreSQL refuses a data folder others can read; as root it runs as the postgres user.
  spawnSync('chmod', ['-R', 'go-rwx', target]);
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres:postgres', target]);
}

async function restoreDump(config: AppConfig, dump: string): Promise<void> {
  const url = config.DATABASE_URL;
  if (!url) {
    throw new Error(
      'This backup is a pg_dump of an external database: set DATABASE_URL to a new, empty database.',
    );
  }
  requireClientFor('pg_restore', await serverMajorVersion(url));
  await requireEmptyDatabase(url);
  restoreDatabase(url, dump);
}

async function requireEmptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string }>(
      `SELECT count(*) AS tables FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (Number(rows[0].tables) > 0) {
      throw new Error('The database of DATABASE_URL is not empty: restore into a new database.');
    }
  } finally {
    await client.end();
  }
}
