import { readFileSync, readdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { processIsAlive } from '../../src/database/process-check.js';
import { SEEDED_TEMPLATE, createDatabaseFrom } from '../setup/test-database.js';
import { halfSentPost } from './support/half-sent-post.js';
import { PortalProcess } from './support/portal-process.js';
import { until } from '../support/until.js';

/** `npm start` with WEB_CONCURRENCY=2: a primary and two workers on one port and database. */
describe('the portal with two workers', () => {
  let environment: Record<string, string>;

  beforeAll(async () => {
    environment = {
      DATABASE_URL: await createDatabaseFrom(SEEDED_TEMPLATE),
      SESSION_SECRET: 'ein-gemeinsames-geheimnis-fuer-beide-worker',
      NODE_ENV: 'production',
      WEB_CONCURRENCY: '2',
    };
  });

  it('answers from both workers, and replaces one that is killed while the other serves on', async () => {
    const portal = await PortalProcess.start(environment);
    try {
      await portal.ready(240_000);
      await until(() => portal.output.includes('2 workers serve the portal'));
      const workers = childPids(portal.pid);
      expect(workers).toHaveLength(2);

      // Each request on a connection of its own: the primary hands connections out in turn.
      for (let n = 0; n < 6; n += 1) await healthOnNewConnection(portal.baseUrl);
      await until(() => healthCheckPids(portal.output).length >= 6);
      expect(new Set(healthCheckPids(portal.output))).toEqual(new Set(workers));

      process.kill(workers[0], 'SIGKILL');
      await until(() => portal.output.includes(`Worker ${workers[0]} ended (SIGKILL)`));
      // Before its replacement is ready, the other worker answers.
      expect(await healthOnNewConnection(portal.baseUrl)).toBe(200);
      expect(portal.output).toContain(`Worker ${workers[0]} ended (SIGKILL); starting a new one`);
      await until(() => childPids(portal.pid).length === 2);
      const replacement = childPids(portal.pid).find((pid) => !workers.includes(pid))!;
      await until(() => readyLines(portal.output).includes(replacement));
      expect(portal.exit).toBeUndefined();
    } finally {
      await portal.stop();
    }
  }, 300_000);

  it('on SIGTERM, every worker finishes its requests in flight, and the primary ends with 0', async () => {
    const portal = await PortalProcess.start(environment);
    await portal.ready(240_000);
    await until(() => portal.output.includes('2 workers serve the portal'));
    const workers = childPids(portal.pid);
    // Four connections, shared out between the workers by the primary (not always two each when
    // a worker is slow to take its turn).
    const inFlight = await Promise.all([1, 2, 3, 4].map(() => halfSentRequest(portal.baseUrl)));
    await until(() => portal.output.split('"url":"/health"').length > 4);

    portal.signal('SIGTERM');
    await until(() => portal.output.includes('SIGTERM received: stopping 2 workers'));
    const finishing = () =>
      [...portal.output.matchAll(/SIGTERM received: finishing (\d+) request\(s\)/g)].map(
        ([, count]) => Number(count),
      );
    await until(() => finishing().length === 2);
    expect(finishing().reduce((sum, count) => sum + count, 0)).toBe(4);
    for (const upload of inFlight) upload.finish();
    const responses = await Promise.all(inFlight.map((upload) => upload.response));
    const exit = await portal.exited;

    // The bodies arrive after the signal: each is answered (a POST without a form token is
    // refused with 403), and told to close its connection.
    expect(responses.map((response) => response.statusCode)).toEqual([403, 403, 403, 403]);
    expect(responses.every((response) => response.headers.connection === 'close')).toBe(true);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(workers.filter((pid) => processIsAlive(pid))).toEqual([]);
    expect(portal.problemLines()).toEqual([]);
  }, 300_000);

  it('ends the start with exit code 1 when the workers cannot listen', async () => {
    // An address of no interface here (TEST-NET-1).
    const portal = await PortalProcess.start({ ...environment, HOST: '192.0.2.1' });
    const exit = await portal.exited;
    expect(exit.code).toBe(1);
    expect(portal.output).toContain('EADDRNOTAVAIL');
    expect(portal.output).toMatch(/Worker \d+ failed while starting \(exit code 1\); stopping/);
  }, 120_000);
});

/** The processes whose parent is this one. */
function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The processes that logged an answer to /health. */
function healthCheckPids(output: string): number[] {
  return logLines(output)
    .filter((line) => line.req?.url === '/health')
    .map((line) => line.pid);
}

/** The processes that logged "Portal ready". */
function readyLines(output: string): number[] {
  return logLines(output)
    .filter((line) => line.msg?.startsWith('Portal ready'))
    .map((line) => line.pid);
}

function logLines(output: string): { pid: number; msg?: string; req?: { url: string } }[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { pid: number; msg?: string; req?: { url: string } });
}

async function healthOnNewConnection(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/health`, { headers: { connection: 'close' } });
  await response.arrayBuffer();
  return response.status;
}

/**
 * A keep-alive connection that has answered /health, then a POST whose body is half sent: in
 * flight until `finish`.
 */
async function halfSentRequest(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  await new Promise<void>((resolve, reject) => {
    request(`${baseUrl}/health`, { agent }, (incoming) => {
      incoming.resume();
      incoming.once('end', resolve);
    })
      .once('error', reject)
      .end();
  });
  const post = await halfSentPost(
    `${baseUrl}/konto/anmelden`,
    'email=gast%40beispiel.de&password=irgendetwas',
    { agent, firstPart: 10 },
  );
  return {
    response: post.response.finally(() => agent.destroy()),
    finish: post.finish,
  };
}
