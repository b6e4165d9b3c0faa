import { attachDocument, createEvent, createRegistration } from '../../factories/events.js';
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

describeInBrowser('events in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
  }, 60_000);

  afterAll(() => close?.());

  it('registers for an event by keyboard alone, after fixing an error', async () => {
    const event = await createEvent(test, {
      title: 'Regionalforum per Tastatur',
      capacity: 12,
      askAccessibilityNeeds: true,
      askDietaryNeeds: true,
      askOrganization: true,
      freeQuestion: 'Welches Thema ist Ihnen wichtig?',
    });
    await attachDocument(test, event);
    const page = await newPage();
    await page.goto(`${baseUrl}/veranstaltungen`);
    await expectAccessible(page, 'events-list');
    await page.goto(`${baseUrl}/veranstaltungen/${event.slug}`);
    await expectAccessible(page, 'event-page');
    await expect(page.locator('.seat-info').textContent()).resolves.toContain(
      'noch 12 Plätze frei',
    );

    await tabTo(page, 'a.register-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anmeldung$/);
    await expectAccessible(page, 'event-registration-form');
    await tabTo(page, 'feld-name');
    await page.keyboard.type('Tastatur Teilnehmer');
    await tabTo(page, '#formular button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anmeldung#fehler$/);
    await expect(page.title()).resolves.toMatch(/^Fehler: /);
    await expectAccessible(page, 'event-registration-errors');
    await expect(page.locator('#feld-name').inputValue()).resolves.toBe('Tastatur Teilnehmer');

    await tabTo(page, 'feld-email');
    await page.keyboard.type('tastatur-teilnehmer@beispiel.de');
    await tabTo(page, 'feld-photoConsent');
    await page.keyboard.press('Space');
    await tabTo(page, '#formular button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anmeldung\/ergebnis#ergebnis$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Fast geschafft');
  });

  it("the organizer's pages have no axe violations", async () => {
    const organizer = await createUser(test, { roles: ['citizen', 'organizer'] });
    const event = await createEvent(test, {
      title: 'Forum für die Verwaltung',
      capacity: 20,
      approvalRequired: true,
    });
    await createRegistration(test, event, {
      name: 'Anna Gast',
      email: 'anna.gast@beispiel.de',
      approvedAt: null,
    });
    await createRegistration(test, event, {
      name: 'Ben Warteliste',
      email: 'ben@beispiel.de',
      status: 'waiting',
    });
    await attachDocument(test, event);
    const page = await newPage();
    await signIn(page, baseUrl, organizer.email, TEST_PASSWORD);
    for (const [name, path] of [
      ['organizer-events', '/verwaltung/veranstaltungen'],
      ['organizer-event-new', '/verwaltung/veranstaltungen/neu'],
      ['organizer-event-edit', `/verwaltung/veranstaltungen/${event.id}`],
      ['organizer-registrations', `/verwaltung/veranstaltungen/${event.id}/anmeldungen`],
      ['organizer-documents', `/verwaltung/veranstaltungen/${event.id}/dokumente`],
    ]) {
      await page.goto(baseUrl + path);
      await expectAccessible(page, name);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/verwaltung/veranstaltungen/${event.id}/einlass`);
    await expectAccessible(page, 'organizer-check-in-phone');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.click('.check-in__button');
    await expect(page.locator('.check-in__done').first().textContent()).resolves.toContain(
      'eingecheckt',
    );
  });
});
