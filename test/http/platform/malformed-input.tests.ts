import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { Event } from '../../../src/events/entities/event.entity.js';
import { createEvent } from '../../factories/events.js';
import { approachBySlug } from '../../factories/forum.js';
import { createRound } from '../../factories/prioritisation.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { postFormsOf, submittedValues } from '../../support/html-forms.js';
import { deepJson } from '../../support/malformed-input.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const APPROACH_URL = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';

/** The message shown for a field on the re-rendered form, from the error summary. */
function fieldMessage(html: string, field: string): string | undefined {
  return new RegExp(`href="#feld-${field}">([^<]+)</a>`).exec(html)?.[1];
}

describe('malformed input: each cause the audit found answers with a German 4xx', () => {
  let test: TestApp;
  let admin: Agent;
  let token: string;
  let approachId: number;

  beforeAll(async () => {
    test = await startTestApp();
    const user = await createUser(test, { roles: ['citizen', 'admin'] });
    admin = supertest.agent(test.app.getHttpServer());
    await login(admin, user.email, TEST_PASSWORD);
    token = csrfToken((await admin.get('/konto')).text);
    approachId = (await approachBySlug(test, 'vernetzung-von-produzenten')).id;
  });

  afterAll(() => test.close());

  const post = (path: string, fields: Record<string, string | string[]>) =>
    admin
      .post(path)
      .type('form')
      .send({ _csrf: token, ...fields });

  /** The form on the page at `path` as the browser would send it unchanged, with changes. */
  async function formOf(path: string, changes: Record<string, string | string[]> = {}) {
    const form = postFormsOf((await admin.get(path).expect(200)).text, path).find(
      (candidate) => candidate.action === path,
    );
    if (!form) throw new Error(`No form posting to ${path}`);
    return { ...submittedValues(form), ...changes };
  }

  it('answers path ids outside the integer range with 404, before any query', async () => {
    for (const id of ['2147483648', '99999999999999999999', '1e3', '1.5', '0', '-1']) {
      const page = await admin.get(`/verwaltung/veranstaltungen/${id}`).expect(404);
      expect(page.text).toContain('Seite nicht gefunden');
    }
    await post('/kommentare/2147483648/unterstuetzen', {}).expect(404);
    await admin.get('/verwaltung/nutzer/kein-uuid').expect(404);
    await admin.get('/verwaltung/veranstaltungen/2147483647').expect(404);
  });

  it('refuses ids out of range in forms with a German message', async () => {
    const round = await post('/verwaltung/prioritaeten/neu', {
      title: 'Runde mit falscher Auswahl',
      explanation: 'Test',
      opensAt: '2027-03-01T09:00',
      closesAt: '2027-03-31T18:00',
      approachIds: ['2147483648', String(approachId)],
    }).expect(422);
    expect(fieldMessage(round.text, 'approachIds')).toBe(
      'Bitte wählen Sie Handlungsansätze aus der Liste.',
    );
    const concept = await post('/verwaltung/kek/massnahmen/neu', {
      text: 'Eine Maßnahme ohne Ort',
    }).expect(422);
    expect(fieldMessage(concept.text, 'parentId')).toBe(
      'Bitte wählen Sie, wo der Eintrag hingehört.',
    );
    expect(concept.text).toContain('Eine Maßnahme ohne Ort');
    await post(`/kommentare/abonnieren/2147483647`, {}).expect(404);
  });

  it('refuses NUL and undecodable addresses with 400 and strips NUL from form fields', async () => {
    for (const path of ['/seiten/%00', '/kek/a%00b', '/suche?q=%00', '/presse/%E0%A4%A']) {
      const page = await test.http.get(path).expect(400);
      expect(page.text).toContain('Die Adresse enthält Zeichen');
    }
    const saved = await post('/verwaltung/ansprechpartner/neu', {
      name: 'Anna\u0000 Beispiel',
      department: 'Fachdienst\u0000',
    }).expect(303);
    const contact = await admin.get(saved.headers.location).expect(200);
    expect(contact.text).toContain('value="Anna Beispiel"');
  });

  it('looks up user-chosen sort keys as own properties only', async () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      await test.http.get(`${APPROACH_URL}?sortierung=${key}&seite=${key}`).expect(200);
      await test.http.get(`/presse?art=${key}`).expect(200);
    }
  });

  it('reads only form bodies: JSON, text and deep nesting get 415, a stray multipart a 403', async () => {
    const round = await createRound(test, []);
    for (const [type, body] of [
      ['application/json', '{"email":5}'],
      ['application/json', deepJson(3000)],
      ['text/plain', 'prioritaet-1=hoch'],
    ]) {
      const page = await admin
        .post(`/prioritaeten/bewerten/${round.slug}?_csrf=${token}`)
        .set('Content-Type', type)
        .send(body)
        .expect(415);
      expect(page.text).toContain('Dieses Format wird nicht unterstützt.');
    }
    // Only upload routes read multipart bodies (and check their token there); others refuse them.
    const multipart = await admin
      .post('/verwaltung/kek/massnahmen/neu')
      .field('_csrf', token)
      .field('text', 'Über Multipart');
    expect(multipart.status).toBe(403);
    expect(multipart.text).toContain('Das Formular ist abgelaufen');
  });

  it('validates e-mail addresses of any length and type in the rate-limited forms', async () => {
    const anonymous = supertest.agent(test.app.getHttpServer());
    const anonymousToken = csrfToken((await anonymous.get('/konto/passwort-vergessen')).text);
    const long = `${'a'.repeat(300)}@beispiel.de`;
    const forgot = await anonymous
      .post('/konto/passwort-vergessen')
      .type('form')
      .send({ _csrf: anonymousToken, email: long })
      .expect(422);
    expect(fieldMessage(forgot.text, 'email')).toMatch(/gültige E-Mail-Adresse|254 Zeichen/);
    const login = await anonymous
      .post('/konto/anmelden')
      .type('form')
      .send(`_csrf=${encodeURIComponent(anonymousToken)}&email=a@b.de&email=c@d.de&password=x`)
      .expect(422);
    expect(login.text).toContain('Bitte geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.');
  });

  it('shows the form again with the typed text and Retry-After when a rate limit refuses it', async () => {
    const anonymous = supertest.agent(test.app.getHttpServer());
    const anonymousToken = csrfToken((await anonymous.get('/konto/registrieren')).text);
    let response: supertest.Response | undefined;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      response = await anonymous.post('/konto/registrieren').type('form').send({
        _csrf: anonymousToken,
        email: 'dieselbe@beispiel.de',
        displayName: 'Erika Muster',
        password: 'kurz',
      });
    }
    expect(response!.status).toBe(429);
    expect(Number(response!.headers['retry-after'])).toBeGreaterThan(0);
    expect(response!.text).toContain('Zu viele Versuche in kurzer Zeit.');
    expect(response!.text).toContain('value="Erika Muster"');
    expect(response!.text).not.toContain('value="kurz"');
  });

  it('keeps long input with a message per field, and tells people over the limit their text is not lost', async () => {
    const body = 'Ein langer Absatz. '.repeat(5300);
    const long = await post('/verwaltung/seiten/neu', {
      title: 'Lange Seite',
      summary: 'Zu lang',
      body,
    }).expect(422);
    expect(fieldMessage(long.text, 'body')).toBe(
      'Bitte geben Sie den Text der Seite an (höchstens 100.000 Zeichen).',
    );
    expect(long.text).toContain(body.trim().slice(0, 1000));
    const tooLarge = await post('/verwaltung/seiten/neu', { body: 'x'.repeat(2_200_000) }).expect(
      413,
    );
    expect(tooLarge.text).toContain('Ihre Eingaben sind nicht verloren');
    const upload = await admin
      .post(`/verwaltung/umsetzung/${approachId}/notizen?_csrf=${token}`)
      .field('notedOn', '2026-11-01')
      .field('text', 'x'.repeat(200_000))
      .expect(413);
    expect(upload.text).toContain('Ihre Eingaben sind nicht verloren');
  });

  it('refuses impossible and far-off dates on the field, in German', async () => {
    const round = await post('/verwaltung/prioritaeten/neu', {
      title: 'Runde im Februar',
      explanation: 'Test',
      opensAt: '2026-02-30T09:00',
      closesAt: '2026-03-31T18:00',
    }).expect(422);
    expect(fieldMessage(round.text, 'opensAt')).toBe(
      'Bitte geben Sie ein gültiges Datum zwischen 2000 und 2100 an.',
    );
    expect(fieldMessage(round.text, 'closesAt')).toBeUndefined();
    const clipping = await post('/verwaltung/presse/ausschnitte/neu', {
      publication: 'Schweriner Volkszeitung',
      publishedOn: '2026-02-30',
      headline: 'Ein Tag, den es nicht gibt',
    }).expect(422);
    expect(fieldMessage(clipping.text, 'publishedOn')).toBe(
      'Bitte geben Sie ein gültiges Datum zwischen 2000 und 2100 an.',
    );
    const event = await post(
      '/verwaltung/veranstaltungen/neu',
      await formOf('/verwaltung/veranstaltungen/neu', {
        title: 'Forum vor langer Zeit',
        description: 'Test',
        startsAt: '1900-01-01T10:00',
        endsAt: '1900-01-01T12:00',
      }),
    ).expect(422);
    expect(fieldMessage(event.text, 'startsAt')).toBe(
      'Bitte geben Sie ein gültiges Datum zwischen 2000 und 2100 an.',
    );
  });

  it('saves an event unchanged: empty optional numbers stay empty instead of becoming 0', async () => {
    const event = await createEvent(test, { formatNumber: null, capacity: null });
    const path = `/verwaltung/veranstaltungen/${event.id}`;
    const values = await formOf(path);
    expect(values.formatNumber).toBe('');
    expect(values.capacity).toBe('');
    await post(path, values).expect(303);
    const saved = await test.app
      .get(DataSource)
      .getRepository(Event)
      .findOneByOrFail({ id: event.id });
    expect([saved.formatNumber, saved.capacity]).toEqual([null, null]);
    for (const capacity of ['1.5', '1e3', '2147483648', '0']) {
      const refused = await post(path, { ...values, capacity }).expect(422);
      expect(fieldMessage(refused.text, 'capacity')).toMatch(/Plätze|Platz/);
    }
  });

  it('gives German messages on the public registration form, never class-validator English', async () => {
    const event = await createEvent(test);
    const path = `/veranstaltungen/${event.slug}/anmeldung`;
    const anonymous = supertest.agent(test.app.getHttpServer());
    const page = await anonymous.get(path).expect(200);
    const response = await anonymous
      .post(path)
      .type('form')
      .send({
        _csrf: csrfToken(page.text),
        name: 'Erika Muster',
        // Valid in form (local part 64, domain 200 characters), too long in total: 265.
        email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.eeeee.de`,
      })
      .expect(422);
    expect(fieldMessage(response.text, 'email')).toBe(
      'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.',
    );
    expect(response.text).not.toMatch(/must be|shorter than/);
  });

  it('moves concept items at the same moment without deadlocking', async () => {
    const approachPage = await admin.get(`/verwaltung/kek/handlungsansaetze/${approachId}`);
    const moves = [
      ...new Set(
        [
          ...approachPage.text.matchAll(
            /action="(\/verwaltung\/kek\/massnahmen\/\d+\/verschieben)"/g,
          ),
        ].map((match) => match[1]),
      ),
    ];
    expect(moves.length).toBeGreaterThanOrEqual(3);
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        post(moves[index % moves.length], { richtung: index % 3 ? 'hoch' : 'runter' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(60).fill(303));
  });
});
