import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { HttpDrain } from '../../../src/common/lifecycle/http-drain.js';
import { Approach } from '../../../src/concept/entities/approach.entity.js';
import { Article } from '../../../src/press/entities/article.entity.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { createArticle } from '../../factories/press.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

const CACHE_ON = { PAGE_CACHE_MB: '16' };
const APPROACH_SLUG = 'vernetzung-von-produzenten';

type Http = ReturnType<typeof supertest>;

/** Headers Node or the request itself sets on every answer; the rest belong to the page. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'x-page-cache', 'x-request-id']);
const pageHeaders = (headers: Record<string, string>) =>
  Object.entries(headers)
    .filter(([name]) => !PER_ANSWER.has(name))
    .sort(([a], [b]) => a.localeCompare(b));

/**
 * The other instance's page once the database's notification has reached it: PostgreSQL sends it
 * at commit, and it arrives within milliseconds; on a loaded machine the test's own request can
 * overtake it, so the page is asked for again for up to two seconds.
 */
async function pageAfterChange(http: Http, path: string, shows: (html: string) => boolean) {
  let html = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    html = (await http.get(path).expect(200)).text;
    if (shows(html)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return html;
}

/** Asks for a page until it comes from the cache (it is stored just after its first answer). */
async function cachedTwice(http: Http, path: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await http.get(path).expect(200);
    if (response.headers['x-page-cache'] === 'hit') return response;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never came from the cache`);
}

describe('page cache for anonymous readers', () => {
  let first: TestApp;
  let second: TestApp;
  let third: TestApp | undefined;

  beforeAll(async () => {
    first = await startTestApp(CACHE_ON);
    second = await startTestApp(CACHE_ON, { databaseUrl: first.databaseUrl });
    // Each instance starts listening for changes just after start-up.
    await Promise.all([cachedTwice(first.http, '/'), cachedTwice(second.http, '/')]);
  });
  afterAll(async () => {
    await third?.close();
    await second?.close();
    await first?.close();
  });

  it('answers a repeated page from memory: brotli, gzip, ETag, 304, and the security headers', async () => {
    const plain = await first.http.get('/presse').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['x-page-cache']).toBeUndefined();
    await cachedTwice(first.http, '/presse');
    const hit = await first.http.get('/presse').set('Accept-Encoding', 'identity').expect(200);
    expect(hit.headers['x-page-cache']).toBe('hit');
    expect(hit.text).toBe(plain.text);
    // The same headers as the rendered page, security headers included, with their values.
    expect(pageHeaders(hit.headers)).toEqual(pageHeaders(plain.headers));
    expect(pageHeaders(hit.headers).map(([name]) => name)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-frame-options', 'referrer-policy']),
    );
    expect(hit.headers['x-request-id']).toMatch(/^[\w-]{36}$/);
    expect(hit.headers['content-security-policy']).toContain("default-src 'self'");
    expect(hit.headers['x-request-id']).not.toBe(plain.headers['x-request-id']);
    expect(hit.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=10, stale-while-revalidate=30',
    );
    expect(hit.headers.vary).toBe('Accept-Encoding, Cookie');
    expect(hit.headers.etag).toBe(plain.headers.etag);

    // supertest decompresses what it gets: the text matches only if the variant was right.
    for (const [accepted, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const variant = await first.http.get('/presse').set('Accept-Encoding', accepted).expect(200);
      expect(variant.headers['content-encoding']).toBe(encoding);
      expect(Number(variant.headers['content-length'])).toBeLessThan(plain.text.length / 2);
      expect(variant.text).toBe(plain.text);
    }

    const notModified = await first.http
      .get('/presse')
      .set('If-None-Match', String(plain.headers.etag))
      .expect(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers['x-page-cache']).toBe('hit');
    expect(notModified.headers.etag).toBe(plain.headers.etag);
    const otherPage = await first.http
      .get('/presse')
      .set('If-None-Match', 'W/"ein-anderer-stand"')
      .expect(200);
    expect(otherPage.headers['x-page-cache']).toBe('hit');

    const head = await first.http.head('/presse').set('Accept-Encoding', 'identity').expect(200);
    expect(head.headers['x-page-cache']).toBe('hit');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(plain.text)));
    expect(head.text).toBeUndefined();

    const brotliRefused = await first.http
      .get('/presse')
      .set('Accept-Encoding', 'br;q=0, gzip')
      .expect(200);
    expect(brotliRefused.headers['content-encoding']).toBe('gzip');
  });

  it('never keeps what is personal, has a form, failed, or carries a query that is not the page', async () => {
    const never = async (path: string, status = 200) => {
      await first.http.get(path).expect(status);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await first.http.get(path).expect(status);
      expect([path, again.headers['x-page-cache']]).toEqual([path, undefined]);
      return again;
    };
    const form = await never('/konto/anmelden');
    expect(form.headers['set-cookie']).toBeDefined();
    await never('/gibt-es-nicht', 404);
    await never('/?utm_source=zeitung');
    await never('/presse?seite=1&seite=2');
    await never('/suche?q=Breitband');
    await never('/verwaltung', 303);
    expect((await cachedTwice(first.http, '/presse?seite=1')).headers['x-page-cache']).toBe('hit');

    const citizen = await createUser(first, { roles: ['citizen'] });
    const agent = supertest.agent(first.app.getHttpServer());
    await login(agent, citizen.email, TEST_PASSWORD);
    const signedIn = await agent.get('/presse').expect(200);
    expect(signedIn.headers['x-page-cache']).toBeUndefined();
    expect(signedIn.headers['cache-control']).toBe('no-store');
  });

  it('shows a change made through one instance on the other as soon as the database tells it', async () => {
    const dataSource = first.app.get(DataSource);
    const approach = await approachBySlug(first, APPROACH_SLUG);
    const approachPage = `/kek/starker-wirtschaftsstandort/${APPROACH_SLUG}`;
    const article = await createArticle(first, { title: 'Neuer Radweg an der Elde' });
    const event = await createEvent(first, { title: 'Regionalforum Hagenow', capacity: 5 });
    for (const path of [approachPage, '/presse', '/veranstaltungen']) {
      expect((await cachedTwice(second.http, path)).headers['x-page-cache']).toBe('hit');
    }

    await dataSource
      .getRepository(Approach)
      .update(approach.id, { title: 'Regionale Produzenten verbinden' });
    const renamed = (html: string) => html.includes('Regionale Produzenten verbinden');
    expect(renamed(await pageAfterChange(second.http, approachPage, renamed))).toBe(true);

    const process = await createProcess(first);
    const comment = await createComment(first, {
      approach,
      process,
      author: await createUser(first),
      body: 'Ein Hofladen-Netz wäre gut.',
      status: 'pending',
    });
    await cachedTwice(second.http, approachPage);
    const moderator = await createUser(first, { roles: ['moderator'] });
    const agent = supertest.agent(first.app.getHttpServer());
    await login(agent, moderator.email, TEST_PASSWORD);
    const page = await agent.get(`/verwaltung/moderation/kommentare/${comment.id}`).expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    await agent
      .post(`/verwaltung/moderation/kommentare/${comment.id}/freigeben`)
      .type('form')
      .send({ _csrf: token })
      .expect(303);
    const approved = (html: string) => html.includes('Ein Hofladen-Netz wäre gut.');
    expect(approved(await pageAfterChange(second.http, approachPage, approved))).toBe(true);

    const seatsOnCard = (html: string) =>
      /noch (\d+) Plätze? frei/.exec(html.slice(html.indexOf('Regionalforum Hagenow')))?.[1];
    expect(seatsOnCard((await cachedTwice(second.http, '/veranstaltungen')).text)).toBe('5');
    await createRegistration(first, event);
    const list = await pageAfterChange(
      second.http,
      '/veranstaltungen',
      (html) => seatsOnCard(html) === '4',
    );
    expect(seatsOnCard(list)).toBe('4');

    await dataSource
      .getRepository(Article)
      .update(article.id, { status: 'published', publishAt: new Date() });
    const published = (html: string) => html.includes('Neuer Radweg an der Elde');
    expect(published(await pageAfterChange(second.http, '/presse', published))).toBe(true);
  });

  it('keeps the event page, whose form lives on a page of its own, and shows seats taken at once', async () => {
    const event = await createEvent(first, { title: 'Regionalforum Ludwigslust', capacity: 5 });
    const path = `/veranstaltungen/${event.slug}`;
    const page = await cachedTwice(second.http, path);
    expect(page.headers['x-page-cache']).toBe('hit');
    expect(page.headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=10, stale-while-revalidate=30',
    );
    expect(page.text).toContain(`href="${path}/anmeldung"`);
    expect(page.text).not.toContain('name="_csrf"');

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const form = await second.http.get(`${path}/anmeldung`).expect(200);
      expect(form.text).toContain('name="_csrf"');
      expect(form.headers['x-page-cache']).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    await createRegistration(first, event);
    const fewer = (html: string) => html.includes('noch 4 Plätze frei');
    expect(fewer(await pageAfterChange(second.http, path, fewer))).toBe(true);
  });

  it('shows registration opening and a seat hold running out on the cached event page on time', async () => {
    const changesAt = Date.now() + 4000;
    const opening = await createEvent(first, {
      title: 'Fachforum mit Anmeldestart',
      registrationOpensAt: new Date(changesAt),
    });
    const held = await createEvent(first, {
      title: 'Fachforum mit gehaltenem Platz',
      capacity: 1,
      waitingListEnabled: false,
    });
    await createRegistration(first, held, {
      emailConfirmedAt: null,
      holdExpiresAt: new Date(changesAt),
    });
    const registerLink = (slug: string) => `href="/veranstaltungen/${slug}/anmeldung"`;
    const pages = [
      { path: `/veranstaltungen/${opening.slug}`, before: 'Die Anmeldung beginnt am' },
      { path: `/veranstaltungen/${held.slug}`, before: 'ausgebucht' },
    ];
    for (const { path, before } of pages) {
      const cached = await cachedTwice(second.http, path);
      expect(cached.headers['x-page-cache']).toBe('hit');
      expect(cached.text).toContain(before);
      expect(cached.text).not.toContain(`${path}/anmeldung"`);
    }

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, changesAt - Date.now())));
    const opened = (html: string) => html.includes(registerLink(opening.slug));
    expect(opened(await pageAfterChange(second.http, pages[0].path, opened))).toBe(true);
    const freed = (html: string) =>
      html.includes('noch 1 Platz frei') && html.includes(registerLink(held.slug));
    expect(freed(await pageAfterChange(second.http, pages[1].path, freed))).toBe(true);
  });

  it('shows a process as open as soon as its start time has come', async () => {
    const opensAt = Date.now() + 3000;
    const process = await createProcess(first, {
      title: 'Jugendforum Sommer',
      startsInDays: 3000 / (24 * 60 * 60 * 1000),
    });
    const joinLink = `href="/beteiligung/${process.slug}"><span class="kern-label">`;
    const before = await cachedTwice(second.http, '/beteiligung');
    expect(before.headers['x-page-cache']).toBe('hit');
    expect(before.text).toContain('Jugendforum Sommer');
    expect(before.text).not.toContain(joinLink);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, opensAt - Date.now()) + 50));
    expect((await second.http.get('/beteiligung').expect(200)).text).toContain(joinLink);
  });

  it('answers hits on a draining server too, telling the client to close the connection', async () => {
    // An instance of its own, as draining ends its server; closed last (see afterAll).
    third = await startTestApp(CACHE_ON, { databaseUrl: first.databaseUrl });
    const server = third.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const drain = new HttpDrain(server);
    await cachedTwice(third.http, '/presse');

    // The request is on its way when the drain begins: its headers complete afterwards.
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const answer = new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.once('close', () => resolve(received));
    });
    socket.write('GET /presse HTTP/1.1\r\nHost: localhost\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const drained = drain.drain(10_000);
    socket.write('\r\n');

    const head = (await answer).split('\r\n\r\n')[0].toLowerCase();
    expect(head).toMatch(/^http\/1\.1 200 ok/);
    expect(head).toContain('x-page-cache: hit');
    expect(head).toContain('connection: close');
    expect(await drained).toEqual({ cut: 0 });
  });
});
