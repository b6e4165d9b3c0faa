import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { User } from '../../../src/accounts/entities/user.entity.js';
import { EventDocument } from '../../../src/events/entities/event-document.entity.js';
import { createEvent } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { pdfBytes, writeFixture } from '../../support/documents-fixtures.js';
import { csrfToken, login, submitForm } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

const CSRF_MESSAGE = 'Das Formular ist abgelaufen oder wurde nicht von dieser Website gesendet.';

/** The value of a cookie the response sets, or undefined. */
function cookieFrom(response: supertest.Response, name: string): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return cookies
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1);
}

describe('CSRF protection', () => {
  let test: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
  });

  afterAll(() => test.close());

  const agent = () => supertest.agent(test.app.getHttpServer());
  const sessionRows = async () => {
    const [row] = await dataSource.query<{ count: string }[]>(
      'SELECT count(*) AS count FROM session',
    );
    return Number(row.count);
  };

  it('gives an anonymous reader of form pages no session, and the forms still post', async () => {
    const before = await sessionRows();
    const reader = agent();
    for (const path of [
      '/konto/anmelden',
      '/konto/registrieren',
      '/konto/passwort-vergessen',
      '/konto/bestaetigung-anfordern',
    ]) {
      const page = await reader.get(path).expect(200);
      expect(page.text).toMatch(/name="_csrf" value="[^"]{40,}"/);
      expect([path, cookieFrom(page, 'kek.sid')]).toEqual([path, undefined]);
    }
    await reader.get('/konto/daten').expect(303);
    expect(await sessionRows()).toBe(before);

    const page = await reader.get('/konto/passwort-vergessen').expect(200);
    expect(String(page.headers['set-cookie'])).toMatch(
      /kek\.csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const reset = await reader
      .post('/konto/passwort-vergessen')
      .type('form')
      .send({ _csrf: csrfToken(page.text), email: 'niemand@beispiel.de' });
    expect(reset.status).toBe(303);
    expect(await sessionRows()).toBe(before);

    const user = await createUser(test);
    await login(reader, user.email, TEST_PASSWORD);
    expect(await sessionRows()).toBe(before + 1);
  });

  it("refuses a POST without a token, with a wrong one or with another visitor's (403, German)", async () => {
    const visitor = agent();
    const token = csrfToken((await visitor.get('/konto/anmelden').expect(200)).text);
    const other = agent();
    await other.get('/konto/anmelden').expect(200);
    for (const [browser, body] of [
      [visitor, {}],
      [visitor, { _csrf: 'gefaelscht' }],
      [visitor, { _csrf: `${token}x` }],
      [other, { _csrf: token }],
      [agent(), { _csrf: token }],
    ] as const) {
      const response = await browser
        .post('/konto/passwort-vergessen')
        .type('form')
        .send({ ...body, email: 'niemand@beispiel.de' });
      expect(response.status).toBe(403);
      expect(response.text).toContain(CSRF_MESSAGE);
    }
  });

  it("binds a signed-in user's token to the session", async () => {
    const user = await createUser(test);
    const first = agent();
    await login(first, user.email, TEST_PASSWORD);
    const loginResponse = await submitForm(agent(), '/konto/anmelden', '/konto/anmelden', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const secondSession = cookieFrom(loginResponse, 'kek.sid');
    const page = await first.get('/konto').expect(200);
    const csrfCookie = cookieFrom(page, 'kek.csrf');
    expect(csrfCookie).toBeDefined();

    const rename = (cookie: string) =>
      test.http
        .post('/konto/anzeigename')
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: csrfToken(page.text), displayName: 'Umbenannt' });
    expect((await rename(`kek.sid=${secondSession}; kek.csrf=${csrfCookie}`)).status).toBe(403);
    expect(
      (await dataSource.getRepository(User).findOneByOrFail({ id: user.id })).displayName,
    ).toBe(user.displayName);
    expect(
      (
        await first
          .post('/konto/anzeigename')
          .type('form')
          .send({
            _csrf: csrfToken(page.text),
            displayName: 'Umbenannt',
          })
      ).status,
    ).toBe(303);
  });

  describe('the token of upload forms travels in the multipart body', () => {
    let organizer: ReturnType<typeof supertest.agent>;
    let fixture: string;

    beforeAll(async () => {
      organizer = agent();
      const user = await createUser(test, { roles: ['citizen', 'organizer'] });
      await login(organizer, user.email, TEST_PASSWORD);
      fixture = await writeFixture(
        test.dataDir,
        'protokoll.pdf',
        await pdfBytes({ tagged: true, language: 'de-DE' }),
      );
    });

    const documentsOf = (eventId: number) =>
      test.app
        .get(DataSource)
        .getRepository(EventDocument)
        .countBy({ event: { id: eventId } });

    it('puts the token in the form, not in its address, and accepts it from the body', async () => {
      const event = await createEvent(test);
      const url = `/verwaltung/veranstaltungen/${event.id}/dokumente`;
      const page = await organizer.get(url).expect(200);
      expect(page.text).toContain(`action="${url}" enctype="multipart/form-data"`);
      expect(page.text).not.toContain('?_csrf=');
      const response = await organizer
        .post(url)
        .field('_csrf', csrfToken(page.text))
        .field('kind', 'minutes')
        .field('title', 'Protokoll')
        .attach('file', fixture);
      expect(response.status).toBe(303);
      expect(await documentsOf(event.id)).toBe(1);
    });

    it('refuses an upload whose token is only in the query string or missing, keeping nothing', async () => {
      const event = await createEvent(test);
      const url = `/verwaltung/veranstaltungen/${event.id}/dokumente`;
      const token = csrfToken((await organizer.get(url).expect(200)).text);
      for (const address of [`${url}?_csrf=${encodeURIComponent(token)}`, url]) {
        const response = await organizer
          .post(address)
          .field('kind', 'minutes')
          .field('title', 'Untergeschoben')
          .attach('file', fixture);
        expect([address, response.status]).toEqual([address, 403]);
        expect(response.text).toContain(CSRF_MESSAGE);
      }
      expect(await documentsOf(event.id)).toBe(0);
      expect(await readdir(join(test.dataDir, 'uploads', 'tmp'))).toEqual([]);
    });

    it('refuses a multipart POST to a route that reads no multipart body, even with a token', async () => {
      const token = csrfToken((await organizer.get('/konto').expect(200)).text);
      const response = await organizer.post('/konto/abmelden').field('_csrf', token);
      expect(response.status).toBe(403);
      expect(response.text).toContain(CSRF_MESSAGE);
      await organizer.get('/konto').expect(200);
    });
  });
});

// Last and alone: passport keeps every app's session deserializer in one process, so a closed app
// would break a later one that reads signed-in sessions.
describe('CSRF cookie of a portal on HTTPS', () => {
  it('marks the token cookie Secure and __Host- when the portal runs on HTTPS', async () => {
    const https = await startTestApp({ BASE_URL: 'https://portal.test' });
    try {
      const page = await https.http.get('/konto/anmelden').expect(200);
      expect(String(page.headers['set-cookie'])).toMatch(
        /__Host-kek\.csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/,
      );
    } finally {
      await https.close();
    }
  });
});
