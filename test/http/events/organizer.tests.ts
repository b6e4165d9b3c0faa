import supertest from 'supertest';
import { DataSource, type Repository } from 'typeorm';
import { AuditLogEntry } from '../../../src/common/audit/audit-log-entry.entity.js';
import { CAPACITY_NOTICE_LOCK } from '../../../src/database/advisory-lock.js';
import { Event } from '../../../src/events/entities/event.entity.js';
import { Registration } from '../../../src/events/entities/registration.entity.js';
import { attachDocument, createEvent, createRegistration } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { TestSmtpServer } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';
import { until } from '../../support/until.js';

type Agent = ReturnType<typeof supertest.agent>;
const ADMIN = '/verwaltung/veranstaltungen';

describe('organizer back office for events (HTTP, real database, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let registrations: Repository<Registration>;
  let events: Repository<Event>;
  let organizer: Agent;
  let organizerEmail: string;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({
      SMTP_URL: smtp.url,
      BASE_URL: 'http://portal.test',
      TRUST_PROXY: 'true',
    });
    registrations = test.app.get(DataSource).getRepository(Registration);
    events = test.app.get(DataSource).getRepository(Event);
    const user = await createUser(test, {
      roles: ['citizen', 'organizer'],
      displayName: 'Organisatorin Ohm',
    });
    organizerEmail = user.email;
    organizer = supertest.agent(test.app.getHttpServer());
    await login(organizer, user.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  const anonymous = () => supertest.agent(test.app.getHttpServer());
  /** Posts a form of `page` (its CSRF token) to `action`. */
  const post = async (
    agent: Agent,
    page: string,
    action: string,
    fields: object,
    headers: Record<string, string> = {},
  ) => {
    const form = await agent.get(page).expect(200);
    return agent
      .post(action)
      .set(headers)
      .type('form')
      .send({ _csrf: csrfToken(form.text), ...fields });
  };
  const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

  it('previews a message with the chosen group and its count, sends only after confirming, and records it', async () => {
    const event = await createEvent(test, { capacity: 2, title: 'Fachforum Mobilität' });
    const emil = await createRegistration(test, event, {
      name: 'Emil Wendt',
      email: 'emil.wendt@beispiel.de',
    });
    await createRegistration(test, event, { name: 'Frieda Korn', email: 'frieda@beispiel.de' });
    await createRegistration(test, event, {
      name: 'Wanda Warte',
      email: 'wanda@beispiel.de',
      status: 'waiting',
    });
    await createRegistration(test, event, {
      name: 'Ulla Unbestätigt',
      email: 'ulla@beispiel.de',
      status: 'waiting',
      emailConfirmedAt: null,
      holdExpiresAt: new Date(Date.now() + 600_000),
    });
    const page = `${ADMIN}/${event.id}/nachricht`;

    const form = await organizer.get(page).expect(200);
    expect(form.text).toContain('Angemeldete mit Platz (2 Personen)');
    expect(form.text).toContain('Personen auf der Warteliste (1 Person)');
    expect(form.text).toContain('Angemeldete und Personen auf der Warteliste (3 Personen)');
    expect(form.text).toContain('noch keine Nachricht gesendet');

    const refused = await post(organizer, page, page, { subject: 'Hinweis', text: 'Text' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Bitte wählen Sie, wer die Nachricht erhält.');
    expect(refused.text).toContain(`action="${page}#fehler"`);

    const message = {
      recipients: 'waiting',
      subject: 'Stand der Warteliste',
      text: 'Liebe Teilnehmende,\nes sind noch Plätze in Sicht.',
    };
    const preview = await post(organizer, page, page, message);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Ja, an 1 Person senden');
    expect(preview.text).toContain('Personen auf der Warteliste');
    expect(preview.text).toContain('Stand der Warteliste: Fachforum Mobilität');
    expect(preview.text).toContain('Liebe Teilnehmende,');
    expect(preview.text).not.toContain('Guten Tag Wanda Warte');
    expect(await test.app.get(DataSource).getRepository('event_message').count()).toBe(0);

    const sent = await post(organizer, page, `${page}/senden`, message);
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(`${page}#inhalt`);
    const mail = await smtp.waitFor('wanda@beispiel.de', /Stand der Warteliste/);
    expect(mail.text.trimStart()).toMatch(/^[^\n]*\n=+\s+Liebe Teilnehmende,/);
    expect(mail.text).not.toContain('Guten Tag');
    expect(mail.text).toContain('auf der Warteliste der Veranstaltung');
    expect(mail.attachments).toEqual([]);
    const after = await organizer.get(page).expect(200);
    expect(after.text).toContain('ist an 1 Person (Personen auf der Warteliste) unterwegs.');

    // Without a salutation of its own, the mail greets each person by name.
    const toSeats = { recipients: 'seat', subject: 'Anreise', text: 'Bitte kommen Sie pünktlich.' };
    expect((await post(organizer, page, `${page}/senden`, toSeats)).status).toBe(303);
    const greeted = await smtp.waitFor(emil.email!, /Anreise/);
    expect(greeted.text).toContain('Guten Tag Emil Wendt,\n\nBitte kommen Sie pünktlich.');
    await smtp.waitFor('frieda@beispiel.de', /Anreise/);
    expect(mailsTo('wanda@beispiel.de').map((received) => received.subject)).toEqual([
      'Stand der Warteliste: Fachforum Mobilität',
    ]);
    expect(mailsTo(emil.email!).map((received) => received.subject)).toEqual([
      'Anreise: Fachforum Mobilität',
    ]);
    expect(mailsTo('ulla@beispiel.de')).toEqual([]);

    const eventPage = await organizer.get(`${ADMIN}/${event.id}`).expect(200);
    const record = eventPage.text.slice(eventPage.text.indexOf('Gesendete Nachrichten'));
    expect(record).toMatch(
      /Organisatorin Ohm<\/td>\s*<th[^>]*>Anreise<\/th>\s*<td[^>]*>Angemeldete mit Platz<\/td>\s*<td[^>]*>2<\/td>/,
    );
    expect(record).toMatch(
      /Organisatorin Ohm<\/td>\s*<th[^>]*>Stand der Warteliste<\/th>\s*<td[^>]*>Personen auf der Warteliste<\/td>\s*<td[^>]*>1<\/td>/,
    );
    expect(record.indexOf('Anreise')).toBeLessThan(record.indexOf('Stand der Warteliste'));
  });

  it('refuses a message to a group without anyone, keeping what was typed', async () => {
    const event = await createEvent(test, { capacity: 5 });
    await createRegistration(test, event, { name: 'Nur Platz', email: 'nurplatz@beispiel.de' });
    const page = `${ADMIN}/${event.id}/nachricht`;
    const refused = await post(organizer, page, `${page}/senden`, {
      recipients: 'waiting',
      subject: 'Niemand da',
      text: 'Text bleibt',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('In dieser Gruppe ist niemand');
    expect(refused.text).toContain('Text bleibt');
    expect((await organizer.get(`${page}/senden`).expect(200)).text).toContain('Vorschau ansehen');
  });

  it('names person and event when declining, fits the text to a seat or a waiting place, and mails the reason', async () => {
    const event = await createEvent(test, { capacity: 1, title: 'Jugendforum Parchim' });
    const seat = await createRegistration(test, event, {
      name: 'Sina Sitz',
      email: 'sina@beispiel.de',
    });
    const waiting = await createRegistration(test, event, {
      name: 'Walter Wartend',
      email: 'walter@beispiel.de',
      status: 'waiting',
    });
    const confirmPage = (registration: Registration) =>
      `${ADMIN}/${event.id}/anmeldungen/${registration.id}/ablehnen`;

    const forSeat = await organizer.get(confirmPage(seat)).expect(200);
    expect(forSeat.text).toContain(
      'Die Anmeldung von Sina Sitz (sina@beispiel.de) zu „Jugendforum Parchim“ ablehnen?',
    );
    expect(forSeat.text).toContain('Sina Sitz hat einen Platz.');
    expect(forSeat.text).toContain('der Platz geht an die erste Person auf der Warteliste');

    const forWaiting = await organizer.get(confirmPage(waiting)).expect(200);
    expect(forWaiting.text).toContain(
      'Walter Wartend steht auf der Warteliste und hat noch keinen Platz.',
    );
    expect(forWaiting.text).not.toContain('Platz geht');
    expect(forWaiting.text).toContain('Begründung für Walter Wartend');

    const tooLong = await post(organizer, confirmPage(waiting), confirmPage(waiting), {
      reason: 'x'.repeat(1001),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.text).toContain('Die Begründung darf höchstens 1.000 Zeichen lang sein.');

    const declined = await post(organizer, confirmPage(waiting), confirmPage(waiting), {
      reason: 'Das Forum ist für Menschen unter 27 Jahren.',
    });
    expect(declined.status).toBe(303);
    expect(declined.headers.location).toBe(`${ADMIN}/${event.id}/anmeldungen#inhalt`);
    const mail = await smtp.waitFor('walter@beispiel.de', /nicht berücksichtigt/);
    expect(mail.text).toContain(
      'Begründung der Veranstalter: Das Forum ist für Menschen unter 27 Jahren.',
    );
    expect(mail.html).toContain('Das Forum ist für Menschen unter 27 Jahren.');
    expect((await registrations.findOneByOrFail({ id: waiting.id })).status).toBe('declined');
    const list = await organizer.get(`${ADMIN}/${event.id}/anmeldungen`).expect(200);
    expect(list.text).toContain('Die Anmeldung von Walter Wartend ist abgelehnt');
    expect(list.text).not.toContain('Ihr Platz geht');
    const audit = await test.app
      .get(DataSource)
      .getRepository(AuditLogEntry)
      .findBy({ action: 'event.registration_declined', subjectId: String(event.id) });
    expect(audit).toHaveLength(1);

    // Declined again (a second tab): the page says there is nothing left to decline.
    const again = await organizer.get(confirmPage(waiting)).expect(200);
    expect(again.text).toContain('es gibt nichts abzulehnen');
    expect(again.text).not.toContain('Ja, Anmeldung');
  });

  it('checks in without ever undoing it by a second tap; taking it back is its own action', async () => {
    const event = await createEvent(test, { capacity: 10 });
    const ida = await createRegistration(test, event, {
      name: 'Ida Ahrens',
      email: 'ida.ahrens@beispiel.de',
    });
    await createRegistration(test, event, { name: 'Otto Brandt', email: 'otto@beispiel.de' });
    const page = `${ADMIN}/${event.id}/einlass`;
    const checkIn = `${page}/${ida.id}`;

    const first = await post(organizer, page, checkIn, {});
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`${page}?zuletzt=${ida.id}#anmeldung-${ida.id}`);
    const checkedInAt = (await registrations.findOneByOrFail({ id: ida.id })).attendedAt;
    expect(checkedInAt).not.toBeNull();

    // The same button tapped twice (an old page, a double tap): still checked in, same time.
    expect((await post(organizer, page, checkIn, {})).status).toBe(303);
    expect((await registrations.findOneByOrFail({ id: ida.id })).attendedAt).toEqual(checkedInAt);
    const shown = await organizer.get(first.headers.location).expect(200);
    expect(shown.text).toContain('Ida Ahrens ist eingecheckt.');
    expect(shown.text).toContain('1 von 2 eingecheckt');
    expect(shown.text).toContain('Check-in zurücknehmen');

    const undone = await post(organizer, page, `${checkIn}/zuruecknehmen`, { suche: 'ida' });
    expect(undone.status).toBe(303);
    expect(undone.headers.location).toBe(`${page}?zuletzt=${ida.id}&suche=ida#anmeldung-${ida.id}`);
    expect((await registrations.findOneByOrFail({ id: ida.id })).attendedAt).toBeNull();
    const afterUndo = await organizer.get(undone.headers.location).expect(200);
    expect(afterUndo.text).toContain('Der Check-in von Ida Ahrens ist zurückgenommen.');

    const search = await organizer.get(`${page}?suche=AHRENS@beisp`).expect(200);
    expect(search.text).toContain('Ida Ahrens – einchecken');
    expect(search.text).not.toContain('Otto Brandt');
    expect(search.text).toContain('1 von 2 Personen passen zu „AHRENS@beisp“.');
  });

  it('takes walk-ins: registered and checked in at once, over a full house only when told so', async () => {
    const event = await createEvent(test, { capacity: 1, title: 'Kleiner Workshop' });
    await createRegistration(test, event, { name: 'Schon Da', email: 'schonda@beispiel.de' });
    const page = `${ADMIN}/${event.id}/einlass`;
    const action = `${ADMIN}/${event.id}/nachmeldung`;
    expect((await organizer.get(page)).text).toContain('alle Plätze vergeben (1)');

    const refused = await post(organizer, page, action, { name: 'Gerda Gast' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Alle Plätze (1) sind vergeben.');
    expect(refused.text).toContain('value="Gerda Gast"');
    expect(refused.text).toContain(`action="${action}#fehler"`);
    expect((await organizer.get(action).expect(200)).text).toContain('Nachmeldung ohne Anmeldung');

    const duplicate = await post(organizer, page, action, {
      name: 'Doppelt',
      email: 'SchonDa@beispiel.de',
      overCapacity: 'ja',
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.text).toContain('Mit dieser E-Mail-Adresse ist Schon Da bereits angemeldet.');

    const admitted = await post(organizer, page, action, {
      name: 'Gerda Gast',
      overCapacity: 'ja',
    });
    expect(admitted.status).toBe(303);
    const gerda = await registrations.findOneOrFail({
      where: { name: 'Gerda Gast', event: { id: event.id } },
    });
    expect(gerda).toMatchObject({ status: 'seat', email: null });
    expect(gerda.attendedAt).not.toBeNull();
    expect(admitted.headers.location).toContain(`#anmeldung-${gerda.id}`);
    const after = await organizer.get(admitted.headers.location).expect(200);
    expect(after.text).toContain('Gerda Gast ist eingecheckt.');
    expect(after.text).toContain('1 von 2 eingecheckt');

    const open = await createEvent(test, { capacity: null });
    const walkIn = await post(
      organizer,
      `${ADMIN}/${open.id}/einlass`,
      `${ADMIN}/${open.id}/nachmeldung`,
      { name: 'Hans Hinz', email: 'hans@beispiel.de' },
    );
    expect(walkIn.status).toBe(303);
    expect(
      await registrations.findOneOrFail({ where: { email: 'hans@beispiel.de' } }),
    ).toMatchObject({ status: 'seat', name: 'Hans Hinz' });
  });

  it('previews a draft for organizers only, with a banner; the public address stays 404', async () => {
    const draft = await createEvent(test, { status: 'draft', title: 'Geheimer Entwurf' });
    await attachDocument(test, draft);
    await anonymous().get(`/veranstaltungen/${draft.slug}`).expect(404);
    await organizer.get(`/veranstaltungen/${draft.slug}`).expect(404);

    const preview = await organizer.get(`${ADMIN}/${draft.id}/vorschau`).expect(200);
    expect(preview.text).toContain('Vorschau – nicht veröffentlicht.');
    expect(preview.text).toContain('Geheimer Entwurf');
    expect(preview.text).toContain('Protokoll');
    expect(preview.text).toContain('Die Anmeldung öffnet erst mit der Veröffentlichung.');
    expect(preview.headers['cache-control']).toContain('no-store');

    const citizen = anonymous();
    const user = await createUser(test, { roles: ['citizen'] });
    await login(citizen, user.email, TEST_PASSWORD);
    await citizen.get(`${ADMIN}/${draft.id}/vorschau`).expect(403);
    const stranger = await anonymous().get(`${ADMIN}/${draft.id}/vorschau`);
    expect(stranger.status).toBe(303);
    expect(stranger.headers.location).toContain('/konto/anmelden');
  });

  it('serves an event PDF inline with its type and nosniff', async () => {
    const event = await createEvent(test);
    const document = await attachDocument(test, event);
    const response = await anonymous()
      .get(`/dokumente/${document.id}/${encodeURIComponent(document.fileName)}`)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="Protokoll\.pdf"/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  const notices = (event: Event) =>
    mailsTo(organizerEmail)
      .filter((mail) => mail.subject.endsWith(event.title))
      .map((mail) => mail.subject.slice(0, mail.subject.indexOf(' %')));
  const signedInPeople = (count: number, label: string) =>
    Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const user = await createUser(test, { displayName: `${label} ${index}` });
        const agent = anonymous();
        await login(agent, user.email, TEST_PASSWORD);
        return agent;
      }),
    );
  /** Registers through the public form, each person from an address of their own. */
  const register = async (agent: Agent, event: Event, address: string) => {
    const page = `/veranstaltungen/${event.slug}/anmeldung`;
    const response = await post(agent, page, page, {}, { 'X-Forwarded-For': address });
    expect(response.status).toBe(303);
  };

  it('never sends the 80 % notice after the 100 % notice, also when registrations race', async () => {
    const people = await signedInPeople(5, 'Rennende');
    const raced = await createEvent(test, { capacity: 5, title: 'Beliebter Abend' });
    await Promise.all(people.map((agent, index) => register(agent, raced, `10.9.0.${index + 1}`)));
    await smtp.waitFor(organizerEmail, /^100 % der Plätze vergeben: Beliebter Abend/);

    // One at a time, the last seat taken only after the 80 % notice went out: 80 %, then 100 %.
    const stepwise = await createEvent(test, { capacity: 5, title: 'Ruhiger Abend' });
    for (const [index, agent] of people.entries()) {
      if (index === 4)
        await smtp.waitFor(organizerEmail, /^80 % der Plätze vergeben: Ruhiger Abend/);
      await register(agent, stepwise, `10.9.1.${index + 1}`);
    }
    await smtp.waitFor(organizerEmail, /^100 % der Plätze vergeben: Ruhiger Abend/);
    expect(notices(stepwise)).toEqual(['80', '100']);
    // Every notice job of the first event was queued before those of the second one.
    expect([['100'], ['80', '100']]).toContainEqual(notices(raced));
  });

  it('delivers the 100 % notice only after an 80 % notice the mail server is still taking, also from a second instance', async () => {
    // The second instance's notice worker is free while this one's delivers the 80 % notice.
    const second = await startTestApp(
      { SMTP_URL: smtp.url, BASE_URL: 'http://portal.test' },
      { databaseUrl: test.databaseUrl },
    );
    const people = await signedInPeople(5, 'Langsame');
    const event = await createEvent(test, { capacity: 5, title: 'Zäher Abend' });
    let release = () => {};
    smtp.gatedSubjects = /^80 % der Plätze vergeben: Zäher Abend/;
    smtp.gate = new Promise((resolve) => (release = resolve));
    try {
      try {
        for (const [index, agent] of people.slice(0, 4).entries())
          await register(agent, event, `10.9.2.${index + 1}`);
        await until(() => smtp.waiting === 1, 'the 80 % notice waiting at the mail server', 15_000);
        await register(people[4], event, '10.9.2.5');
        // The 100 % notice either arrives past the held 80 % one, or waits for it to be delivered.
        await until(
          async () => notices(event).includes('100') || (await noticeWaitsForLock(event)),
          'the 100 % notice sent or waiting for the 80 % one',
        );
      } finally {
        release();
        smtp.gate = undefined;
        smtp.gatedSubjects = undefined;
      }
      await smtp.waitFor(organizerEmail, /^100 % der Plätze vergeben: Zäher Abend/);
    } finally {
      await second.close();
    }
    expect(notices(event)).toEqual(['80', '100']);
  });

  /** A capacity notice job of the event (on any instance) waits for the one being delivered. */
  const noticeWaitsForLock = async (event: Event) => {
    const waiting = await test.app
      .get(DataSource)
      .query<unknown[]>(
        `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1 AND objid = $2`,
        [CAPACITY_NOTICE_LOCK, event.id],
      );
    return waiting.length > 0;
  };

  it('exports "Angemeldet am" as sortable Berlin time and heads the free answer with the question', async () => {
    const event = await createEvent(test, { freeQuestion: 'Welche Themen interessieren Sie?' });
    await createRegistration(test, event, {
      name: 'Carla Csv',
      freeAnswer: 'Radwege',
      createdAt: new Date('2026-05-04T16:30:00Z'),
    });
    const csv = await organizer.get(`${ADMIN}/${event.id}/anmeldungen.csv`).expect(200);
    const [header, row] = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toContain('Welche Themen interessieren Sie?');
    expect(header).not.toMatch(/[;,]"?Antwort"?[;,]/);
    expect(row).toContain('Radwege');
    expect(row).toContain('2026-05-04 18:30');
  });

  it('creates an event with unlimited seats from an empty "Plätze" field: everyone gets a seat', async () => {
    const form = await organizer.get(`${ADMIN}/neu`).expect(200);
    const created = await organizer
      .post(`${ADMIN}/neu`)
      .type('form')
      .send({
        _csrf: csrfToken(form.text),
        title: 'Offener Bürgerabend',
        format: 'regional_forum',
        startsAt: '2030-06-01T18:00',
        endsAt: '2030-06-01T20:00',
        description: 'Alle sind willkommen.',
        registrationEnabled: 'ja',
        waitingListEnabled: 'ja',
        capacity: '',
      });
    expect(created.status).toBe(303);
    const event = await events.findOneByOrFail({ title: 'Offener Bürgerabend' });
    expect(event.capacity).toBeNull();
    expect(created.headers.location).toBe(`${ADMIN}/${event.id}#inhalt`);
    const published = await post(
      organizer,
      `${ADMIN}/${event.id}`,
      `${ADMIN}/${event.id}/veroeffentlichen`,
      {},
    );
    expect(published.status).toBe(303);

    for (let index = 0; index < 12; index += 1) {
      const response = await post(
        anonymous(),
        `/veranstaltungen/${event.slug}/anmeldung`,
        `/veranstaltungen/${event.slug}/anmeldung`,
        { name: `Gast ${index}`, email: `offen${index}@beispiel.de` },
        { 'X-Forwarded-For': `10.8.0.${index + 1}` },
      );
      expect(response.status).toBe(303);
    }
    const statuses = await registrations.find({ where: { event: { id: event.id } } });
    expect(statuses.map((registration) => registration.status)).toEqual(
      Array.from({ length: 12 }, () => 'seat'),
    );
    expect((await anonymous().get(`/veranstaltungen/${event.slug}`)).text).toContain(
      'Plätze unbegrenzt',
    );
    const list = await organizer.get(`${ADMIN}/${event.id}/anmeldungen`).expect(200);
    expect(list.text).toContain('12 mit Platz (Plätze unbegrenzt)');
    expect((await organizer.get(`${ADMIN}/${event.id}/einlass`)).text).toContain(
      'Plätze unbegrenzt',
    );
  });
});
