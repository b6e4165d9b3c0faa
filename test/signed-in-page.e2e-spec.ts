import { DataSource } from 'typeorm';
import { User } from '../src/accounts/entities/user.entity.js';
import { ContentChanges } from '../src/common/page-cache/content-changes.js';
import { Measure } from '../src/concept/entities/measure.entity.js';
import { approachBySlug, createComment, createProcess } from './factories/forum.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { csrfToken } from './support/forms.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/** Both instances sign the session cookie with the same secret, as instances of one portal do. */
const INSTANCE = { CONTENT_IN_MEMORY: 'true', SESSION_SECRET: 'zwei-instanzen-'.repeat(4) };
const APPROACH_SLUG = 'vernetzung-von-produzenten';
const PAGE = `/kek/starker-wirtschaftsstandort/${APPROACH_SLUG}`;
const OTHER_SLUG = 'weiterentwicklung-und-sicherung-qualitaet-infrastruktur';
const OTHER_PAGE = `/kek/starker-wirtschaftsstandort/${OTHER_SLUG}`;

async function listening(test: TestApp) {
  for (let attempt = 0; attempt < 100 && !test.app.get(ContentChanges).isListening; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(test.app.get(ContentChanges).isListening).toBe(true);
}

/** A browser's cookies: what answers set replaces what was there. */
class Cookies {
  private readonly values = new Map<string, string>();

  keep(response: { headers: Record<string, unknown> }): void {
    for (const cookie of (response.headers['set-cookie'] as string[] | undefined) ?? []) {
      const [pair] = cookie.split(';');
      this.values.set(pair.slice(0, pair.indexOf('=')), pair);
    }
  }

  get header(): string {
    return [...this.values.values()].join('; ');
  }
}

/** A user signed in through the login form of one instance. */
async function signIn(test: TestApp, user: User): Promise<Cookies> {
  const cookies = new Cookies();
  const form = await test.http.get('/konto/anmelden').expect(200);
  cookies.keep(form);
  const login = await test.http
    .post('/konto/anmelden')
    .set('Cookie', cookies.header)
    .type('form')
    .send({ _csrf: csrfToken(form.text), email: user.email, password: TEST_PASSWORD })
    .expect(303);
  cookies.keep(login);
  return cookies;
}

/**
 * The session is read with its user in one query; what the page shows of a reader (account menu,
 * supports, subscription) must belong to the reader of that request, on every instance.
 */
describe('signed-in approach page on two instances', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp(INSTANCE);
    second = await startTestApp(INSTANCE, { databaseUrl: first.databaseUrl });
    await Promise.all([listening(first), listening(second)]);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('shows each reader only their own supports and subscription, also when read at the same time', async () => {
    const approach = await approachBySlug(first, APPROACH_SLUG);
    const forum = await createProcess(first, { moderationMode: 'post' });
    const comment = await createComment(first, {
      approach,
      process: forum,
      author: null,
      body: 'Ein Hofladen je Amt.',
    });
    const supporter = await createUser(first, { displayName: 'Unterstützerin' });
    const other = await createUser(first, { displayName: 'Andere Leserin' });
    const supporterCookies = await signIn(first, supporter);
    const otherCookies = await signIn(second, other);
    const page = await first.http.get(PAGE).set('Cookie', supporterCookies.header).expect(200);
    supporterCookies.keep(page);
    for (const action of [
      `/kommentare/${comment.id}/unterstuetzen`,
      `/kommentare/abonnieren/${approach.id}`,
    ]) {
      await first.http
        .post(action)
        .set('Cookie', supporterCookies.header)
        .type('form')
        .send({ _csrf: csrfToken(page.text) })
        .expect(303);
    }

    const readers = Array.from({ length: 12 }, (_, index) => ({
      instance: index % 4 < 2 ? first : second,
      isSupporter: index % 2 === 0,
    }));
    const pages = await Promise.all(
      readers.map(({ instance, isSupporter }) =>
        instance.http
          .get(PAGE)
          .set('Cookie', (isSupporter ? supporterCookies : otherCookies).header)
          .expect(200)
          .then((response) => response.text),
      ),
    );

    readers.forEach(({ isSupporter }, index) => {
      const html = pages[index];
      expect(html).toContain(`(${isSupporter ? 'Unterstützerin' : 'Andere Leserin'})`);
      expect(html).not.toContain(`(${isSupporter ? 'Andere Leserin' : 'Unterstützerin'})`);
      expect(html.includes(`/kommentare/${comment.id}/zustimmung-zuruecknehmen`)).toBe(isSupporter);
      expect(html.includes(`/kommentare/${comment.id}/unterstuetzen`)).toBe(!isSupporter);
      expect(html.includes(`/kommentare/abbestellen/${approach.id}`)).toBe(isSupporter);
      expect(html.includes(`/kommentare/abonnieren/${approach.id}`)).toBe(!isSupporter);
    });
  });

  it('shows a measure edited through one instance signed in on the other at once', async () => {
    const approach = await approachBySlug(first, APPROACH_SLUG);
    const cookies = await signIn(second, await createUser(first));
    const read = async () =>
      (await second.http.get(PAGE).set('Cookie', cookies.header).expect(200)).text;
    const [measure] = await first.app
      .get(DataSource)
      .getRepository(Measure)
      .find({ where: { approach: { id: approach.id } }, order: { id: 'ASC' }, take: 1 });
    expect(await read()).toContain(measure.text);
    expect(await read()).toContain(measure.text);

    await first.app
      .get(DataSource)
      .getRepository(Measure)
      .update(measure.id, { text: 'Ein Regionalmarkt in jedem Amt' });

    let html = '';
    for (let attempt = 0; attempt < 40 && !html.includes('Ein Regionalmarkt'); attempt += 1) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 50));
      html = await read();
    }
    expect(html).toContain('Ein Regionalmarkt in jedem Amt');
    expect(html).not.toContain(measure.text);
  });

  it("shows each approach's own content from what is kept for every reader", async () => {
    const cookies = await signIn(first, await createUser(first));
    const measures = first.app.get(DataSource).getRepository(Measure);
    const pages = [PAGE, OTHER_PAGE];
    for (const round of [1, 2]) {
      const [busy, other] = await Promise.all(
        pages.map(async (page) => {
          const request = first.http.get(page);
          if (round === 2) request.set('Cookie', cookies.header);
          return (await request.expect(200)).text;
        }),
      );
      const [busyMeasure, otherMeasure] = await Promise.all(
        [APPROACH_SLUG, OTHER_SLUG].map((slug) =>
          measures.findOneOrFail({ where: { approach: { slug } }, order: { id: 'ASC' } }),
        ),
      );
      expect(busy).toContain(busyMeasure.text);
      expect(busy).not.toContain(otherMeasure.text);
      expect(other).toContain(otherMeasure.text);
      expect(other).not.toContain(busyMeasure.text);
    }
  });

  it("never shows an editor's link to the next reader of the shared content", async () => {
    const editor = await signIn(first, await createUser(first, { roles: ['citizen', 'editor'] }));
    const reader = await signIn(first, await createUser(first));
    const asEditor = await first.http.get(PAGE).set('Cookie', editor.header).expect(200);
    expect(asEditor.text).toContain('Handlungsansatz bearbeiten');

    const asReader = await first.http.get(PAGE).set('Cookie', reader.header).expect(200);
    const anonymous = await first.http.get(PAGE).expect(200);

    expect(asReader.text).not.toContain('bearbeiten</a>');
    expect(anonymous.text).not.toContain('bearbeiten</a>');
  });

  it('refuses a role removed through one instance on the other at once', async () => {
    const editor = await createUser(first, { roles: ['citizen', 'editor'] });
    const { header: cookie } = await signIn(first, editor);
    await second.http.get('/verwaltung/kek').set('Cookie', cookie).expect(200);

    await first.app
      .get(DataSource)
      .getRepository(User)
      .update(editor.id, { roles: ['citizen'] });

    await second.http.get('/verwaltung/kek').set('Cookie', cookie).expect(403);
  });

  it('signs a locked account out on the other instance at once', async () => {
    const reader = await createUser(first, { displayName: 'Gesperrte Leserin' });
    const { header: cookie } = await signIn(first, reader);
    const before = await second.http.get(PAGE).set('Cookie', cookie).expect(200);
    expect(before.text).toContain('(Gesperrte Leserin)');

    await first.app.get(DataSource).getRepository(User).update(reader.id, { lockedAt: new Date() });

    const after = await second.http.get(PAGE).set('Cookie', cookie).expect(200);
    expect(after.text).not.toContain('(Gesperrte Leserin)');
    expect(after.text).toContain('/konto/registrieren');
  });
});
