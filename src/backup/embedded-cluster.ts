import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PASSWORD,
  USER,
  clusterDirectory,
  startEmbeddedPostgres,
} from '../database/embedded-postgres.launcher.js';

export const EMBEDDED_DATABASE = 'kek';

export interface EmbeddedCluster {
  directory: string;
  /** A superuser URL of the `postgres` maintenance database. */
  url: string;
  /** Stops the server only when this process started it. */
  release(): Promise<void>;
}

/** The cluster of DATA_DIR/postgres: the running server of a portal, or one started for the job. */
export async function openEmbeddedCluster(dataDir: string): Promise<EmbeddedCluster> {
  const directory = clusterDirectory(join(dataDir, 'postgres'));
  if (!existsSync(join(directory, 'PG_VERSION'))) {
    throw new Error(`There is no embedded database in ${directory} (DATA_DIR=${dataDir}).`);
  }
  const port = runningPort(directory);
  if (port) {
    return {
      directory,
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
      release: () => Promise.resolve(),
    };
  }
  const server = await startEmbeddedPostgres({
    directory: join(dataDir, 'postgres'),
    database: EMBEDDED_DATABASE,
  });
  return {
    directory,
    url: server.url.replace(/\/[^/]+$/, '/postgres'),
    release: () => server.stop(),
  };
}

/** postmaster.pid holds the server's process id (line 1) and port (line 4) while it runs. */
function runningPort(directory: string): number | undefined {
  const pidFile = join(directory, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return Number(lines[3]);
}
