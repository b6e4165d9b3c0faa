import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { FieldOfAction } from '../../../src/concept/entities/field-of-action.entity.js';
import { StaticPage } from '../../../src/pages/entities/static-page.entity.js';
import { createEvent } from '../../factories/events.js';
import { createContact, createStaticPage } from '../../factories/pages.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  signIn,
  startBrowserApp,
} from '../../support/browser.js';
import type { TestApp } from '../../support/test-app.js';

describeInBrowser('static pages and contacts in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let baseUrl: string;
  let page: Page;

  beforeAll(async () => {
    let newPage: BrowserTestApp['newPage'];
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    page = await newPage();
    await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
  }, 60_000);

  afterAll(() => close?.());

  const check = (name: string) => expectAccessible(page, name);

  it('edits a page without JavaScript help: errors keep the text, saving shows the change', async () => {
    const staticPage = await createStaticPage(test, { title: 'Seite im Browser' });
    await page.goto(`${baseUrl}/verwaltung/seiten`);
    await check('static-pages-admin');
    await page.click(`a[href="/verwaltung/seiten/${staticPage.id}"]`);
    await check('static-page-form');

    await page.fill('#feld-title', '');
    await page.fill('#feld-body', 'Ein neuer Absatz, der erhalten bleibt.');
    await page.click('#formular button[type=submit]');
    await page.locator('.error-summary').waitFor();
    await expect(page.inputValue('#feld-body')).resolves.toBe(
      'Ein neuer Absatz, der erhalten bleibt.',
    );
    await check('static-page-form-errors');

    await page.fill('#feld-title', 'Seite im Browser, geändert');
    await page.click('#formular button[type=submit]');
    await page.locator('.flash', { hasText: 'Die Seite ist gespeichert' }).waitFor();
    await page.click(`a[href="/seiten/${staticPage.slug}"]`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite im Browser, geändert');
  });

  it('creates a contact by ticking where it appears, shows it, and deletes it after confirmation', async () => {
    const dataSource = test.app.get(DataSource);
    const projectPage = await dataSource
      .getRepository(StaticPage)
      .findOneByOrFail({ slug: 'projektablauf' });
    const field = await dataSource
      .getRepository(FieldOfAction)
      .findOneByOrFail({ slug: 'starker-wirtschaftsstandort' });
    const event = await createEvent(test, { title: 'Forum im Browser' });
    await createContact(test, { name: 'Bestehende Stelle', fields: [field] });

    await page.goto(`${baseUrl}/verwaltung/ansprechpartner`);
    await check('contacts-admin');
    await page.goto(`${baseUrl}/verwaltung/ansprechpartner/neu`);
    await page.fill('#feld-name', 'Regionalmanagement im Test');
    await page.fill('#feld-department', 'Fachdienst Regionalmanagement und Europa');
    await page.fill('#feld-address', 'Putlitzer Straße 25\n19370 Parchim');
    await page.fill('#feld-phone', '03871 722-0');
    await page.fill('#feld-email', 'falsch');
    await page.check(`#seite-${projectPage.id}`);
    await page.check(`#handlungsfeld-${field.id}`);
    await page.check(`#veranstaltung-${event.id}`);
    await page.click('#formular button[type=submit]');
    await page.locator('.error-summary').waitFor();
    await expect(page.isChecked(`#veranstaltung-${event.id}`)).resolves.toBe(true);
    await check('contact-form-errors');

    await page.fill('#feld-email', 'regionalmanagement@kreis.example');
    await page.click('#formular button[type=submit]');
    await page.locator('.flash', { hasText: 'Der Ansprechpartner ist gespeichert' }).waitFor();
    await check('contact-form');

    await page.goto(`${baseUrl}/seiten/projektablauf`);
    const card = page.locator('.contact-card', { hasText: 'Regionalmanagement im Test' });
    await expect(card.locator('a[href="tel:038717220"]').count()).resolves.toBe(1);
    await check('static-page-with-contact');
    await page.goto(`${baseUrl}/kek/${field.slug}`);
    await expect(page.locator('.contact-card').count()).resolves.toBe(2);
    await check('field-with-contacts');
    await page.goto(`${baseUrl}/veranstaltungen/${event.slug}`);
    await expect(card.count()).resolves.toBe(1);

    await page.goto(`${baseUrl}/verwaltung/ansprechpartner`);
    await page.click('a[href$="/loeschen"]:has-text("Regionalmanagement im Test")');
    await expect(page.locator('h1').textContent()).resolves.toBe('Wirklich löschen?');
    await check('contact-delete');
    await page.click('#formular button[type=submit]');
    await page.locator('.flash', { hasText: 'ist gelöscht' }).waitFor();
    await page.goto(`${baseUrl}/seiten/projektablauf`);
    await expect(card.count()).resolves.toBe(0);
  });
});
