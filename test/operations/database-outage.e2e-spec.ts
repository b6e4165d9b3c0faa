import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  type RunningPostgres,
  startEmbeddedPostgres,
} from '../../src/database/embedded-postgres.launcher.js';
import { scratchFolder } from '../support/scratch-folder.js';
import { TestSmtpServer } from '../support/smtp.js';
import { PortalProcess, type SignUpResult, freePort, signUp } from './support/portal-process.js';
import { until } from '../support/until.js';

interface Outcome extends SignUpResult {
  phase: 'before' | 'outage' | 'after';
  instance: number;
}

/**
 * How long the outage's steps may take: in the full suite two cores also run the browser tests, and
 * both instances' answers slow down (once more than 60 s for three 503s each, in a fresh clone).
 */
const OUTAGE_WAIT_MS = 120_000;

/**
 * Two instances on one standalone PostgreSQL (the embedded binaries as a plain server) and a real
 * SMTP server; PostgreSQL is stopped and started again while both are under load.
 */
describe('two instances through a database restart', () => {
  const directory = scratchFolder('kek-ops-outage-');
  const smtp = new TestSmtpServer();
  let postgresPort: number;
  let postgres: RunningPostgres;
  let instances: PortalProcess[] = [];

  const startPostgres = () =>
    startEmbeddedPostgres({
      directory: join(directory, 'postgres'),
      database: 'kek',
      port: postgresPort,
    });

  beforeAll(async () => {
    chmodSync(directory, 0o755);
    postgresPort = await freePort();
    postgres = await startPostgres();
    await smtp.start();
    const environment = {
      DATABASE_URL: postgres.url,
      SESSION_SECRET: 'ein-gemeinsames-geheimnis-fuer-beide-instanzen',
      SMTP_URL: smtp.url,
      NODE_ENV: 'production',
      TRUST_PROXY: 'true',
      JOB_POLLING_SECONDS: '0.5',
      MAIL_RETRY_DELAY_SECONDS: '1',
    };
    // Started at the same moment on the empty database: both migrate, seed and create queues.
    instances = await Promise.all([
      PortalProcess.start(environment),
      PortalProcess.start(environment),
    ]);
    await Promise.all(instances.map((instance) => instance.ready(240_000)));
    // Both migrate and seed a new database at once: slow on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await postgres.stop();
    await smtp.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while it is away, keeps running, and loses and doubles nothing', async () => {
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'before';
    let counter = 0;
    const client = async (instance: number) => {
      while (phase !== 'after') {
        const n = ++counter;
        const result = await signUp(
          instances[instance].baseUrl,
          `last-${n}@beispiel.de`,
          `10.1.${n >> 8}.${n & 255}`,
        ).catch(() => ({ email: `last-${n}@beispiel.de`, status: 0, retryAfter: null }));
        outcomes.push({ ...result, phase, instance });
      }
    };

    // One mail is held by the SMTP server until PostgreSQL is gone: it is sent during the outage.
    let release!: () => void;
    smtp.gate = new Promise((resolve) => (release = resolve));
    expect((await signUp(instances[0].baseUrl, 'unterwegs@beispiel.de', '10.2.0.1')).status).toBe(
      303,
    );
    await until(() => smtp.waiting > 0);

    const load = [0, 1, 0, 1].map((instance) => client(instance));
    try {
      await until(() => outcomes.filter((outcome) => outcome.status === 303).length >= 8);

      phase = 'outage';
      await postgres.stop();
      release();
      await until(
        () =>
          [0, 1].every(
            (instance) =>
              outcomes.filter(
                (outcome) =>
                  outcome.phase === 'outage' &&
                  outcome.instance === instance &&
                  outcome.status === 503,
              ).length >= 3,
          ),
        'three 503 answers from each instance during the outage',
        OUTAGE_WAIT_MS,
      );
      postgres = await startPostgres();
      await until(
        async () => (await Promise.all(instances.map((i) => i.healthy()))).every(Boolean),
        'both instances healthy again',
        OUTAGE_WAIT_MS,
      );
    } finally {
      // Also when a step above fails: the clients would go on connecting after the file's end.
      phase = 'after';
      await Promise.all(load);
    }

    const afterwards = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        signUp(instances[n % 2].baseUrl, `danach-${n}@beispiel.de`, `10.3.0.${n}`),
      ),
    );

    // During the outage: successes (pages that need no database) or 503 with Retry-After, nothing else.
    const duringOutage = outcomes.filter((outcome) => outcome.phase === 'outage');
    const unexpected = duringOutage.filter(
      (outcome) =>
        !(
          (outcome.status > 0 && outcome.status < 400) ||
          (outcome.status === 503 && outcome.retryAfter)
        ),
    );
    expect({ unexpected, errors: instances.flatMap((i) => i.problemLines()) }).toEqual({
      unexpected: [],
      errors: [],
    });
    expect(afterwards.map((result) => result.status)).toEqual(Array(10).fill(303));
    expect(outcomes.filter((o) => o.phase === 'before').every((o) => o.status === 303)).toBe(true);
    for (const instance of instances) {
      expect(instance.exit).toBeUndefined();
      expect(instance.output).not.toContain('Unhandled promise rejection');
    }

    const acknowledged = [
      'unterwegs@beispiel.de',
      ...outcomes.filter((outcome) => outcome.status === 303).map((outcome) => outcome.email),
      ...afterwards.map((result) => result.email),
    ];
    const database = new pg.Client(postgres.url);
    await database.connect();
    try {
      const stored = await database.query<{ email: string }>(
        `SELECT email FROM app_user WHERE email LIKE '%@beispiel.de'`,
      );
      const storedEmails = stored.rows.map((row) => row.email);
      expect(acknowledged.filter((email) => !storedEmails.includes(email))).toEqual([]);

      // Every stored sign-up queued one confirmation; each arrives, and none twice.
      await until(() => smtp.received.length >= storedEmails.length, 'every stored mail sent');
      await until(
        async () => (await openMailJobs(database)) === 0,
        'no mail job left open',
        30_000,
      );
      const perAddress = new Map<string, number>();
      for (const mail of smtp.received) perAddress.set(mail.to, (perAddress.get(mail.to) ?? 0) + 1);
      expect([...perAddress.values()].filter((count) => count > 1)).toEqual([]);
      expect(storedEmails.filter((email) => !perAddress.has(email))).toEqual([]);
      expect(smtp.received).toHaveLength(storedEmails.length);
    } finally {
      await database.end();
    }
  }, 300_000);
});

async function openMailJobs(database: pg.Client): Promise<number> {
  const result = await database.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail.send' AND state <> 'completed'`,
  );
  return result.rows[0].count;
}
