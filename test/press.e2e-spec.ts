import { XMLParser, XMLValidator } from 'fast-xml-parser';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { Article } from '../src/press/entities/article.entity.js';
import { PressAdminService } from '../src/press/press-admin.service.js';
import { createEvent } from './factories/events.js';
import { documentUrl } from '../src/documents/document-view.js';
import { createArticle, firstClipping } from './factories/press.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { PNG_BYTES, pdfBytes, writeFixture } from './support/documents-fixtures.js';
import { csrfToken, login } from './support/forms.js';
import { type TestApp, startTestApp } from './support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

describe('press, feed, sitemap and home page (HTTP, real database)', () => {
  let test: TestApp;
  let press: Agent;

  beforeAll(async () => {
    test = await startTestApp({ BASE_URL: 'http://portal.example' });
    const user = await createUser(test, {
      roles: ['citizen', 'press'],
      displayName: 'Pressesprecherin',
    });
    press = supertest.agent(test.app.getHttpServer());
    await login(press, user.email, TEST_PASSWORD);
  });

  afterAll(() => test.close());

  const visitor = () => supertest(test.app.getHttpServer());

  async function post(agent: Agent, path: string, fields: Record<string, string | string[]> = {}) {
    const page = await agent.get('/verwaltung/presse');
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  }

  it('keeps drafts invisible, publishes through review, and records who changed what', async () => {
    const created = await post(press, '/verwaltung/presse/artikel/neu', {
      title: 'Neue Radwege im Landkreis',
      teaser: 'Der Landkreis baut das Radwegenetz zwischen den Dörfern aus.',
      body: 'Erster Entwurf des Textes.',
    });
    expect(created.status).toBe(303);
    const url = created.headers.location;
    const article = await test.app
      .get(DataSource)
      .getRepository(Article)
      .findOneByOrFail({ title: 'Neue Radwege im Landkreis' });
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
    expect((await post(press, `${url}/pruefen`)).status).toBe(303);
    await visitor().get(`/presse/${article.slug}`).expect(404);
    expect((await post(press, `${url}/veroeffentlichen`)).status).toBe(303);
    const page = await visitor().get(`/presse/${article.slug}`).expect(200);
    expect(page.text).toContain('Zweiter Entwurf.');
    expect(page.text).toContain('<meta property="og:title" content="Neue Radwege im Landkreis">');
    expect(page.text).toContain('<meta property="og:url" content="http://portal.example/presse/');
    expect(page.text).toContain('<meta name="twitter:card" content="summary">');

    const history = await press.get(url).expect(200);
    expect(history.text).toMatch(/Pressesprecherin: Text geändert/);
    expect(history.text).toMatch(/Pressesprecherin: Status: in Prüfung/);
    expect(history.text).toMatch(/Pressesprecherin: Status: veröffentlicht/);
  });

  it('publishes a scheduled article only when its time has come and the job runs', async () => {
    const article = await createArticle(test, {
      title: 'Geplanter Artikel',
      publishAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    expect(
      (await post(press, `/verwaltung/presse/artikel/${article.id}/veroeffentlichen`)).status,
    ).toBe(303);
    const repository = test.app.get(DataSource).getRepository(Article);
    expect((await repository.findOneByOrFail({ id: article.id })).status).toBe('scheduled');
    await visitor().get(`/presse/${article.slug}`).expect(404);

    const jobs = test.app.get(PressAdminService);
    expect(await jobs.publishDue()).toBe(0);
    await repository.update({ id: article.id }, { publishAt: new Date(Date.now() - 1000) });
    await visitor().get(`/presse/${article.slug}`).expect(404);
    expect(await jobs.publishDue()).toBe(1);
    expect((await repository.findOneByOrFail({ id: article.id })).status).toBe('published');
    await visitor().get(`/presse/${article.slug}`).expect(200);
  });

  it("keeps a draft article's lead image private until the article is published, but shows it to the press office", async () => {
    const article = await createArticle(test, { title: 'Artikel mit Titelbild' });
    const url = `/verwaltung/presse/artikel/${article.id}`;
    const form = await press.get(url).expect(200);
    const image = await writeFixture(test.dataDir, 'titelbild.png', PNG_BYTES);
    await press
      .post(`${url}/titelbild`)
      .field('_csrf', csrfToken(form.text))
      .field('altText', 'Radweg zwischen zwei Dörfern')
      .field('credit', 'Pressestelle')
      .attach('file', image)
      .expect(303);
    const { leadImage } = await test.app.get(PressAdminService).findArticle(article.id);
    const imageUrl = documentUrl(leadImage!);
    await visitor().get(imageUrl).expect(404);
    await press.get(imageUrl).expect(200);

    expect((await post(press, `${url}/veroeffentlichen`)).status).toBe(303);
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
    expect((await upload('ausschnitt.pdf', await pdfBytes())).status).toBe(303);
  });

  it('lets only the press office publish', async () => {
    const article = await createArticle(test, { title: 'Nur für die Pressestelle' });
    for (const roles of [['citizen'], ['citizen', 'editor'], ['citizen', 'moderator']] as const) {
      const user = await createUser(test, { roles: [...roles] });
      const agent = supertest.agent(test.app.getHttpServer());
      await login(agent, user.email, TEST_PASSWORD);
      const page = await agent.get('/konto');
      const response = await agent
        .post(`/verwaltung/presse/artikel/${article.id}/veroeffentlichen`)
        .type('form')
        .send({ _csrf: csrfToken(page.text) });
      expect(response.status).toBe(403);
    }
    expect(
      (await test.app.get(DataSource).getRepository(Article).findOneByOrFail({ id: article.id }))
        .status,
    ).toBe('draft');
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
