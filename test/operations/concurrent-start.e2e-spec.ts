import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  type RunningPostgres,
  startEmbeddedPostgres,
} from '../../src/database/embedded-postgres.launcher.js';
import { PortalProcess } from './support/portal-process.js';

/**
 * Two instances started at the same moment on a new database both migrate, seed and set up the
 * job queues (under advisory locks) and come up; repeated, since a race shows only sometimes.
 */
describe('two instances started at once on an empty database', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kek-ops-start-'));
  let postgres: RunningPostgres;

  beforeAll(async () => {
    chmodSync(directory, 0o755);
    postgres = await startEmbeddedPostgres({
      directory: join(directory, 'postgres'),
      database: 'postgres',
    });
  });

  afterAll(async () => {
    await postgres.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it.each([1, 2, 3])(
    'both come up (round %i)',
    async (round) => {
      const database = `kek_start_${round}`;
      const admin = new pg.Client(postgres.url);
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const environment = {
        DATABASE_URL: postgres.url.replace(/\/[^/]+$/, `/${database}`),
        SESSION_SECRET: 'ein-gemeinsames-geheimnis-fuer-beide-instanzen',
        NODE_ENV: 'production',
      };
      const instances = await Promise.all([
        PortalProcess.start(environment),
        PortalProcess.start(environment),
      ]);
      try {
        await Promise.all(instances.map((instance) => instance.ready(240_000)));
        for (const instance of instances) {
          expect(instance.output).not.toContain('deadlock');
          expect(instance.problemLines()).toEqual([]);
        }
      } finally {
        await Promise.all(instances.map((instance) => instance.stop()));
      }
    },
    300_000,
  );
});
