import { adminQuery, databaseUrl } from '../setup/test-database.js';
import { PortalProcess } from './support/portal-process.js';

/**
 * Two instances started at the same moment on a new database both migrate, seed and set up the
 * job queues (under advisory locks) and come up; repeated, since a race shows only sometimes.
 * The databases are new and empty in the run's PostgreSQL (no cluster of its own to initialise).
 */
describe('two instances started at once on an empty database', () => {
  it.each([1, 2, 3])(
    'both come up (round %i)',
    async (round) => {
      const database = `kek_start_${round}`;
      await adminQuery(`CREATE DATABASE ${database}`);
      const environment = {
        DATABASE_URL: databaseUrl(database),
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
