import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { createDocumentStorage } from '../documents/document-storage.factory.js';
import { EMBEDDED_DATABASE, openEmbeddedCluster } from './embedded-cluster.js';
import { dumpDatabase, requireClientFor, serverMajorVersion } from './logical-backup.js';
import { backUpCluster } from './physical-backup.js';
import { backUpUploads } from './uploads-backup.js';

export const BACKUP_MANIFEST = 'backup.json';

/** What a backup folder holds; restore reads it to choose its way back. */
export interface BackupManifest {
  createdAt: string;
  /** `cluster`: the embedded data folder (postgres/); `dump`: pg_dump -Fc (database.dump). */
  database: 'cluster' | 'dump';
  postgresVersion: string;
  uploads: number;
  missingUploads: string[];
}

/**
 * Backs up the database with PostgreSQL's own mechanisms, then the uploaded files, into a new
 * folder: the embedded cluster as an online base backup, an external server with pg_dump.
 */
export async function createBackup(config: AppConfig, target: string): Promise<BackupManifest> {
  await requireEmptyFolder(target);
  const createdAt = new Date().toISOString();
  const source = await openDatabase(config);
  try {
    const database = await source.backUp(target);
    const uploads = await backUpUploads(
      source.url,
      await createDocumentStorage(config),
      join(target, 'uploads'),
    );
    const manifest: BackupManifest = {
      createdAt,
      ...database,
      uploads: uploads.copied,
      missingUploads: uploads.missing,
    };
    await writeFile(join(target, BACKUP_MANIFEST), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    await source.release();
  }
}

interface DatabaseSource {
  /** The portal's database. */
  url: string;
  backUp(target: string): Promise<Pick<BackupManifest, 'database' | 'postgresVersion'>>;
  release(): Promise<void>;
}

async function openDatabase(config: AppConfig): Promise<DatabaseSource> {
  const externalUrl = config.DATABASE_URL;
  if (externalUrl) {
    return {
      url: externalUrl,
      backUp: async (target) => {
        const major = await serverMajorVersion(externalUrl);
        requireClientFor('pg_dump', major);
        await mkdir(target, { recursive: true, mode: 0o700 });
        dumpDatabase(externalUrl, join(target, 'database.dump'));
        return { database: 'dump', postgresVersion: String(major) };
      },
      release: () => Promise.resolve(),
    };
  }
  const cluster = await openEmbeddedCluster(config.DATA_DIR);
  return {
    url: cluster.url.replace(/\/[^/]+$/, `/${EMBEDDED_DATABASE}`),
    backUp: async (target) => {
      const result = await backUpCluster(cluster.url, cluster.directory, join(target, 'postgres'));
      return { database: 'cluster', postgresVersion: result.serverVersion };
    },
    release: () => cluster.release(),
  };
}

export async function requireEmptyFolder(folder: string): Promise<void> {
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw new Error(`${resolve(folder)} is not empty: choose a new folder.`);
  }
}
