import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { approachBySlug } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { pdfBytes, writeFixture } from '../../support/documents-fixtures.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const APPROACH_URL = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';

describe('implementation status and progress notes (HTTP, real database)', () => {
  let test: TestApp;
  let editor: Agent;
  let fixtures: string;
  let page: string;

  beforeAll(async () => {
    test = await startTestApp();
    fixtures = mkdtempSync(join(tmpdir(), 'kek-implementation-'));
    const user = await createUser(test, {
      roles: ['citizen', 'editor'],
      displayName: 'Regionalmanagerin',
    });
    editor = supertest.agent(test.app.getHttpServer());
    await login(editor, user.email, TEST_PASSWORD);
    page = `/verwaltung/umsetzung/${(await approachBySlug(test, 'vernetzung-von-produzenten')).id}`;
  });

  afterAll(async () => {
    await test.close();
    rmSync(fixtures, { recursive: true, force: true });
  });

  async function post(action: string, fields: Record<string, string>) {
    const form = await editor.get(page).expect(200);
    return editor
      .post(action)
      .type('form')
      .send({ _csrf: csrfToken(form.text), ...fields });
  }

  it('sets the state, and /kek filters by it and counts it per field', async () => {
    const before = (await test.http.get('/kek')).text;
    expect(before).toMatch(
      /<th class="kern-table__cell" scope="row">III Starker Wirtschaftsstandort<\/th>(<td class="kern-table__cell">\d+<\/td>){5}/,
    );
    expect(before).toContain(
      '<title id="diagramm-umsetzung-title">Stand der Umsetzung je Handlungsfeld</title>',
    );
    const rejected = await post(`${page}/stand`, { status: 'fertig' });
    expect(rejected.status).toBe(422);
    expect(rejected.text).toContain('Bitte wählen Sie einen Stand der Umsetzung.');

    expect((await post(`${page}/stand`, { status: 'in_progress' })).status).toBe(303);
    const filtered = (await test.http.get('/kek?stand=in-umsetzung')).text;
    expect(filtered).toContain('Handlungsansätze „in Umsetzung“');
    expect(filtered).toContain(
      `<li><a class="kern-link" href="${APPROACH_URL}">Vernetzung von Produzenten</a></li>`,
    );
    const row =
      /<th class="kern-table__cell" scope="row">III Starker Wirtschaftsstandort<\/th>((?:<td class="kern-table__cell">\d+<\/td>){6})/.exec(
        filtered,
      )!;
    const counts = [...row[1].matchAll(/>(\d+)</g)].map((match) => Number(match[1]));
    expect(counts[2]).toBe(1);
    expect(counts[0] + counts[2]).toBe(counts[5]);
    expect((await test.http.get('/kek?stand=umgesetzt')).text).toContain(
      'Kein Handlungsansatz hat derzeit diesen Stand.',
    );
    expect((await test.http.get(APPROACH_URL)).text).toContain(
      'Stand: <strong class="status-badge">in Umsetzung</strong>',
    );
  });

  it('adds dated notes with an optional document, keeps the input on errors, and deletes them', async () => {
    const badDate = await post(`${page}/notizen`, {
      notedOn: '2026-02-30',
      text: 'Auftaktgespräch mit den Erzeugern.',
      title: '',
    });
    expect(badDate.status).toBe(422);
    expect(badDate.text).toContain('Bitte geben Sie ein gültiges Datum zwischen 2000 und 2100 an.');
    expect(badDate.text).toContain('Auftaktgespräch mit den Erzeugern.</textarea>');

    const form = await editor.get(page);
    const path = await writeFixture(
      fixtures,
      'bericht.pdf',
      await pdfBytes({ tagged: true, language: 'de' }),
    );
    const withoutTitle = await editor
      .post(`${page}/notizen`)
      .field('_csrf', csrfToken(form.text))
      .field('notedOn', '2026-11-02')
      .field('text', 'Auftaktgespräch mit den Erzeugern.')
      .field('title', '')
      .attach('file', path);
    expect(withoutTitle.status).toBe(422);
    expect(withoutTitle.text).toContain('Bitte geben Sie einen Titel ein.');
    const withDocument = await editor
      .post(`${page}/notizen`)
      .field('_csrf', csrfToken(form.text))
      .field('notedOn', '2026-11-02')
      .field('text', 'Auftaktgespräch mit **den Erzeugern**.')
      .field('title', 'Protokoll des Auftakts')
      .attach(
        'file',
        await writeFixture(
          fixtures,
          'bericht2.pdf',
          await pdfBytes({ tagged: true, language: 'de' }),
        ),
      );
    expect(withDocument.status).toBe(303);
    expect(
      (
        await post(`${page}/notizen`, {
          notedOn: '2026-11-20',
          text: 'Erste Lieferkette steht.',
          title: '',
        })
      ).status,
    ).toBe(303);

    const approach = (await test.http.get(APPROACH_URL)).text;
    const notes = approach.slice(
      approach.indexOf('id="umsetzung"'),
      approach.indexOf('id="querschnittsthemen"'),
    );
    expect(notes.indexOf('20. November 2026')).toBeLessThan(notes.indexOf('2. November 2026'));
    expect(notes).toContain('Auftaktgespräch mit <strong>den Erzeugern</strong>.');
    const link = /href="(\/dokumente\/[^"]+\/bericht2\.pdf)"/.exec(notes)![1];
    await test.http.get(link).expect(200);

    const admin = (await editor.get(page)).text;
    const remove = /href="(\/verwaltung\/umsetzung\/\d+\/notizen\/\d+\/loeschen)"/.exec(admin)![1];
    const confirm = await editor.get(remove).expect(200);
    expect(confirm.text).toContain('Den Bericht vom 20. November 2026 wirklich löschen?');
    expect(confirm.text).toContain(`action="${remove}"`);
    expect((await post(remove, {})).status).toBe(303);
    expect((await test.http.get(APPROACH_URL)).text).not.toContain('Erste Lieferkette steht.');
    await test.http.get(link).expect(200);
  });
});
