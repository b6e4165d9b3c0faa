import ICAL from 'ical.js';
import supertest from 'supertest';
import { DataSource, type Repository } from 'typeorm';
import { Event } from '../../../src/events/entities/event.entity.js';
import { Registration } from '../../../src/events/entities/registration.entity.js';
import { EventJobs } from '../../../src/events/event-jobs.js';
import { SignedTokenService } from '../../../src/common/security/signed-token.service.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { TestSmtpServer, linkFrom } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const DAY = 24 * 60 * 60 * 1000;

describe('events and registration (HTTP, real database, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let registrations: Repository<Registration>;
  let organizer: Agent;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    // Behind a proxy, so that each visitor can come from an IP address of its own.
    test = await startTestApp({
      SMTP_URL: smtp.url,
      BASE_URL: 'http://portal.test',
      TRUST_PROXY: 'true',
    });
    registrations = test.app.get(DataSource).getRepository(Registration);
    const user = await createUser(test, {
      roles: ['citizen', 'organizer'],
      displayName: 'Organisatorin',
    });
    organizer = supertest.agent(test.app.getHttpServer());
    await login(organizer, user.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  const anonymous = () => supertest.agent(test.app.getHttpServer());
  let visitors = 0;
  /** Registers through the registration page's form; each call comes from a new IP address unless given. */
  const register = async (
    agent: Agent,
    event: Event,
    fields: Record<string, string>,
    ip = `10.0.${Math.floor(++visitors / 250)}.${(visitors % 250) + 1}`,
  ) => {
    const page = await agent.get(`/veranstaltungen/${event.slug}/anmeldung`).expect(200);
    return agent
      .post(`/veranstaltungen/${event.slug}/anmeldung`)
      .set('X-Forwarded-For', ip)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  };
  const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;
  /** Opens the mailed confirmation link and presses its button, as a person does; answers the page it ends on. */
  const confirm = async (link: string) => {
    const agent = anonymous();
    const page = await agent.get(link).expect(200);
    const pressed = await agent
      .post('/veranstaltungen/anmeldung/bestaetigen')
      .type('form')
      .send({ _csrf: csrfToken(page.text), token: tokenOf(link) })
      .expect(303);
    return agent.get(pressed.headers.location).expect(200);
  };
  const mainOf = (html: string) => html.match(/<main[^]*<\/main>/)?.[0];
  const person = (name: string) => ({
    name,
    email: `${name.toLowerCase().replace(/\W/g, '')}@beispiel.de`,
  });

  it('registers without an account, holds the seat until the mailed link confirms it', async () => {
    const event = await createEvent(test, { capacity: 10, title: 'Regionalforum Hagenow' });
    const visitor = anonymous();
    const response = await register(visitor, event, person('Ida Muster'));
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(
      `/veranstaltungen/${event.slug}/anmeldung/ergebnis#ergebnis`,
    );
    const result = await visitor
      .get(`/veranstaltungen/${event.slug}/anmeldung/ergebnis`)
      .expect(200);
    expect(result.text).toContain('Fast geschafft');
    expect(result.text).toContain(
      'innerhalb von 10 Minuten; so lange halten wir Ihren Platz frei.',
    );
    const page = await visitor.get(`/veranstaltungen/${event.slug}`);
    expect(page.text).toContain('noch 9 Plätze frei');

    const mail = await smtp.waitFor('idamuster@beispiel.de', /Bitte bestätigen Sie Ihre Anmeldung/);
    expect(mail.text).toContain('Wir halten Ihren Platz 10 Minuten lang frei');
    // Not yet a seat: nothing for the calendar.
    expect(mail.attachments).toEqual([]);
    const confirmLink = linkFrom(mail, '/veranstaltungen/anmeldung/bestaetigen');
    // Opening the link (as a mail scanner does) confirms nothing: the page asks for the button.
    const question = await anonymous().get(confirmLink).expect(200);
    expect(mainOf(question.text)).toContain('Anmeldung bestätigen');
    expect(mainOf(question.text)).toContain('Ida Muster (idamuster@beispiel.de)');
    expect(mainOf(question.text)).toMatch(
      /Wir halten Ihren Platz bis \d+\. \S+ \d{4} um \d\d:\d\d Uhr frei/,
    );
    expect(
      (await registrations.findOneByOrFail({ email: 'idamuster@beispiel.de' })).emailConfirmedAt,
    ).toBeNull();
    const confirmed = await confirm(confirmLink);
    expect(confirmed.text).toContain('Ihre Anmeldung ist bestätigt');
    expect(confirmed.text).toContain('Von der Veranstaltung abmelden');
    const confirmation = await smtp.waitFor('idamuster@beispiel.de', /ist bestätigt/);
    const manageLink = linkFrom(confirmation, '/veranstaltungen/anmeldung?token=');
    expect(manageLink).toBe(linkFrom(mail, '/veranstaltungen/anmeldung?token='));
    // Opened again, the confirmation link leads to the state and sends nothing; the management link stays.
    const again = await anonymous().get(confirmLink).expect(303);
    expect(again.headers.location).toBe(`${manageLink.replace('http://portal.test', '')}#ergebnis`);
    await anonymous()
      .post('/veranstaltungen/anmeldung/bestaetigen')
      .type('form')
      .send({ token: tokenOf(confirmLink) })
      .expect(403);
    expect((await anonymous().get(manageLink).expect(200)).text).toContain('Sie sind angemeldet');
    const ics = confirmation.attachments.find((attachment) => attachment.filename.endsWith('.ics'));
    expect(ics?.content).toContain('SUMMARY:Regionalforum Hagenow');
    expect(
      (await registrations.findOneByOrFail({ email: 'idamuster@beispiel.de' })).emailConfirmedAt,
    ).not.toBeNull();
  });

  it('offers the form on a page of its own, again for a second person from the same browser', async () => {
    const event = await createEvent(test, { title: 'Forum mit Formularseite', capacity: 3 });
    const eventPage = await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
    expect(eventPage.text).toContain('noch 3 Plätze frei');
    expect(eventPage.text).toContain(`href="/veranstaltungen/${event.slug}/anmeldung"`);
    expect(eventPage.text).not.toContain('name="_csrf"');

    const visitor = anonymous();
    const form = await visitor.get(`/veranstaltungen/${event.slug}/anmeldung`).expect(200);
    expect(form.text).toContain(
      '<h1 class="kern-heading-x-large">Anmeldung: Forum mit Formularseite',
    );
    expect(form.text).toMatch(
      /Forum mit Formularseite<\/a><\/li>\s*<li aria-current="page">Anmeldung<\/li>/,
    );
    expect(form.text).toContain('noch 3 Plätze frei');
    expect(form.text).toContain(`action="/veranstaltungen/${event.slug}/anmeldung#fehler"`);
    expect(csrfToken(form.text)).not.toBe('');
    expect((await register(visitor, event, person('Erste Person'))).status).toBe(303);
    const again = await visitor.get(`/veranstaltungen/${event.slug}/anmeldung`).expect(200);
    expect(again.text).toContain('noch 2 Plätze frei');
    expect(again.text).toContain('id="formular"');

    const stranger = await anonymous()
      .get(`/veranstaltungen/${event.slug}/anmeldung/ergebnis`)
      .expect(303);
    expect(stranger.headers.location).toBe(`/veranstaltungen/${event.slug}/anmeldung`);
  });

  it('says on the form page why no form is offered, with the way back to the event', async () => {
    const full = await createEvent(test, { capacity: 1, waitingListEnabled: false });
    await createRegistration(test, full);
    const cases: [Event, string][] = [
      [
        await createEvent(test, { registrationOpensAt: new Date(Date.now() + 2 * DAY) }),
        'Die Anmeldung beginnt am',
      ],
      [
        await createEvent(test, { registrationClosesAt: new Date(Date.now() - DAY) }),
        'Die Anmeldung ist geschlossen.',
      ],
      [await createEvent(test, { status: 'cancelled' }), 'Die Veranstaltung ist abgesagt.'],
      [
        await createEvent(test, { startsInDays: -2 }),
        'Die Veranstaltung hat bereits stattgefunden.',
      ],
      [full, 'Die Veranstaltung ist ausgebucht.'],
      [
        await createEvent(test, { registrationEnabled: false }),
        'Für diese Veranstaltung ist keine Anmeldung vorgesehen.',
      ],
    ];
    for (const [event, says] of cases) {
      const page = await anonymous().get(`/veranstaltungen/${event.slug}/anmeldung`).expect(200);
      expect([event.slug, mainOf(page.text)]).toEqual([event.slug, expect.stringContaining(says)]);
      expect(page.text).not.toContain('id="formular"');
      expect(page.text).toContain(`href="/veranstaltungen/${event.slug}">Zurück zur Veranstaltung`);
      const eventPage = await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
      expect(eventPage.text).not.toContain('register-link');
    }
  });

  it('puts people on the waiting list when full and moves the first up when someone cancels', async () => {
    const event = await createEvent(test, { capacity: 1, title: 'Kleines Fachgespräch' });
    const first = await createUser(test, { displayName: 'Erste Person' });
    const firstAgent = anonymous();
    await login(firstAgent, first.email, TEST_PASSWORD);
    expect((await register(firstAgent, event, {})).status).toBe(303);
    const seat = await smtp.waitFor(first.email, /ist bestätigt/);

    const full = await anonymous().get(`/veranstaltungen/${event.slug}`);
    expect(full.text).toContain('ausgebucht – Warteliste offen');
    const second = anonymous();
    await register(second, event, person('Zweite Person'));
    await confirm(
      linkFrom(
        await smtp.waitFor('zweiteperson@beispiel.de', /bestätigen/),
        '/veranstaltungen/anmeldung/bestaetigen',
      ),
    );
    const waitingMail = await smtp.waitFor('zweiteperson@beispiel.de', /Warteliste/);
    expect(waitingMail.text).toContain('Platz 1 der Warteliste');

    const token = tokenOf(linkFrom(seat, '/veranstaltungen/anmeldung'));
    const cancelPage = `/veranstaltungen/anmeldung/abmelden?token=${token}`;
    const question = await anonymous().get(cancelPage).expect(200);
    await anonymous()
      .post('/veranstaltungen/anmeldung/abmelden')
      .type('form')
      .send({ _csrf: csrfToken(question.text), token })
      .expect(403);
    const withSession = anonymous();
    const confirmPage = await withSession.get(cancelPage).expect(200);
    const cancelled = await withSession
      .post('/veranstaltungen/anmeldung/abmelden')
      .type('form')
      .send({ _csrf: csrfToken(confirmPage.text), token })
      .expect(303);
    expect(cancelled.headers.location).toBe(`/veranstaltungen/anmeldung?token=${token}#ergebnis`);
    const promoted = await smtp.waitFor('zweiteperson@beispiel.de', /nachgerückt/);
    expect(promoted.attachments.some((attachment) => attachment.filename.endsWith('.ics'))).toBe(
      true,
    );
    const states = await registrations.find({
      where: { event: { id: event.id } },
      order: { sequence: 'ASC' },
    });
    expect(states.map((registration) => registration.status)).toEqual(['cancelled', 'seat']);
  });

  it('asks the organizer to approve when the event requires it', async () => {
    const event = await createEvent(test, { approvalRequired: true });
    const user = await createUser(test);
    const agent = anonymous();
    await login(agent, user.email, TEST_PASSWORD);
    await register(agent, event, {});
    await smtp.waitFor(user.email, /ist eingegangen/);
    const registration = await registrations.findOneByOrFail({ email: user.email });
    expect(registration.approvedAt).toBeNull();
    const list = await organizer
      .get(`/verwaltung/veranstaltungen/${event.id}/anmeldungen`)
      .expect(200);
    expect(list.text).toContain('wartet auf Annahme');
    await organizer
      .post(`/verwaltung/veranstaltungen/${event.id}/anmeldungen/${registration.id}/annehmen`)
      .type('form')
      .send({ _csrf: csrfToken(list.text) })
      .expect(303);
    await smtp.waitFor(user.email, /angenommen/);
  });

  it('refuses registration before it opens, after it closes, and without a name, in German', async () => {
    // No form is shown before registration opens: the POST is crafted.
    const opensLater = await createEvent(test, {
      registrationOpensAt: new Date(Date.now() + 2 * DAY),
    });
    const crafter = anonymous();
    const token = csrfToken((await crafter.get('/konto/anmelden')).text);
    const early = await crafter
      .post(`/veranstaltungen/${opensLater.slug}/anmeldung`)
      .type('form')
      .send({ _csrf: token, ...person('Zu Frueh') });
    expect(early.status).toBe(422);
    expect(early.text).toContain('Die Anmeldung beginnt am');
    const closed = await createEvent(test, { registrationClosesAt: new Date(Date.now() - DAY) });
    const late = await crafter
      .post(`/veranstaltungen/${closed.slug}/anmeldung`)
      .type('form')
      .send({ _csrf: token, ...person('Zu Spaet') });
    expect(late.status).toBe(422);
    expect(late.text).toContain('Die Anmeldung ist geschlossen.');

    const event = await createEvent(test);
    const missing = await register(anonymous(), event, { name: '', email: '' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Bitte geben Sie Ihren Namen an');
  });

  it('answers a second registration with the same address exactly like a first one; only the mail tells', async () => {
    const event = await createEvent(test, { title: 'Verschwiegenes Forum' });
    const answers = [];
    for (const name of ['Erste Anmeldung', 'Zweite Anmeldung']) {
      const visitor = anonymous();
      const response = await register(visitor, event, { name, email: 'still@beispiel.de' });
      const page = await visitor
        .get(`/veranstaltungen/${event.slug}/anmeldung/ergebnis`)
        .expect(200);
      answers.push({
        status: response.status,
        location: response.headers.location,
        body: response.text,
        result: mainOf(page.text),
      });
    }
    expect(answers[0].result).toContain('Fast geschafft');
    expect(answers[1]).toEqual(answers[0]);

    const first = await smtp.waitFor('still@beispiel.de', /Bitte bestätigen Sie Ihre Anmeldung/);
    const second = await smtp.waitFor('still@beispiel.de', /Sie sind bereits angemeldet/);
    expect(second.text).toContain(
      'Sie sind bereits angemeldet; eine zweite Anmeldung ist nicht nötig.',
    );
    expect(linkFrom(second, '/veranstaltungen/anmeldung?token=')).toBe(
      linkFrom(first, '/veranstaltungen/anmeldung?token='),
    );
    // Still unconfirmed: the second mail brings a new confirmation link instead of the first.
    await anonymous().get(linkFrom(first, '/veranstaltungen/anmeldung/bestaetigen')).expect(404);
    await confirm(linkFrom(second, '/veranstaltungen/anmeldung/bestaetigen'));
    expect(await registrations.countBy({ email: 'still@beispiel.de' })).toBe(1);
  });

  it('limits registrations per e-mail address and per IP address with a 429 and a German message', async () => {
    const event = await createEvent(test, { title: 'Begehrtes Forum' });
    const perAddress = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      perAddress.push(
        (await register(anonymous(), event, { name: 'Viel Post', email: 'postfach@beispiel.de' }))
          .status,
      );
    }
    expect(perAddress).toEqual([303, 303, 303, 303, 303, 429]);

    const fromOneAddress = [];
    for (let index = 0; index < 21; index += 1) {
      fromOneAddress.push(
        await register(anonymous(), event, person(`Erfunden ${index}`), '203.0.113.7'),
      );
    }
    expect(fromOneAddress.slice(0, 20).map((response) => response.status)).toEqual(
      Array.from({ length: 20 }, () => 303),
    );
    const refused = fromOneAddress[20];
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.text).toContain('Zu viele Versuche in kurzer Zeit. Bitte warten Sie');
    expect(await registrations.countBy({ event: { id: event.id } })).toBe(21);
  });

  it('lets the confirmation link run out with the hold while the management link keeps working', async () => {
    const event = await createEvent(test, { capacity: 5 });
    await register(anonymous(), event, person('Spaet Dran'));
    const mail = await smtp.waitFor('spaetdran@beispiel.de', /bestätigen/);
    const confirmLink = linkFrom(mail, '/veranstaltungen/anmeldung/bestaetigen');
    const manageLink = linkFrom(mail, '/veranstaltungen/anmeldung?token=');
    // Two secrets, and neither opens the other's page.
    expect(tokenOf(confirmLink)).not.toBe(tokenOf(manageLink));
    await anonymous()
      .get(`/veranstaltungen/anmeldung?token=${tokenOf(confirmLink)}`)
      .expect(404);
    await anonymous()
      .get(`/veranstaltungen/anmeldung/bestaetigen?token=${tokenOf(manageLink)}`)
      .expect(404);
    const stored = await registrations.findOneByOrFail({ email: 'spaetdran@beispiel.de' });
    expect(stored.holdExpiresAt!.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(
      10 * 60 * 1000 + 1000,
    );

    await registrations.update({ id: stored.id }, { holdExpiresAt: new Date(Date.now() - 1000) });
    const late = await anonymous().get(confirmLink).expect(410);
    expect(late.text).toContain('Die Zeit zum Bestätigen ist abgelaufen');
    const manage = await anonymous().get(manageLink).expect(200);
    expect(manage.text).toContain(
      'Sie wurde nicht rechtzeitig bestätigt, der Platz ist wieder frei.',
    );
  });

  it('still opens a registration through a link mailed before management tokens existed, but never confirms with it', async () => {
    const event = await createEvent(test);
    const registration = await createRegistration(test, event, {
      email: 'altlink@beispiel.de',
      emailConfirmedAt: null,
      holdExpiresAt: new Date(Date.now() + 60_000),
    });
    const legacyToken = test.app.get(SignedTokenService).sign('registration', registration.id);
    const manage = await anonymous()
      .get(`/veranstaltungen/anmeldung?token=${encodeURIComponent(legacyToken)}`)
      .expect(200);
    expect(manage.text).toContain('Ihre Anmeldung ist noch nicht bestätigt.');
    await anonymous()
      .get(`/veranstaltungen/anmeldung/bestaetigen?token=${encodeURIComponent(legacyToken)}`)
      .expect(404);
    expect((await registrations.findOneByOrFail({ id: registration.id })).emailConfirmedAt).toBe(
      null,
    );
  });

  it('asks for accessibility needs only with explicit consent', async () => {
    const event = await createEvent(test, { askAccessibilityNeeds: true });
    const refused = await register(anonymous(), event, {
      ...person('Ohne Einwilligung'),
      accessibilityNeeds: 'Rollstuhlplatz',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Bitte willigen Sie ausdrücklich ein');
    expect(refused.text).toContain('Rollstuhlplatz');
    await register(anonymous(), event, {
      ...person('Mit Einwilligung'),
      accessibilityNeeds: 'Rollstuhlplatz',
      accessibilityConsent: 'ja',
    });
    const stored = await registrations.findOneByOrFail({ email: 'miteinwilligung@beispiel.de' });
    expect(stored.accessibilityNeeds).toBe('Rollstuhlplatz');
    expect(stored.accessibilityConsentAt).not.toBeNull();
  });

  it('returns an unconfirmed seat when its hold runs out, and refuses the late confirmation', async () => {
    const event = await createEvent(test, { capacity: 1 });
    await register(anonymous(), event, person('Vergesslich'));
    const mail = await smtp.waitFor('vergesslich@beispiel.de', /bestätigen/);
    await registrations.update(
      { email: 'vergesslich@beispiel.de' },
      { holdExpiresAt: new Date(Date.now() - 1000) },
    );
    const next = anonymous();
    await register(next, event, person('Schneller'));
    expect((await next.get(`/veranstaltungen/${event.slug}/anmeldung/ergebnis`)).text).toContain(
      'Fast geschafft',
    );
    const late = await anonymous()
      .get(linkFrom(mail, '/veranstaltungen/anmeldung/bestaetigen'))
      .expect(410);
    expect(late.text).toContain('Die Zeit zum Bestätigen ist abgelaufen');
    expect((await registrations.findOneByOrFail({ email: 'schneller@beispiel.de' })).status).toBe(
      'seat',
    );
  });

  it('tells organizers at 80 % and 100 % of capacity', async () => {
    const event = await createEvent(test, { capacity: 5, title: 'Beliebtes Forum' });
    for (let i = 0; i < 5; i += 1) {
      // An 80 % notice still queued when the event fills up is dropped for the 100 % one: wait for it.
      if (i === 4) await smtp.waitFor('', /80 % der Plätze vergeben: Beliebtes Forum/);
      const user = await createUser(test);
      const agent = anonymous();
      await login(agent, user.email, TEST_PASSWORD);
      await register(agent, event, {});
    }
    await smtp.waitFor('', /100 % der Plätze vergeben: Beliebtes Forum/);
  });

  it('sends reminders the day before, once', async () => {
    const event = await createEvent(test, { startsInDays: 1, title: 'Morgen-Forum' });
    const registration = await createRegistration(test, event, {
      email: 'morgen@beispiel.de',
      name: 'Morgen',
    });
    const jobs = test.app.get(EventJobs);
    expect(await jobs.sendReminders()).toBe(1);
    const reminder = await smtp.waitFor(registration.email!, /Erinnerung/);
    expect(reminder.attachments[0]?.filename).toMatch(/\.ics$/);
    expect(await jobs.sendReminders()).toBe(0);
  });

  it('erases accessibility needs after the event and all personal data after the retention period', async () => {
    const yesterday = await createEvent(test, { startsInDays: -1 });
    const recent = await createRegistration(test, yesterday, {
      email: 'gestern@beispiel.de',
      accessibilityNeeds: 'Gebärdensprache',
      accessibilityConsentAt: new Date(),
    });
    const old = await createEvent(test, { startsInDays: -100 });
    const ancient = await createRegistration(test, old, {
      email: 'alt@beispiel.de',
      organization: 'Verein',
    });
    const result = await test.app.get(EventJobs).erasePersonalData();
    expect(result.accessibility).toBeGreaterThanOrEqual(1);
    const afterRecent = await registrations.findOneByOrFail({ id: recent.id });
    expect([afterRecent.accessibilityNeeds, afterRecent.email]).toEqual([
      null,
      'gestern@beispiel.de',
    ]);
    const afterOld = await registrations.findOneByOrFail({ id: ancient.id });
    expect([afterOld.name, afterOld.email, afterOld.organization, afterOld.status]).toEqual([
      null,
      null,
      null,
      'seat',
    ]);
    expect(await registrations.countBy({ event: { id: old.id } })).toBe(1);
  });

  it('serves valid iCalendar files with Europe/Berlin times', async () => {
    const startsAt = new Date('2027-07-01T07:30:00Z');
    const event = await createEvent(test, {
      title: 'Sommerforum',
      startsAt,
      endsAt: new Date('2027-07-01T10:00:00Z'),
      venueName: 'Parchim',
    });
    for (const path of [`/veranstaltungen/${event.slug}.ics`, '/veranstaltungen.ics']) {
      const response = await anonymous().get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(response.text) as unknown[]);
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
        'Europe/Berlin',
      );
      const vevent = calendar
        .getAllSubcomponents('vevent')
        .find((candidate) => candidate.getFirstPropertyValue('summary') === 'Sommerforum');
      expect(vevent).toBeDefined();
      const start = vevent!.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe('Europe/Berlin');
      expect(String(start.getFirstValue())).toBe('2027-07-01T09:30:00');
      expect(String(vevent!.getFirstPropertyValue('dtstamp'))).toMatch(/Z$/);
    }
  });

  it('shows the event page with JSON-LD and lists events by format', async () => {
    const event = await createEvent(test, {
      format: 'expert_forum',
      formatNumber: 3,
      title: 'Drittes Fachforum',
    });
    const page = await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
    const jsonLd = JSON.parse(
      page.text.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1],
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: 'Drittes Fachforum' });
    expect(page.text).toContain('3. Fachforum');
    const list = await anonymous().get('/veranstaltungen?format=fachforum').expect(200);
    expect(list.text).toContain('Drittes Fachforum');
    const other = await anonymous().get('/veranstaltungen?format=jugendforum').expect(200);
    expect(other.text).not.toContain('Drittes Fachforum');
    await anonymous().get('/veranstaltungen/gibt-es-nicht').expect(404);
  });

  it('cancels an event, mails every registrant and exports the list as CSV; check-in marks attendance', async () => {
    const event = await createEvent(test, { title: 'Abgesagtes Forum' });
    const guest = await createRegistration(test, event, {
      email: 'gast-absage@beispiel.de',
      name: 'Gast Absage',
    });
    const csv = await organizer
      .get(`/verwaltung/veranstaltungen/${event.id}/anmeldungen.csv`)
      .expect(200);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('"Gast Absage";"gast-absage@beispiel.de"');

    const door = await organizer.get(`/verwaltung/veranstaltungen/${event.id}/einlass`).expect(200);
    await organizer
      .post(`/verwaltung/veranstaltungen/${event.id}/einlass/${guest.id}`)
      .type('form')
      .send({ _csrf: csrfToken(door.text), anwesend: 'ja' })
      .expect(303);
    expect((await registrations.findOneByOrFail({ id: guest.id })).attendedAt).not.toBeNull();

    const edit = await organizer.get(`/verwaltung/veranstaltungen/${event.id}`).expect(200);
    const cancel = { _csrf: csrfToken(edit.text), reason: 'Die Referentin ist erkrankt.' };
    const confirmation = await organizer
      .post(`/verwaltung/veranstaltungen/${event.id}/absagen`)
      .type('form')
      .send(cancel)
      .expect(200);
    expect(confirmation.text).toContain('Noch nicht abgesagt: Die Absage geht an 1 Person.');
    expect(
      await test.app.get(DataSource).getRepository(Event).findOneByOrFail({ id: event.id }),
    ).toMatchObject({ status: 'published' });
    await organizer
      .post(`/verwaltung/veranstaltungen/${event.id}/absagen`)
      .type('form')
      .send({ ...cancel, bestaetigt: 'ja' })
      .expect(303);
    const mail = await smtp.waitFor('gast-absage@beispiel.de', /Absage/);
    expect(mail.text).toContain('Die Referentin ist erkrankt.');
    const page = await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
    expect(page.text).toContain('Abgesagt: Die Referentin ist erkrankt.');
  });

  it('lets organizers create, publish and move an event; moving tells the registrants', async () => {
    const form = await organizer.get('/verwaltung/veranstaltungen/neu').expect(200);
    const fields = {
      _csrf: csrfToken(form.text),
      title: 'Neues Regionalforum Lübz',
      format: 'regional_forum',
      startsAt: '2027-03-10T18:00',
      endsAt: '2027-03-10T20:00',
      description: 'Diskussion vor Ort.',
      registrationEnabled: 'ja',
      capacity: '40',
      waitingListEnabled: 'ja',
    };
    const invalid = await organizer
      .post('/verwaltung/veranstaltungen/neu')
      .type('form')
      .send({ ...fields, endsAt: '2027-03-10T17:00' });
    expect(invalid.status).toBe(422);
    expect(invalid.text).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(invalid.text).toContain('value="Neues Regionalforum Lübz"');
    const created = await organizer
      .post('/verwaltung/veranstaltungen/neu')
      .type('form')
      .send(fields)
      .expect(303);
    // The event's admin page, opened at its content: the flash saying it is saved comes first.
    expect(created.headers.location).toMatch(/^\/verwaltung\/veranstaltungen\/\d+#inhalt$/);
    const url = created.headers.location.split('#')[0];
    const event = await test.app
      .get(DataSource)
      .getRepository(Event)
      .findOneByOrFail({ title: 'Neues Regionalforum Lübz' });
    expect(event.status).toBe('draft');
    expect(event.startsAt.toISOString()).toBe('2027-03-10T17:00:00.000Z');
    expect(event.slug).toBe('neues-regionalforum-luebz-2027-03-10');
    await anonymous().get(`/veranstaltungen/${event.slug}`).expect(404);
    const events = test.app.get(DataSource).getRepository(Event);
    // A draft's address follows its title and stays short, however long the working title was.
    await organizer
      .post(url)
      .type('form')
      .send({ ...fields, title: `Arbeitstitel${'ü'.repeat(200)}` })
      .expect(303);
    expect((await events.findOneByOrFail({ id: event.id })).slug).toBe(
      `arbeitstitel${'ue'.repeat(24)}-2027-03-10`,
    );
    await organizer.post(url).type('form').send(fields).expect(303);
    expect((await events.findOneByOrFail({ id: event.id })).slug).toBe(event.slug);
    await organizer
      .post(`${url}/veroeffentlichen`)
      .type('form')
      .send({ _csrf: fields._csrf })
      .expect(303);
    await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
    // Once published, the address stays, whatever the title becomes.
    await organizer
      .post(url)
      .type('form')
      .send({ ...fields, title: 'Regionalforum Lübz (neuer Titel)' })
      .expect(303);
    expect((await events.findOneByOrFail({ id: event.id })).slug).toBe(event.slug);
    await createRegistration(test, event, { email: 'verlegt@beispiel.de', name: 'Verlegt' });
    await organizer
      .post(url)
      .type('form')
      .send({ ...fields, startsAt: '2027-03-17T18:00', endsAt: '2027-03-17T20:00' })
      .expect(303);
    const moved = await smtp.waitFor('verlegt@beispiel.de', /Neuer Termin/);
    expect(moved.text).toContain('17. März 2027');
  });
});
