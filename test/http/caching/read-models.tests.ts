import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ContentChanges } from '../../../src/common/page-cache/content-changes.js';
import { Approach } from '../../../src/concept/entities/approach.entity.js';
import { approachBySlug } from '../../factories/forum.js';
import { createRound } from '../../factories/prioritisation.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

const IN_MEMORY = { CONTENT_IN_MEMORY: 'true' };
const APPROACH_SLUG = 'vernetzung-von-produzenten';
const APPROACH_PAGE = `/kek/starker-wirtschaftsstandort/${APPROACH_SLUG}`;
const DAY = 24 * 60 * 60 * 1000;

type Agent = ReturnType<typeof supertest.agent>;

/**
 * The page once the database's notification has reached the instance: PostgreSQL sends it at
 * commit and it arrives within milliseconds; on a loaded machine the test's own request can
 * overtake it, so the page is asked for again for up to two seconds.
 */
async function pageAfterChange(agent: Agent, shows: (html: string) => boolean) {
  let html = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    html = (await agent.get(APPROACH_PAGE).expect(200)).text;
    if (shows(html)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return html;
}

async function listening(test: TestApp) {
  for (let attempt = 0; attempt < 100 && !test.app.get(ContentChanges).isListening; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(test.app.get(ContentChanges).isListening).toBe(true);
}

/** The counts after "Bewertungen" in the approach page's prioritisation section, added up. */
function ratingsShown(html: string): number {
  const list = /Bewertungen<\/dt><dd[^>]*>([^<]*)<\/dd>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/: (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

async function addRating(dataSource: DataSource, roundId: number, approachId: number) {
  const [participant] = await dataSource.query<{ id: number }[]>(
    `INSERT INTO round_participant (round_id, body, body_kind, submitted_at)
     VALUES ($1, 'Stelle ' || gen_random_uuid(), 'committee', now() - interval '2 days') RETURNING id`,
    [roundId],
  );
  await dataSource.query(
    `INSERT INTO rating (participant_id, approach_id, priority, horizon) VALUES ($1, $2, 'high', 'short')`,
    [participant.id, approachId],
  );
}

describe('read models kept in memory', () => {
  let first: TestApp;
  let second: TestApp;
  let reader: Agent;

  beforeAll(async () => {
    first = await startTestApp(IN_MEMORY);
    second = await startTestApp(IN_MEMORY, { databaseUrl: first.databaseUrl });
    await Promise.all([listening(first), listening(second)]);
    const user = await createUser(first);
    reader = supertest.agent(second.app.getHttpServer());
    await login(reader, user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('shows a concept edit made through one instance signed in on the other at once', async () => {
    const approach = await approachBySlug(first, APPROACH_SLUG);
    expect((await reader.get(APPROACH_PAGE).expect(200)).text).toContain(approach.title);

    await first.app
      .get(DataSource)
      .getRepository(Approach)
      .update(approach.id, { title: 'Hofläden der Region verbinden' });

    const renamed = (html: string) => html.includes('Hofläden der Region verbinden');
    expect(renamed(await pageAfterChange(reader, renamed))).toBe(true);
  });

  it('shows a changed result of a closed round signed in on the other instance at once', async () => {
    const dataSource = first.app.get(DataSource);
    const approach = await approachBySlug(first, APPROACH_SLUG);
    const round = await createRound(first, [approach], {
      opensAt: new Date(Date.now() - 3 * DAY),
      closesAt: new Date(Date.now() - DAY),
      publishedAt: new Date(Date.now() - 60_000),
    });
    await addRating(dataSource, round.id, approach.id);
    const counted = (ratings: number) => (html: string) => ratingsShown(html) === ratings;
    expect(ratingsShown(await pageAfterChange(reader, counted(1)))).toBe(1);
    // Read again from memory, then a late correction of the closed round's ratings.
    expect(ratingsShown((await reader.get(APPROACH_PAGE).expect(200)).text)).toBe(1);

    await addRating(dataSource, round.id, approach.id);

    expect(ratingsShown(await pageAfterChange(reader, counted(2)))).toBe(2);
  });
});
