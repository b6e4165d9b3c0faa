import { DataSource } from 'typeorm';
import { ParticipationProcesses1796156756121 } from '../../../migrations/1796156756121-ParticipationProcesses.js';
import { dataSourceOptions } from '../../../src/database/data-source-options.js';
import { SEEDED_TEMPLATE, createDatabaseFrom } from '../../setup/test-database.js';

const PROCESSES_MIGRATION = ParticipationProcesses1796156756121.name;

describe('migration from participation phases to processes', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions(await createDatabaseFrom(SEEDED_TEMPLATE)),
    ).initialize();
  });

  afterAll(() => dataSource.destroy());

  it('keeps existing comments under the process made from their phase, with a slug from its title', async () => {
    // Back to the schema of phases (the seeded concept stays), then phases with comments as they were.
    while (
      await dataSource
        .query(`SELECT 1 FROM migrations WHERE name = '${PROCESSES_MIGRATION}'`)
        .then((rows: unknown[]) => rows.length > 0)
    ) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const [{ id: approachId }] = await dataSource.query<{ id: number }[]>(
      `SELECT id FROM approach WHERE slug = 'vernetzung-von-produzenten'`,
    );
    const phases = await dataSource.query<{ id: number }[]>(
      `INSERT INTO participation_phase (title, description, starts_at, ends_at, moderation_mode, audience)
       VALUES ('KEK-Online-Forum', 'Erste Runde', '2018-07-01', '2018-09-15', 'pre', 'everyone'),
              ('KEK-Online-Forum', 'Zweite Runde', '2019-07-01', '2019-09-15', 'post', 'everyone'),
              ('Jugendforum: Mobil auf dem Land!', 'Für junge Leute', '2019-05-01', '2019-06-01', 'post', 'youth')
       RETURNING id`,
    );
    for (const [index, phase] of phases.entries()) {
      await dataSource.query(
        `INSERT INTO comment (approach_id, phase_id, body, status, published_at)
         VALUES ($1, $2, $3, 'published', now())`,
        [approachId, phase.id, `Kommentar in Phase ${index + 1}`],
      );
    }

    await dataSource.runMigrations({ transaction: 'each' });

    const processes = await dataSource.query<
      { id: number; slug: string; audience: string; scope: string; moderation_mode: string }[]
    >(`SELECT id, slug, audience, scope, moderation_mode FROM participation_process ORDER BY id`);
    expect(processes).toEqual([
      {
        id: phases[0].id,
        slug: 'kek-online-forum',
        audience: 'everyone',
        scope: 'concept',
        moderation_mode: 'pre',
      },
      {
        id: phases[1].id,
        slug: 'kek-online-forum-2',
        audience: 'everyone',
        scope: 'concept',
        moderation_mode: 'post',
      },
      {
        id: phases[2].id,
        slug: 'jugendforum-mobil-auf-dem-land',
        audience: 'youth',
        scope: 'concept',
        moderation_mode: 'post',
      },
    ]);
    const comments = await dataSource.query<{ body: string; process_id: number }[]>(
      `SELECT body, process_id FROM comment ORDER BY id`,
    );
    expect(comments).toEqual(
      phases.map((phase, index) => ({
        body: `Kommentar in Phase ${index + 1}`,
        process_id: phase.id,
      })),
    );
    // A new process continues the numbering of the phases.
    const [created] = await dataSource.query<{ id: number }[]>(
      `INSERT INTO participation_process (slug, title, description, starts_at, ends_at)
       VALUES ('neu', 'Neu', 'Neu', now(), now() + interval '1 day') RETURNING id`,
    );
    expect(created.id).toBeGreaterThan(phases[2].id);
  });
});
