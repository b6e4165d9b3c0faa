import supertest from 'supertest';
import { ConceptService } from '../../../src/concept/concept.service.js';
import type { Approach } from '../../../src/concept/entities/approach.entity.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

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
    expect(history).toMatch(
      /Fassung 1<\/a><\/td><td class="kern-table__cell">gültig bis \d{1,2}\. \w+ \d{4} um \d\d:\d\d Uhr<\/td><td class="kern-table__cell">Ausgangsfassung/,
    );
    const diff = (await editor.get(`${admin}/fassungen/2`).expect(200)).text;
    // A deleted and an inserted word that meet are kept apart by a space, also for screen readers.
    expect(diff).toContain(
      'Vernetzung <del class="diff-removed"><span class="kern-sr-only">[entfernt: </span>von<span class="kern-sr-only">]</span></del> <ins class="diff-added"><span class="kern-sr-only">[eingefügt: </span>regionaler<span class="kern-sr-only">]</span></ins> Produzenten <ins class="diff-added">',
    );
    expect(diff).toContain(
      '<h1 class="kern-heading-x-large">Fassung 2: Vernetzung regionaler Produzenten und Verarbeiter</h1>',
    );
    // An old version is headed with the title it had then, and says what the item is called now.
    const first = (await editor.get(`${admin}/fassungen/1`).expect(200)).text;
    expect(first).toMatch(
      /Die Fassung aus dem Import, gültig bis zur ersten Änderung am \d{1,2}\. /,
    );
    expect(first).toContain(
      '<h1 class="kern-heading-x-large">Fassung 1: Vernetzung von Produzenten</h1>',
    );
    expect(first).toContain(
      'Heute heißt der Eintrag: „Vernetzung regionaler Produzenten und Verarbeiter“.',
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

    // The measure's changes show in its approach's history, linked to the measure's version.
    expect(
      (
        await post(
          measureAdmin,
          { text: 'Eine **regionale** Vermarktungsplattform gemeinsam aufbauen' },
          measureAdmin,
        )
      ).status,
    ).toBe(303);
    const approachHistory = (await editor.get(admin)).text;
    expect(approachHistory).toContain(
      `<a class="kern-link" href="${measureAdmin}/fassungen/2">Maßnahme: Eine regionale Vermarktungsplattform gemeinsam aufbauen, Fassung 2</a>`,
    );
    expect(approachHistory).toMatch(
      /Vermarktungsplattform gemeinsam aufbauen, Fassung 2<\/a><\/td><td class="kern-table__cell">[^<]+<\/td><td class="kern-table__cell">Redakteurin<\/td><td class="kern-table__cell">geändert: Text/,
    );

    expect((await post(`${measureAdmin}/verschieben`, { richtung: 'hoch' })).status).toBe(303);
    page = (await test.http.get(APPROACH_URL)).text;
    const measures = page.split('<li class="measure">').slice(1);
    expect(measures.at(-2)).toContain('Vermarktungsplattform');
  });

  it('finds approaches, goals and measures by number or words (GET, no script)', async () => {
    const numbered = await test.app.get(ConceptService).listApproaches();
    const index = numbered.findIndex((link) => link.id === approach.id);
    const byNumber = (await editor.get(`/verwaltung/kek?q=${index + 1}`).expect(200)).text;
    expect(byNumber).toContain('1 Treffer für „' + String(index + 1) + '“');
    expect(byNumber).toContain(
      `href="/verwaltung/kek/handlungsansaetze/${approach.id}">Handlungsansatz ${index + 1}: Vernetzung von Produzenten</a>`,
    );
    const measure = (await editor.get(`/verwaltung/kek?q=${index + 1}.1`).expect(200)).text;
    expect(measure).toMatch(/href="\/verwaltung\/kek\/massnahmen\/\d+">Maßnahme \d+\.1: /);

    const byWords = (
      await editor
        .get('/verwaltung/kek?q=' + encodeURIComponent('vermarktungsplattform gemeinsam'))
        .expect(200)
    ).text;
    expect(byWords).toContain('1 Treffer für „vermarktungsplattform gemeinsam“');
    expect(byWords).toMatch(
      new RegExp(
        `Maßnahme ${index + 1}\\.\\d+: Eine regionale Vermarktungsplattform gemeinsam aufbauen`,
      ),
    );
    const goals = (await editor.get('/verwaltung/kek?q=Wirtschaftsstruktur').expect(200)).text;
    expect(goals).toContain('Strategisches Ziel: Die Wirtschaftsstruktur ist vielfältig');
    const none = (await editor.get('/verwaltung/kek?q=Quantencomputer%25').expect(200)).text;
    expect(none).toContain('0 Treffer für „Quantencomputer%“');
    expect(none).toContain('Nichts gefunden.');

    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
    await citizen.get('/verwaltung/kek?q=1').expect(403);
  });

  it('offers "bearbeiten" on public concept pages to editors only', async () => {
    const editLink = `href="/verwaltung/kek/handlungsansaetze/${approach.id}">Handlungsansatz bearbeiten</a>`;
    const anonymous = await test.http.get(APPROACH_URL).expect(200);
    expect(anonymous.text).not.toContain('bearbeiten</a>');
    expect(anonymous.headers['cache-control'] ?? '').not.toContain('no-store');
    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
    expect((await citizen.get(APPROACH_URL)).text).not.toContain('bearbeiten</a>');
    const asEditor = await editor.get(APPROACH_URL).expect(200);
    expect(asEditor.text).toContain(editLink);
    expect(asEditor.headers['cache-control']).toContain('no-store');
    const field = (await editor.get(FIELD_URL)).text;
    expect(field).toMatch(
      /href="\/verwaltung\/kek\/handlungsfelder\/\d+">Handlungsfeld bearbeiten<\/a>/,
    );
    expect((await editor.get('/kek')).text).toContain('href="/verwaltung/kek">KEK bearbeiten</a>');
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
