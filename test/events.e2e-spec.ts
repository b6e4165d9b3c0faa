import ICAL from 'ical.js';
import supertest from 'supertest';
import { DataSource, type Repository } from 'typeorm';
import { Event } from '../src/events/entities/event.entity.js';
import { Registration } from '../src/events/entities/registration.entity.js';
import { EventJobs } from '../src/events/event-jobs.js';
import { createEvent, createRegistration } from './factories/events.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { csrfToken, login, submitForm } from './support/forms.js';
import { TestSmtpServer, linkFrom } from './support/smtp.js';
import { type TestApp, startTestApp } from './support/test-app.js';

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
    test = await startTestApp({ SMTP_URL: smtp.url, BASE_URL: 'http://portal.test' });
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
  const register = (agent: Agent, event: Event, fields: Record<string, string>) =>
    submitForm(
      agent,
      `/veranstaltungen/${event.slug}`,
      `/veranstaltungen/${event.slug}/anmeldung`,
      fields,
    );
  const person = (name: string) => ({
    name,
    email: `${name.toLowerCase().replace(/\W/g, '')}@beispiel.de`,
  });

  it('registers without an account, holds the seat until the mailed link confirms it', async () => {
    const event = await createEvent(test, { capacity: 10, title: 'Regionalforum Hagenow' });
    const visitor = anonymous();
    const response = await register(visitor, event, person('Ida Muster'));
    expect(response.status).toBe(303);
    const page = await visitor.get(`/veranstaltungen/${event.slug}`);
    expect(page.text).toContain('Fast geschafft');
    expect(page.text).toContain('noch 9 Plätze frei');

    const mail = await smtp.waitFor('idamuster@beispiel.de', /Bitte bestätigen Sie Ihre Anmeldung/);
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
      `${event.slug}.ics`,
    ]);
    const confirmed = await anonymous()
      .get(linkFrom(mail, '/veranstaltungen/anmeldung/bestaetigen'))
      .expect(200);
    expect(confirmed.text).toContain('Ihre Anmeldung ist bestätigt');
    const confirmation = await smtp.waitFor('idamuster@beispiel.de', /ist bestätigt/);
    expect(confirmation.text).toContain('/veranstaltungen/anmeldung?token=');
    const ics = confirmation.attachments.find((attachment) => attachment.filename.endsWith('.ics'));
    expect(ics?.content).toContain('SUMMARY:Regionalforum Hagenow');
    expect(
      (await registrations.findOneByOrFail({ email: 'idamuster@beispiel.de' })).emailConfirmedAt,
    ).not.toBeNull();
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
    await anonymous().get(
      linkFrom(
        await smtp.waitFor('zweiteperson@beispiel.de', /bestätigen/),
        '/veranstaltungen/anmeldung/bestaetigen',
      ),
    );
    const waitingMail = await smtp.waitFor('zweiteperson@beispiel.de', /Warteliste/);
    expect(waitingMail.text).toContain('Platz 1 der Warteliste');

    const manage = await anonymous().get(linkFrom(seat, '/veranstaltungen/anmeldung')).expect(200);
    await anonymous()
      .post('/veranstaltungen/anmeldung/abmelden')
      .type('form')
      .send({
        _csrf: csrfToken(manage.text),
        token: new URL(linkFrom(seat, '/veranstaltungen/anmeldung'), 'http://x').searchParams.get(
          'token',
        ),
      })
      .expect(403);
    const withSession = anonymous();
    const managePage = await withSession.get(linkFrom(seat, '/veranstaltungen/anmeldung'));
    await withSession
      .post('/veranstaltungen/anmeldung/abmelden')
      .type('form')
      .send({
        _csrf: csrfToken(managePage.text),
        token: new URL(linkFrom(seat, '/veranstaltungen/anmeldung'), 'http://x').searchParams.get(
          'token',
        ),
      })
      .expect(303);
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

  it('refuses registration before it opens, after it closes, and for a duplicate address, in German', async () => {
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
    expect((await register(anonymous(), event, person('Doppelt Gemeldet'))).status).toBe(303);
    const twice = await register(anonymous(), event, person('Doppelt Gemeldet'));
    expect(twice.status).toBe(422);
    expect(twice.text).toContain('Mit dieser E-Mail-Adresse ist bereits eine Anmeldung');

    const missing = await register(anonymous(), event, { name: '', email: '' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Bitte geben Sie Ihren Namen an');
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
    expect((await next.get(`/veranstaltungen/${event.slug}`)).text).toContain('Fast geschafft');
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
      const user = await createUser(test);
      const agent = anonymous();
      await login(agent, user.email, TEST_PASSWORD);
      await register(agent, event, {});
    }
    await smtp.waitFor('', /80 % der Plätze vergeben: Beliebtes Forum/);
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
    await organizer
      .post(`/verwaltung/veranstaltungen/${event.id}/absagen`)
      .type('form')
      .send({ _csrf: csrfToken(edit.text), reason: 'Die Referentin ist erkrankt.' })
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
    const url = created.headers.location;
    const event = await test.app
      .get(DataSource)
      .getRepository(Event)
      .findOneByOrFail({ title: 'Neues Regionalforum Lübz' });
    expect(event.status).toBe('draft');
    expect(event.startsAt.toISOString()).toBe('2027-03-10T17:00:00.000Z');
    await anonymous().get(`/veranstaltungen/${event.slug}`).expect(404);
    await organizer
      .post(`${url}/veroeffentlichen`)
      .type('form')
      .send({ _csrf: fields._csrf })
      .expect(303);
    await anonymous().get(`/veranstaltungen/${event.slug}`).expect(200);
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
