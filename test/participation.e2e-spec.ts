import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ParticipationProcess } from '../src/participation/entities/participation-process.entity.js';
import { createProcess } from './factories/forum.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { login, submitForm } from './support/forms.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// One app per test file: passport keeps its session serializers in a process-wide singleton.
const PAGE = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';

describe('participation pages', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });

  afterAll(() => test.close());

  it('lists current, planned and past phases on /beteiligung', async () => {
    await createProcess(test, { closed: true });
    await createProcess(test, { startsInDays: 120 });
    const page = await supertest(test.app.getHttpServer()).get('/beteiligung').expect(200);
    expect(page.text).toContain('Zurzeit ist keine Online-Beteiligung geöffnet.');
    expect(page.text).toMatch(/Geplant[^]*KEK-Online-Forum \(Test\)/);
    expect(page.text).toMatch(/Abgeschlossen[^]*Vergangenes Forum/);
    const approach = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(approach.text).toContain(
      'Die Online-Beteiligung ist gerade geschlossen. Sie beginnt am',
    );
  });

  it('speaks to young people with "du" while a youth forum is open', async () => {
    await createProcess(test, { audience: 'youth' });
    const user = await createUser(test);
    const agent = supertest.agent(test.app.getHttpServer());
    await login(agent, user.email, TEST_PASSWORD);
    const page = await agent.get(PAGE).expect(200);
    expect(page.text).toContain('Was denkst du zu diesem Thema?');
    expect(page.text).toContain('Kommentar schicken');
    const overview = await agent.get('/beteiligung').expect(200);
    expect(overview.text).toContain('Jugendforum');
    expect(overview.text).toContain('mach mit!');
  });

  it('lets editors create a phase and refuses overlapping or inverted periods', async () => {
    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    const agent = supertest.agent(test.app.getHttpServer());
    await login(agent, editor.email, TEST_PASSWORD);
    const fields = {
      title: 'Sommerforum 2027',
      description: 'Online-Beteiligung im Sommer.',
      startsAt: '2027-07-01T09:00',
      endsAt: '2027-06-01T18:00',
      moderationMode: 'pre',
      audience: 'everyone',
    };
    const inverted = await submitForm(
      agent,
      '/verwaltung/beteiligungsphasen/neu',
      '/verwaltung/beteiligungsphasen/neu',
      fields,
    );
    expect(inverted.status).toBe(422);
    expect(inverted.text).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(inverted.text).toContain('value="Sommerforum 2027"');
    const created = await submitForm(
      agent,
      '/verwaltung/beteiligungsphasen/neu',
      '/verwaltung/beteiligungsphasen/neu',
      {
        ...fields,
        endsAt: '2027-09-15T18:00',
      },
    );
    expect(created.status).toBe(303);
    const stored = await test.app
      .get(DataSource)
      .getRepository(ParticipationProcess)
      .findOneByOrFail({ title: 'Sommerforum 2027' });
    expect(stored.startsAt.toISOString()).toBe('2027-07-01T07:00:00.000Z');
    const overlap = await submitForm(
      agent,
      '/verwaltung/beteiligungsphasen/neu',
      '/verwaltung/beteiligungsphasen/neu',
      {
        ...fields,
        title: 'Doppelt',
        startsAt: '2027-08-01T09:00',
        endsAt: '2027-10-01T09:00',
      },
    );
    expect(overlap.status).toBe(422);
    expect(overlap.text).toContain('überschneidet sich mit der Phase „Sommerforum 2027“');
  });
});
