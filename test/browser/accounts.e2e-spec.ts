import type { Page } from 'playwright-core';
import { createEvent, createRegistration } from '../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../factories/forum.js';
import { TEST_PASSWORD, createUser } from '../factories/users.js';
import {
  type BrowserTestApp,
  checkedViolations,
  describeInBrowser,
  signIn,
  startBrowserApp,
  tabTo,
} from '../support/browser.js';
import { TestSmtpServer, linkFrom } from '../support/smtp.js';
import type { TestApp } from '../support/test-app.js';

describeInBrowser('accounts in a real browser', () => {
  let app: BrowserTestApp;
  let test: TestApp;
  let page: Page;
  let baseUrl: string;
  const smtp = new TestSmtpServer();

  beforeAll(async () => {
    await smtp.start();
    app = await startBrowserApp({ SMTP_URL: smtp.url });
    ({ test, baseUrl } = app);
    page = await app.newPage();
  }, 60_000);

  afterAll(async () => {
    try {
      await app?.close();
    } finally {
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
    const anonymous = await app.newPage();
    await anonymous.goto(`${baseUrl}/konto/registrieren`);
    await anonymous.fill('#feld-email', 'unvollständig');
    await anonymous.click('#formular button[type=submit]');
    await expect(anonymous.title()).resolves.toMatch(/^Fehler: /);
    await expect(anonymous.locator('#feld-email').inputValue()).resolves.toBe('unvollständig');
    await anonymous.click('.error-summary a[href="#feld-email"]');
    await expect(anonymous.evaluate(() => document.activeElement?.id)).resolves.toBe('feld-email');
    expect(await checkedViolations(anonymous, 'register-errors')).toEqual([]);
  });

  it('brings a person back to the page they signed in from, and lists their own items on /konto', async () => {
    const user = await createUser(test, { displayName: 'Rückkehrerin' });
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const forum = await createProcess(test);
    await createComment(test, { approach, process: forum, author: user, body: 'Mein Beitrag.' });
    await createRegistration(test, await createEvent(test), { user, email: user.email });
    const visitor = await app.newPage();
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
    const adminPage = await app.newPage();
    await signIn(adminPage, baseUrl, admin.email, TEST_PASSWORD);
    for (const [name, path] of [
      ['backoffice', '/verwaltung'],
      ['users', '/verwaltung/nutzer'],
      ['user', `/verwaltung/nutzer/${admin.id}`],
      ['audit-log', '/verwaltung/protokoll'],
    ]) {
      await adminPage.goto(baseUrl + path);
      expect([name, await checkedViolations(adminPage, `admin-${name}`)]).toEqual([name, []]);
    }
  });

  // A locale no other test of the suite asks for, so the pool hands the next test exactly this page.
  const POOLED = { locale: 'de-DE', viewport: { width: 1000, height: 700 } };
  let leftBehind: Page;

  it('leaves a pooled page signed in, with a second tab, a listener, a route, another size and less motion', async () => {
    const user = await createUser(test);
    leftBehind = await app.newPage(POOLED);
    await signIn(leftBehind, baseUrl, user.email, TEST_PASSWORD);
    await leftBehind.context().newPage();
    leftBehind.on('dialog', (dialog) => void dialog.accept());
    await leftBehind.route('**/kek', (route) => route.fulfill({ body: 'umgeleitet' }));
    await leftBehind.setViewportSize({ width: 400, height: 300 });
    await leftBehind.emulateMedia({ reducedMotion: 'reduce' });
    await leftBehind.goto(`${baseUrl}/konto`);
    await expect(leftBehind.locator('h1').textContent()).resolves.toBe('Mein Konto');
    await expect(leftBehind.evaluate(() => confirm('Weiter?'))).resolves.toBe(true);
    await expect(
      leftBehind.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches),
    ).resolves.toBe(true);
    await leftBehind.goto(`${baseUrl}/kek`);
    await expect(leftBehind.textContent('body')).resolves.toBe('umgeleitet');
  });

  it('hands that page to the next test signed out, alone, with none of those left', async () => {
    const page = await app.newPage(POOLED);
    expect(page).toBe(leftBehind);
    const tabs = page.context().pages().length;
    await page.goto(`${baseUrl}/konto`);
    const heading = await page.locator('h1').textContent();
    const confirmed = await page.evaluate(() => confirm('Weiter?'));
    const size = await page.evaluate(() => [innerWidth, innerHeight]);
    const reducedMotion = await page.evaluate(
      () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    );
    await page.goto(`${baseUrl}/kek`);
    const rerouted = (await page.textContent('body')) === 'umgeleitet';
    expect({ tabs, heading, confirmed, size, reducedMotion, rerouted }).toEqual({
      tabs: 1,
      heading: 'Anmelden',
      confirmed: false,
      size: [1000, 700],
      reducedMotion: false,
      rerouted: false,
    });
  });
});
