import { DataSource, In, Not } from 'typeorm';
import { User } from '../../../src/accounts/entities/user.entity.js';
import { CommentsService } from '../../../src/comments/comments.service.js';
import { ModerationService } from '../../../src/comments/moderation.service.js';
import type { SessionUser } from '../../../src/common/auth/roles.js';
import { ContentChanges } from '../../../src/common/page-cache/content-changes.js';
import { Approach } from '../../../src/concept/entities/approach.entity.js';
import { Measure } from '../../../src/concept/entities/measure.entity.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

/** Both instances sign the session cookie with the same secret, as instances of one portal do. */
const INSTANCE = { CONTENT_IN_MEMORY: 'true', SESSION_SECRET: 'zwei-instanzen-'.repeat(4) };
const APPROACH_SLUG = 'vernetzung-von-produzenten';
const PAGE = `/kek/starker-wirtschaftsstandort/${APPROACH_SLUG}`;
const OTHER_SLUG = 'weiterentwicklung-und-sicherung-qualitaet-infrastruktur';
const OTHER_PAGE = `/kek/starker-wirtschaftsstandort/${OTHER_SLUG}`;

/** An approach page no other test comments on: its discussion holds only what a test adds. */
async function quietApproach(test: TestApp): Promise<{ approach: Approach; path: string }> {
  const approach = await test.app
    .get(DataSource)
    .getRepository(Approach)
    .findOneOrFail({
      where: { slug: Not(In([APPROACH_SLUG, OTHER_SLUG])) },
      relations: { subGoal: { goal: { field: true } } },
      order: { id: 'DESC' },
    });
  return { approach, path: `/kek/${approach.subGoal.goal.field.slug}/${approach.slug}` };
}

const asSessionUser = (user: User): SessionUser => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  roles: user.roles,
});

/** The form tokens a page carries. */
const formTokens = (html: string) =>
  new Set([...html.matchAll(/name="_csrf" value="([^"]+)"/g)].map((match) => match[1]));

/** Counts the comment threads an instance loads from the database. */
function countThreads(test: TestApp): { count: number } {
  const comments = test.app.get(CommentsService);
  const thread = comments.thread.bind(comments);
  const counter = { count: 0 };
  comments.thread = (...args) => {
    counter.count += 1;
    return thread(...args);
  };
  return counter;
}

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

  it("renders the discussion once for every reader and fills in only each reader's own part", async () => {
    const { approach, path } = await quietApproach(first);
    const forum = await createProcess(first, {
      moderationMode: 'post',
      approachSlugs: [approach.slug],
    });
    const [author, supporter, waiting] = await Promise.all(
      ['Verfasserin', 'Unterstützer', 'Wartende'].map((displayName) =>
        createUser(first, { displayName }),
      ),
    );
    const own = await createComment(first, {
      approach,
      process: forum,
      author,
      body: 'Mein eigener Vorschlag.',
    });
    const other = await createComment(first, {
      approach,
      process: forum,
      author: null,
      body: 'Ein Vorschlag ohne Konto.',
    });
    await createComment(first, {
      approach,
      process: forum,
      author: waiting,
      body: 'Noch nicht freigegeben.',
      status: 'pending',
    });
    await first.app.get(CommentsService).support(asSessionUser(supporter), other.id);
    const threads = countThreads(first);
    const cookies = {
      author: await signIn(first, author),
      supporter: await signIn(second, supporter),
      waiting: await signIn(first, waiting),
    };
    const read = async (test: TestApp, reader: keyof typeof cookies) => {
      const page = await test.http.get(path).set('Cookie', cookies[reader].header).expect(200);
      cookies[reader].keep(page);
      return page.text;
    };

    // Once what the writes above sent has arrived, a second reader's page loads no thread.
    let before = -1;
    for (let attempt = 0; attempt < 40 && before !== threads.count; attempt += 1) {
      before = threads.count;
      await read(first, 'author');
    }
    const afterAuthor = threads.count;
    const supporterPage = await read(first, 'supporter');
    expect(threads.count).toBe(afterAuthor);

    const pages = {
      author: [await read(first, 'author'), await read(second, 'author')],
      supporter: [supporterPage, await read(second, 'supporter')],
    };
    for (const html of pages.author) {
      expect(html).toContain(`/kommentare/${own.id}/loeschen`);
      expect(html).not.toContain(`/kommentare/${own.id}/unterstuetzen`);
      expect(html).toContain(`/kommentare/${other.id}/unterstuetzen`);
      expect(html).not.toContain(`/kommentare/${other.id}/zustimmung-zuruecknehmen`);
      expect(html).not.toContain('Noch nicht freigegeben.');
    }
    for (const html of pages.supporter) {
      expect(html).not.toContain(`/kommentare/${own.id}/loeschen`);
      expect(html).toContain(`/kommentare/${own.id}/unterstuetzen`);
      expect(html).toContain(`/kommentare/${other.id}/zustimmung-zuruecknehmen`);
      expect(html).not.toContain(`/kommentare/${other.id}/unterstuetzen`);
      expect(html).not.toContain('Noch nicht freigegeben.');
    }
    // Comments only their author sees make the author's discussion their own.
    const waitingPage = await read(first, 'waiting');
    expect(waitingPage).toContain('Noch nicht freigegeben.');
    expect(waitingPage).toContain('wartet auf Freigabe');
    expect(waitingPage).toContain(`/kommentare/${own.id}/unterstuetzen`);

    // Every form of a page carries its reader's token, and only that reader's token is accepted.
    const [authorToken] = formTokens(pages.author[0]);
    const [supporterToken] = formTokens(pages.supporter[0]);
    expect(formTokens(pages.author[0]).size).toBe(1);
    expect(formTokens(pages.supporter[0]).size).toBe(1);
    expect(authorToken).not.toBe(supporterToken);
    const supportAsAuthor = (token: string) =>
      first.http
        .post(`/kommentare/${other.id}/unterstuetzen`)
        .set('Cookie', cookies.author.header)
        .type('form')
        .send({ _csrf: token });
    expect((await supportAsAuthor(supporterToken)).status).toBe(403);
    expect((await supportAsAuthor(authorToken)).status).toBe(303);
  });

  it("shows a comment approved through one instance on the other's signed-in page at once", async () => {
    const { approach, path } = await quietApproach(first);
    const forum = await createProcess(first, {
      moderationMode: 'pre',
      approachSlugs: [approach.slug],
    });
    const pending = await createComment(first, {
      approach,
      process: forum,
      author: null,
      body: 'Radwege zwischen den Ämtern.',
      status: 'pending',
    });
    const moderator = await createUser(first, { roles: ['citizen', 'moderator'] });
    const cookies = await signIn(second, await createUser(first));
    const read = async () =>
      (await second.http.get(path).set('Cookie', cookies.header).expect(200)).text;
    expect(await read()).not.toContain('Radwege zwischen den Ämtern.');
    expect(await read()).not.toContain('Radwege zwischen den Ämtern.');

    await first.app.get(ModerationService).decide(asSessionUser(moderator), pending.id, 'approve');

    let html = '';
    for (let attempt = 0; attempt < 40 && !html.includes('Radwege'); attempt += 1) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 50));
      html = await read();
    }
    expect(html).toContain('Radwege zwischen den Ämtern.');
    expect(html).toContain(`/kommentare/${pending.id}/unterstuetzen`);
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

  it('reads signed-in pages without writing the session, with the form token the browser keeps', async () => {
    const reader = await createUser(first, { displayName: 'Stille Leserin' });
    const cookies = await signIn(first, reader);
    const opened = await first.http.get(OTHER_PAGE).set('Cookie', cookies.header).expect(200);
    cookies.keep(opened);
    const sessionId = /kek\.sid=s%3A([^.;]+)\./.exec(cookies.header)?.[1] ?? '';
    // xmin changes with every write to the row: a save, or a touch of its expiry.
    const stored = () =>
      first.app
        .get(DataSource)
        .query<{ version: string; expire: Date }[]>(
          'SELECT xmin::text AS version, expire FROM session WHERE sid = $1',
          [decodeURIComponent(sessionId)],
        );
    const before = await stored();
    expect(before).toHaveLength(1);

    for (const path of [OTHER_PAGE, PAGE, '/kek', '/gibt-es-nicht']) {
      const page = await first.http.get(path).set('Cookie', cookies.header);
      expect(page.headers.etag).toBeUndefined();
      expect(page.headers['cache-control']).toBe('no-store');
      for (const token of formTokens(page.text)) expect(formTokens(opened.text)).toContain(token);
    }

    expect(await stored()).toEqual(before);
  });
});
