import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import supertest from 'supertest';
import { DEMO_PASSWORD } from '../../src/accounts/seed/demo-accounts.js';
import { openEmbeddedCluster } from '../../src/backup/embedded-cluster.js';
import { clientMajorVersion } from '../../src/backup/logical-backup.js';
import { clusterDirectory } from '../../src/database/embedded-postgres.launcher.js';
import { bytesOf, pdfBytes, writeFixture } from '../support/documents-fixtures.js';
import { csrfToken, login } from '../support/forms.js';
import { scratchFolder } from '../support/scratch-folder.js';
import { adminUrl } from '../setup/test-database.js';

const ORGANIZER = 'veranstaltungen@demo.kek.example';
const MAIN = join(process.cwd(), 'dist', 'src', 'main.js');
const BACKUP = join(process.cwd(), 'dist', 'src', 'backup', 'cli', 'backup.js');
const RESTORE = join(process.cwd(), 'dist', 'src', 'backup', 'cli', 'restore.js');
/** Two portal start-ups (initdb, migrations, seeding) on two shared, busy cores. */
const TWO_PORTAL_STARTS = 900_000;

/** The environment of a real portal process: the embedded database under DATA_DIR. */
function portalEnvironment(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  return { ...inherited, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...extra };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Portal {
  url: string;
  process: ChildProcess;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Kept in `portals` from its start on, so that afterAll stops it also when it never answers. */
async function startPortal(dataDir: string, portals: [Portal, string][]): Promise<Portal> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: portalEnvironment(dataDir, { PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const portal = { url, process: child };
  portals.push([portal, dataDir]);
  for (;;) {
    if (hasExited(child)) {
      throw new Error(`The portal exited with ${child.exitCode ?? child.signalCode}`);
    }
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return portal;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopPortal(portal: Portal, dataDir: string): Promise<void> {
  if (!hasExited(portal.process)) {
    const exited = new Promise((resolve) => portal.process.once('exit', resolve));
    portal.process.kill('SIGTERM');
    await exited;
  }
  // A PostgreSQL left behind by the stopped portal is this test's to end (fast shutdown).
  const pidFile = join(clusterDirectory(join(dataDir, 'postgres')), 'postmaster.pid');
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
    } catch {
      // already gone
    }
  }
}

/** Runs a command-line job of the portal to its end. */
function runJob(script: string, args: string[], environment: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: environment });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function portalDatabase(dataDir: string): Promise<pg.Client> {
  const cluster = await openEmbeddedCluster(dataDir);
  const client = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, '/kek') });
  await client.connect();
  return client;
}

async function signedInOrganizer(portal: Portal) {
  const agent = supertest.agent(portal.url);
  await login(agent, ORGANIZER, DEMO_PASSWORD);
  return agent;
}

describe('backup and restore of the embedded setup (real processes)', () => {
  const folders: string[] = [];
  const portals: [Portal, string][] = [];
  const newFolder = (prefix: string) => {
    const folder = scratchFolder(prefix);
    folders.push(folder);
    return folder;
  };

  afterAll(async () => {
    for (const [portal, dataDir] of portals) await stopPortal(portal, dataDir);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it(
    'backs up while writes run; the restored folder starts with every acknowledged row and file',
    async () => {
      const dataDir = newFolder('kek-backup-source-');
      const portal = await startPortal(dataDir, portals);

      const organizer = await signedInOrganizer(portal);
      const database = await portalDatabase(dataDir);
      const { rows: events } = await database.query<{ id: number }>('SELECT id FROM event LIMIT 1');
      const uploadUrl = `/verwaltung/veranstaltungen/${events[0].id}/dokumente`;
      const uploaded = new Map<string, Buffer>();
      for (const title of ['Protokoll Nord', 'Protokoll Süd']) {
        const bytes = Buffer.from(await pdfBytes());
        const file = await writeFixture(dataDir, `${uploaded.size}.pdf`, bytes);
        const page = await organizer.get(uploadUrl).expect(200);
        await organizer
          .post(uploadUrl)
          .field('_csrf', csrfToken(page.text))
          .field('kind', 'minutes')
          .field('title', title)
          .attach('file', file, 'Protokoll.pdf')
          .expect(303);
        uploaded.set(title, bytes);
      }

      // One writer, one row at a time: a row counts as acknowledged once its INSERT returned.
      await database.query('CREATE TABLE backup_probe (id integer PRIMARY KEY)');
      let acknowledged = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          await database.query('INSERT INTO backup_probe (id) VALUES ($1)', [acknowledged + 1]);
          acknowledged += 1;
          // Paced, so the writer does not starve the portal and the backup of the two cores.
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      while (acknowledged < 20) await new Promise((resolve) => setTimeout(resolve, 20));

      const { rows: documentsAtBackup } = await database.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM document',
      );
      const backupFolder = join(newFolder('kek-backup-'), 'backup');
      const acknowledgedBeforeBackup = acknowledged;
      const backup = await runJob(BACKUP, [backupFolder], portalEnvironment(dataDir));
      const acknowledgedAfterBackup = acknowledged;
      writing = false;
      await writer;
      await database.end();
      expect(backup).toMatchObject({ code: 0 });
      expect(backup.output).toContain(`and ${documentsAtBackup[0].count} uploaded files`);
      expect(acknowledgedAfterBackup).toBeGreaterThan(acknowledgedBeforeBackup);
      await stopPortal(portal, dataDir);

      const restoredDir = newFolder('kek-backup-restored-');
      const restore = await runJob(RESTORE, [backupFolder], portalEnvironment(restoredDir));
      expect(restore).toMatchObject({ code: 0 });
      const restored = await startPortal(restoredDir, portals);

      const restoredDatabase = await portalDatabase(restoredDir);
      const { rows } = await restoredDatabase.query<{ rows: number; highest: number }>(
        'SELECT count(*)::int AS rows, coalesce(max(id), 0) AS highest FROM backup_probe',
      );
      const { rows: documents } = await restoredDatabase.query<{
        id: string;
        title: string;
        file_name: string;
      }>(
        `SELECT id, title, file_name FROM document WHERE title IN ('Protokoll Nord', 'Protokoll Süd')`,
      );
      const { rows: storageKeys } = await restoredDatabase.query<{ storage_key: string }>(
        'SELECT storage_key FROM document',
      );
      await restoredDatabase.end();
      expect(storageKeys).toHaveLength(documentsAtBackup[0].count);
      const restoredFiles = new Set(readdirSync(join(restoredDir, 'uploads')));
      expect(storageKeys.filter((row) => !restoredFiles.has(row.storage_key))).toEqual([]);
      // A prefix without gaps, holding at least every row acknowledged before the backup started.
      expect(rows[0].rows).toBe(rows[0].highest);
      expect(rows[0].rows).toBeGreaterThanOrEqual(acknowledgedBeforeBackup);
      expect(rows[0].rows).toBeLessThanOrEqual(acknowledgedAfterBackup + 1);

      expect(documents.map((document) => document.title).sort()).toEqual([
        'Protokoll Nord',
        'Protokoll Süd',
      ]);
      const restoredOrganizer = await signedInOrganizer(restored);
      for (const document of documents) {
        const response = await bytesOf(
          restoredOrganizer.get(
            `/dokumente/${document.id}/${encodeURIComponent(document.file_name)}`,
          ),
        ).expect(200);
        expect(Buffer.compare(response.body as Buffer, uploaded.get(document.title)!)).toBe(0);
      }
    },
    TWO_PORTAL_STARTS,
  );

  it('refuses to restore over an existing database', async () => {
    const backupFolder = newFolder('kek-backup-fake-');
    writeFileSync(join(backupFolder, 'backup.json'), JSON.stringify({ database: 'cluster' }));
    const occupied = newFolder('kek-backup-occupied-');
    mkdirSync(join(clusterDirectory(join(occupied, 'postgres'))), { recursive: true });
    writeFileSync(join(clusterDirectory(join(occupied, 'postgres')), 'PG_VERSION'), '18\n');
    const restore = await runJob(RESTORE, [backupFolder], portalEnvironment(occupied));
    expect(restore.code).toBe(1);
    expect(restore.output).toContain('is not empty: choose a new folder.');
  });

  it('backs up an external server with pg_dump when it matches the server, else says what to install', async () => {
    const target = join(newFolder('kek-backup-external-'), 'backup');
    const backup = await runJob(BACKUP, [target], {
      ...process.env,
      DATABASE_URL: adminUrl(),
      SESSION_SECRET: 'x'.repeat(32),
    });
    if ((clientMajorVersion('pg_dump') ?? 0) >= 18) {
      expect(backup).toMatchObject({ code: 0 });
      expect(existsSync(join(target, 'database.dump'))).toBe(true);
    } else {
      expect(backup.code).toBe(1);
      expect(backup.output).toContain(
        'pg_dump 18 or newer is needed for this PostgreSQL 18 server',
      );
      expect(backup.output).toContain('postgresql-client-18');
    }
  });
});
