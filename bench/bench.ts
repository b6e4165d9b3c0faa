import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { PasswordService } from '../src/accounts/password.service.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.launcher.js';
import { defaultScale } from '../src/prioritisation/round-scale.js';
import type { CeilingAnswer } from './ceiling-server.js';

/**
 * Measures the portal's pages with autocannon next to a raw node:http server that serves the same
 * bytes from memory (the ceiling). Prints figures; asserts nothing.
 *   npm run bench                      starts the app on a throwaway embedded database, with an
 *                                      approach that carries 2,000 published comments
 *   BENCH_URL=http://host:3000 npm run bench   measures an app that is already running
 * The app runs as one process; BENCH_WORKERS=N runs it with WEB_CONCURRENCY=N.
 */
const here = dirname(fileURLToPath(import.meta.url));
const BUSY_APPROACH = 'vernetzung-von-produzenten';
const BUSY_COMMENTS = 2000;
const APPROACH =
  '/kek/starker-wirtschaftsstandort/weiterentwicklung-und-sicherung-qualitaet-infrastruktur';
const BUSY = `/kek/starker-wirtschaftsstandort/${BUSY_APPROACH}`;
/** Anonymous readers' pages; `{event}` is the first upcoming event. */
const PATHS = [
  '/',
  '/kek/starker-wirtschaftsstandort',
  APPROACH,
  BUSY,
  '/veranstaltungen',
  '{event}',
  '/presse',
  '/kek',
  '/prioritaeten/bench-runde',
];
/** The same approach pages for a signed-in reader (never cached). */
const SIGNED_IN_PATHS = [APPROACH, BUSY];
const BENCH_EMAIL = 'bench@beispiel.de';
const BENCH_PASSWORD = 'Benchmark-Passwort-2030';
const ROUND_PARTICIPANTS = 40;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Measures only the pages whose row name contains this text, e.g. `angemeldet`. */
const ONLY = process.env.BENCH_ONLY ?? '';
// One worker: on the 2-core machine two were no faster (autocannon and PostgreSQL share the cores).
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
/** Unmeasured load before each row (and once on the ceiling), so that no row pays for warming up its code. */
const WARM_UP_SECONDS = 2;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface Target {
  page: string;
  path: string;
  /** The ceiling's key for the same bytes. */
  key: string;
  cookie?: string;
}

async function main(): Promise<void> {
  const children: ChildProcess[] = [];
  const stoppers: (() => Promise<void>)[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'kek-bench-'));
  try {
    const appUrl = process.env.BENCH_URL ?? (await startApp(scratch, children, stoppers));
    const targets = (await benchTargets(appUrl)).filter((target) => target.page.includes(ONLY));
    const answers = Object.fromEntries(
      await Promise.all(
        targets.map(async (target) => [target.key, await fetchAnswer(appUrl, target)] as const),
      ),
    );
    const answersFile = join(scratch, 'answers.json');
    writeFileSync(answersFile, JSON.stringify(answers));
    const ceilingUrl = await startCeiling(answersFile, children);

    console.log(
      `autocannon: ${CONNECTIONS} connections, ${DURATION} s per run, Node ${process.version}, ` +
        `${process.env.BENCH_URL ? 'app at BENCH_URL' : `${WORKERS} app worker(s)`}\n`,
    );
    await measure(ceilingUrl + targets[0].key, undefined, WARM_UP_SECONDS);
    const rows = [];
    for (const target of targets) {
      await measure(appUrl + target.path, target.cookie, WARM_UP_SECONDS);
      const app = await measure(appUrl + target.path, target.cookie);
      const ceiling = await measure(ceilingUrl + target.key);
      rows.push({
        page: target.page.length > 48 ? `${target.page.slice(0, 45)}…` : target.page,
        KiB: (Buffer.byteLength(answers[target.key].body) / 1024).toFixed(1),
        'app req/s': app.requestsPerSecond.toFixed(0),
        'app p50 ms': app.p50,
        'app p99 ms': app.p99,
        'ceiling req/s': ceiling.requestsPerSecond.toFixed(0),
        'ceiling p99 ms': ceiling.p99,
        'app/ceiling': `${((100 * app.requestsPerSecond) / ceiling.requestsPerSecond).toFixed(1)} %`,
        'non-2xx': app.non2xx,
        errors: app.errors + ceiling.errors + ceiling.non2xx,
      });
    }
    console.table(rows);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const stop of stoppers) await stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function measure(url: string, cookie?: string, duration = DURATION): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: cookie ? { cookie } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Headers Node or the ceiling sets itself for each answer; all others are replayed as the app sent them. */
const PER_ANSWER_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
]);

/** The page as autocannon gets it (no Accept-Encoding): the body and the headers the app sends. */
async function fetchAnswer(appUrl: string, target: Target): Promise<CeilingAnswer> {
  const response = await fetch(appUrl + target.path, {
    headers: { 'accept-encoding': 'identity', ...(target.cookie ? { cookie: target.cookie } : {}) },
    redirect: 'manual',
  });
  if (!response.ok) throw new Error(`${target.path} answered ${response.status}`);
  const headers = [...response.headers].filter(([name]) => !PER_ANSWER_HEADERS.has(name));
  return { headers, body: await response.text() };
}

/** The anonymous pages, the first upcoming event, and the approach pages signed in. */
async function benchTargets(appUrl: string): Promise<Target[]> {
  const events = await (await fetch(`${appUrl}/veranstaltungen`)).text();
  const event = /href="(\/veranstaltungen\/[a-z0-9-]+)"/.exec(events)?.[1];
  if (!event) throw new Error('No upcoming event to measure');
  const cookie = await signIn(appUrl);
  return [
    ...PATHS.map((path) => {
      const real = path === '{event}' ? event : path;
      return { page: real, path: real, key: real };
    }),
    ...SIGNED_IN_PATHS.map((path) => ({
      page: `angemeldet: ${path}`,
      path,
      key: `/signed-in${path}`,
      cookie,
    })),
  ];
}

/**
 * Signs the benchmark's user in through the login form and follows the redirect, keeping cookies
 * as a browser does: the CSRF cookie of the login form is bound to no session, so the first page
 * after signing in sets a new one, and a browser sends that one from then on.
 */
async function signIn(appUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0];
      jar.set(pair.slice(0, pair.indexOf('=')), pair);
    }
  };
  const cookies = () => ({ cookie: [...jar.values()].join('; ') });
  const form = await fetch(`${appUrl}/konto/anmelden`);
  keep(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const login = await fetch(`${appUrl}/konto/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...cookies() },
    body: new URLSearchParams({ _csrf: token, email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const location = login.headers.get('location');
  if (login.status !== 303 || !location || !login.headers.getSetCookie().length) {
    throw new Error(`Signing in for the benchmark failed (${login.status})`);
  }
  keep(login);
  const firstPage = await fetch(new URL(location, appUrl), { headers: cookies() });
  keep(firstPage);
  await firstPage.text();
  return cookies().cookie;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A real PostgreSQL and the app on it; once migrated, an approach gets 2,000 comments. */
async function startApp(
  scratch: string,
  children: ChildProcess[],
  stoppers: (() => Promise<void>)[],
): Promise<string> {
  const database = await startEmbeddedPostgres({
    directory: join(scratch, 'postgres'),
    database: 'kek',
  });
  stoppers.push(() => database.stop());
  const port = await freePort();
  const child = spawn(process.execPath, [join(here, '..', 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: scratch,
      DATABASE_URL: database.url,
      SESSION_SECRET: 'bench-'.repeat(8),
      LOG_LEVEL: 'warn',
      WEB_CONCURRENCY: String(WORKERS),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error('The app stopped while starting');
    const ready = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      await addComments(database.url);
      await addEvent(database.url);
      await addPublishedRound(database.url);
      return url;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The app did not become ready within 60 s');
}

async function addComments(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO participation_process (slug, title, description, starts_at, ends_at, moderation_mode)
      VALUES ('benchmark-forum', 'Benchmark-Forum', 'Benchmark', now() - interval '1 day', now() + interval '30 days', 'post')`);
    await client.query(
      `INSERT INTO app_user (email, password_hash, display_name, email_confirmed_at, terms_accepted_at)
       VALUES ($1, $2, 'Benchmark', now(), now())`,
      [BENCH_EMAIL, await new PasswordService(loadConfig({})).hash(BENCH_PASSWORD)],
    );
    await client.query(
      `INSERT INTO comment (approach_id, process_id, author_id, body, status, published_at, support_count, created_at)
       SELECT a.id, p.id, u.id, 'Kommentar Nummer ' || n || ': ' || repeat('Regionale Produkte stärken. ', 8),
              'published', now() - n * interval '1 minute', n % 17, now() - n * interval '1 minute'
       FROM approach a, participation_process p, app_user u, generate_series(1, $1) n
       WHERE a.slug = $2 AND p.slug = 'benchmark-forum'`,
      [BUSY_COMMENTS, BUSY_APPROACH],
    );
  } finally {
    await client.end();
  }
}

/** An upcoming forum with open registration and free seats (the benchmark's database has no demo data). */
async function addEvent(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO event (slug, title, format, starts_at, ends_at, venue_name, description,
        status, registration_enabled, capacity, waiting_list_enabled)
      VALUES ('benchmark-forum-parchim', 'Regionalforum Parchim', 'regional_forum', now() + interval '14 days',
        now() + interval '14 days 3 hours', 'Kreisverwaltung Parchim', 'Ein Regionalforum zum KEK 2030.',
        'published', true, 50, true)`);
  } finally {
    await client.end();
  }
}

/** A closed, published round in which 40 delegates rated all 49 approaches. */
async function addPublishedRound(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO prioritisation_round (slug, title, explanation, opens_at, closes_at, published_at, scale)
       VALUES ('bench-runde', 'Benchmark-Runde', 'Benchmark', now() - interval '30 days', now() - interval '1 day', now(), $1)`,
      [JSON.stringify(defaultScale(new Date().getFullYear()))],
    );
    await client.query(`INSERT INTO round_approach (prioritisation_round_id, approach_id)
      SELECT r.id, a.id FROM prioritisation_round r, approach a`);
    await client.query(
      `INSERT INTO round_participant (round_id, body, body_kind, submitted_at)
       SELECT r.id, 'Stelle ' || n, (CASE WHEN n % 3 = 0 THEN 'administration' ELSE 'committee' END)::body_kind, now() - interval '2 days'
       FROM prioritisation_round r, generate_series(1, $1) n`,
      [ROUND_PARTICIPANTS],
    );
    await client.query(`INSERT INTO rating (participant_id, approach_id, priority, horizon)
      SELECT p.id, a.id,
             (ARRAY['high', 'medium', 'low', 'none'])[1 + (p.id * 7 + a.id * 3) % 4]::rating_priority,
             (ARRAY['short', 'medium', 'long', 'ongoing'])[1 + (p.id + a.id) % 4]::rating_horizon
      FROM round_participant p, approach a`);
  } finally {
    await client.end();
  }
}

async function startCeiling(answersFile: string, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [join(here, 'ceiling-server.js'), answersFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  return `http://127.0.0.1:${port}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
