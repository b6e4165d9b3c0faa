import supertest from 'supertest';
import { DataSource } from 'typeorm';
import type { User } from '../../../src/accounts/entities/user.entity.js';
import { CommentNotifications } from '../../../src/comments/comment-notifications.service.js';
import { Comment } from '../../../src/comments/entities/comment.entity.js';
import { Event } from '../../../src/events/entities/event.entity.js';
import { ParticipationProcess } from '../../../src/participation/entities/participation-process.entity.js';
import { createEvent } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login, submitForm } from '../../support/forms.js';
import { TestSmtpServer } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

// The youth process covers the bus approach, which lies in the field "Lebenswerte Orte"; the
// adult forum covers the whole concept: both discuss the bus approach at the same time.
const BUS = 'weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet';
const BUS_PAGE = `/kek/lebenswerte-orte/${BUS}`;
const PRODUCERS_PAGE = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';

describe('several participation processes at once', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let forum: ParticipationProcess;
  let youth: ParticipationProcess;
  let moderator: Agent;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({ SMTP_URL: smtp.url, BASE_URL: 'http://portal.test' });
    forum = await createProcess(test, { title: 'Online-Forum für alle', moderationMode: 'post' });
    youth = await createProcess(test, {
      title: 'Jugendforum Bus und Bahn',
      audience: 'youth',
      moderationMode: 'pre',
      approachSlugs: [BUS, 'lebensbedingungen-fuer-kinder-jugendliche-und-eltern'],
    });
    moderator = await signedIn(
      await createUser(test, { roles: ['citizen', 'moderator'], displayName: 'Moderatorin' }),
    );
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  async function signedIn(user: User): Promise<Agent> {
    const agent = supertest.agent(test.app.getHttpServer());
    await login(agent, user.email, TEST_PASSWORD);
    return agent;
  }

  const write = (agent: Agent, page: string, process: ParticipationProcess, body: string) =>
    submitForm(agent, page, `${page}/kommentare/${process.slug}`, { body });

  /** The HTML of one discussion (the section or details element of a process). */
  function discussion(html: string, process: ParticipationProcess): string {
    const start = html.indexOf(`id="diskussion-${process.slug}"`);
    if (start < 0) return '';
    const rest = html.slice(start);
    const end = rest.search(/<(section|details) class="discussion/);
    return end < 0 ? rest : rest.slice(0, end);
  }

  const comments = () => test.app.get(DataSource).getRepository(Comment);

  it('slows down a flood in the youth process in its own words, keeping the text in its discussion', async () => {
    const young = await signedIn(await createUser(test, { displayName: 'Schnellschreiberin' }));
    let refused: supertest.Response | undefined;
    for (let attempt = 0; attempt < 11 && refused?.status !== 429; attempt += 1) {
      refused = await write(young, BUS_PAGE, youth, `Noch eine Idee Nummer ${attempt}`);
    }
    expect(refused!.status).toBe(429);
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    const place = discussion(refused!.text, youth);
    expect(place).toContain('Du schreibst gerade sehr viel auf einmal. Warte bitte');
    expect(place).toMatch(/<textarea[^>]*>Noch eine Idee Nummer \d+<\/textarea>/);
    expect(refused!.text).not.toContain('Bitte warten Sie');
  });

  it('lets an editor open a youth process while the adult forum is open (no overlap error)', async () => {
    const editor = await signedIn(await createUser(test, { roles: ['citizen', 'editor'] }));
    const bus = await approachBySlug(test, BUS);
    const page = await editor.get('/verwaltung/beteiligungsverfahren/neu').expect(200);
    const created = await editor
      .post('/verwaltung/beteiligungsverfahren/neu')
      .type('form')
      .send({
        _csrf: csrfToken(page.text),
        title: 'Jugendforum: Mobil auf dem Land',
        description: 'Wie kommst du zur Schule?',
        startsAt: '2027-07-01T09:00',
        endsAt: '2027-09-15T18:00',
        moderationMode: 'pre',
        audience: 'youth',
        scope: 'approaches',
        approachIds: [String(bus.id)],
      });
    expect(created.status).toBe(303);
    const stored = await test.app
      .get(DataSource)
      .getRepository(ParticipationProcess)
      .findOneOrFail({
        where: { title: 'Jugendforum: Mobil auf dem Land' },
        relations: { approaches: true },
      });
    expect(stored.slug).toBe('jugendforum-mobil-auf-dem-land');
    expect(stored.startsAt.toISOString()).toBe('2027-07-01T07:00:00.000Z');
    expect(stored.approaches.map((approach) => approach.slug)).toEqual([BUS]);
    const list = await editor.get('/verwaltung/beteiligungsverfahren').expect(200);
    expect(list.text).toContain('Jugendforum: Mobil auf dem Land');
    expect(list.text).toContain('Handlungsansatz „Weiterentwicklung');

    const invalid = await submitForm(
      editor,
      '/verwaltung/beteiligungsverfahren/neu',
      '/verwaltung/beteiligungsverfahren/neu',
      {
        title: 'Fachforum Klima',
        description: 'Zu den Klimazielen.',
        startsAt: '2027-07-01T09:00',
        endsAt: '2027-06-01T18:00',
        moderationMode: 'pre',
        audience: 'everyone',
        scope: 'fields',
      },
    );
    expect(invalid.status).toBe(422);
    expect(invalid.text).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(invalid.text).toContain('value="Fachforum Klima"');
    const noFields = await submitForm(
      editor,
      '/verwaltung/beteiligungsverfahren/neu',
      '/verwaltung/beteiligungsverfahren/neu',
      {
        title: 'Fachforum Klima',
        description: 'Zu den Klimazielen.',
        startsAt: '2027-07-01T09:00',
        endsAt: '2027-08-01T18:00',
        moderationMode: 'pre',
        audience: 'everyone',
        scope: 'fields',
      },
    );
    expect(noFields.status).toBe(422);
    expect(noFields.text).toContain('Bitte wählen Sie mindestens ein Handlungsfeld aus der Liste.');
    // Bookmarks of the former phases page still lead there.
    const old = await editor.get(`/verwaltung/beteiligungsphasen/${stored.id}`).expect(301);
    expect(old.headers.location).toBe(`/verwaltung/beteiligungsverfahren/${stored.id}`);
  });

  it('keeps an adult and a youth discussion apart on one approach, each in its own tone', async () => {
    const adult = await signedIn(await createUser(test, { displayName: 'Erwachsene Pendlerin' }));
    const youngUser = await createUser(test, { displayName: 'Junger Busfahrer' });
    const young = await signedIn(youngUser);

    const form = await adult.get(BUS_PAGE).expect(200);
    expect(discussion(form.text, forum)).toContain('Ihr Kommentar zu diesem Handlungsansatz');
    expect(discussion(form.text, youth)).toContain('Was denkst du zu diesem Thema?');
    expect(discussion(form.text, youth)).toContain(
      `action="${BUS_PAGE}/kommentare/${youth.slug}#fehler"`,
    );

    const adultPost = await write(adult, BUS_PAGE, forum, 'Der Bus muss auch am Sonntag fahren.');
    expect(adultPost.status).toBe(303);
    expect((await adult.get(BUS_PAGE)).text).toContain('Danke! Ihr Kommentar ist veröffentlicht.');
    const youngPost = await write(young, BUS_PAGE, youth, 'Der letzte Bus fährt viel zu früh!');
    expect(youngPost.status).toBe(303);
    const after = await young.get(BUS_PAGE);
    expect(after.text).toContain(
      'Danke! Dein Kommentar wird kurz geprüft und dann freigeschaltet.',
    );
    expect(after.text).not.toContain('Ihr Kommentar wartet');

    const youthComment = await comments().findOneOrFail({
      where: { body: 'Der letzte Bus fährt viel zu früh!' },
      relations: { process: true },
    });
    expect(youthComment.process.id).toBe(youth.id);
    await moderate(youthComment.id, 'freigeben');
    const mail = await smtp.waitFor(youngUser.email, /Dein Kommentar ist jetzt online/);
    expect(mail.text).toMatch(/^Hallo Junger Busfahrer,/m);
    expect(mail.text).toContain('„Jugendforum Bus und Bahn“');
    expect(mail.text).not.toMatch(/\b(Sie|Ihr|Ihre)\b/);

    const page = (await supertest(test.app.getHttpServer()).get(BUS_PAGE).expect(200)).text;
    const adults = discussion(page, forum);
    const youngs = discussion(page, youth);
    expect(adults).toContain('Der Bus muss auch am Sonntag fahren.');
    expect(adults).not.toContain('Der letzte Bus fährt viel zu früh!');
    expect(youngs).toContain('Der letzte Bus fährt viel zu früh!');
    expect(youngs).not.toContain('Der Bus muss auch am Sonntag fahren.');
    expect(adults).toMatch(/Online-Forum für alle <span class="count-badge">\(1 Kommentar\)/);
    expect(youngs).toMatch(/Jugendforum Bus und Bahn <span class="count-badge">\(1 Kommentar\)/);
    expect(youngs).toContain('Melde dich an oder registriere dich, um mitzumachen.');
    expect(youngs).toContain(
      `href="/konto/registrieren?zielgruppe=jugend&amp;zurueck=${BUS_PAGE}"`,
    );
    expect(adults).toContain(`href="/konto/registrieren?zurueck=${BUS_PAGE}"`);
    expect(adults).toContain('Um mitzudiskutieren, melden Sie sich bitte an');
  });

  it('speaks "du" in the youth flashes for replies, support and reports, and in its reply mails', async () => {
    const bus = await approachBySlug(test, BUS);
    const author = await createUser(test, { displayName: 'Lea' });
    const parent = await createComment(test, {
      approach: bus,
      process: youth,
      author,
      body: 'Ein Rufbus am Abend wäre gut.',
    });
    const young = await signedIn(await createUser(test, { displayName: 'Tim' }));
    const reply = await submitForm(young, BUS_PAGE, `${BUS_PAGE}/kommentare/${youth.slug}`, {
      body: 'Ja, unbedingt!',
      parentId: String(parent.id),
    });
    expect(reply.status).toBe(303);
    expect((await young.get(BUS_PAGE)).text).toContain(
      'Danke! Deine Antwort wird kurz geprüft und dann freigeschaltet.',
    );
    const replyComment = await comments().findOneByOrFail({ body: 'Ja, unbedingt!' });
    await moderate(replyComment.id, 'freigeben');
    const mail = await smtp.waitFor(author.email, /Jemand hat auf deinen Kommentar geantwortet/);
    expect(mail.text).toMatch(/^Hallo Lea,/m);

    const page = await young.get(BUS_PAGE);
    await young
      .post(`/kommentare/${parent.id}/unterstuetzen`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
    const supported = await young.get(BUS_PAGE);
    expect(supported.text).toContain('Danke! Deine Zustimmung ist gezählt.');
    expect(discussion(supported.text, youth)).toContain('Du stimmst zu');

    const reportForm = await young.get(`/kommentare/${parent.id}/melden`).expect(200);
    expect(reportForm.text).toContain('Sag uns bitte, warum.');
    await young
      .post(`/kommentare/${parent.id}/melden`)
      .type('form')
      .send({ _csrf: csrfToken(reportForm.text), reason: 'spam' })
      .expect(303);
    expect((await young.get(BUS_PAGE)).text).toContain(
      'Danke, dass du Bescheid gesagt hast. Wir sehen uns den Kommentar an.',
    );
    const again = await submitForm(
      young,
      `/kommentare/${parent.id}/melden`,
      `/kommentare/${parent.id}/melden`,
      { reason: 'spam' },
    );
    expect(again.status).toBe(422);
    expect(again.text).toContain('Du hast diesen Kommentar schon gemeldet.');
  });

  it('tells a young author with "du" that reports hid their comment for review, and that it is back', async () => {
    const bus = await approachBySlug(test, BUS);
    const author = await createUser(test, { displayName: 'Jonas' });
    const target = await createComment(test, {
      approach: bus,
      process: youth,
      author,
      body: 'Der Schulbus ist immer zu voll.',
    });
    for (const name of ['Ida', 'Ben', 'Mara']) {
      const reporter = await signedIn(await createUser(test, { displayName: name }));
      const reported = await submitForm(
        reporter,
        `/kommentare/${target.id}/melden`,
        `/kommentare/${target.id}/melden`,
        { reason: 'insult' },
      );
      expect(reported.status).toBe(303);
    }
    const hidden = await smtp.waitFor(author.email, /gemeldet/);
    expect(hidden.subject).toBe('Dein Kommentar wurde gemeldet und ist erst mal nicht zu sehen');
    expect(hidden.text).toMatch(/^Hallo Jonas,/m);
    expect(hidden.text).toContain('Bis wir ihn geprüft haben, sehen die anderen ihn nicht.');
    expect(hidden.text).toContain('Du musst nichts tun.');
    expect(hidden.text).toContain('> Der Schulbus ist immer zu voll.');
    expect(hidden.text).not.toMatch(/\b(Sie|Ihr|Ihren)\b/);

    await moderate(target.id, 'in-ordnung');
    const restored = await smtp.waitFor(author.email, /wieder online/);
    expect(restored.subject).toBe('Dein Kommentar ist wieder online');
    expect(restored.text).toContain('Er ist in Ordnung und für alle wieder zu sehen.');
    expect(restored.text).toContain('Zu deinem Kommentar:');
    expect(restored.text).not.toMatch(/\b(Sie|Ihr|Ihren)\b/);
  });

  it('says in the youth tone why a youth comment was refused, and keeps the text', async () => {
    const young = await signedIn(await createUser(test));
    const empty = await write(young, BUS_PAGE, youth, '   ');
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Schreib bitte etwas. Es dürfen höchstens 3.000 Zeichen sein.');
    expect(empty.text).toContain('Bitte schau noch mal drüber');
    expect(empty.text).toContain(`href="#feld-body-${youth.slug}"`);
    const links = await write(
      young,
      BUS_PAGE,
      youth,
      'https://a.de https://b.de https://c.de https://d.de',
    );
    expect(links.status).toBe(422);
    expect(links.text).toContain('Bitte nimm höchstens 3 Links in einen Kommentar.');
    expect(discussion(links.text, youth)).toContain(
      'https://a.de https://b.de https://c.de https://d.de</textarea>',
    );
    expect(discussion(links.text, forum)).not.toContain('https://a.de');
  });

  it('shows no form on approaches outside a process scoped to one field, and refuses a crafted post', async () => {
    const field = await createProcess(test, {
      title: 'Fachforum Wirtschaft',
      fieldSlugs: ['starker-wirtschaftsstandort'],
    });
    const agent = await signedIn(await createUser(test));
    const inField = await agent.get(PRODUCERS_PAGE).expect(200);
    expect(discussion(inField.text, field)).toContain(
      `action="${PRODUCERS_PAGE}/kommentare/${field.slug}#fehler"`,
    );
    const outside = await agent.get(BUS_PAGE).expect(200);
    expect(outside.text).not.toContain(`kommentare/${field.slug}"`);
    expect(outside.text).not.toContain('Fachforum Wirtschaft');
    // A youth process that does not cover the producers approach has no discussion there either.
    expect(inField.text).not.toContain(`id="diskussion-${youth.slug}"`);

    const crafted = await agent
      .post(`${BUS_PAGE}/kommentare/${field.slug}`)
      .type('form')
      .send({ _csrf: csrfToken(outside.text), body: 'Gehört nicht hierher.' });
    expect(crafted.status).toBe(422);
    expect(crafted.text).toContain(
      'In dieser Online-Beteiligung geht es nicht um diesen Handlungsansatz.',
    );
    expect(crafted.text).toMatch(/<textarea[^>]*readonly[^>]*>Gehört nicht hierher\.<\/textarea>/);
    const unknown = await agent
      .post(`${BUS_PAGE}/kommentare/gibt-es-nicht`)
      .type('form')
      .send({ _csrf: csrfToken(outside.text), body: 'Wohin damit?' });
    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('Diese Online-Beteiligung gibt es nicht.');
    expect(unknown.text).toContain('Wohin damit?');
    expect(await comments().countBy({ body: 'Gehört nicht hierher.' })).toBe(0);
  });

  it('filters the moderation queue, the evaluation and the CSV by process', async () => {
    const bus = await approachBySlug(test, BUS);
    const author = await createUser(test);
    await createComment(test, {
      approach: bus,
      process: forum,
      author,
      status: 'pending',
      body: 'Wartet im Forum für alle.',
    });
    await createComment(test, {
      approach: bus,
      process: youth,
      author,
      status: 'pending',
      body: 'Wartet im Jugendforum.',
    });
    const all = await moderator.get('/verwaltung/moderation').expect(200);
    expect(all.text).toContain('Wartet im Forum für alle.');
    expect(all.text).toContain('Wartet im Jugendforum.');
    expect(all.text).toMatch(
      /<td class="kern-table__cell">Jugendforum Bus und Bahn \(offen\)<\/td>/,
    );
    const filtered = await moderator
      .get(`/verwaltung/moderation?verfahren=${youth.id}`)
      .expect(200);
    expect(filtered.text).toContain('Wartet im Jugendforum.');
    expect(filtered.text).not.toContain('Wartet im Forum für alle.');
    expect(filtered.text).toContain(`<option value="${youth.id}" selected>`);

    const csv = await moderator.get('/verwaltung/auswertung/kommentare.csv').expect(200);
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(';')).toContain('"Beteiligungsverfahren"');
    expect(rows.find((row) => row.includes('Wartet im Jugendforum.'))).toContain(
      '"Jugendforum Bus und Bahn"',
    );
    const youthCsv = await moderator
      .get(`/verwaltung/auswertung/kommentare.csv?verfahren=${youth.id}`)
      .expect(200);
    expect(youthCsv.text).toContain('Wartet im Jugendforum.');
    expect(youthCsv.text).not.toContain('Wartet im Forum für alle.');
    const evaluation = await moderator
      .get(`/verwaltung/auswertung?verfahren=${youth.id}`)
      .expect(200);
    expect(evaluation.text).toContain('Je Handlungsfeld im Verfahren „Jugendforum Bus und Bahn“');
  });

  it('closes a process: comments stay readable, waiting ones get a decision and their author a mail', async () => {
    const closing = await createProcess(test, { title: 'Sommerforum', moderationMode: 'pre' });
    const bus = await approachBySlug(test, BUS);
    const author = await createUser(test, { displayName: 'Geduldige Person' });
    await createComment(test, {
      approach: bus,
      process: closing,
      author,
      body: 'Bleibt nach dem Ende lesbar.',
    });
    const waiting = await createComment(test, {
      approach: bus,
      process: closing,
      author,
      status: 'pending',
      body: 'Kam kurz vor Schluss.',
    });
    const editor = await signedIn(await createUser(test, { roles: ['citizen', 'editor'] }));
    const confirm = await editor
      .get(`/verwaltung/beteiligungsverfahren/${closing.id}/beenden`)
      .expect(200);
    expect(confirm.text).toContain('„Sommerforum“ jetzt beenden?');
    await editor
      .post(`/verwaltung/beteiligungsverfahren/${closing.id}/beenden`)
      .type('form')
      .send({ _csrf: csrfToken(confirm.text) })
      .expect(303);

    const page = (await supertest(test.app.getHttpServer()).get(BUS_PAGE).expect(200)).text;
    expect(page).toMatch(
      new RegExp(
        `<details class="discussion discussion--closed" id="diskussion-${closing.slug}">\\s*<summary[^>]*>Abgeschlossen: „Sommerforum“ \\(1 Kommentar\\)`,
      ),
    );
    expect(discussion(page, closing)).toContain('Bleibt nach dem Ende lesbar.');
    const agent = await signedIn(await createUser(test));
    const refused = await write(agent, BUS_PAGE, closing, 'Zu spät.');
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Diese Online-Beteiligung ist beendet.');
    expect(discussion(refused.text, closing)).toMatch(/readonly[^>]*>Zu spät\.<\/textarea>/);
    expect(refused.text).toContain(`id="diskussion-${closing.slug}" open>`);

    const queue = await moderator.get(`/verwaltung/moderation?verfahren=${closing.id}`).expect(200);
    expect(queue.text).toContain('Kam kurz vor Schluss.');
    expect(queue.text).toContain('Sommerforum (beendet)');
    await moderate(waiting.id, 'freigeben');
    const mail = await smtp.waitFor(author.email, /Ihr Kommentar ist veröffentlicht/);
    expect(mail.text).toContain('„Sommerforum“');
    const after = (await supertest(test.app.getHttpServer()).get(BUS_PAGE)).text;
    expect(discussion(after, closing)).toContain('Kam kurz vor Schluss.');
  });

  it('lists open, upcoming and past processes on /beteiligung with audience, scope, counts and events', async () => {
    await createProcess(test, { title: 'Herbstforum', startsInDays: 90 });
    await createProcess(test, { title: 'Forum 2016', closed: true });
    const event = await createEvent(test, { title: 'Jugendforum vor Ort' });
    await test.app
      .get(DataSource)
      .getRepository(Event)
      .update({ id: event.id }, { process: { id: youth.id } });
    const overview = (await supertest(test.app.getHttpServer()).get('/beteiligung').expect(200))
      .text;
    const [open, upcoming, past] = overview
      .split(/<h2 id="(?:aktuell|geplant|vergangen)"/)
      .slice(1);
    expect(open).toContain('Online-Forum für alle');
    expect(open).toContain('Jugendforum Bus und Bahn');
    expect(open).toContain('das ganze Kreisentwicklungskonzept');
    expect(open).toContain('2 Handlungsansätze');
    expect(open).toContain('für junge Leute');
    expect(open).toContain('Zu den Themen – mach mit!');
    expect(open).toMatch(/Jugendforum vor Ort<\/a>/);
    expect(open).toMatch(/Weiterentwicklung der Qualität des ÖPNV[^<]*<\/a> \(\d+ Kommentare?\)/);
    expect(upcoming).toContain('Herbstforum');
    expect(past).toContain('Forum 2016');

    const eventPage = await supertest(test.app.getHttpServer())
      .get(`/veranstaltungen/${event.slug}`)
      .expect(200);
    expect(eventPage.text).toContain(
      `href="/beteiligung/${youth.slug}">Jugendforum Bus und Bahn</a>`,
    );
  });

  it('gives the youth process its own page in "du", linking its event and the sign-up note', async () => {
    const page = (
      await supertest(test.app.getHttpServer()).get(`/beteiligung/${youth.slug}`).expect(200)
    ).text;
    expect(page).toContain('<h1 class="kern-heading-x-large">Jugendforum Bus und Bahn</h1>');
    expect(page).toContain('Du kannst bis');
    expect(page).toContain('Mach mit: Zu diesen Themen kannst du deine Meinung');
    expect(page).toContain('Zum Mitmachen brauchst du ein Konto.');
    expect(page).toContain(`href="${BUS_PAGE}#diskussion-${youth.slug}"`);
    expect(page).toContain('Jugendforum vor Ort');
    expect(page).not.toMatch(/\b(Sie|Ihr|Ihre|Ihnen)\b/);
    const adultPage = (
      await supertest(test.app.getHttpServer()).get(`/beteiligung/${forum.slug}`).expect(200)
    ).text;
    expect(adultPage).toContain('Zum Mitdiskutieren brauchen Sie ein Konto.');
    await supertest(test.app.getHttpServer()).get('/beteiligung/gibt-es-nicht').expect(404);
    const sitemap = await supertest(test.app.getHttpServer()).get('/sitemap.xml').expect(200);
    expect(sitemap.text).toContain(`/beteiligung/${youth.slug}</loc>`);

    const signUp = await supertest(test.app.getHttpServer())
      .get('/konto/registrieren?zielgruppe=jugend')
      .expect(200);
    expect(signUp.text).toContain('Du bist noch keine 16?');
    expect(signUp.text).toContain('Nimm gern einen Spitznamen');
    const plain = await supertest(test.app.getHttpServer()).get('/konto/registrieren').expect(200);
    expect(plain.text).not.toContain('Du bist noch keine 16?');
  });

  it('pages one discussion without moving the other, and digests each discussion apart', async () => {
    const bus = await approachBySlug(test, BUS);
    const reader = await createUser(test, { displayName: 'Leserin' });
    const readerAgent = await signedIn(reader);
    const form = await readerAgent.get(BUS_PAGE);
    await readerAgent
      .post(`/kommentare/abonnieren/${bus.id}`)
      .type('form')
      .send({ _csrf: csrfToken(form.text) })
      .expect(303);
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let index = 1; index <= 21; index += 1) {
      await createComment(test, {
        approach: bus,
        process: forum,
        author: null,
        body: `Forumsbeitrag Nr. ${index}`,
      });
    }
    await createComment(test, {
      approach: bus,
      process: youth,
      author: null,
      body: 'Neu im Jugendforum.',
    });
    const first = (await supertest(test.app.getHttpServer()).get(BUS_PAGE)).text;
    expect(discussion(first, forum)).toContain('Seite 1 von 2');
    expect(discussion(first, forum)).toContain(
      `href="?diskussion=${forum.slug}&amp;sortierung=neueste&amp;seite=2#diskussion-${forum.slug}"`,
    );
    const second = (
      await supertest(test.app.getHttpServer()).get(
        `${BUS_PAGE}?diskussion=${forum.slug}&sortierung=neueste&seite=2`,
      )
    ).text;
    expect(discussion(second, forum)).toContain('Seite 2 von 2');
    expect(discussion(first, forum)).not.toContain('Forumsbeitrag Nr. 1</p>');
    expect(discussion(second, forum)).toContain('Forumsbeitrag Nr. 1</p>');
    expect(discussion(second, youth)).toContain('Neu im Jugendforum.');
    // Past the last page, the last one.
    const beyond = (
      await supertest(test.app.getHttpServer()).get(
        `${BUS_PAGE}?diskussion=${forum.slug}&sortierung=neueste&seite=9`,
      )
    ).text;
    expect(discussion(beyond, forum)).toContain('Seite 2 von 2');
    expect(discussion(beyond, forum)).toContain('Forumsbeitrag Nr. 1</p>');

    const notifications = test.app.get(CommentNotifications);
    expect(await notifications.sendDigests()).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitFor(reader.email, /Neue Kommentare/);
    expect(digest.text).toMatch(
      /Diskussion „Online-Forum für alle“:[^]*Forumsbeitrag Nr\. 21[^]*Diskussion „Jugendforum Bus und Bahn“:[^]*Neu im Jugendforum\./,
    );
  });

  it('links an event and a contact to a process through their back-office forms', async () => {
    const staff = await signedIn(
      await createUser(test, { roles: ['citizen', 'organizer', 'editor'] }),
    );
    const form = await staff.get('/verwaltung/veranstaltungen/neu').expect(200);
    expect(form.text).toContain(`<option value="${youth.id}" >Jugendforum Bus und Bahn</option>`);
    const fields = {
      _csrf: csrfToken(form.text),
      title: 'Jugendforum in Hagenow',
      format: 'youth_forum',
      startsAt: '2027-03-10T15:00',
      endsAt: '2027-03-10T18:00',
      description: 'Treffen vor Ort.',
    };
    const unknown = await staff
      .post('/verwaltung/veranstaltungen/neu')
      .type('form')
      .send({ ...fields, processId: '999999' });
    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('Dieses Beteiligungsverfahren gibt es nicht.');
    await staff
      .post('/verwaltung/veranstaltungen/neu')
      .type('form')
      .send({ ...fields, processId: String(youth.id) })
      .expect(303);
    const event = await test.app
      .get(DataSource)
      .getRepository(Event)
      .findOneOrFail({ where: { title: 'Jugendforum in Hagenow' }, relations: { process: true } });
    expect(event.process?.id).toBe(youth.id);

    const contactForm = await staff.get('/verwaltung/ansprechpartner/neu').expect(200);
    await staff
      .post('/verwaltung/ansprechpartner/neu')
      .type('form')
      .send({
        _csrf: csrfToken(contactForm.text),
        name: 'Kreisjugendring (Test)',
        email: 'jugend@kreis.example',
        processIds: String(youth.id),
      })
      .expect(303);
    const page = await supertest(test.app.getHttpServer())
      .get(`/beteiligung/${youth.slug}`)
      .expect(200);
    expect(page.text).toContain('Kreisjugendring (Test)');
  });

  it('shows every open process on the home page', async () => {
    const home = (await supertest(test.app.getHttpServer()).get('/').expect(200)).text;
    expect(home).toContain(`href="/beteiligung/${forum.slug}">Online-Forum für alle</a>`);
    expect(home).toContain(
      `href="/beteiligung/${youth.slug}">Jugendforum Bus und Bahn</a> (für junge Leute)`,
    );
  });

  async function moderate(commentId: number, action: string) {
    const page = await moderator.get(`/verwaltung/moderation/kommentare/${commentId}`).expect(200);
    return moderator
      .post(`/verwaltung/moderation/kommentare/${commentId}/${action}`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
  }
});
