import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import supertest from 'supertest';
import { DataSource, Like } from 'typeorm';
import { AccountToken } from '../../../src/accounts/entities/account-token.entity.js';
import { User } from '../../../src/accounts/entities/user.entity.js';
import { RoundParticipant } from '../../../src/prioritisation/entities/round-participant.entity.js';
import { Rating } from '../../../src/prioritisation/entities/rating.entity.js';
import { ApproachSubscription } from '../../../src/comments/entities/approach-subscription.entity.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { createRound } from '../../factories/prioritisation.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login, submitForm } from '../../support/forms.js';
import { TestSmtpServer, linkFrom } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

const NEW_PASSWORD = 'Neues-Kennwort-am-Schaalsee';

/** Page bodies differ only in per-request values; strip them before comparing. */
/** Handlebars escapes "=" and "&" in attributes; a browser reads them back like this. */
const unescapeAttributes = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

const normalise = (html: string) =>
  html.replace(/name="_csrf" value="[^"]+"/g, '').replace(/Kennung: <code>[^<]+<\/code>/g, '');

describe('accounts (HTTP, real database, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let users: ReturnType<DataSource['getRepository']>;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({
      SMTP_URL: smtp.url,
      BASE_URL: 'http://portal.test',
      TRUST_PROXY: 'true',
    });
    users = test.app.get(DataSource).getRepository(User);
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  const agent = () => supertest.agent(test.app.getHttpServer());

  /** Opens the confirmation link and sends its form with the password (and further fields). */
  async function confirm(
    browser: ReturnType<typeof agent>,
    link: string,
    password: string,
    fields: Record<string, string> = {},
  ) {
    const page = await browser.get(link).expect(200);
    return browser
      .post('/konto/bestaetigen')
      .type('form')
      .send({
        _csrf: csrfToken(page.text),
        token: new URL(link, 'http://x').searchParams.get('token')!,
        password,
        ...fields,
      });
  }

  /** The n-th confirmation mail to the address (counting from 1). */
  async function mailNumber(to: string, n: number) {
    return (await smtp.waitForMails(to, /bestätigen/, n))[n - 1];
  }

  let signUps = 0;

  /** Each sign-up comes from its own address: the per-IP sign-up limit is tested elsewhere. */
  async function register(email: string, overrides: Record<string, string> = {}) {
    signUps += 1;
    const browser = agent().set('X-Forwarded-For', `198.51.100.${signUps}`);
    return submitForm(browser, '/konto/registrieren', '/konto/registrieren', {
      email,
      displayName: 'Kreis Fan',
      password: TEST_PASSWORD,
      acceptNetiquette: 'ja',
      acceptPrivacy: 'ja',
      ...overrides,
    });
  }

  it('signs up, mails a confirmation link, confirms it and then lets the user in', async () => {
    const email = 'anna.neu@beispiel.de';
    const response = await register(email);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/konto/registrieren/danke');

    const browser = agent();
    const early = await submitForm(browser, '/konto/anmelden', '/konto/anmelden', {
      email,
      password: TEST_PASSWORD,
    });
    expect(early.status).toBe(422);
    expect(early.text).toContain('Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse');

    const mail = await smtp.waitFor(email, /bestätigen/);
    expect(mail.text).toContain('Guten Tag Kreis Fan');
    expect(mail.text).toContain('weil mit Ihrer Adresse ein Konto angelegt wurde');
    expect(mail.html).toContain('E-Mail-Adresse bestätigen');
    const confirmation = await confirm(
      browser,
      linkFrom(mail, '/konto/bestaetigen'),
      TEST_PASSWORD,
    );
    expect(confirmation.status).toBe(303);
    expect(confirmation.headers.location).toBe('/konto');
    const profile = await browser.get('/konto').expect(200);
    expect(profile.text).toContain('Ihre E-Mail-Adresse ist bestätigt und Sie sind angemeldet.');
    expect(profile.text).toContain(email);
    expect(profile.text).toContain('Kreis Fan');

    await login(agent(), email, TEST_PASSWORD);
  });

  it('leads a person who signs up on the way from a page back to it once the address is confirmed', async () => {
    const from = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';
    const approach = await agent().get(from).expect(200);
    expect(approach.text).toContain(
      // Handlebars writes the header's address with = as &#x3D;, which the browser reads as =.
      `href="/konto/registrieren?zurueck&#x3D;${encodeURIComponent(from)}"`,
    );
    const login = await agent().get(`/konto/anmelden?zurueck=${from}`).expect(200);
    expect(login.text).toContain(`href="/konto/registrieren?zurueck=${from}"`);
    const form = await agent().get(`/konto/registrieren?zurueck=${from}`).expect(200);
    expect(form.text).toContain(`name="zurueck" value="${from}"`);

    const email = 'rueckweg@beispiel.de';
    expect((await register(email, { zurueck: from })).status).toBe(303);
    const link = linkFrom(await smtp.waitFor(email, /bestätigen/), '/konto/bestaetigen');
    expect(new URL(link, 'http://x').searchParams.get('zurueck')).toBe(from);
    const browser = agent();
    expect((await browser.get(link)).text).toContain(`name="zurueck" value="${from}"`);
    const confirmed = await confirm(browser, link, TEST_PASSWORD, { zurueck: from });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.location).toBe(from);
    const back = await browser.get(from).expect(200);
    expect(back.text).toContain('Ihre E-Mail-Adresse ist bestätigt und Sie sind angemeldet.');
    expect(back.text).toContain('action="/konto/abmelden"');
  });

  it('leads back only within the portal after a sign-up', async () => {
    const email = 'fremdziel@beispiel.de';
    expect((await register(email, { zurueck: 'https://angreifer.example/' })).status).toBe(303);
    const link = linkFrom(await smtp.waitFor(email, /bestätigen/), '/konto/bestaetigen');
    expect(link).not.toContain('zurueck');
    const tampered = `${link}&zurueck=//angreifer.example`;
    const browser = agent();
    expect((await browser.get(tampered)).text).toContain('name="zurueck" value="/konto"');
    const confirmed = await confirm(browser, tampered, TEST_PASSWORD, {
      zurueck: '//angreifer.example',
    });
    expect(confirmed.headers.location).toBe('/konto');
  });

  it('confirms only by a POST from the page behind the link: following the link changes nothing', async () => {
    const email = 'mailscanner@beispiel.de';
    expect((await register(email)).status).toBe(303);
    const link = linkFrom(await smtp.waitFor(email, /bestätigen/), '/konto/bestaetigen');
    for (let visit = 0; visit < 3; visit += 1) {
      const page = await agent().get(link).expect(200);
      expect(page.text).toContain(
        '<form class="form-stack" method="post" action="/konto/bestaetigen"',
      );
      expect(page.text).toContain('Adresse bestätigen');
    }
    expect((await users.findOneByOrFail({ email })).emailConfirmedAt).toBeNull();
    const browser = agent();
    const wrong = await confirm(browser, link, 'nicht-das-passwort-123');
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Das Passwort passt nicht zu der Registrierung');
    expect((await users.findOneByOrFail({ email })).emailConfirmedAt).toBeNull();
    expect((await confirm(browser, link, TEST_PASSWORD)).status).toBe(303);
    expect((await users.findOneByOrFail({ email })).emailConfirmedAt).not.toBeNull();
    expect((await agent().get(link)).status).toBe(410);
  });

  it('lets the latest sign-up for an unconfirmed address win, so a pre-registered account cannot be taken over', async () => {
    const email = 'opfer@beispiel.de';
    const attackerPassword = 'Angreifer-kennt-dieses-Wort';
    expect(
      (await register(email, { displayName: 'Falsche Identitaet', password: attackerPassword }))
        .status,
    ).toBe(303);
    const attackersLink = linkFrom(await mailNumber(email, 1), '/konto/bestaetigen');

    expect(
      (await register(email, { displayName: 'Echte Person', password: NEW_PASSWORD })).status,
    ).toBe(303);
    const victimsMail = await mailNumber(email, 2);
    expect(victimsMail.text).toContain('Guten Tag Echte Person');
    const victimsLink = linkFrom(victimsMail, '/konto/bestaetigen');

    expect((await agent().get(attackersLink)).status).toBe(404);
    expect((await confirm(agent(), victimsLink, attackerPassword)).status).toBe(422);
    expect((await confirm(agent(), victimsLink, NEW_PASSWORD)).status).toBe(303);

    const user = await users.findOneByOrFail({ email });
    expect(user.displayName).toBe('Echte Person');
    await expect(login(agent(), email, attackerPassword)).rejects.toThrow(/failed with 422/);
    await login(agent(), email, NEW_PASSWORD);
  });

  it('shows the form again with German messages and the input, but never the password', async () => {
    const response = await register('keine-adresse', {
      displayName: 'X',
      acceptPrivacy: '',
      password: 'geheim-aber-kurz'.slice(0, 6),
    });
    expect(response.status).toBe(422);
    expect(response.text).toContain('<title>Fehler: Registrieren');
    expect(response.text).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an');
    expect(response.text).toContain('value="keine-adresse"');
    expect(response.text).toContain('value="X"');
    expect(response.text).not.toContain('geheim');
  });

  it('refuses short and common passwords', async () => {
    const short = await register('kurz@beispiel.de', { password: 'kurz' });
    expect(short.status).toBe(422);
    expect(short.text).toContain('mindestens 10 Zeichen');
    const common = await register('verbreitet@beispiel.de', { password: 'Passwort123' });
    expect(common.status).toBe(422);
    expect(common.text).toContain('zu verbreitet');
    const long = await register('lang@beispiel.de', { password: 'x1'.repeat(64) + 'Ende' });
    expect(long.status).toBe(303);
  });

  it('treats look-alike spellings of an e-mail address as the same account', async () => {
    const user = await createUser(test, { email: 'gleich@beispiel.de' });
    await login(agent(), 'ＧＬＥＩＣＨ@Beispiel.ＤＥ ', TEST_PASSWORD);

    expect((await register(' Gleich@BEISPIEL.de')).status).toBe(303);
    await smtp.waitFor(user.email, /bereits registriert/);
    expect(await users.countBy({ email: 'gleich@beispiel.de' })).toBe(1);

    const invisible = await register('gle\u200Bich@beispiel.de');
    expect(invisible.status).toBe(422);
    expect(invisible.text).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an');
  });

  it('stores display names in one normal form and refuses ones that pass for the portal or its staff', async () => {
    await createUser(test, { roles: ['citizen', 'moderator'], displayName: 'Carla Kreisbeispiel' });
    const attempts = [
      ['Moderation Demo', 'kann mit einer Stelle oder Rolle des Portals verwechselt werden'],
      ['ＡＤＭＩＮ', 'kann mit einer Stelle oder Rolle des Portals verwechselt werden'],
      ['Mo\u200Bderation', 'kann mit einer Stelle oder Rolle des Portals verwechselt werden'],
      ['Mоderation Demo', 'Buchstaben aus nur einer Schrift'],
      ['Carla.Kreisbeispie1', 'mit dem Namen einer Person zu verwechseln'],
    ];
    for (const [index, [displayName, message]] of attempts.entries()) {
      const response = await register(`verwechslung-${index}@beispiel.de`, { displayName });
      expect([displayName, response.status]).toEqual([displayName, 422]);
      expect(response.text).toContain(message);
    }
    expect(await users.countBy({ email: Like('verwechslung-%') })).toBe(0);

    const user = await createUser(test);
    const browser = agent();
    await login(browser, user.email, TEST_PASSWORD);
    const refused = await submitForm(browser, '/konto', '/konto/anzeigename', {
      displayName: 'Redaktion',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('value="Redaktion"');
    expect(
      (
        await submitForm(browser, '/konto', '/konto/anzeigename', {
          displayName: 'Ｍu\u0308ller\u200B  Fan',
        })
      ).status,
    ).toBe(303);
    expect((await users.findOneByOrFail({ id: user.id })).displayName).toBe('Müller Fan');
  });

  it('does not reveal whether an address has an account: sign-up, login and reset look the same', async () => {
    const known = await createUser(test, { displayName: 'Bekannte Person' });
    const unknown = 'niemand@beispiel.de';

    const signupKnown = await register(known.email);
    const signupUnknown = await register(unknown);
    expect([signupKnown.status, signupKnown.headers.location]).toEqual([
      signupUnknown.status,
      signupUnknown.headers.location,
    ]);
    const alreadyMail = await smtp.waitFor(known.email, /bereits registriert/);
    expect(alreadyMail.text).toContain('Sie haben bereits ein Konto');

    const loginKnown = await submitForm(agent(), '/konto/anmelden', '/konto/anmelden', {
      email: known.email,
      password: 'falsches-passwort-123',
    });
    const loginUnknown = await submitForm(agent(), '/konto/anmelden', '/konto/anmelden', {
      email: unknown,
      password: 'falsches-passwort-123',
    });
    expect(loginKnown.status).toBe(422);
    expect(loginUnknown.status).toBe(422);
    expect(normalise(loginKnown.text).replace(known.email, '')).toBe(
      normalise(loginUnknown.text).replace(unknown, ''),
    );

    const resetKnown = await submitForm(
      agent(),
      '/konto/passwort-vergessen',
      '/konto/passwort-vergessen',
      {
        email: known.email,
      },
    );
    const resetUnknown = await submitForm(
      agent(),
      '/konto/passwort-vergessen',
      '/konto/passwort-vergessen',
      {
        email: unknown,
      },
    );
    expect([resetKnown.status, resetKnown.headers.location]).toEqual([
      resetUnknown.status,
      resetUnknown.headers.location,
    ]);
    const pageKnown = await agent().get(resetKnown.headers.location);
    const pageUnknown = await agent().get(resetUnknown.headers.location);
    expect(normalise(pageKnown.text)).toBe(normalise(pageUnknown.text));
  });

  it('resets a password with a single-use link and refuses it afterwards', async () => {
    const user = await createUser(test);
    expect(
      (
        await submitForm(agent(), '/konto/passwort-vergessen', '/konto/passwort-vergessen', {
          email: user.email,
        })
      ).status,
    ).toBe(303);
    const mail = await smtp.waitFor(user.email, /Neues Passwort/);
    const link = linkFrom(mail, '/konto/passwort-neu');

    const browser = agent();
    const form = await browser.get(link).expect(200);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    await browser
      .post('/konto/passwort-neu')
      .type('form')
      .send({ _csrf: csrfToken(form.text), token, password: NEW_PASSWORD })
      .expect(303)
      .expect('Location', '/konto/anmelden');

    await login(agent(), user.email, NEW_PASSWORD);
    await expect(login(agent(), user.email, TEST_PASSWORD)).rejects.toThrow(/failed with 422/);

    const reused = await agent().get(link).expect(410);
    expect(reused.text).toContain('Dieser Link wurde bereits verwendet');
  });

  it('refuses expired links with a German message and a way to ask for a new one', async () => {
    const email = 'spaet@beispiel.de';
    expect((await register(email)).status).toBe(303);
    const mail = await smtp.waitFor(email, /bestätigen/);
    await test.app
      .get(DataSource)
      .getRepository(AccountToken)
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('purpose = :purpose', { purpose: 'confirm_email' })
      .execute();
    const response = await agent().get(linkFrom(mail, '/konto/bestaetigen')).expect(410);
    expect(response.text).toContain('Dieser Link ist abgelaufen');
    expect(response.text).toContain('href="/konto/bestaetigung-anfordern"');
    expect((await users.findOneByOrFail({ email })).emailConfirmedAt).toBeNull();
    await agent().get('/konto/bestaetigen?token=erfunden').expect(404);
  });

  it('sends anonymous visitors of a protected page to the login and back afterwards', async () => {
    const user = await createUser(test);
    const browser = agent();
    const redirect = await browser.get('/konto/daten').expect(303);
    expect(redirect.headers.location).toBe('/konto/anmelden?zurueck=%2Fkonto%2Fdaten');
    const page = await browser.get(redirect.headers.location).expect(200);
    const response = await browser
      .post('/konto/anmelden')
      .type('form')
      .send({
        _csrf: csrfToken(page.text),
        email: user.email,
        password: TEST_PASSWORD,
        zurueck: '/konto/daten',
      })
      .expect(303);
    expect(response.headers.location).toBe('/konto/daten');
    for (const outside of [
      '//boese.example/',
      'https://boese.example/',
      '/\\boese.example',
      '/\t/boese.example',
    ]) {
      const evil = await submitForm(agent(), '/konto/anmelden', '/konto/anmelden', {
        email: user.email,
        password: TEST_PASSWORD,
        zurueck: outside,
      });
      expect([outside, evil.headers.location]).toEqual([outside, '/konto']);
    }
  });

  it("carries the current page in the header's login link and lands there after signing in", async () => {
    const user = await createUser(test);
    const browser = agent();
    const place = '/veranstaltungen?format=regional_forum';
    const page = await browser.get(place).expect(200);
    const link = unescapeAttributes(page.text).match(
      /href="(\/konto\/anmelden[^"]*)">Anmelden</,
    )![1];
    expect(link).toBe(`/konto/anmelden?zurueck=${encodeURIComponent(place)}`);
    const form = await browser.get(link).expect(200);
    expect(unescapeAttributes(form.text)).toContain(`name="zurueck" value="${place}"`);
    const response = await browser
      .post('/konto/anmelden')
      .type('form')
      .send({
        _csrf: csrfToken(form.text),
        email: user.email,
        password: TEST_PASSWORD,
        zurueck: place,
      })
      .expect(303);
    expect(response.headers.location).toBe(place);
    const home = await agent().get('/').expect(200);
    expect(home.text).toContain('href="/konto/anmelden">Anmelden<');
  });

  it('renews the session id at login and sets a safe session cookie', async () => {
    const user = await createUser(test);
    const browser = agent();
    await login(browser, user.email, TEST_PASSWORD);
    // Signing out leaves an anonymous session behind (it carries the flash message).
    const logout = await submitForm(browser, '/konto', '/konto/abmelden', {});
    const before = String(logout.headers['set-cookie']);
    expect(before).toMatch(/kek\.sid=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax/);
    const response = await submitForm(browser, '/konto/anmelden', '/konto/anmelden', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
    const after = String(response.headers['set-cookie']);
    expect(after.match(/kek\.sid=([^;]+)/)?.[1]).toBeDefined();
    expect(after.match(/kek\.sid=([^;]+)/)?.[1]).not.toBe(before.match(/kek\.sid=([^;]+)/)?.[1]);
  });

  it('refuses a POST without or with a wrong CSRF token with a German 403 page', async () => {
    const browser = agent();
    await browser.get('/konto/anmelden').expect(200);
    const missing = await browser
      .post('/konto/anmelden')
      .type('form')
      .send({ email: 'a@b.de', password: 'x' });
    expect(missing.status).toBe(403);
    expect(missing.text).toContain('Das Formular ist abgelaufen');
    const wrong = await browser
      .post('/konto/registrieren')
      .type('form')
      .send({ _csrf: 'gefaelscht', email: 'a@b.de' });
    expect(wrong.status).toBe(403);
    const anonymous = await agent().post('/konto/abmelden').type('form').send({});
    expect(anonymous.status).toBe(403);
  });

  it("lists the person's comments, followed approaches, registrations and ratings on /konto", async () => {
    const user = await createUser(test, { displayName: 'Rege Teilnehmerin' });
    const browser = agent();
    await login(browser, user.email, TEST_PASSWORD);
    const empty = await browser.get('/konto').expect(200);
    expect(empty.text).toContain('Sie haben noch keine Kommentare geschrieben.');
    expect(empty.text).toContain('Sie folgen keinem Handlungsansatz.');
    expect(empty.text).toContain('Sie sind zu keiner Veranstaltung angemeldet.');
    expect(empty.text).toContain('Sie nehmen an keiner Prioritätensetzung teil.');

    const dataSource = test.app.get(DataSource);
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const forum = await createProcess(test, { title: 'Forum fürs Konto' });
    const comment = await createComment(test, {
      approach,
      process: forum,
      author: user,
      body: 'Mein eigener Kommentar.',
      status: 'pending',
    });
    await dataSource
      .getRepository(ApproachSubscription)
      .insert({ userId: user.id, approachId: approach.id, notifiedUntil: new Date() });
    const event = await createEvent(test, { title: 'Regionalforum fürs Konto' });
    const registration = await createRegistration(test, event, { user, email: user.email });
    const round = await createRound(test, [approach]);
    const participant = await dataSource
      .getRepository(RoundParticipant)
      .save({ round, user, body: 'Kreisausschuss', bodyKind: 'committee' });
    await dataSource
      .getRepository(Rating)
      .insert({ participantId: participant.id, approachId: approach.id, priority: 'high' });

    const page = await browser.get('/konto').expect(200);
    const html = unescapeAttributes(page.text);
    expect(html).toContain(
      `href="/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten#kommentar-${comment.id}"`,
    );
    expect(html).toContain('Mein eigener Kommentar.');
    expect(html).toContain('wartet auf Freigabe');
    expect(html).toContain('action="/kommentare/abbestellen/' + approach.id + '"');
    expect(html).toContain(
      `href="/veranstaltungen/anmeldung?token=${registration.managementToken}"`,
    );
    expect(html).toContain('Regionalforum fürs Konto');
    expect(html).toContain(`href="/prioritaeten/bewerten/${round.slug}"`);
    expect(html).toContain('Für Kreisausschuss: 1 von 1 Handlungsansätzen bewertet');

    const unfollowed = await browser
      .post(`/kommentare/abbestellen/${approach.id}`)
      .type('form')
      .send({ _csrf: csrfToken(page.text), zurueck: '/konto' })
      .expect(303);
    expect(unfollowed.headers.location).toBe('/konto');
    const after = await browser.get('/konto').expect(200);
    expect(after.text).toContain('Sie folgen diesem Handlungsansatz nicht mehr.');
    expect(after.text).toContain('Sie folgen keinem Handlungsansatz.');
    const elsewhere = await browser
      .post(`/kommentare/abbestellen/${approach.id}`)
      .type('form')
      .send({ _csrf: csrfToken(page.text), zurueck: '//boese.example/' })
      .expect(303);
    expect(elsewhere.headers.location).toBe(
      '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten#kommentare',
    );
  });

  it('exports everything stored about the user as JSON', async () => {
    const user = await createUser(test, { displayName: 'Daten Freundin' });
    const browser = agent();
    await login(browser, user.email, TEST_PASSWORD);
    const response = await browser.get('/konto/daten').expect(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename=/);
    const data = JSON.parse(response.text) as { konto: Record<string, unknown> };
    expect(data.konto).toMatchObject({
      email: user.email,
      anzeigename: 'Daten Freundin',
      rollen: ['citizen'],
    });
    expect(data.konto.registriertAm).toBeTruthy();
  });

  it('changes display name and password, keeping input and explaining errors', async () => {
    const user = await createUser(test);
    const browser = agent();
    await login(browser, user.email, TEST_PASSWORD);
    expect(
      (await submitForm(browser, '/konto', '/konto/anzeigename', { displayName: 'Neuer Name' }))
        .status,
    ).toBe(303);
    expect((await users.findOneByOrFail({ id: user.id })).displayName).toBe('Neuer Name');
    const wrong = await submitForm(browser, '/konto', '/konto/passwort', {
      currentPassword: 'nicht-das-richtige',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Das bisherige Passwort ist nicht richtig.');
    expect(
      (
        await submitForm(browser, '/konto', '/konto/passwort', {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
        })
      ).status,
    ).toBe(303);
    await login(agent(), user.email, NEW_PASSWORD);
  });

  it('ends every other session of the user when the password changes, keeping the current one', async () => {
    const user = await createUser(test);
    const stranger = await createUser(test);
    const current = agent();
    const other = agent();
    const strangersBrowser = agent();
    await login(current, user.email, TEST_PASSWORD);
    await login(other, user.email, TEST_PASSWORD);
    await login(strangersBrowser, stranger.email, TEST_PASSWORD);
    await other.get('/konto').expect(200);

    const changed = await submitForm(current, '/konto', '/konto/passwort', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(303);

    const page = await current.get('/konto').expect(200);
    expect(page.text).toContain('Auf allen anderen Geräten sind Sie jetzt abgemeldet.');
    expect((await other.get('/konto').expect(303)).headers.location).toMatch(/^\/konto\/anmelden/);
    await strangersBrowser.get('/konto').expect(200);
  });

  it('deletes the account after the password is re-entered and ends its sessions', async () => {
    const user = await createUser(test);
    const browser = agent();
    const other = agent();
    await login(browser, user.email, TEST_PASSWORD);
    await login(other, user.email, TEST_PASSWORD);
    const page = await browser.get('/konto/loeschen').expect(200);
    expect(page.text).toContain('gelöschtes Konto');
    const wrong = await submitForm(browser, '/konto/loeschen', '/konto/loeschen', {
      password: 'falsch-falsch',
    });
    expect(wrong.status).toBe(422);
    expect(
      (
        await submitForm(browser, '/konto/loeschen', '/konto/loeschen', {
          password: TEST_PASSWORD,
        })
      ).status,
    ).toBe(303);
    expect(await users.findOneBy({ id: user.id })).toBeNull();
    expect(
      await test.app
        .get(DataSource)
        .getRepository(AccountToken)
        .countBy({ user: { id: user.id } }),
    ).toBe(0);
    await other.get('/konto').expect(303);
    await expect(login(agent(), user.email, TEST_PASSWORD)).rejects.toThrow(/failed/);
  });

  it('locks an account: it is signed out everywhere and cannot log in', async () => {
    const admin = await createUser(test, { roles: ['citizen', 'admin'] });
    const user = await createUser(test);
    const userBrowser = agent();
    await login(userBrowser, user.email, TEST_PASSWORD);
    const adminBrowser = agent();
    await login(adminBrowser, admin.email, TEST_PASSWORD);
    expect(
      (
        await submitForm(
          adminBrowser,
          `/verwaltung/nutzer/${user.id}`,
          `/verwaltung/nutzer/${user.id}/sperren`,
          {},
        )
      ).status,
    ).toBe(303);
    await userBrowser.get('/konto').expect(303);
    const refused = await submitForm(agent(), '/konto/anmelden', '/konto/anmelden', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(refused.text).toContain('Dieses Konto ist gesperrt');
  });

  it('assigns roles and writes every change to the audit log', async () => {
    const admin = await createUser(test, { roles: ['citizen', 'admin'], displayName: 'Chefin' });
    const user = await createUser(test, { displayName: 'Bald Moderator' });
    const browser = agent();
    await login(browser, admin.email, TEST_PASSWORD);
    expect(
      (
        await submitForm(
          browser,
          `/verwaltung/nutzer/${user.id}`,
          `/verwaltung/nutzer/${user.id}/rollen`,
          {
            roles: ['moderator', 'press'],
          },
        )
      ).status,
    ).toBe(303);
    expect((await users.findOneByOrFail({ id: user.id })).roles).toEqual([
      'citizen',
      'moderator',
      'press',
    ]);
    const log = await browser.get('/verwaltung/protokoll').expect(200);
    expect(log.text).toContain('Chefin');
    expect(log.text).toContain('Rollen geändert: + Moderation, + Pressestelle');
    expect(log.text).toContain('Bald Moderator');
    const own = await submitForm(
      browser,
      `/verwaltung/nutzer/${admin.id}`,
      `/verwaltung/nutzer/${admin.id}/rollen`,
      {
        roles: ['moderator'],
      },
    );
    expect(own.status).toBe(409);
    const found = await browser.get('/verwaltung/nutzer').query({ q: 'Bald' }).expect(200);
    expect(found.text).toContain(`/verwaltung/nutzer/${user.id}`);
    expect(found.text).not.toContain(`/verwaltung/nutzer/${admin.id}"`);
  });

  describe('login limits: failed attempts count, successful ones never', () => {
    /** A browser at the given address: the proxy passes it on in X-Forwarded-For. */
    function browserAt(ip: string) {
      return supertest.agent(test.app.getHttpServer()).set('X-Forwarded-For', ip);
    }

    const attempt = (browser: ReturnType<typeof browserAt>, email: string, password: string) =>
      submitForm(browser, '/konto/anmelden', '/konto/anmelden', { email, password });

    async function failures(browser: ReturnType<typeof browserAt>, email: string, count: number) {
      const statuses: number[] = [];
      for (let index = 0; index < count; index += 1) {
        statuses.push((await attempt(browser, email, `falsch-${index}-abcdefgh`)).status);
      }
      return statuses;
    }

    it('refuses e-mail or password in the query string, so the per-account limit cannot be bypassed', async () => {
      const victim = await createUser(test);
      const attacker = browserAt('203.0.113.7');
      const token = csrfToken((await attacker.get('/konto/anmelden').expect(200)).text);
      const viaAddress = (query: string, body: Record<string, string>) =>
        attacker
          .post(`/konto/anmelden?${query}`)
          .type('form')
          .send({ _csrf: token, ...body });

      for (let index = 0; index < 12; index += 1) {
        const response = await viaAddress(`email=${encodeURIComponent(victim.email)}`, {
          password: `falsch-${index}-abcdefgh`,
        });
        expect(response.status).toBe(400);
        expect(response.text).toContain('nur aus dem Anmeldeformular angenommen');
      }
      const correct = await viaAddress(`email=${encodeURIComponent(victim.email)}`, {
        password: TEST_PASSWORD,
      });
      expect(correct.status).toBe(400);
      const passwordInAddress = await viaAddress(`password=${encodeURIComponent(TEST_PASSWORD)}`, {
        email: victim.email,
      });
      expect(passwordInAddress.status).toBe(400);
      await attacker.get('/konto').expect(303);

      expect(await failures(attacker, victim.email, 11)).toEqual([...Array(10).fill(422), 429]);
      const refusedAgain = await viaAddress(`email=${encodeURIComponent(victim.email)}`, {
        password: TEST_PASSWORD,
      });
      expect(refusedAgain.status).toBe(400);
      await attacker.get('/konto').expect(303);
    });

    it('never counts successful logins: a check-in desk signs in to one account again and again', async () => {
      const desk = await createUser(test, { displayName: 'Einlass Schwerin' });
      const statuses: number[] = [];
      for (let index = 0; index < 15; index += 1) {
        statuses.push(
          (await attempt(browserAt('198.51.100.20'), desk.email, TEST_PASSWORD)).status,
        );
      }
      expect(statuses).toEqual(Array(15).fill(303));
      // Nothing is left on any login counter of the account.
      const counters = await test.app
        .get(DataSource)
        .query<{ key: string; points: number }[]>(
          `SELECT key, points FROM rate_limit WHERE key LIKE $1 AND points > 0`,
          [`failed-login:%${desk.email.toLowerCase()}%`],
        );
      expect(counters).toEqual([]);
    });

    it('clears the strict counter on success for long addresses too (their keys are stored hashed)', async () => {
      const longDomain = ['b', 'c', 'd'].map((letter) => letter.repeat(60)).join('.');
      const owner = await createUser(test, { email: `${'a'.repeat(60)}@${longDomain}.de` });
      const browser = browserAt('203.0.113.77');
      expect(await failures(browser, owner.email, 9)).toEqual(Array(9).fill(422));
      expect((await attempt(browser, owner.email, TEST_PASSWORD)).status).toBe(303);
      expect(await failures(browserAt('203.0.113.77'), owner.email, 1)).toEqual([422]);
    });

    it('stops an IP after 10 failures for an account, with the wait in German, but not the owner elsewhere', async () => {
      const owner = await createUser(test);
      const attacker = browserAt('203.0.113.8');
      expect(await failures(attacker, owner.email, 9)).toEqual(Array(9).fill(422));
      expect((await attempt(attacker, owner.email, TEST_PASSWORD)).status).toBe(303);

      const afterSuccess = browserAt('203.0.113.8');
      expect(await failures(afterSuccess, owner.email, 10)).toEqual(Array(10).fill(422));
      const blocked = await attempt(afterSuccess, owner.email, 'noch-ein-versuch-123');
      expect(blocked.status).toBe(429);
      expect(blocked.text).toMatch(/Bitte warten Sie \d+ Minuten/);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
      expect((await attempt(afterSuccess, owner.email, TEST_PASSWORD)).status).toBe(429);

      expect((await attempt(browserAt('192.0.2.44'), owner.email, TEST_PASSWORD)).status).toBe(303);
    });

    it('limits failures per account across addresses, also for unknown addresses', async () => {
      for (const email of [(await createUser(test)).email, 'unbekannt-grenze@beispiel.de']) {
        for (const ip of ['203.0.113.21', '203.0.113.22', '203.0.113.23']) {
          expect(await failures(browserAt(ip), email, 10)).toEqual(Array(10).fill(422));
        }
        expect((await attempt(browserAt('203.0.113.24'), email, TEST_PASSWORD)).status).toBe(429);
      }
    });
  });
});

describe('accounts without SMTP_URL and behind a TLS proxy', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ TRUST_PROXY: 'true' });
  });

  afterAll(() => test.close());

  it('writes mail as .eml files to DATA_DIR/outbox', async () => {
    const response = await submitForm(
      supertest.agent(test.app.getHttpServer()),
      '/konto/registrieren',
      '/konto/registrieren',
      {
        email: 'postfach@beispiel.de',
        displayName: 'Postfach',
        password: TEST_PASSWORD,
        acceptNetiquette: 'ja',
        acceptPrivacy: 'ja',
      },
    );
    expect(response.status).toBe(303);
    const outbox = join(test.dataDir, 'outbox');
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !(existsSync(outbox) && readdirSync(outbox).length > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [file] = readdirSync(outbox);
    expect(file).toMatch(/\.eml$/);
    const eml = readFileSync(join(outbox, file), 'utf8');
    expect(eml).toMatch(/^To: postfach@beispiel\.de$/m);
    expect(eml).toContain('/konto/bestaetigen?token=');
  });

  it('marks the session and CSRF cookies Secure when the request came over TLS', async () => {
    const user = await createUser(test);
    const overTls = () => supertest(test.app.getHttpServer());
    const page = await overTls()
      .get('/konto/anmelden')
      .set('X-Forwarded-Proto', 'https')
      .expect(200);
    const csrfCookie = String(page.headers['set-cookie']);
    expect(csrfCookie).toMatch(/kek\.csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    const response = await overTls()
      .post('/konto/anmelden')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', csrfCookie.split(';')[0])
      .type('form')
      .send({ _csrf: csrfToken(page.text), email: user.email, password: TEST_PASSWORD })
      .expect(303);
    expect(String(response.headers['set-cookie'])).toMatch(
      /kek\.sid=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax/,
    );
  });
});
