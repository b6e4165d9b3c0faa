import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { createEvent, createRegistration } from '../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../factories/users.js';
import {
  type BrowserSession,
  checkedViolations,
  describeInBrowser,
  launchBrowser,
  tabTo,
} from '../support/browser.js';
import { TestSmtpServer, linkFrom } from '../support/smtp.js';
import { type TestApp, startTestApp } from '../support/test-app.js';

describeInBrowser('accounts in a real browser', () => {
  let test: TestApp;
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  const smtp = new TestSmtpServer();

  beforeAll(async () => {
    await smtp.start();
    test = await startTestApp({ SMTP_URL: smtp.url });
    await test.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
    session = await launchBrowser();
    context = await session.browser.newContext();
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      await test?.close();
      await smtp.stop();
    }
  });

  async function checkPage(name: string): Promise<void> {
    expect(await checkedViolations(page, name)).toEqual([]);
  }

  it('signs up and logs in by keyboard alone', async () => {
    await page.goto(`${baseUrl}/konto/registrieren`);
    await checkPage('register');
    await tabTo(page, 'feld-email');
    await page.keyboard.type('tastatur@beispiel.de');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tastatur Nutzerin');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await tabTo(page, 'feld-acceptNetiquette');
    await page.keyboard.press('Space');
    await tabTo(page, 'feld-acceptPrivacy');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/konto\/registrieren\/danke$/);
    await checkPage('register-check-mail');

    const mail = await smtp.waitFor('tastatur@beispiel.de', /bestätigen/);
    await page.goto(baseUrl + linkFrom(mail, '/konto/bestaetigen'));
    await checkPage('confirm-email');
    await tabTo(page, 'feld-password');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/konto$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain(
      'Ihre E-Mail-Adresse ist bestätigt und Sie sind angemeldet',
    );

    await tabTo(page, 'form[action="/konto/abmelden"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/`);
    await page.goto(`${baseUrl}/konto/anmelden`);
    await checkPage('login');

    await tabTo(page, 'feld-email');
    await page.keyboard.type('tastatur@beispiel.de');
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/konto$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Mein Konto');
    await checkPage('profile');
  });

  it('shows errors in a summary whose links lead to the fields, with no axe violations', async () => {
    const fresh = await context.browser()!.newContext();
    const anonymous = await fresh.newPage();
    await anonymous.goto(`${baseUrl}/konto/registrieren`);
    await anonymous.fill('#feld-email', 'unvollständig');
    await anonymous.click('#formular button[type=submit]');
    await expect(anonymous.title()).resolves.toMatch(/^Fehler: /);
    await expect(anonymous.locator('#feld-email').inputValue()).resolves.toBe('unvollständig');
    await anonymous.click('.error-summary a[href="#feld-email"]');
    await expect(anonymous.evaluate(() => document.activeElement?.id)).resolves.toBe('feld-email');
    expect(await checkedViolations(anonymous, 'register-errors')).toEqual([]);
    await fresh.close();
  });

  it('brings a person back to the page they signed in from, and lists their own items on /konto', async () => {
    const user = await createUser(test, { displayName: 'Rückkehrerin' });
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const forum = await createProcess(test);
    await createComment(test, { approach, process: forum, author: user, body: 'Mein Beitrag.' });
    await createRegistration(test, await createEvent(test), { user, email: user.email });
    const fresh = await context.browser()!.newContext();
    const visitor = await fresh.newPage();
    await visitor.goto(`${baseUrl}/veranstaltungen`);
    await visitor.click('.site-header__account a:has-text("Anmelden")');
    await visitor.fill('#feld-email', user.email);
    await visitor.fill('#feld-password', TEST_PASSWORD);
    await visitor.click('#formular button[type=submit]');
    await visitor.waitForURL(`${baseUrl}/veranstaltungen`);

    await visitor.goto(`${baseUrl}/konto`);
    await expect(visitor.locator('#kommentare + .account-list').textContent()).resolves.toContain(
      'Mein Beitrag.',
    );
    await expect(visitor.locator('#anmeldungen + .account-list a').count()).resolves.toBe(1);
    expect(await checkedViolations(visitor, 'profile-lists')).toEqual([]);
    await fresh.close();
  });

  it.each([
    ['forgot-password', '/konto/passwort-vergessen'],
    ['resend-confirmation', '/konto/bestaetigung-anfordern'],
    ['delete-account', '/konto/loeschen'],
    ['invalid-link', '/konto/bestaetigen?token=erfunden'],
  ])('%s has no axe violations', async (name, path) => {
    await page.goto(baseUrl + path);
    await checkPage(name);
  });

  it('the back-office pages have no axe violations', async () => {
    const admin = await createUser(test, {
      roles: ['citizen', 'admin'],
      displayName: 'Admin Browser',
    });
    const adminContext = await context.browser()!.newContext();
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`${baseUrl}/konto/anmelden`);
    await adminPage.fill('#feld-email', admin.email);
    await adminPage.fill('#feld-password', TEST_PASSWORD);
    await adminPage.click('#formular button[type=submit]');
    await adminPage.waitForURL(/\/konto$/);
    for (const [name, path] of [
      ['backoffice', '/verwaltung'],
      ['users', '/verwaltung/nutzer'],
      ['user', `/verwaltung/nutzer/${admin.id}`],
      ['audit-log', '/verwaltung/protokoll'],
    ]) {
      await adminPage.goto(baseUrl + path);
      expect([name, await checkedViolations(adminPage, `admin-${name}`)]).toEqual([name, []]);
    }
    await adminContext.close();
  });
});
