import { spawnSync } from 'node:child_process';
import pg from 'pg';

/** The major version of a client tool on the PATH (e.g. 15 for "pg_dump (PostgreSQL) 15.14"). */
export function clientMajorVersion(tool: 'pg_dump' | 'pg_restore'): number | undefined {
  const result = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  const match = result.status === 0 ? /\(PostgreSQL\) (\d+)/.exec(result.stdout) : null;
  return match ? Number(match[1]) : undefined;
}

export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump and pg_restore read no server newer than themselves: say so before they fail. */
export function requireClientFor(tool: 'pg_dump' | 'pg_restore', serverMajor: number): void {
  const clientMajor = clientMajorVersion(tool);
  if (clientMajor !== undefined && clientMajor >= serverMajor) return;
  const found =
    clientMajor === undefined ? 'none is on the PATH' : `the PATH has version ${clientMajor}`;
  throw new Error(
    `${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server, but ${found}. ` +
      `Install the PostgreSQL ${serverMajor} client tools (e.g. the postgresql-client-${serverMajor} ` +
      `package from apt.postgresql.org) or run the backup where they are, e.g. inside the database ` +
      `container: docker compose exec db pg_dump -Fc -U kek kek > kek.dump`,
  );
}

/** A custom-format dump (pg_dump -Fc) of the database in the URL. */
export function dumpDatabase(url: string, file: string): void {
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, url]);
}

/** Restores a custom-format dump into the (empty) database in the URL. */
export function restoreDatabase(url: string, file: string): void {
  run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${url}`, file]);
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
}
