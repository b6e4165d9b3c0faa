import supertest from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '../../../src/common/auth/roles.js';
import { Comment } from '../../../src/comments/entities/comment.entity.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { createArticle } from '../../factories/press.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('the back-office dashboard by role (HTTP, real database)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });

  afterAll(() => test.close());

  async function dashboardOf(...roles: Role[]): Promise<string> {
    const user = await createUser(test, { roles: ['citizen', ...roles] });
    const agent = supertest.agent(test.app.getHttpServer());
    await login(agent, user.email, TEST_PASSWORD);
    return (await agent.get('/verwaltung').expect(200)).text;
  }

  it('shows moderators what waits and the comments per week as a chart with a table', async () => {
    const forum = await createProcess(test, { moderationMode: 'pre' });
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const author = await createUser(test);
    for (let index = 0; index < 3; index += 1)
      await createComment(test, { approach, process: forum, author, status: 'pending' });
    const reported = await createComment(test, { approach, process: forum, author });
    await test.app
      .get(DataSource)
      .getRepository(Comment)
      .update({ id: reported.id }, { openReportCount: 2 });
    const oldOne = await createComment(test, { approach, process: forum, author });
    await test.app
      .get(DataSource)
      .getRepository(Comment)
      .update({ id: oldOne.id }, { createdAt: new Date(Date.now() - 21 * 86_400_000) });

    const page = await dashboardOf('moderator');
    expect(page).toContain('<strong>3 Kommentare warten</strong> auf Freigabe');
    expect(page).toContain('<strong>1 gemeldeter Kommentar</strong>');
    expect(page).toContain(
      '<title id="diagramm-kommentare-title">Kommentare je Woche, letzte 12 Wochen</title>',
    );
    const rows = [
      ...page.matchAll(
        /<th class="kern-table__cell" scope="row">KW (\d+)<\/th><td class="kern-table__cell">[^<]+<\/td><td class="kern-table__cell">(\d+)<\/td>/g,
      ),
    ];
    expect(rows).toHaveLength(12);
    expect(Number(rows.at(-1)![2])).toBe(4);
    expect(rows.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(5);
    expect(page).toContain('5 Kommentare in den letzten zwölf Wochen.');
    expect(page).not.toContain('Nächste Veranstaltungen');
  });

  it('shows organizers the next events with seats taken and waiting places', async () => {
    const event = await createEvent(test, {
      title: 'Fachforum Mobilität',
      startsInDays: 1,
      capacity: 2,
    });
    await createRegistration(test, event);
    await createRegistration(test, event);
    await createRegistration(test, event, { status: 'waiting' });
    const page = await dashboardOf('organizer');
    expect(page).toMatch(
      /Fachforum Mobilität<\/a><\/th><td class="kern-table__cell">2 von 2<\/td><td class="kern-table__cell">1<\/td>/,
    );
    expect(page).not.toContain('Moderation</h2>');
  });

  it('shows the press office the articles waiting for review, and editors the latest concept changes', async () => {
    await createArticle(test, { title: 'Kreistag beschließt Radwegekonzept', status: 'review' });
    await createArticle(test, { title: 'Noch ein Entwurf', status: 'draft' });
    const press = await dashboardOf('press');
    expect(press).toContain('Kreistag beschließt Radwegekonzept</a>');
    expect(press).not.toContain('Noch ein Entwurf');
    expect(press).not.toContain('Letzte Änderungen am KEK');

    const editor = await dashboardOf('editor');
    expect(editor).toContain('Letzte Änderungen am KEK');
    expect(editor).toContain('Seit dem Import unverändert.');
    expect(editor).toContain('Kommentare je Woche');
    expect(editor).not.toContain('Artikel zur Prüfung');
  });
});
