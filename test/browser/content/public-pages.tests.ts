import type { Page } from 'playwright-core';
import {
  type BrowserTestApp,
  accessibilityViolations,
  checkedViolations,
  describeInBrowser,
  startBrowserApp,
} from '../../support/browser.js';
import { createEvent } from '../../factories/events.js';
import { createProcess } from '../../factories/forum.js';
import { createArticle, createSlide } from '../../factories/press.js';

const PAGES = [
  ['home', '/'],
  ['kek', '/kek'],
  ['field', '/kek/starker-wirtschaftsstandort'],
  [
    'approach',
    '/kek/starker-wirtschaftsstandort/weiterentwicklung-und-sicherung-qualitaet-infrastruktur',
  ],
  ['theme', '/kek/querschnittsthemen/digitalisierung'],
  ['region', '/kek/teilraeume/westlicher-teil'],
  ['search', '/suche?q=Breitband'],
  ['search-empty', '/suche?q=xyzunbekannt'],
  ['static-page', '/seiten/barrierefreiheit'],
  ['easy-language', '/seiten/leichte-sprache'],
  ['not-found', '/gibt-es-nicht'],
  ['press', '/presse'],
  ['press-article', '/presse/__ARTICLE__'],
  ['participation-empty', '/beteiligung'],
] as const;

describeInBrowser('public pages in a real browser', () => {
  let app: BrowserTestApp;
  let baseUrl: string;
  let page: Page;
  const consoleErrors: string[] = [];
  let articleSlug = '';

  beforeAll(async () => {
    app = await startBrowserApp();
    const { test } = app;
    baseUrl = app.baseUrl;
    await createProcess(test);
    await createEvent(test, { title: 'Forum auf der Startseite' });
    await createSlide(test);
    articleSlug = (
      await createArticle(test, {
        status: 'published',
        publishAt: new Date(Date.now() - 1000),
        title: 'Artikel im Browser',
        body: 'Ein **Artikel** mit [Link](https://www.kreis-lup.de).',
      })
    ).slug;
    page = await app.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 60_000);

  afterAll(() => app?.close());

  it.each(PAGES)('%s (%s) has no axe violations', async (name, path) => {
    await page.goto(baseUrl + path.replace('__ARTICLE__', articleSlug));
    expect(await checkedViolations(page, name)).toEqual([]);
  });

  it('the axe check finds the faults of a faulty page', async () => {
    await page.setContent(
      '<html lang="de"><head><title>Fehlerhaft</title></head><body><main>' +
        '<img src="bild.png"><input id="ohne-label"><a href="#"></a></main></body></html>',
    );
    await expect(accessibilityViolations(page)).resolves.toEqual([
      'image-alt (critical): Images must have alternative text — img',
      'label (critical): Form elements must have labels — #ohne-label',
      'link-name (serious): Links must have discernible text — a',
      'page-has-heading-one (moderate): Page should contain a level-one heading — html',
    ]);
  });

  it('loads no resource from another origin and breaks no CSP rule', async () => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) {
        foreign.push(request.url());
      }
    });
    consoleErrors.length = 0;
    await page.goto(`${baseUrl}/kek/nachhaltiger-lebensraum`);
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('reaches the content by the skip link, by keyboard alone', async () => {
    await page.goto(`${baseUrl}/kek`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhalt');
  });

  it('searches from the header form and lands on the approach', async () => {
    await page.goto(baseUrl);
    await page.fill('#site-search-q', 'Breitband');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/suche\?q=Breitband/);
    await page.click('a[href$="weiterentwicklung-und-sicherung-qualitaet-infrastruktur"]');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Weiterentwicklung und Sicherung der Qualität der Infrastruktur',
    );
  });

  it('offers "Vorlesen" only where speech synthesis exists, and works without JavaScript', async () => {
    await page.goto(`${baseUrl}/kek`);
    const supported = await page.evaluate(() => 'speechSynthesis' in window);
    await expect(page.locator('[data-read-aloud] button').count()).resolves.toBe(supported ? 1 : 0);

    const plain = await app.newPage({ javaScriptEnabled: false });
    await plain.goto(`${baseUrl}/kek/lebenswerte-orte`);
    await expect(plain.locator('[data-read-aloud] button').count()).resolves.toBe(0);
    await expect(plain.locator('h1').textContent()).resolves.toBe('Lebenswerte Orte');
  });
});
