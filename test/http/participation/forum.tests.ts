import supertest from 'supertest';
import { DataSource, IsNull, type Repository } from 'typeorm';
import type { User } from '../../../src/accounts/entities/user.entity.js';
import { CommentNotifications } from '../../../src/comments/comment-notifications.service.js';
import { Comment } from '../../../src/comments/entities/comment.entity.js';
import { ParticipationProcess } from '../../../src/participation/entities/participation-process.entity.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login, submitForm } from '../../support/forms.js';
import { TestSmtpServer, linkFrom } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';
import { until } from '../../support/until.js';

type Agent = ReturnType<typeof supertest.agent>;

const FIELD = 'starker-wirtschaftsstandort';
const APPROACH = 'vernetzung-von-produzenten';
const PAGE = `/kek/${FIELD}/${APPROACH}`;

describe('online forum (HTTP, real database, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let forum: ParticipationProcess;
  let moderator: Agent;
  let comments: Repository<Comment>;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({
      SMTP_URL: smtp.url,
      BASE_URL: 'http://portal.test',
      MAIL_REPLY_TO: 'Moderation KEK <moderation@kreis.example>',
    });
    forum = await createProcess(test, { moderationMode: 'pre' });
    comments = test.app.get(DataSource).getRepository(Comment);
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

  async function citizen(displayName?: string) {
    const user = await createUser(test, { displayName });
    return { user, agent: await signedIn(user) };
  }

  const post = (agent: Agent, body: string, extra: Record<string, string> = {}) =>
    submitForm(agent, PAGE, `${PAGE}/kommentare/${forum.slug}`, { body, ...extra });

  const setMode = (moderationMode: 'pre' | 'post') =>
    test.app
      .get(DataSource)
      .getRepository(ParticipationProcess)
      .update({ id: forum.id }, { moderationMode });

  /** A moderator's decision; "ablehnen" and "ausblenden" go with a reason through the item's form. */
  async function moderate(commentId: number, action: string, fields: Record<string, string> = {}) {
    const item = `/verwaltung/moderation/kommentare/${commentId}`;
    const page = await moderator.get(item).expect(200);
    const withReason = action === 'ablehnen' || action === 'ausblenden';
    return moderator
      .post(withReason ? item : `${item}/${action}`)
      .type('form')
      .send({
        _csrf: csrfToken(page.text),
        ...(withReason ? { entscheidung: action } : {}),
        ...fields,
      });
  }

  async function report(agent: Agent, commentId: number) {
    const response = await submitForm(
      agent,
      `/kommentare/${commentId}/melden`,
      `/kommentare/${commentId}/melden`,
      { reason: 'insult' },
    );
    expect(response.status).toBe(303);
  }

  const inbox = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

  /** Every queued mail is delivered: an inbox now holds all that was sent to it so far. */
  const mailsDelivered = () =>
    until(
      async () => {
        const [{ open }] = await test.app
          .get(DataSource)
          .query<{ open: number }[]>(
            `SELECT count(*)::int AS open FROM pgboss.job WHERE name = 'mail.send' AND state <> 'completed'`,
          );
        return open === 0;
      },
      'every queued mail delivered',
      30_000,
    );

  const latest = async (body: string) =>
    comments.findOneOrFail({ where: { body }, relations: { author: true } });

  it('keeps a pre-moderated comment invisible to others until a moderator approves it', async () => {
    const { user, agent } = await citizen('Frühe Stimme');
    const text = 'Mehr Hofläden mit regionalen Produkten, bitte.';
    const response = await post(agent, text);
    expect(response.status).toBe(303);

    const own = await agent.get(PAGE).expect(200);
    expect(own.text).toContain(text);
    expect(own.text).toContain('wartet auf Freigabe');
    const anonymous = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(anonymous.text).not.toContain(text);

    const queue = await moderator.get('/verwaltung/moderation').expect(200);
    expect(queue.text).toContain(text);
    const comment = await latest(text);
    expect((await moderate(comment.id, 'freigeben')).status).toBe(303);

    const after = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(after.text).toContain(text);
    expect(after.text).toContain('Frühe Stimme');
    const mail = await smtp.waitFor(user.email, /veröffentlicht/);
    expect(mail.text).toContain('Vernetzung von Produzenten');
    expect(mail.rawHeaders.get('list-unsubscribe')).toMatch(
      /^<http:\/\/portal\.test\/benachrichtigungen\/abbestellen\?token=/,
    );
    expect(mail.rawHeaders.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  it('shows a post-moderated comment at once', async () => {
    await setMode('post');
    const { agent } = await citizen();
    const text = 'Sofort sichtbar unter Nachmoderation.';
    expect((await post(agent, text)).status).toBe(303);
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toContain(text);
    await setMode('pre');
  });

  it('refuses a comment in a process that is not open with a German message, not just a hidden form', async () => {
    const repository = test.app.get(DataSource).getRepository(ParticipationProcess);
    const { agent } = await citizen();
    const form = await agent.get(PAGE).expect(200);
    await repository.update(
      { id: forum.id },
      {
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 10 * 86_400_000),
      },
    );
    const response = await agent
      .post(`${PAGE}/kommentare/${forum.slug}`)
      .type('form')
      .send({ _csrf: csrfToken(form.text), body: 'Zu früh geschrieben.' });
    expect(response.status).toBe(422);
    expect(response.text).toContain(
      'Diese Online-Beteiligung ist noch nicht geöffnet. Sie beginnt am',
    );
    expect(response.text).toMatch(/<textarea[^>]*readonly[^>]*>Zu früh geschrieben\.<\/textarea>/);
    const closed = await agent.get(PAGE).expect(200);
    expect(closed.text).not.toContain('name="body"');
    expect(closed.text).toContain('Diese Online-Beteiligung ist noch nicht geöffnet.');
    await repository.update(
      { id: forum.id },
      {
        startsAt: new Date(Date.now() - 86_400_000),
        endsAt: new Date(Date.now() + 60 * 86_400_000),
      },
    );
    expect(await comments.countBy({ body: 'Zu früh geschrieben.' })).toBe(0);
  });

  it('threads replies, counts support once, and tells the author about a reply', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen('Erste Autorin');
    const parent = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Ein Ausgangskommentar.',
    });
    const { agent } = await citizen('Antwortender');
    expect(
      (await post(agent, 'Eine Antwort darauf.', { parentId: String(parent.id) })).status,
    ).toBe(303);
    const reply = await latest('Eine Antwort darauf.');
    await moderate(reply.id, 'freigeben');
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toMatch(
      new RegExp(
        `id="kommentar-${parent.id}"[^]*?comment-list--replies[^]*?Eine Antwort darauf\\.`,
      ),
    );
    await smtp.waitFor(author.user.email, /Neue Antwort/);

    const form = await agent.get(PAGE);
    for (let i = 0; i < 2; i += 1) {
      await agent
        .post(`/kommentare/${parent.id}/unterstuetzen`)
        .type('form')
        .send({ _csrf: csrfToken(form.text) })
        .expect(303);
    }
    expect((await comments.findOneByOrFail({ id: parent.id })).supportCount).toBe(1);
    const again = await agent.get(PAGE);
    expect(again.text).toContain('Sie stimmen zu');

    const nested = await post(agent, 'Antwort auf eine Antwort.', { parentId: String(reply.id) });
    expect(nested.status).toBe(422);
    expect(nested.text).toContain('Auf diesen Kommentar kann nicht mehr geantwortet werden.');
  });

  it('hides a comment after three reports until a moderator decides', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen();
    const target = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Ein strittiger Kommentar.',
    });
    for (let i = 0; i < 3; i += 1) {
      const reporter = await citizen();
      const response = await submitForm(
        reporter.agent,
        `/kommentare/${target.id}/melden`,
        `/kommentare/${target.id}/melden`,
        { reason: 'insult', note: 'unfreundlich' },
      );
      expect(response.status).toBe(303);
      const visible = (await supertest(test.app.getHttpServer()).get(PAGE)).text.includes(
        'Ein strittiger Kommentar.',
      );
      expect(visible).toBe(i < 2);
    }
    const stored = await comments.findOneByOrFail({ id: target.id });
    expect([stored.status, stored.openReportCount]).toEqual(['hidden', 3]);
    const queue = await moderator.get('/verwaltung/moderation').expect(200);
    expect(queue.text).toContain('Ein strittiger Kommentar.');
    await moderate(target.id, 'einblenden');
    expect((await comments.findOneByOrFail({ id: target.id })).status).toBe('published');
  });

  it('rejects with a reason the author is told by mail, and logs the decision', async () => {
    const { user, agent } = await citizen();
    await post(agent, 'Das ist Werbung für meinen Laden.');
    const comment = await latest('Das ist Werbung für meinen Laden.');
    const missing = await moderate(comment.id, 'ablehnen', {});
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Bitte wählen Sie einen Grund;');
    // The form posts to the comment's own address, so the page reloads there at its error summary.
    expect(missing.text).toContain(
      `action="/verwaltung/moderation/kommentare/${comment.id}#fehler"`,
    );
    expect(
      (
        await moderate(comment.id, 'ablehnen', {
          reason: 'advertising',
          note: 'Bitte ohne Firmennamen',
        })
      ).status,
    ).toBe(303);
    const mail = await smtp.waitFor(user.email, /nicht veröffentlicht/);
    expect(mail.text).toContain('Grund: Werbung: Bitte ohne Firmennamen');
    // "Bei Fragen antworten Sie einfach auf diese E-Mail" reaches a staffed mailbox.
    expect(mail.text).toContain('antworten Sie einfach auf diese E-Mail');
    expect(mail.rawHeaders.get('reply-to')).toBe('Moderation KEK <moderation@kreis.example>');
    const admin = await signedIn(await createUser(test, { roles: ['citizen', 'admin'] }));
    const log = await admin.get('/verwaltung/protokoll').expect(200);
    expect(log.text).toContain('Kommentar abgelehnt (Werbung: Bitte ohne Firmennamen)');
  });

  it('publishes a Stellungnahme des Landkreises attributed to the administration and mails the author', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen('Fragende Person');
    const comment = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Wann kommt der Regionalmarkt?',
    });
    expect(
      (
        await moderate(comment.id, 'stellungnahme', {
          body: 'Der Regionalmarkt startet im Frühjahr.',
        })
      ).status,
    ).toBe(303);
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toMatch(
      /class="official-answer"[^]*?Stellungnahme des Landkreises[^]*?Der Regionalmarkt startet im Frühjahr\./,
    );
    expect(page.text).not.toMatch(/official-answer[^]*?Moderatorin/);
    const mail = await smtp.waitFor(author.user.email, /Stellungnahme/);
    expect(mail.text).toContain('Der Regionalmarkt startet im Frühjahr.');
  });

  it('refuses moderation by a citizen who crafts the POST', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const { user, agent } = await citizen();
    const comment = await createComment(test, {
      approach,
      process: forum,
      author: user,
      status: 'pending',
      body: 'Selbst freigeben?',
    });
    const page = await agent.get(PAGE);
    const response = await agent
      .post(`/verwaltung/moderation/kommentare/${comment.id}/freigeben`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) });
    expect(response.status).toBe(403);
    expect((await comments.findOneByOrFail({ id: comment.id })).status).toBe('pending');
  });

  it('renders HTML, javascript: links and event handlers in comments inert', async () => {
    await setMode('post');
    const { agent } = await citizen();
    const attack =
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> javascript:alert(3) https://example.org/"onmouseover="alert(4)';
    await post(agent, attack);
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(page.text).not.toMatch(/<script>alert|<img src=x|href="javascript:/);
    expect(page.text).toContain('href="https://example.org/" rel="nofollow ugc noopener"');
    await setMode('pre');
  });

  it('refuses spam: a filled honeypot, too many links, an exact duplicate, a flood', async () => {
    const { agent } = await citizen();
    expect((await post(agent, 'Bot-Text', { website: 'http://spam.example' })).status).toBe(303);
    expect(await comments.countBy({ body: 'Bot-Text' })).toBe(0);
    const links = await post(agent, 'https://a.de https://b.de https://c.de https://d.de');
    expect(links.status).toBe(422);
    expect(links.text).toContain('höchstens 3 Links');
    await post(agent, 'Ein einmaliger Gedanke.');
    const duplicate = await post(agent, '  ein EINMALIGER   Gedanke. ');
    expect(duplicate.status).toBe(422);
    expect(duplicate.text).toContain('Diesen Kommentar haben Sie hier bereits geschrieben.');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await post(agent, `Flut ${i}`)).status);
    expect(statuses).toContain(429);
  });

  it('lets authors delete their comment and shows "vom Verfasser gelöscht" where replies hang', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const { user, agent } = await citizen();
    const parent = await createComment(test, {
      approach,
      process: forum,
      author: user,
      body: 'Gleich wieder weg.',
    });
    await createComment(test, {
      approach,
      process: forum,
      author: null,
      parent,
      body: 'Antwort bleibt stehen.',
    });
    expect((await agent.get(PAGE)).text).toContain(`href="/kommentare/${parent.id}/loeschen"`);
    const page = await agent.get(`/kommentare/${parent.id}/loeschen`).expect(200);
    expect(page.text).toContain('Ihren Kommentar wirklich löschen?');
    await agent
      .post(`/kommentare/${parent.id}/loeschen`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
    const after = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(after.text).not.toContain('Gleich wieder weg.');
    expect(after.text).toContain('vom Verfasser gelöscht');
    expect(after.text).toContain('Antwort bleibt stehen.');
  });

  it('keeps comments as "gelöschtes Konto" when the author deletes the account', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const { user, agent } = await citizen('Bald Weg');
    await createComment(test, {
      approach,
      process: forum,
      author: user,
      body: 'Mein Beitrag bleibt.',
    });
    const exported = JSON.parse((await agent.get('/konto/daten').expect(200)).text) as {
      kommentare: { kommentare: { text: string }[] };
    };
    expect(exported.kommentare.kommentare.map((comment) => comment.text)).toContain(
      'Mein Beitrag bleibt.',
    );
    await submitForm(agent, '/konto/loeschen', '/konto/loeschen', { password: TEST_PASSWORD }).then(
      (response) => expect(response.status).toBe(303),
    );
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toMatch(/gelöschtes Konto<\/strong>[^]*?Mein Beitrag bleibt\./);
    expect(page.text).not.toContain('Bald Weg');
  });

  it('sends subscribers a daily digest with one-click unsubscribe', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const { user, agent } = await citizen('Leserin');
    const page = await agent.get(PAGE);
    await agent
      .post(`/kommentare/abonnieren/${approach.id}`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await createComment(test, {
      approach,
      process: forum,
      author: null,
      body: 'Neu für den Digest.',
    });
    const notifications = test.app.get(CommentNotifications);
    expect(await notifications.sendDigests()).toBe(1);
    const mail = await smtp.waitFor(user.email, /Neue Kommentare/);
    expect(mail.text).toContain('Neu für den Digest.');
    const header = String(mail.rawHeaders.get('list-unsubscribe'));
    const url = new URL(header.slice(1, -1));
    // A mail client's one-click POST: no session, no CSRF token.
    const done = await supertest(test.app.getHttpServer())
      .post(url.pathname + url.search)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(done.text).toContain('Sie erhalten diese Zusammenfassung nicht mehr.');
    await createComment(test, { approach, process: forum, author: null, body: 'Noch ein neuer.' });
    expect(await notifications.sendDigests()).toBe(0);
    await supertest(test.app.getHttpServer())
      .post('/benachrichtigungen/abbestellen?token=gefaelscht')
      .expect(400);
    expect(linkFrom(mail, '/benachrichtigungen/abbestellen')).toContain('token=');
  });

  it('tells moderators promptly about the first waiting item, then batches without spamming', async () => {
    const dataSource = test.app.get(DataSource);
    // An empty queue, and moderators were told about it a moment ago.
    await dataSource.query(
      `UPDATE comment SET status = 'published', open_report_count = 0 WHERE status = 'pending' OR open_report_count > 0`,
    );
    await dataSource.query(
      `INSERT INTO moderation_notice (id, last_sent_at) VALUES (1, now())
       ON CONFLICT (id) DO UPDATE SET last_sent_at = now()`,
    );
    const newModerator = await createUser(test, { roles: ['citizen', 'moderator'] });
    const { agent } = await citizen();
    await post(agent, 'Wartet auf die Moderation.');
    // No one calls the notice: posting the comment set it off.
    const notice = await smtp.waitFor(newModerator.email, /^1 Kommentar wartet auf Moderation$/);
    expect(notice.text).toContain('http://portal.test/verwaltung/moderation');

    await post(agent, 'Wartet ebenfalls.');
    const notifications = test.app.get(CommentNotifications);
    expect(await notifications.noticeModerators()).toBe(false);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await notifications.noticeModerators(later)).toBe(true);
    await smtp.waitFor(newModerator.email, /^2 Kommentare warten auf Moderation$/);
    expect(await notifications.noticeModerators(new Date(later.getTime() + 60_000))).toBe(false);
  });

  it('clears a harmless reported comment: the reports are dismissed, it stays visible and the reporters are told', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen('Harmlose Autorin');
    const target = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Ein harmloser, aber gemeldeter Kommentar.',
    });
    const reporters = [await citizen('Erster Melder'), await citizen('Zweite Melderin')];
    for (const reporter of reporters) await report(reporter.agent, target.id);
    const queue = await moderator.get('/verwaltung/moderation').expect(200);
    expect(queue.text).toContain('Ein harmloser, aber gemeldeter Kommentar.');
    const item = await moderator.get(`/verwaltung/moderation/kommentare/${target.id}`).expect(200);
    expect(item.text).toContain('Kommentar ist in Ordnung – Meldungen zurückweisen');

    const cleared = await moderate(target.id, 'in-ordnung');
    expect([cleared.status, cleared.headers.location]).toEqual([303, '/verwaltung/moderation']);
    const flash = await moderator.get('/verwaltung/moderation').expect(200);
    expect(flash.text).toContain(
      'Die Meldungen sind zurückgewiesen, der Kommentar bleibt sichtbar',
    );
    expect(flash.text).not.toContain('Ein harmloser, aber gemeldeter Kommentar.');
    const stored = await comments.findOneByOrFail({ id: target.id });
    expect([stored.status, stored.openReportCount]).toEqual(['published', 0]);
    const [open] = await test.app
      .get(DataSource)
      .query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM comment_report WHERE comment_id = $1 AND resolved_at IS NULL`,
        [target.id],
      );
    expect(open.count).toBe(0);
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toContain('Ein harmloser, aber gemeldeter Kommentar.');

    for (const reporter of reporters) {
      const mail = await smtp.waitFor(
        reporter.user.email,
        /Ihre Meldung: Der Kommentar bleibt sichtbar/,
      );
      expect(mail.text).toContain('verstößt nach unserer Einschätzung nicht gegen die Netiquette');
      expect(mail.text).toContain(`http://portal.test${PAGE}#kommentar-${target.id}`);
      expect(mail.text).not.toContain('Harmlose Autorin');
      expect(mail.rawHeaders.get('reply-to')).toBe('Moderation KEK <moderation@kreis.example>');
    }
    // Cleared once, the comment has no open report left to dismiss.
    expect((await moderate(target.id, 'in-ordnung')).status).toBe(409);

    // It was never hidden, so its author never heard of the reports and is not told now either:
    // a later mail to them arrives, and once every queued mail is out it is the only one.
    await moderate(target.id, 'stellungnahme', { body: 'Danke für den Hinweis.' });
    await smtp.waitFor(author.user.email, /Stellungnahme/);
    await mailsDelivered();
    expect(inbox(author.user.email).map((mail) => mail.subject)).toEqual([
      'Stellungnahme des Landkreises zu Ihrem Kommentar',
    ]);
  });

  it('tells the author when reports hide their comment for review, and again when the moderation shows it again', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen('Gemeldete Autorin');
    const target = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Ein deutlicher, aber fairer Kommentar.',
    });
    const reporters = [
      await citizen('Melder Eins'),
      await citizen('Melderin Zwei'),
      await citizen('Melder Drei'),
    ];
    for (const reporter of reporters) await report(reporter.agent, target.id);
    expect((await comments.findOneByOrFail({ id: target.id })).status).toBe('hidden');
    expect((await author.agent.get(PAGE).expect(200)).text).toContain('ausgeblendet, wird geprüft');

    const hidden = await smtp.waitFor(author.user.email, /bis zur Prüfung ausgeblendet/);
    expect(hidden.subject).toBe(
      'Ihr Kommentar wurde gemeldet und ist bis zur Prüfung ausgeblendet',
    );
    expect(hidden.text).toMatch(/^Guten Tag Gemeldete Autorin,/m);
    expect(hidden.text).toContain(
      'Bis die Moderation ihn geprüft hat, ist er ausgeblendet: Andere sehen ihn vorerst nicht',
    );
    expect(hidden.text).toContain('Sie müssen nichts tun');
    expect(hidden.text).toContain('> Ein deutlicher, aber fairer Kommentar.');
    // Nothing is decided yet: no reason as in the moderator's "ausgeblendet" mail, no reporter.
    expect(hidden.text).not.toContain('Grund:');
    for (const { user } of reporters) {
      expect(hidden.text).not.toContain(user.displayName);
      expect(hidden.text).not.toContain(user.email);
    }
    await mailsDelivered();
    expect(inbox(author.user.email)).toHaveLength(1);
    for (const { user } of reporters) expect(inbox(user.email)).toEqual([]);

    const cleared = await moderate(target.id, 'in-ordnung');
    expect(cleared.status).toBe(303);
    const restored = await smtp.waitFor(author.user.email, /wieder sichtbar/);
    expect(restored.subject).toBe('Ihr Kommentar ist wieder sichtbar');
    expect(restored.text).toContain('ist wieder für alle sichtbar');
    expect(restored.text).toContain('> Ein deutlicher, aber fairer Kommentar.');
    expect(restored.text).toContain(`http://portal.test${PAGE}#kommentar-${target.id}`);
    const page = await supertest(test.app.getHttpServer()).get(PAGE).expect(200);
    expect(page.text).toContain('Ein deutlicher, aber fairer Kommentar.');
    for (const { user } of reporters) {
      await smtp.waitFor(user.email, /Ihre Meldung: Der Kommentar bleibt sichtbar/);
    }
    await mailsDelivered();
    expect(inbox(author.user.email).map((mail) => mail.subject)).toEqual([
      hidden.subject,
      restored.subject,
    ]);
  });

  it('hides a reported comment with a reason: the author is told why but not by whom, the reporter is told too', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const author = await citizen('Scharfe Autorin');
    const target = await createComment(test, {
      approach,
      process: forum,
      author: author.user,
      body: 'Ein beleidigender Kommentar.',
    });
    const reporter = await citizen('Aufmerksamer Melder');
    await report(reporter.agent, target.id);
    const hidden = await moderate(target.id, 'ausblenden', {
      reason: 'netiquette',
      note: 'Bitte sachlich bleiben',
    });
    expect(hidden.status).toBe(303);
    expect((await comments.findOneByOrFail({ id: target.id })).status).toBe('hidden');

    const toAuthor = await smtp.waitFor(author.user.email, /Ihr Kommentar ist ausgeblendet/);
    expect(toAuthor.text).toContain('Grund: Verstoß gegen die Netiquette: Bitte sachlich bleiben');
    expect(toAuthor.text).not.toContain('Aufmerksamer Melder');
    expect(toAuthor.text).not.toContain(reporter.user.email);
    expect(toAuthor.rawHeaders.get('reply-to')).toBe('Moderation KEK <moderation@kreis.example>');
    const toReporter = await smtp.waitFor(
      reporter.user.email,
      /Ihre Meldung: Der Kommentar ist ausgeblendet/,
    );
    expect(toReporter.text).not.toContain('Scharfe Autorin');

    // The moderation changes its mind: the author, told it was hidden, hears it is back.
    expect((await moderate(target.id, 'einblenden')).status).toBe(303);
    const restored = await smtp.waitFor(author.user.email, /Ihr Kommentar ist wieder sichtbar/);
    expect(restored.text).toContain('ist wieder für alle sichtbar');
    expect(restored.text).toContain('> Ein beleidigender Kommentar.');
  });

  it('lets a person withdraw their support', async () => {
    const approach = await approachBySlug(test, APPROACH);
    const target = await createComment(test, {
      approach,
      process: forum,
      author: (await citizen()).user,
      body: 'Ein Kommentar zum Zustimmen und Zurücknehmen.',
    });
    const { agent } = await citizen();
    const page = await agent.get(PAGE).expect(200);
    await agent
      .post(`/kommentare/${target.id}/unterstuetzen`)
      .type('form')
      .send({ _csrf: csrfToken(page.text) })
      .expect(303);
    const supported = await agent.get(PAGE).expect(200);
    expect(supported.text).toContain(`action="/kommentare/${target.id}/zustimmung-zuruecknehmen"`);
    expect((await comments.findOneByOrFail({ id: target.id })).supportCount).toBe(1);

    for (let i = 0; i < 2; i += 1) {
      const withdrawn = await agent
        .post(`/kommentare/${target.id}/zustimmung-zuruecknehmen`)
        .type('form')
        .send({ _csrf: csrfToken(supported.text) })
        .expect(303);
      expect(withdrawn.headers.location).toBe(`${PAGE}#kommentar-${target.id}`);
    }
    expect((await comments.findOneByOrFail({ id: target.id })).supportCount).toBe(0);
    const after = await agent.get(PAGE).expect(200);
    expect(after.text).toContain('Ihre Zustimmung ist zurückgenommen.');
    expect(after.text).toContain(`action="/kommentare/${target.id}/unterstuetzen"`);
    await supertest(test.app.getHttpServer())
      .post(`/kommentare/${target.id}/zustimmung-zuruecknehmen`)
      .expect(403);
  });

  it('shows comment counts on the concept pages and exports CSV with a BOM', async () => {
    const field = await supertest(test.app.getHttpServer()).get(`/kek/${FIELD}`).expect(200);
    const published = await comments.countBy({
      approach: { slug: APPROACH },
      status: 'published',
      deletedByAuthorAt: IsNull(),
    });
    expect(field.text).toMatch(
      new RegExp(
        `${APPROACH}">Vernetzung von Produzenten</a> <span class="count-badge">\\(\\d+ Kommentare?\\)`,
      ),
    );
    expect(published).toBeGreaterThan(0);
    const overview = await supertest(test.app.getHttpServer()).get('/kek').expect(200);
    expect(overview.text).toMatch(/Handlungsansätze · \d+ Kommentare?/);

    const csv = await moderator.get('/verwaltung/auswertung/kommentare.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('"Handlungsfeld";"Handlungsansatz"');
    expect(csv.text).toContain('"Starker Wirtschaftsstandort";"Vernetzung von Produzenten"');
    const evaluation = await moderator.get('/verwaltung/auswertung').expect(200);
    expect(evaluation.text).toContain('Je Handlungsfeld');
  });
});
