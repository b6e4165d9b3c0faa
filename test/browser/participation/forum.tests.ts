import type { Page } from 'playwright-core';
import { CommentsService } from '../../../src/comments/comments.service.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  signIn,
  startBrowserApp,
  tabTo,
} from '../../support/browser.js';
import type { TestApp } from '../../support/test-app.js';

const PAGE = '/kek/starker-wirtschaftsstandort/vernetzung-von-produzenten';

describeInBrowser('online forum in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;
  let forumSlug: string;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
    const forum = await createProcess(test, { moderationMode: 'pre' });
    forumSlug = forum.slug;
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const author = await createUser(test, { displayName: 'Angreifer' });
    await createComment(test, {
      approach,
      process: forum,
      author,
      body: '<script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> <a href="javascript:window.__xss=3">klick</a> javascript:window.__xss=4',
    });
    const parent = await createComment(test, {
      approach,
      process: forum,
      author,
      body: 'Ein ganz normaler Kommentar mit Antwort.',
    });
    await createComment(test, {
      approach,
      process: forum,
      author: null,
      parent,
      body: 'Eine Antwort ohne Konto mehr.',
    });
  }, 60_000);

  afterAll(() => close?.());

  async function pageAs(email?: string): Promise<Page> {
    const page = await newPage();
    if (email) await signIn(page, baseUrl, email, TEST_PASSWORD);
    return page;
  }

  it('runs no script from a comment', async () => {
    const page = await pageAs();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(baseUrl + PAGE);
    await expect(
      page.locator('.comment__text', { hasText: '<script>window.__xss' }).count(),
    ).resolves.toBe(1);
    await page
      .locator('.comment__text a', { hasText: 'klick' })
      .count()
      .then((count) => expect(count).toBe(0));
    await page.mouse.move(10, 10);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expectAccessible(page, 'approach-with-comments');
  });

  it('writes, reports and moderates a comment by keyboard alone', async () => {
    const writer = await createUser(test, { displayName: 'Tastatur Schreiberin' });
    const reporter = await createUser(test, { displayName: 'Tastatur Melder' });
    const moderator = await createUser(test, {
      roles: ['citizen', 'moderator'],
      displayName: 'Tastatur Moderation',
    });

    const page = await pageAs(writer.email);
    await page.goto(baseUrl + PAGE);
    await expectAccessible(page, 'approach-comment-form');
    await tabTo(page, `feld-body-${forumSlug}`);
    await page.keyboard.type('Per Tastatur geschrieben: mehr Direktvermarktung!');
    await tabTo(page, `#formular-${forumSlug} button[type=submit]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#kommentar-\d+$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain('wartet auf Freigabe');

    const moderation = await pageAs(moderator.email);
    await moderation.goto(`${baseUrl}/verwaltung/moderation`);
    await expectAccessible(moderation, 'moderation-queue');
    await tabTo(moderation, 'a[href^="/verwaltung/moderation/kommentare/"]');
    await moderation.keyboard.press('Enter');
    await moderation.waitForURL(/\/verwaltung\/moderation\/kommentare\/\d+$/);
    await expectAccessible(moderation, 'moderation-item');
    await tabTo(moderation, 'form[action$="/freigeben"] button');
    await moderation.keyboard.press('Enter');
    await moderation.waitForURL(/\/verwaltung\/moderation$/);
    await expect(moderation.locator('.flash').textContent()).resolves.toContain('freigegeben');

    const reporting = await pageAs(reporter.email);
    await reporting.goto(baseUrl + PAGE);
    await expect(
      reporting.locator('.comment__text', { hasText: 'Per Tastatur geschrieben' }).count(),
    ).resolves.toBe(1);
    await tabTo(reporting, 'a[href$="/melden"]');
    await reporting.keyboard.press('Enter');
    await reporting.waitForURL(/\/melden$/);
    await expectAccessible(reporting, 'report-form');
    await tabTo(reporting, '#grund-insult');
    await reporting.keyboard.press('Space');
    await tabTo(reporting, '#formular button[type=submit]');
    await reporting.keyboard.press('Enter');
    await reporting.waitForURL(/#kommentar-\d+$/);
    await expect(reporting.locator('.flash').textContent()).resolves.toContain(
      'Danke für Ihre Meldung',
    );
  });

  it('the back-office pages of the forum and /beteiligung have no axe violations', async () => {
    const editor = await createUser(test, { roles: ['citizen', 'editor', 'moderator'] });
    const page = await pageAs(editor.email);
    for (const [name, path] of [
      ['processes', '/verwaltung/beteiligungsverfahren'],
      ['process-new', '/verwaltung/beteiligungsverfahren/neu'],
      ['evaluation', '/verwaltung/auswertung'],
      ['participation', '/beteiligung'],
    ]) {
      await page.goto(baseUrl + path);
      await expectAccessible(page, name);
    }
    await page.goto(`${baseUrl}/verwaltung/beteiligungsverfahren/neu`);
    await page.click('#formular button[type=submit]');
    await expect(page.title()).resolves.toMatch(/^Fehler: /);
    await expectAccessible(page, 'process-form-errors');
  });

  /**
   * Whether the element comes to lie inside the visible part of the window within 5 s (the browser
   * scrolls to the address's #fragment once the page has laid out).
   */
  const inView = (page: Page, selector: string) =>
    page
      .waitForFunction(
        (target) => {
          const box = document.querySelector(target)?.getBoundingClientRect();
          return !!box && box.top > -1 && box.bottom < window.innerHeight + 1;
        },
        selector,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );

  it('clears a harmless reported comment, with the outcome in view and errors focused', async () => {
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const forum = await createProcess(test, { moderationMode: 'post', title: 'Forum zum Melden' });
    const target = await createComment(test, {
      approach,
      process: forum,
      author: await createUser(test, { displayName: 'Harmlose Autorin' }),
      body: 'Ein harmloser Kommentar, den jemand gemeldet hat.',
    });
    const reporter = await createUser(test, { displayName: 'Strenger Melder' });
    await test.app
      .get(CommentsService)
      .report({ ...reporter, roles: reporter.roles }, target.id, 'insult');
    const moderator = await createUser(test, { roles: ['citizen', 'moderator'] });
    const moderation = await pageAs(moderator.email);
    const item = `${baseUrl}/verwaltung/moderation/kommentare/${target.id}`;

    await moderation.goto(item);
    await moderation.click('#formular button[value=ausblenden]');
    await moderation.waitForURL(/#fehler$/);
    await expect(moderation.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    await expectAccessible(moderation, 'moderation-item-errors');
    await moderation.reload();
    await expect(moderation.locator('h1').textContent()).resolves.toBe(
      `Kommentar Nr. ${target.id}`,
    );

    await expectAccessible(moderation, 'moderation-item-reported');
    await moderation.focus('form[action$="/in-ordnung"] button');
    await moderation.keyboard.press('Enter');
    await moderation.waitForURL(/\/verwaltung\/moderation$/);
    await expect(moderation.locator('.flash').textContent()).resolves.toContain(
      'Die Meldungen sind zurückgewiesen, der Kommentar bleibt sichtbar',
    );
    await expect(inView(moderation, '.flash')).resolves.toBe(true);
    const reader = await pageAs();
    await reader.goto(baseUrl + PAGE);
    await expect(
      reader.locator('.comment__text', { hasText: 'Ein harmloser Kommentar' }).count(),
    ).resolves.toBe(1);
  });

  for (const [device, viewport] of [['phone', { width: 390, height: 844 }]] as const) {
    it(`withdraws a support on a ${device}, with the comment in view`, async () => {
      const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
      const forum = await createProcess(test, {
        moderationMode: 'post',
        title: `Forum zum Zustimmen (${device})`,
      });
      const target = await createComment(test, {
        approach,
        process: forum,
        author: await createUser(test),
        body: `Ein Kommentar zum Zustimmen (${device}).`,
      });
      const supporter = await createUser(test);
      const page = await pageAs(supporter.email);
      await page.setViewportSize(viewport);
      await page.goto(baseUrl + PAGE);
      await page.focus(`form[action="/kommentare/${target.id}/unterstuetzen"] button`);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#kommentar-${target.id}$`));
      await page.focus(`form[action="/kommentare/${target.id}/zustimmung-zuruecknehmen"] button`);
      await page.keyboard.press('Enter');
      // The address stays the same (#kommentar-N), so wait for the new page's message instead.
      await page.getByText('Ihre Zustimmung ist zurückgenommen.').waitFor();
      const comment = `#kommentar-${target.id}`;
      await expect(inView(page, `${comment} .comment__support-count`)).resolves.toBe(true);
      await expect(
        page.locator(`${comment} .comment__support-count`).first().textContent(),
      ).resolves.toBe('0 Zustimmungen');
      await expect(
        page.locator(`${comment} form[action="/kommentare/${target.id}/unterstuetzen"]`).count(),
      ).resolves.toBe(1);
      await expect(page.locator('.flash').textContent()).resolves.toContain(
        'Ihre Zustimmung ist zurückgenommen.',
      );
      await expectAccessible(page, `support-withdrawn-${device}`);
    });
  }
});
