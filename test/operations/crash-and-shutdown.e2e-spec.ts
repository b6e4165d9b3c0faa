import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { TEST_PASSWORD } from '../factories/users.js';
import { processIsAlive } from '../../src/database/process-check.js';
import { scratchFolder } from '../support/scratch-folder.js';
import { halfSentPost } from './support/half-sent-post.js';
import { PortalProcess, signUp } from './support/portal-process.js';

/** The embedded default, as `npm start` runs it, on its own data folder. */
describe('the embedded default after a crash and on SIGTERM', () => {
  const dataDir = scratchFolder('kek-ops-crash-');
  const cluster = join(dataDir, 'postgres');
  const environment = { DATA_DIR: dataDir, NODE_ENV: 'production', TRUST_PROXY: 'true' };
  const started: PortalProcess[] = [];
  let serving: PortalProcess;

  const start = async () => {
    const portal = await PortalProcess.start(environment);
    started.push(portal);
    return portal;
  };

  beforeAll(() => {
    // As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
  });

  afterAll(async () => {
    for (const portal of started) portal.signal('SIGKILL');
    const postmaster = postmasterPid(cluster);
    if (postmaster && processIsAlive(postmaster)) process.kill(postmaster, 'SIGQUIT');
    await Promise.all(started.map((portal) => portal.exited));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves again with its data after kill -9, and refuses a second portal on the folder', async () => {
    const first = await start();
    await first.ready(240_000);
    const email = 'vor-dem-absturz@beispiel.de';
    expect((await signUp(first.baseUrl, email, '203.0.113.1')).status).toBe(303);

    first.signal('SIGKILL');
    await first.exited;
    const orphan = postmasterPid(cluster)!;
    expect(processIsAlive(orphan)).toBe(true);

    serving = await start();
    await serving.ready(240_000);
    expect(serving.output).toContain(`PostgreSQL (PID ${orphan}) is still running on ${cluster}`);
    expect(processIsAlive(orphan)).toBe(false);
    expect(await usersWithEmail(email)).toBe(1);

    const second = await start();
    const exit = await second.exited;
    expect(exit.code).toBe(1);
    expect(second.output).toContain(
      `Another portal process (PID ${serving.pid}) is already running on the data folder ${cluster}.`,
    );
    expect(second.output).not.toContain('undefined');
    expect(await serving.healthy()).toBe(true);
    // Two fresh starts (initdb, migrations, seed) and a third: slow on a busy machine.
  }, 300_000);

  it('finishes the requests in flight on SIGTERM, closes keep-alive connections, then stops PostgreSQL', async () => {
    const postmaster = postmasterPid(cluster)!;
    const inFlight = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        slowSignUp(serving.baseUrl, `beim-stoppen-${n}@beispiel.de`, `203.0.113.${10 + n}`),
      ),
    );
    const idle = await keepAliveConnection(serving.baseUrl);
    // Answered after the six began: the server has read their headers and waits for the bodies.
    expect(await serving.healthy()).toBe(true);

    serving.signal('SIGTERM');
    await idle.closed;
    for (const upload of inFlight) upload.finish();
    const responses = await Promise.all(inFlight.map((upload) => upload.response));
    const exit = await serving.exited;

    expect(responses.map((response) => response.statusCode)).toEqual([
      303, 303, 303, 303, 303, 303,
    ]);
    expect(responses.every((response) => response.headers.connection === 'close')).toBe(true);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(serving.problemLines()).toEqual([]);
    expect(serving.output).not.toContain('terminating connection');
    expect(processIsAlive(postmaster)).toBe(false);
    expect(existsSync(`${cluster}.portal.pid`)).toBe(false);
  });

  function postmasterPid(directory: string): number | undefined {
    const file = join(directory, 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
  }

  async function usersWithEmail(email: string): Promise<number> {
    const port = readFileSync(join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3];
    const client = new pg.Client(`postgres://postgres:postgres@127.0.0.1:${port}/kek`);
    await client.connect();
    try {
      const result = await client.query(
        'SELECT count(*)::int AS count FROM app_user WHERE email = $1',
        [email],
      );
      return (result.rows[0] as { count: number }).count;
    } finally {
      await client.end();
    }
  }
});

/** A sign-up whose body arrives in two parts: in flight from the first to the second. */
async function slowSignUp(baseUrl: string, email: string, clientAddress: string) {
  const page = await fetch(`${baseUrl}/konto/registrieren`, {
    headers: { 'X-Forwarded-For': clientAddress },
  });
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
  const cookie = page.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const body = new URLSearchParams({
    _csrf: token,
    email,
    displayName: 'Gast Lasttest',
    password: TEST_PASSWORD,
    acceptNetiquette: 'ja',
    acceptPrivacy: 'ja',
  }).toString();
  return halfSentPost(`${baseUrl}/konto/registrieren`, body, {
    agent: false,
    firstPart: Math.floor(body.length / 2),
    headers: { 'X-Forwarded-For': clientAddress, cookie },
  });
}

/** A keep-alive connection that has answered one request and now waits for the next. */
async function keepAliveConnection(baseUrl: string): Promise<{ closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${baseUrl}/health`, { agent: new Agent({ keepAlive: true }) });
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      incoming.resume();
      incoming.once('end', () => {
        const socket = outgoing.socket!;
        resolve({ closed: new Promise((done) => socket.once('close', () => done())) });
      });
    });
    outgoing.end();
  });
}
