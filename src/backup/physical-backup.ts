import { chmod, copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/** Recreated empty by PostgreSQL or filled during recovery: their contents are not copied. */
const EMPTIED_DIRECTORIES = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'pg_internal.init',
]);

export interface PhysicalBackupResult {
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
}

/**
 * An online base backup of a running cluster through PostgreSQL's low-level API (the embedded
 * package ships neither pg_basebackup nor pg_dump): pg_backup_start, a copy of the data folder
 * while the server runs, pg_backup_stop, and the WAL from start to stop. A temporary replication
 * slot keeps that WAL from being recycled while the copy runs. Started on its own, the copy
 * replays the WAL and holds every transaction committed before pg_backup_stop returned.
 */
export async function backUpCluster(
  url: string,
  clusterDirectory: string,
  target: string,
): Promise<PhysicalBackupResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [
      `kek_backup_${process.pid}`,
    ]);
    const { rows: started } = await client.query<{ lsn: string; wal: string }>(
      `SELECT lsn::text, pg_walfile_name(lsn) AS wal FROM pg_backup_start($1, true) AS lsn`,
      [`kek backup ${new Date().toISOString()}`],
    );
    await mkdir(target, { recursive: true, mode: 0o700 });
    await copyDataFolder(clusterDirectory, target, '');
    const { rows: stopped } = await client.query<{
      lsn: string;
      wal: string;
      labelfile: string;
      spcmapfile: string;
    }>(
      `SELECT lsn::text, pg_walfile_name(lsn) AS wal, labelfile, spcmapfile
         FROM pg_backup_stop(wait_for_archive => false)`,
    );
    await writeFile(join(target, 'backup_label'), stopped[0].labelfile, { mode: 0o600 });
    if (stopped[0].spcmapfile.trim()) {
      await writeFile(join(target, 'tablespace_map'), stopped[0].spcmapfile, { mode: 0o600 });
    }
    await copyWal(clusterDirectory, target, started[0].wal, stopped[0].wal);
    return {
      serverVersion: version[0].server_version,
      startLsn: started[0].lsn,
      stopLsn: stopped[0].lsn,
    };
  } finally {
    await client.end();
  }
}

async function copyDataFolder(source: string, target: string, relative: string): Promise<void> {
  for (const entry of await readdirIfPresent(join(source, relative))) {
    const path = join(relative, entry.name);
    if (entry.isDirectory()) {
      await mkdir(join(target, path), { mode: 0o700 });
      const emptied = EMPTIED_DIRECTORIES.has(path) || entry.name.startsWith('pgsql_tmp');
      if (!emptied) await copyDataFolder(source, target, path);
    } else if (entry.isFile() && !SKIPPED_FILES.has(entry.name)) {
      await copyIfPresent(join(source, path), join(target, path));
    }
  }
}

/** Segments are named timeline + position, so one timeline's range compares as text. */
async function copyWal(source: string, target: string, first: string, last: string): Promise<void> {
  await mkdir(join(target, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
  for (const name of await readdir(join(source, 'pg_wal'))) {
    const segment = /^[0-9A-F]{24}$/.test(name) && name >= first && name <= last;
    if (segment || name.endsWith('.history')) {
      await copyFile(join(source, 'pg_wal', name), join(target, 'pg_wal', name));
    }
  }
}

/** Tables and temporary files may vanish while the copy runs; the WAL replay accounts for it. */
async function readdirIfPresent(directory: string) {
  try {
    return await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function copyIfPresent(source: string, target: string): Promise<void> {
  try {
    await copyFile(source, target);
    await chmod(target, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
