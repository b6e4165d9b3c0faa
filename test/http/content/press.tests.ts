import { XMLParser, XMLValidator } from 'fast-xml-parser';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import type { User } from '../../../src/accounts/entities/user.entity.js';
import { Document } from '../../../src/documents/entities/document.entity.js';
import { Article } from '../../../src/press/entities/article.entity.js';
import { PressAdminService } from '../../../src/press/press-admin.service.js';
import { createEvent } from '../../factories/events.js';
import { documentUrl } from '../../../src/documents/document-view.js';
import { createArticle, firstClipping } from '../../factories/press.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { PNG_BYTES, pdfBytes, writeFixture } from '../../support/documents-fixtures.js';
import { csrfToken, login } from '../../support/forms.js';
import { TestSmtpServer } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

describe('press, feed, sitemap and home page (HTTP, real database)', () => {
  let test: TestApp;
  const smtp = new TestSmtpServer();
  /** The author of most articles here, a second press account that reviews them, and an admin. */
  let press: Agent;
  let reviewer: Agent;
  let admin: Agent;
  let author: User;
  let reviewerUser: User;
  let adminUser: User;

  beforeAll(async () => {
    await smtp.start();
    test = await startTestApp({ BASE_URL: 'http://portal.example', SMTP_URL: smtp.url });
    author = await createUser(test, {
      roles: ['citizen', 'press'],
      displayName: 'Pressesprecherin',
    });
    reviewerUser = await createUser(test, {
      roles: ['citizen', 'press'],
      displayName: 'Zweite Pressestelle',
    });
    adminUser = await createUser(test, { roles: ['citizen', 'admin'], displayName: 'Admin' });
    [press, reviewer, admin] = await Promise.all(
      [author, reviewerUser, adminUser].map(async (user) => {
        const agent = supertest.agent(test.app.getHttpServer());
        await login(agent, user.email, TEST_PASSWORD);
        return agent;
      }),
    );
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  const articles = () => test.app.get(DataSource).getRepository(Article);

  /** An article written by `author` and submitted for review. */
  const inReview = (values: Parameters<typeof createArticle>[1] = {}) =>
    createArticle(test, { ...values, status: 'review', author, submittedBy: author });

  /** Another press account approves it (publishes, or schedules it for its date). */
  const approve = (id: number, comment = '') =>
    post(reviewer, `/verwaltung/presse/artikel/${id}/freigabe`, { decision: 'approve', comment });

  const visitor = () => supertest(test.app.getHttpServer());

  async function post(agent: Agent, path: string, fields: Record<string, string | string[]> = {}) {
    const page = await agent.get('/verwaltung/presse');
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  }

  it('keeps drafts invisible; another press account approves what the author submitted, and the author is told', async () => {
    const created = await post(press, '/verwaltung/presse/artikel/neu', {
      title: 'Neue Radwege im Landkreis',
      teaser: 'Der Landkreis baut das Radwegenetz zwischen den Dörfern aus.',
      body: 'Erster Entwurf des Textes.',
    });
    expect(created.status).toBe(303);
    expect(created.headers.location).toMatch(/^\/verwaltung\/presse\/artikel\/\d+#inhalt$/);
    const url = created.headers.location.replace('#inhalt', '');
    const article = await articles().findOneByOrFail({ title: 'Neue Radwege im Landkreis' });
    await visitor().get(`/presse/${article.slug}`).expect(404);
    expect((await visitor().get('/presse')).text).not.toContain('Neue Radwege im Landkreis');

    expect(
      (
        await post(press, url, {
          title: 'Neue Radwege im Landkreis',
          teaser: article.teaser,
          body: 'Zweiter Entwurf.',
        })
      ).status,
    ).toBe(303);
    // The author cannot publish a draft: there is no way past the review.
    expect((await post(press, `${url}/freigabe`, { decision: 'approve' })).status).toBe(409);
    const confirm = await press.get(`${url}/pruefen`).expect(200);
    expect(confirm.text).toContain('Zweite Pressestelle');
    expect(confirm.text).toContain('Admin');
    const submitted = await post(press, `${url}/pruefen`, {
      comment: 'Bitte die Kilometerangaben prüfen.',
    });
    expect(submitted.status).toBe(303);
    expect((await press.get(url)).text).toContain('Der Artikel ist zur Prüfung vorgelegt.');
    await visitor().get(`/presse/${article.slug}`).expect(404);
    // Submitted twice, even with a note too long: the answer says why, not which field is wrong.
    const again = await post(press, `${url}/pruefen`, { comment: 'x'.repeat(2001) });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Nur einen Entwurf können Sie zur Prüfung vorlegen');

    for (const user of [reviewerUser, adminUser]) {
      const mail = await smtp.waitFor(user.email, /Bitte prüfen: Neue Radwege im Landkreis/);
      expect(mail.text).toContain('Pressesprecherin hat den Artikel');
      expect(mail.text).toContain('Bitte die Kilometerangaben prüfen.');
      expect(mail.text).toContain(`http://portal.example${url}`);
    }
    expect(smtp.received.filter((mail) => mail.to.includes(author.email))).toEqual([]);

    // Four eyes: the author's own approval is refused, and the page offers none.
    const ownPage = await press.get(url).expect(200);
    expect(ownPage.text).not.toContain('Prüfen und freigeben');
    expect(ownPage.text).toContain('Freigeben kann ihn nur eine andere Person der Pressestelle');
    const ownReview = await press.get(`${url}/freigabe`).expect(200);
    expect(ownReview.text).not.toContain('name="decision"');
    const refused = await post(press, `${url}/freigabe`, { decision: 'approve' });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Freigeben oder zurückgeben kann ihn nur eine andere Person');
    expect((await articles().findOneByOrFail({ id: article.id })).status).toBe('review');
    await visitor().get(`/presse/${article.slug}`).expect(404);

    expect((await reviewer.get(url)).text).toContain('Prüfen und freigeben');
    const queue = await reviewer.get('/verwaltung/presse').expect(200);
    expect(queue.text).toMatch(/Zur Prüfung[^]*Neue Radwege im Landkreis[^]*von Pressesprecherin/);
    expect(queue.text).toContain(`href="${url}/freigabe"`);
    expect((await approve(article.id, 'Schön geschrieben, danke!')).status).toBe(303);
    expect((await reviewer.get(url)).text).toContain(
      'Der Artikel ist freigegeben und veröffentlicht.',
    );
    const page = await visitor().get(`/presse/${article.slug}`).expect(200);
    expect(page.text).toContain('Zweiter Entwurf.');
    expect(page.text).toContain('<meta property="og:title" content="Neue Radwege im Landkreis">');
    expect(page.text).toContain('<meta property="og:url" content="http://portal.example/presse/');
    expect(page.text).toContain('<meta name="twitter:card" content="summary">');

    const told = await smtp.waitFor(author.email, /Freigegeben und veröffentlicht/);
    expect(told.text).toContain(
      'Zweite Pressestelle hat Ihren Artikel „Neue Radwege im Landkreis“ freigegeben',
    );
    expect(told.text).toContain('Schön geschrieben, danke!');
    const stored = await articles().findOneOrFail({
      where: { id: article.id },
      relations: { author: true, submittedBy: true, reviewedBy: true },
    });
    expect([stored.author?.id, stored.submittedBy?.id, stored.reviewedBy?.id]).toEqual([
      author.id,
      author.id,
      reviewerUser.id,
    ]);
    expect([stored.submissionComment, stored.reviewComment]).toEqual([
      'Bitte die Kilometerangaben prüfen.',
      'Schön geschrieben, danke!',
    ]);

    const history = await press.get(url).expect(200);
    expect(history.text).toMatch(/Pressesprecherin: Text geändert/);
    expect(history.text).toMatch(
      /Pressesprecherin: zur Prüfung vorgelegt: „Bitte die Kilometerangaben prüfen.“/,
    );
    expect(history.text).toMatch(
      /Zweite Pressestelle: freigegeben und veröffentlicht: „Schön geschrieben, danke!“/,
    );
  });

  it('changes only a draft: a submitted or published text stays as reviewed until the article is withdrawn', async () => {
    const article = await inReview({ title: 'Vorgelegter Artikel', body: 'Der geprüfte Text.' });
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const edit = (title: string) =>
      post(press, url, { title, teaser: 'Ein Vorspann.', body: 'Heimlich geänderter Text.' });

    const inReviewPage = await press.get(url).expect(200);
    expect(inReviewPage.text).not.toContain('id="formular"');
    expect(inReviewPage.text).toContain('Der Artikel liegt zur Prüfung vor');
    const refused = await edit('Heimlich geändert');
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('kann nicht mehr geändert werden (Vier-Augen-Prinzip)');
    expect(refused.text).toContain('value="Heimlich geändert"');
    expect((await articles().findOneByOrFail({ id: article.id })).title).toBe(
      'Vorgelegter Artikel',
    );

    expect((await approve(article.id)).status).toBe(303);
    expect((await press.get(url)).text).toContain('bis zur erneuten Freigabe nicht öffentlich');
    expect((await edit('Nach der Freigabe geändert')).status).toBe(422);
    const published = await visitor().get(`/presse/${article.slug}`).expect(200);
    expect(published.text).toContain('Der geprüfte Text.');
    expect(published.text).not.toContain('Heimlich');

    expect((await post(press, `${url}/zurueckziehen`)).status).toBe(303);
    expect((await edit('Als Entwurf geändert')).status).toBe(303);
    const draft = await articles().findOneByOrFail({ id: article.id });
    expect({ title: draft.title, status: draft.status }).toEqual({
      title: 'Als Entwurf geändert',
      status: 'draft',
    });
  });

  it('keeps the lead image of a submitted or published article as reviewed until it is withdrawn', async () => {
    const article = await inReviewWithImage('Vorgelegter Artikel mit Bild');
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const leadImage = async () =>
      (await test.app.get(PressAdminService).findArticle(article.id)).leadImage!;
    const reviewed = await leadImage();
    const documents = () => test.app.get(DataSource).getRepository(Document).count();
    const documentsBefore = await documents();
    const otherImage = await writeFixture(test.dataDir, 'anderes-bild.png', PNG_BYTES);

    const page = await press.get(`${url}/titelbild`).expect(200);
    expect(page.text).not.toContain('id="formular"');
    expect(page.text).toContain(
      'geprüft wird er mit diesem Titelbild, deshalb kann das Titelbild jetzt nicht geändert werden',
    );
    expect((await press.get(url)).text).not.toContain(`href="${url}/titelbild"`);
    const replaced = await postLeadImage(
      article.id,
      { altText: 'Ein anderes Bild', credit: 'Unbekannt' },
      otherImage,
    );
    expect(replaced.status).toBe(422);
    expect(replaced.text).toContain('kann nicht mehr geändert werden (Vier-Augen-Prinzip)');
    expect(replaced.text).toContain('value="Ein anderes Bild"');
    await press.get(`${url}/titelbild/entfernen`).expect(409);
    expect((await post(press, `${url}/titelbild/entfernen`)).status).toBe(409);

    expect((await approve(article.id)).status).toBe(303);
    const described = await postLeadImage(article.id, { altText: 'Umgedeutet', credit: 'X' });
    expect(described.status).toBe(422);
    expect(await leadImage()).toMatchObject({
      id: reviewed.id,
      altText: 'Radweg zwischen zwei Dörfern',
      credit: 'Pressestelle',
    });
    expect(await documents()).toBe(documentsBefore);
    expect((await press.get(`${url}/titelbild`)).text).toContain(
      'Der Artikel ist freigegeben: er erscheint mit diesem Titelbild',
    );
    await visitor().get(documentUrl(reviewed)).expect(200);

    expect((await post(press, `${url}/zurueckziehen`)).status).toBe(303);
    const again = await postLeadImage(article.id, { altText: 'Radweg im Herbst', credit: 'Kreis' });
    expect(again.status).toBe(303);
    expect((await leadImage()).altText).toBe('Radweg im Herbst');
  });

  it('sends an article back to its author with a comment, which the author reads in the mail and on the page', async () => {
    const article = await inReview({ title: 'Artikel zum Überarbeiten' });
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const empty = await post(reviewer, `${url}/freigabe`, { decision: 'return', comment: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Bitte schreiben Sie, was am Artikel zu überarbeiten ist.');
    expect(empty.text).toContain(`action="${url}/freigabe#fehler"`);
    expect((await articles().findOneByOrFail({ id: article.id })).status).toBe('review');

    const returned = await post(reviewer, `${url}/freigabe`, {
      decision: 'return',
      comment: 'Das Zitat des Landrats fehlt noch.',
    });
    expect(returned.status).toBe(303);
    expect((await reviewer.get(url)).text).toContain(
      'Der Artikel ist zur Überarbeitung zurückgegeben.',
    );
    expect((await articles().findOneByOrFail({ id: article.id })).status).toBe('draft');
    await visitor().get(`/presse/${article.slug}`).expect(404);
    const mail = await smtp.waitFor(
      author.email,
      /Zur Überarbeitung zurückgegeben: Artikel zum Überarbeiten/,
    );
    expect(mail.text).toContain('Zweite Pressestelle hat Ihren Artikel');
    expect(mail.text).toContain('Das Zitat des Landrats fehlt noch.');
    const page = await press.get(url).expect(200);
    expect(page.text).toContain('Zur Überarbeitung zurückgegeben von Zweite Pressestelle');
    expect(page.text).toContain('Das Zitat des Landrats fehlt noch.');
    expect(page.text).toContain('Zur Prüfung vorlegen');
  });

  it('lets an admin approve the articles of others, but not their own', async () => {
    const others = await inReview({ title: 'Von der Pressestelle' });
    expect(
      (
        await post(admin, `/verwaltung/presse/artikel/${others.id}/freigabe`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(303);
    expect((await articles().findOneByOrFail({ id: others.id })).status).toBe('published');

    const created = await post(admin, '/verwaltung/presse/artikel/neu', {
      title: 'Von der Administration',
      teaser: 'Ein Artikel, den die Administration selbst schreibt.',
      body: 'Text.',
    });
    const url = created.headers.location.replace('#inhalt', '');
    expect((await post(admin, `${url}/pruefen`)).status).toBe(303);
    await smtp.waitFor(author.email, /Bitte prüfen: Von der Administration/);
    expect((await post(admin, `${url}/freigabe`, { decision: 'approve' })).status).toBe(403);
    const own = await articles().findOneByOrFail({ title: 'Von der Administration' });
    expect(own.status).toBe('review');
    expect((await approve(own.id)).status).toBe(303);
    expect((await articles().findOneByOrFail({ id: own.id })).status).toBe('published');
  });

  it('shows a draft to the press office as a preview, while its public address stays 404', async () => {
    const article = await createArticle(test, {
      title: 'Noch geheim',
      body: 'Ein Entwurf mit [Link](/kek).',
    });
    const preview = await press
      .get(`/verwaltung/presse/artikel/${article.id}/vorschau`)
      .expect(200);
    expect(preview.text).toContain('Vorschau – nicht veröffentlicht');
    expect(preview.text).toMatch(/<h1[^>]*>Noch geheim<\/h1>/);
    expect(preview.text).toContain('Ein Entwurf mit');
    expect(preview.headers['cache-control']).toContain('no-store');
    await visitor().get(`/presse/${article.slug}`).expect(404);
    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
    await citizen.get(`/presse/${article.slug}`).expect(404);
    await citizen.get(`/verwaltung/presse/artikel/${article.id}/vorschau`).expect(403);
    const anonymous = await visitor().get(`/verwaltung/presse/artikel/${article.id}/vorschau`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/konto\/anmelden/);
  });

  it('publishes a scheduled article only when its time has come and the job runs', async () => {
    const article = await inReview({
      title: 'Geplanter Artikel',
      publishAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    expect((await approve(article.id)).status).toBe(303);
    const repository = articles();
    expect((await repository.findOneByOrFail({ id: article.id })).status).toBe('scheduled');
    await smtp.waitFor(
      author.email,
      /Freigegeben, erscheint zum geplanten Zeitpunkt: Geplanter Artikel/,
    );
    await visitor().get(`/presse/${article.slug}`).expect(404);

    const jobs = test.app.get(PressAdminService);
    expect(await jobs.publishDue()).toBe(0);
    await repository.update({ id: article.id }, { publishAt: new Date(Date.now() - 1000) });
    await visitor().get(`/presse/${article.slug}`).expect(404);
    expect(await jobs.publishDue()).toBe(1);
    expect((await repository.findOneByOrFail({ id: article.id })).status).toBe('published');
    await visitor().get(`/presse/${article.slug}`).expect(200);
  });

  /** Posts the lead-image form of the article as `author`: new alt text and credit, a file or none. */
  async function postLeadImage(id: number, fields: Record<string, string>, file?: string) {
    const page = await press.get('/verwaltung/presse');
    const request = press
      .post(`/verwaltung/presse/artikel/${id}/titelbild`)
      .field('_csrf', csrfToken(page.text));
    for (const [name, value] of Object.entries(fields)) request.field(name, value);
    return file ? request.attach('file', file) : request;
  }

  /** A draft by `author` with a lead image, then submitted for review. */
  async function inReviewWithImage(title: string) {
    const article = await createArticle(test, { title, author });
    const image = await writeFixture(test.dataDir, 'titelbild.png', PNG_BYTES);
    const uploaded = await postLeadImage(
      article.id,
      { altText: 'Radweg zwischen zwei Dörfern', credit: 'Pressestelle' },
      image,
    );
    expect(uploaded.status).toBe(303);
    await articles().update({ id: article.id }, { status: 'review', submittedBy: author });
    return article;
  }

  it("keeps a draft article's lead image private until the article is published, but shows it to the press office", async () => {
    const article = await inReviewWithImage('Artikel mit Titelbild');
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const { leadImage } = await test.app.get(PressAdminService).findArticle(article.id);
    const imageUrl = documentUrl(leadImage!);
    await visitor().get(imageUrl).expect(404);
    await press.get(imageUrl).expect(200);

    expect((await approve(article.id)).status).toBe(303);
    await visitor().get(imageUrl).expect(200);
    expect((await post(press, `${url}/zurueckziehen`)).status).toBe(303);
    await visitor().get(imageUrl).expect(404);

    await test.app
      .get(DataSource)
      .getRepository(Article)
      .update({ id: article.id }, { status: 'scheduled', publishAt: new Date(Date.now() - 1000) });
    await visitor().get(imageUrl).expect(404);
    await test.app.get(PressAdminService).publishDue();
    await visitor().get(imageUrl).expect(200);
  });

  it('takes only a PDF as the file of a press clipping, with a German message', async () => {
    const clipping = await firstClipping(test);
    const url = `/verwaltung/presse/ausschnitte/${clipping.id}`;
    const upload = async (name: string, bytes: Uint8Array) => {
      const form = await press.get(url).expect(200);
      return press
        .post(`${url}/pdf`)
        .field('_csrf', csrfToken(form.text))
        .attach('file', await writeFixture(test.dataDir, name, bytes));
    };
    const png = await upload('ausschnitt.png', PNG_BYTES);
    expect(png.status).toBe(422);
    expect(png.text).toContain('Hier können Sie nur PDF-Dateien hochladen.');
    // The refused upload's address reloads, and the page opens at the error summary.
    expect(png.text).toContain(`action="${url}/pdf#fehler"`);
    expect((await press.get(`${url}/pdf`).expect(200)).text).toContain(
      `action="${url}/pdf#fehler"`,
    );
    expect((await upload('ausschnitt.pdf', await pdfBytes())).status).toBe(303);
  });

  it('lets only the press office publish', async () => {
    const article = await inReview({ title: 'Nur für die Pressestelle' });
    for (const roles of [['citizen'], ['citizen', 'editor'], ['citizen', 'moderator']] as const) {
      const user = await createUser(test, { roles: [...roles] });
      const agent = supertest.agent(test.app.getHttpServer());
      await login(agent, user.email, TEST_PASSWORD);
      const page = await agent.get('/konto');
      const response = await agent
        .post(`/verwaltung/presse/artikel/${article.id}/freigabe`)
        .type('form')
        .send({ _csrf: csrfToken(page.text), decision: 'approve' });
      expect(response.status).toBe(403);
    }
    expect((await articles().findOneByOrFail({ id: article.id })).status).toBe('review');
  });

  it('renders script, iframe and onerror in an article body inert', async () => {
    const article = await createArticle(test, {
      status: 'published',
      publishAt: new Date(Date.now() - 1000),
      body: 'Text <script>alert(1)</script> <iframe src="https://boese.example"></iframe> <img src=x onerror="alert(2)"> [Link](javascript:alert(3))',
    });
    const page = await visitor().get(`/presse/${article.slug}`).expect(200);
    const body = page.text.slice(page.text.indexOf('<div class="prose">'));
    expect(body).not.toMatch(/<script>alert|<iframe|onerror=|javascript:/i);
  });

  it('lists articles and clippings together, filters by year and kind, and shows the seeded press review', async () => {
    const all = await visitor().get('/presse').expect(200);
    expect(all.text).toContain('Erfahrungsaustausch zwischen den Landkreisen');
    expect(all.text).toContain('Unser Landkreisbote 09/2018, S. 2');
    expect(all.text).toContain('Schweriner Volkszeitung, Parchimer Zeitung 23. August 2018, S. 11');
    const year = await visitor().get('/presse?jahr=2017').expect(200);
    expect(year.text).toContain('KEK-Online-Forum: Ihre Meinung ist gefragt!');
    expect(year.text).not.toContain('Erfahrungsaustausch zwischen den Landkreisen');
    const clippingsOnly = await visitor().get('/presse?art=pressespiegel').expect(200);
    expect(clippingsOnly.text).not.toContain('Pressemitteilung ·');
    expect(clippingsOnly.text).toMatch(/10 Einträge/);
  });

  it('links clippings to the events they report on ("Siehe auch")', async () => {
    const event = await createEvent(test, { title: 'Forum mit Presse' });
    const clipping = await firstClipping(test);
    expect(
      (
        await post(press, `/verwaltung/presse/ausschnitte/${clipping.id}`, {
          publication: clipping.publication,
          issue: clipping.issue ?? '',
          publishedOn: clipping.publishedOn,
          page: clipping.page ?? '',
          headline: clipping.headline,
          eventIds: [String(event.id)],
        })
      ).status,
    ).toBe(303);
    const page = await visitor().get(`/veranstaltungen/${event.slug}`).expect(200);
    expect(page.text).toMatch(/Siehe auch[^]*Erfahrungsaustausch zwischen den Landkreisen/);
  });

  it('serves a valid RSS 2.0 feed of the published articles', async () => {
    const article = await createArticle(test, {
      status: 'published',
      publishAt: new Date(Date.now() - 5000),
      title: 'Im Feed',
    });
    const response = await visitor().get('/presse/feed.xml').expect(200);
    expect(response.headers['content-type']).toMatch(/application\/rss\+xml/);
    expect(XMLValidator.validate(response.text)).toBe(true);
    const feed = new XMLParser().parse(response.text) as {
      rss: {
        channel: {
          title: string;
          item: { title: string; link: string }[] | { title: string; link: string };
        };
      };
    };
    const items = ([] as { title: string; link: string }[]).concat(feed.rss.channel.item);
    expect(items.map((item) => item.title)).toContain('Im Feed');
    expect(items.find((item) => item.title === 'Im Feed')?.link).toBe(
      `http://portal.example/presse/${article.slug}`,
    );
  });

  it('puts the teaser into the feed as text, not HTML, and makes the links of the body absolute', async () => {
    const article = await createArticle(test, {
      status: 'published',
      publishAt: new Date(Date.now() - 4000),
      title: 'Feed mit Fallen',
      teaser: 'Radwege <img src=x onerror="alert(1)"> & mehr ]]> Ende',
      body: 'Siehe [das KEK](/kek), [weiter unten](#teil) und [den Kreis](https://www.kreis-lup.de/).',
    });
    const response = await visitor().get('/presse/feed.xml').expect(200);
    expect(XMLValidator.validate(response.text)).toBe(true);
    const items = (
      [] as { title: string; description: string; 'content:encoded': string }[]
    ).concat(
      (
        new XMLParser().parse(response.text) as {
          rss: {
            channel: { item: { title: string; description: string; 'content:encoded': string }[] };
          };
        }
      ).rss.channel.item,
    );
    const item = items.find((candidate) => candidate.title === 'Feed mit Fallen')!;
    expect(item.description).toBe(
      'Radwege &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; mehr ]]&gt; Ende',
    );
    expect(item['content:encoded']).toContain('href="http://portal.example/kek"');
    expect(item['content:encoded']).toContain(
      `href="http://portal.example/presse/${article.slug}#teil"`,
    );
    expect(item['content:encoded']).toContain('href="https://www.kreis-lup.de/"');
  });

  it('makes every link and image address in the feed absolute, and names the district in correct German', async () => {
    const article = await createArticle(test, {
      status: 'published',
      publishAt: new Date(Date.now() - 3000),
      title: 'Feed mit allen Arten von Links',
      body: [
        '[absolut](/kek), [relativ](veranstaltungen), [eine Ebene höher](../kek/teilraeume),',
        '[Abfrage](?seite=2), [Anker](#unten), <https://www.kreis-lup.de/>, [Mail](mailto:presse@beispiel.de)',
        'und ein Bild: ![Radweg](/static/images/radweg.png) <img src="/static/x.png" alt="x">',
      ].join(' '),
    });
    const response = await visitor().get('/presse/feed.xml').expect(200);
    const addresses = [...response.text.matchAll(/\b(?:href|src)=(?:&quot;|")([^"&]*)/g)].map(
      (match) => match[1],
    );
    expect(addresses).toContain('http://portal.example/kek');
    expect(addresses).toContain('http://portal.example/presse/veranstaltungen');
    expect(addresses).toContain(`http://portal.example/presse/${article.slug}?seite=2`);
    expect(addresses).toContain(`http://portal.example/presse/${article.slug}#unten`);
    expect(addresses.filter((address) => !/^(https?:\/\/[^/]|mailto:)/.test(address))).toEqual([]);
    expect(response.text).not.toMatch(/des Landkreis\b(?!es)/);
    expect(response.text).toContain(
      '<description>Pressemitteilungen zum Kreisentwicklungskonzept – Landkreis Ludwigslust-Parchim</description>',
    );
  });

  it('changes the alt text and credit of a lead image without a new file, keeps them after an error, and removes the image after asking', async () => {
    const article = await createArticle(test, { title: 'Artikel mit änderbarem Bild' });
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const upload = async (fields: Record<string, string>, file?: string) => {
      const form = await press.get(`${url}/titelbild`).expect(200);
      const request = press.post(`${url}/titelbild`).field('_csrf', csrfToken(form.text));
      for (const [name, value] of Object.entries(fields)) request.field(name, value);
      return file ? request.attach('file', file) : request;
    };
    const noFile = await upload({ altText: 'Ein Feld', credit: 'Pressestelle' });
    expect(noFile.status).toBe(422);
    expect(noFile.text).toContain('Bitte wählen Sie eine Datei aus.');
    expect(noFile.text).toContain('value="Ein Feld"');
    const image = await writeFixture(test.dataDir, 'feld.png', PNG_BYTES);
    expect((await upload({ altText: 'Ein Feld', credit: 'Pressestelle' }, image)).status).toBe(303);

    const form = await press.get(`${url}/titelbild`).expect(200);
    expect(form.text).toContain('value="Ein Feld"');
    expect(form.text).toContain('value="Pressestelle"');
    expect((await press.get(url)).text).toMatch(/Alternativtext\)<\/dt><dd>Ein Feld<\/dd>/);

    const emptied = await upload({ altText: '', credit: 'Foto: Kreis' });
    expect(emptied.status).toBe(422);
    expect(emptied.text).toContain('Bitte beschreiben Sie, was auf dem Foto zu sehen ist');
    expect(emptied.text).toContain('value="Foto: Kreis"');
    expect(emptied.text).toContain(`action="${url}/titelbild#fehler"`);

    const { leadImage: before } = await test.app.get(PressAdminService).findArticle(article.id);
    const described = await upload({ altText: 'Ein Rapsfeld im Mai', credit: 'Foto: Kreis' });
    expect(described.status).toBe(303);
    const { leadImage: after } = await test.app.get(PressAdminService).findArticle(article.id);
    expect(after!.id).toBe(before!.id);
    expect([after!.altText, after!.credit]).toEqual(['Ein Rapsfeld im Mai', 'Foto: Kreis']);
    expect((await press.get(`${url}/titelbild`)).text).toContain('value="Ein Rapsfeld im Mai"');

    const confirm = await press.get(`${url}/titelbild/entfernen`).expect(200);
    expect(confirm.text).toContain(
      'Das Titelbild von „Artikel mit änderbarem Bild“ wirklich entfernen?',
    );
    expect((await post(press, `${url}/titelbild/entfernen`)).status).toBe(303);
    const { leadImage: removed } = await test.app.get(PressAdminService).findArticle(article.id);
    expect(removed).toBeNull();
    await press.get(documentUrl(after!)).expect(404);
    expect((await press.get(url)).text).toContain('Titelbild entfernt');
  });

  it('serves a valid sitemap covering concept, events and press, and robots.txt', async () => {
    const event = await createEvent(test, { title: 'Forum in der Sitemap' });
    const response = await visitor().get('/sitemap.xml').expect(200);
    expect(XMLValidator.validate(response.text)).toBe(true);
    const sitemap = new XMLParser().parse(response.text) as { urlset: { url: { loc: string }[] } };
    const locations = sitemap.urlset.url.map((url) => url.loc);
    expect(locations).toContain(
      'http://portal.example/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten',
    );
    expect(locations).toContain(`http://portal.example/veranstaltungen/${event.slug}`);
    expect(locations).toContain('http://portal.example/presse');
    expect(locations.filter((location) => location.includes('/kek/'))).toHaveLength(3 + 49 + 5 + 4);
    const robots = await visitor().get('/robots.txt').expect(200);
    expect(robots.text).toContain('Disallow: /verwaltung');
    expect(robots.text).toContain('Sitemap: http://portal.example/sitemap.xml');
  });

  it('shows the next three events and the latest press on the home page', async () => {
    await createArticle(test, {
      status: 'published',
      publishAt: new Date(Date.now() - 100),
      title: 'Ganz frisch',
    });
    for (let index = 0; index < 4; index += 1)
      await createEvent(test, { title: `Startseiten-Forum ${index}`, startsInDays: 3 + index });
    const page = await visitor().get('/').expect(200);
    expect(page.text).toContain('Startseiten-Forum 0');
    expect(page.text).toContain('Startseiten-Forum 2');
    expect(page.text).not.toContain('Startseiten-Forum 3');
    expect(page.text).toMatch(/Presse<\/h2>[^]*Ganz frisch/);
  });
});
