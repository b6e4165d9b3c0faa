import supertest from 'supertest';
import type { Approach } from '../src/concept/entities/approach.entity.js';
import { approachBySlug, createComment, createProcess } from './factories/forum.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { csrfToken, login } from './support/forms.js';
import { type TestApp, startTestApp } from './support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const FIELD_URL = '/kek/starker-wirtschaftsstandort';
const APPROACH_URL = `${FIELD_URL}/vernetzung-von-produzenten`;

describe('editing the concept in the back office (HTTP, real database)', () => {
  let test: TestApp;
  let editor: Agent;
  let approach: Approach;
  let admin: string;

  beforeAll(async () => {
    test = await startTestApp();
    const user = await createUser(test, {
      roles: ['citizen', 'editor'],
      displayName: 'Redakteurin',
    });
    editor = supertest.agent(test.app.getHttpServer());
    await login(editor, user.email, TEST_PASSWORD);
    approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    admin = `/verwaltung/kek/handlungsansaetze/${approach.id}`;
  });

  afterAll(() => test.close());

  async function post(action: string, fields: Record<string, string>, formPage = admin) {
    const page = await editor.get(formPage).expect(200);
    return editor
      .post(action)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  }

  it('edits an approach, shows the change at once, keeps every version and restores an earlier one', async () => {
    const form = await editor.get(admin).expect(200);
    expect(form.text).toContain('value="Vernetzung von Produzenten"');
    expect(form.text).toContain('Seit dem Import unverändert.');

    const empty = await post(admin, { title: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Bitte füllen Sie „Titel“ aus.');

    expect(
      (await post(admin, { title: 'Vernetzung regionaler Produzenten und Verarbeiter' })).status,
    ).toBe(303);
    const changed = (await test.http.get(APPROACH_URL).expect(200)).text;
    expect(changed).toContain(
      '<h1 class="kern-heading-x-large">Vernetzung regionaler Produzenten und Verarbeiter</h1>',
    );
    expect(changed).toMatch(/Zuletzt geändert am \d{1,2}\. \w+ \d{4}/);
    expect((await test.http.get(FIELD_URL)).text).toContain(
      'Vernetzung regionaler Produzenten und Verarbeiter',
    );

    const history = (await editor.get(admin)).text;
    expect(history).toMatch(
      /Fassung 2<\/a><\/td><td class="kern-table__cell">[^<]+<\/td><td class="kern-table__cell">Redakteurin<\/td><td class="kern-table__cell">geändert: Titel/,
    );
    expect(history).toContain('Ausgangsfassung');
    const diff = (await editor.get(`${admin}/fassungen/2`).expect(200)).text;
    expect(diff).toContain(
      'Vernetzung <del class="diff-removed"><span class="kern-sr-only">[gelöscht: </span>von<span class="kern-sr-only">]</span></del><ins class="diff-added"><span class="kern-sr-only">[eingefügt: </span>regionaler<span class="kern-sr-only">]</span></ins> Produzenten <ins class="diff-added">',
    );

    const restored = await post(
      `${admin}/fassungen/1/wiederherstellen`,
      {},
      `${admin}/fassungen/1`,
    );
    expect(restored.status).toBe(303);
    expect((await test.http.get(APPROACH_URL)).text).toContain(
      '<h1 class="kern-heading-x-large">Vernetzung von Produzenten</h1>',
    );
    expect((await editor.get(admin)).text).toMatch(
      /Fassung 3<\/a>.*frühere Fassung wiederhergestellt: Titel/s,
    );
    await editor.get(`${admin}/fassungen/9`).expect(404);
  });

  it('adds a measure with a project idea, reorders measures, and keeps typed input on errors', async () => {
    const created = await post(
      '/verwaltung/kek/massnahmen/neu',
      { parentId: String(approach.id), text: 'Eine **regionale** Vermarktungsplattform aufbauen' },
      `/verwaltung/kek/massnahmen/neu?unter=${approach.id}`,
    );
    expect(created.status).toBe(303);
    const measureAdmin = created.headers.location;
    const badLink = await post(
      '/verwaltung/kek/projekte/neu',
      {
        parentId: measureAdmin.split('/').pop()!,
        kind: 'idea',
        title: 'Regionalmarkt-App',
        url: 'regionalmarkt',
      },
      measureAdmin,
    );
    expect(badLink.status).toBe(422);
    expect(badLink.text).toContain('eine vollständige Adresse an, die mit https:// beginnt');
    expect(badLink.text).toContain('Regionalmarkt-App</textarea>');
    expect(
      (
        await post(
          '/verwaltung/kek/projekte/neu',
          {
            parentId: measureAdmin.split('/').pop()!,
            kind: 'idea',
            title: 'Regionalmarkt-App',
            url: 'https://regionalmarkt.example',
          },
          measureAdmin,
        )
      ).status,
    ).toBe(303);

    let page = (await test.http.get(APPROACH_URL)).text;
    expect(page).toContain('Eine <strong>regionale</strong> Vermarktungsplattform aufbauen');
    expect(page).toMatch(/href="https:\/\/regionalmarkt\.example"[^>]*>Regionalmarkt-App/);
    const last = page.lastIndexOf('<li class="measure">');
    expect(page.indexOf('Vermarktungsplattform')).toBeGreaterThan(last);

    expect((await post(`${measureAdmin}/verschieben`, { richtung: 'hoch' })).status).toBe(303);
    page = (await test.http.get(APPROACH_URL)).text;
    const measures = page.split('<li class="measure">').slice(1);
    expect(measures.at(-2)).toContain('Vermarktungsplattform');
  });

  it('retires an approach after confirmation: off the lists, same URL with the note, comments kept, none added', async () => {
    const forum = await createProcess(test, { moderationMode: 'post' });
    const author = await createUser(test, { displayName: 'Landwirtin' });
    await createComment(test, {
      approach,
      process: forum,
      author,
      body: 'Hofläden brauchen bessere Wegweiser.',
    });

    const confirm = await editor.get(`${admin}/zurueckziehen`).expect(200);
    expect(confirm.text).toContain('„Vernetzung von Produzenten“ wirklich zurückziehen?');
    expect(
      (
        await post(
          `${admin}/zurueckziehen`,
          { note: 'Zusammengelegt mit „Regionale Wertschöpfung“.' },
          `${admin}/zurueckziehen`,
        )
      ).status,
    ).toBe(303);

    expect((await test.http.get(FIELD_URL)).text).not.toContain('vernetzung-von-produzenten');
    expect((await test.http.get('/kek')).text).not.toContain('vernetzung-von-produzenten');
    const page = (await test.http.get(APPROACH_URL).expect(200)).text;
    expect(page).toContain('Nicht mehr Teil des KEK');
    expect(page).toContain('Zusammengelegt mit „Regionale Wertschöpfung“.');
    expect(page).toContain('Hofläden brauchen bessere Wegweiser.');
    expect(page).not.toContain('name="body"');

    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, author.email, TEST_PASSWORD);
    // The token first: the agent attaches its cookies when the request is created.
    const token = csrfToken((await citizen.get('/konto')).text);
    const refused = await citizen
      .post(`${APPROACH_URL}/kommentare/${forum.slug}`)
      .type('form')
      .send({ _csrf: token, body: 'Noch ein Gedanke zu Hofläden.' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(
      'Dieser Handlungsansatz ist zurückgezogen. Neue Kommentare sind nicht mehr möglich.',
    );
    expect(refused.text).toContain('Noch ein Gedanke zu Hofläden.');

    expect((await post(`${admin}/reaktivieren`, {})).status).toBe(303);
    expect((await test.http.get(FIELD_URL)).text).toContain('vernetzung-von-produzenten');
  });

  it('answers unknown kinds and items with 404 and keeps citizens out', async () => {
    await editor.get('/verwaltung/kek/unbekannt/1').expect(404);
    await editor.get('/verwaltung/kek/handlungsansaetze/999999').expect(404);
    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
    await citizen.get(admin).expect(403);
  });
});
