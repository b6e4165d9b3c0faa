import type { Page } from 'playwright-core';
import { createArticle } from '../../factories/press.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { PNG_BYTES, writeFixture } from '../../support/documents-fixtures.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  signIn,
  startBrowserApp,
} from '../../support/browser.js';
import type { TestApp } from '../../support/test-app.js';

const PHONE = { width: 390, height: 844 };

describeInBrowser('the press office in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
  }, 60_000);

  afterAll(() => close?.());

  async function signedIn(displayName: string, viewport?: typeof PHONE): Promise<Page> {
    const user = await createUser(test, { roles: ['citizen', 'press'], displayName });
    const page = await newPage({ viewport });
    page.setDefaultTimeout(60_000);
    await signIn(page, baseUrl, user.email, TEST_PASSWORD);
    return page;
  }

  /** The element is focused and its top edge lies inside the window. */
  async function focusedInView(page: Page, id: string): Promise<void> {
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
    const box = await page.locator(`#${id}`).boundingBox();
    // Scrolled to exactly its top edge, which may lie a fraction of a pixel above the window.
    expect(box!.y).toBeGreaterThan(-1);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
  }

  it('lets the author submit but not approve; another press account sends it back, then approves', async () => {
    const author = await signedIn('Autorin im Browser');
    await author.goto(`${baseUrl}/verwaltung/presse/artikel/neu`);
    await author.fill('#feld-title', 'Radweg im Browser');
    await author.fill('#feld-teaser', 'Ein Vorspann, lang genug für das Formular.');
    await author.fill('#feld-body', 'Der Text des Artikels.');
    await author.click('#formular button[type=submit]');
    await author.waitForURL(/\/artikel\/\d+#inhalt$/);
    await expect(author.locator('.flash').textContent()).resolves.toContain(
      'als Entwurf gespeichert',
    );
    const articleUrl = author.url().replace('#inhalt', '');

    await author.click('text=Vorschau');
    await expect(author.locator('.preview-banner').textContent()).resolves.toContain(
      'Vorschau – nicht veröffentlicht',
    );
    await expectAccessible(author, 'press-preview');

    await author.goto(articleUrl);
    await author.click('text=Zur Prüfung vorlegen …');
    await expectAccessible(author, 'press-submit-review');
    await author.fill('#feld-comment', 'Bitte vor Freitag prüfen.');
    await author.click('#formular button[type=submit]');
    await author.waitForURL(/#inhalt$/);
    await expect(author.locator('.flash').textContent()).resolves.toContain(
      'zur Prüfung vorgelegt',
    );
    await expect(author.getByText('Prüfen und freigeben').count()).resolves.toBe(0);
    await author.goto(`${articleUrl}/freigabe`);
    await expect(author.locator('button[name=decision]').count()).resolves.toBe(0);
    await expectAccessible(author, 'press-review-own');

    const reviewer = await signedIn('Prüferin im Browser', PHONE);
    await reviewer.goto(`${baseUrl}/verwaltung/presse`);
    await reviewer.click('#zur-pruefung + p + ul >> text=Radweg im Browser');
    await expect(reviewer.locator('blockquote').textContent()).resolves.toContain(
      'Bitte vor Freitag prüfen.',
    );
    await reviewer.click('button[value=return]');
    await reviewer.waitForURL(/\/freigabe#fehler$/);
    await focusedInView(reviewer, 'fehler');
    await expectAccessible(reviewer, 'press-review-error');
    // Opening the address again (a GET, as from the address bar or a bookmark) works.
    expect((await reviewer.goto(reviewer.url().replace(/#.*$/, '')))!.status()).toBe(200);

    await reviewer.fill('#feld-comment', 'Bitte eine Quelle ergänzen.');
    await reviewer.click('button[value=return]');
    await reviewer.waitForURL(/#inhalt$/);
    await expect(reviewer.locator('.flash').textContent()).resolves.toContain(
      'zur Überarbeitung zurückgegeben',
    );

    await author.goto(articleUrl);
    await expect(author.locator('.review-comment').textContent()).resolves.toContain(
      'Bitte eine Quelle ergänzen.',
    );
    await author.click('text=Zur Prüfung vorlegen …');
    await author.click('#formular button[type=submit]');
    await author.waitForURL(/#inhalt$/);

    await reviewer.goto(`${articleUrl}/freigabe`);
    await reviewer.click('button[value=approve]');
    await reviewer.waitForURL(/#inhalt$/);
    await expect(reviewer.locator('.flash').textContent()).resolves.toContain(
      'freigegeben und veröffentlicht',
    );
    await expect(reviewer.locator('.flash').isVisible()).resolves.toBe(true);
  }, 600_000);

  it.each([
    ['desktop', undefined],
    ['phone', PHONE],
  ])(
    'keeps the address clean after a failed upload (%s), then edits and removes the lead image',
    async (name, viewport) => {
      const article = await createArticle(test, { title: `Bild im Browser (${name})` });
      const page = await signedIn(`Bildredaktion ${name}`, viewport);
      const imageUrl = `${baseUrl}/verwaltung/presse/artikel/${article.id}/titelbild`;
      await page.goto(imageUrl);
      await page.fill('#feld-altText', 'Ein Radweg');
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/titelbild#fehler$/);
      expect(page.url()).not.toContain('_csrf');
      expect(page.url()).toBe(`${imageUrl}#fehler`);
      await focusedInView(page, 'fehler');
      await expect(page.locator('#feld-altText').inputValue()).resolves.toBe('Ein Radweg');
      await expectAccessible(page, `press-lead-image-error-${name}`);
      expect((await page.goto(page.url().replace(/#.*$/, '')))!.status()).toBe(200);

      await page.setInputFiles(
        '#feld-file',
        await writeFixture(test.dataDir, `radweg-${name}.png`, PNG_BYTES),
      );
      await page.fill('#feld-altText', 'Ein Radweg');
      await page.fill('#feld-credit', 'Pressestelle');
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/artikel\/\d+#inhalt$/);
      expect(page.url()).not.toContain('_csrf');
      await expect(page.locator('.flash').textContent()).resolves.toContain(
        'Das Titelbild ist gespeichert.',
      );
      await expect(page.locator('.lead-image-details').textContent()).resolves.toContain(
        'Ein Radweg',
      );

      await page.click('text=Titelbild ändern oder entfernen');
      await expect(page.locator('#feld-altText').inputValue()).resolves.toBe('Ein Radweg');
      await expect(page.locator('#feld-credit').inputValue()).resolves.toBe('Pressestelle');
      await page.fill('#feld-altText', 'Ein neuer Radweg zwischen zwei Dörfern');
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/#inhalt$/);
      await expect(page.locator('.lead-image-details').textContent()).resolves.toContain(
        'Ein neuer Radweg zwischen zwei Dörfern',
      );

      await page.click('text=Titelbild ändern oder entfernen');
      await page.click('text=Titelbild entfernen …');
      await expectAccessible(page, `press-lead-image-remove-${name}`);
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/#inhalt$/);
      await expect(page.locator('.flash').textContent()).resolves.toContain(
        'Das Titelbild ist entfernt.',
      );
      await expect(page.getByText('Noch kein Titelbild.').count()).resolves.toBe(1);
    },
    600_000,
  );
});
