import type { Page } from 'playwright-core';
import { createEvent, createRegistration } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  signIn,
  startBrowserApp,
} from '../../support/browser.js';
import { TestSmtpServer } from '../../support/smtp.js';
import type { TestApp } from '../../support/test-app.js';

const ADMIN = '/verwaltung/veranstaltungen';

/**
 * Whether the element comes to show in the window within 5 s (the outcome is in view; the browser
 * scrolls to the address's #fragment once the page has laid out); scrolling may leave it at -0.5 px.
 */
const inView = (page: Page, selector: string) =>
  page
    .waitForFunction(
      (target) => {
        const box = document.querySelector(target)?.getBoundingClientRect();
        return !!box && box.bottom > 0 && box.top < window.innerHeight;
      },
      selector,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );

describeInBrowser('organizer tools for events in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;
  let smtp: TestSmtpServer;
  let organizerEmail: string;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    ({ test, newPage, baseUrl, close } = await startBrowserApp({ SMTP_URL: smtp.url }));
    organizerEmail = (
      await createUser(test, { roles: ['citizen', 'organizer'], displayName: 'Olga Organisiert' })
    ).email;
  }, 60_000);

  afterAll(async () => {
    try {
      await close?.();
    } finally {
      await smtp.stop();
    }
  });

  const organizerPage = async (width = 1280, height = 900) => {
    const page = await newPage({ viewport: { width, height } });
    await signIn(page, baseUrl, organizerEmail, TEST_PASSWORD);
    return page;
  };

  it('writes a message: error summary focused, preview naming the group and count, sent only when confirmed, recorded', async () => {
    const event = await createEvent(test, { capacity: 1, title: 'Forum Nachricht' });
    await createRegistration(test, event, { name: 'Sitz Person', email: 'sitz@beispiel.de' });
    await createRegistration(test, event, {
      name: 'Warte Person',
      email: 'warte@beispiel.de',
      status: 'waiting',
    });
    const page = await organizerPage();
    await page.goto(`${baseUrl}${ADMIN}/${event.id}/nachricht`);
    await expectAccessible(page, 'organizer-message');

    await page.fill('#feld-text', 'Ohne Betreff geht es nicht.');
    await page.click('#formular button[type=submit]');
    await page.waitForURL(/\/nachricht#fehler$/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    await expect(inView(page, '#fehler')).resolves.toBe(true);
    await expectAccessible(page, 'organizer-message-errors');
    await expect(page.locator('#feld-text').inputValue()).resolves.toBe(
      'Ohne Betreff geht es nicht.',
    );
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('Nachricht an Angemeldete');

    await page.check('#empfaenger-all');
    await page.fill('#feld-subject', 'Raumänderung');
    await page.fill('#feld-text', 'Wir treffen uns im Saal 2.');
    await page.click('#formular button[type=submit]');
    await expect(page.locator('h1').textContent()).resolves.toContain('Vorschau');
    await expect(page.locator('.mail-preview').textContent()).resolves.toContain(
      'Guten Tag Sitz Person,',
    );
    await expectAccessible(page, 'organizer-message-preview');
    expect(smtp.received.filter((mail) => mail.subject.startsWith('Raumänderung'))).toEqual([]);

    await page.click('button:has-text("Ja, an 2 Personen senden")');
    await page.waitForURL(/\/nachricht#inhalt$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain(
      'ist an 2 Personen (Angemeldete und Personen auf der Warteliste) unterwegs.',
    );
    await expect(inView(page, '.flash')).resolves.toBe(true);
    await expect(page.locator('#nachrichten + * table').textContent()).resolves.toContain(
      'Raumänderung',
    );
    await smtp.waitFor('warte@beispiel.de', /^Raumänderung/);
    await smtp.waitFor('sitz@beispiel.de', /^Raumänderung/);
  });

  it('checks in on a phone: a second tap does not undo, taking back is explicit, search and walk-in work', async () => {
    const event = await createEvent(test, { capacity: 3, title: 'Forum Einlass' });
    const ida = await createRegistration(test, event, {
      name: 'Ida Ahrens',
      email: 'ida@beispiel.de',
    });
    await createRegistration(test, event, { name: 'Otto Brandt', email: 'otto@beispiel.de' });
    for (let index = 0; index < 12; index += 1) {
      await createRegistration(test, event, {
        name: `Zora Zuletzt ${index}`,
        email: `zora${index}@beispiel.de`,
        status: 'waiting',
      });
    }
    const page = await organizerPage(390, 844);
    await page.goto(`${baseUrl}${ADMIN}/${event.id}/einlass`);
    await expectAccessible(page, 'organizer-check-in');

    const row = `#anmeldung-${ida.id}`;
    await page.click(`${row} .check-in__button`);
    await page.waitForURL(new RegExp(`#anmeldung-${ida.id}$`));
    await expect(page.locator(`${row} .check-in__done`).textContent()).resolves.toContain(
      'eingecheckt um',
    );
    await expect(inView(page, row)).resolves.toBe(true);
    // Tapping the checked-in person again changes nothing: there is no button on the name.
    await page.click(`${row} .check-in__state`);
    await expect(page.locator(`${row} .check-in__done`).count()).resolves.toBe(1);

    await page.click(`${row} button:has-text("Check-in zurücknehmen")`);
    await expect(page.locator(`${row} [role=status]`).textContent()).resolves.toContain(
      'Der Check-in von Ida Ahrens ist zurückgenommen.',
    );
    await expect(inView(page, row)).resolves.toBe(true);

    await page.fill('#suche', 'otto');
    await page.press('#suche', 'Enter');
    await page.waitForURL(/suche=otto/);
    await expect(page.locator('.check-in').count()).resolves.toBe(1);
    await expect(page.locator('.check-in').textContent()).resolves.toContain('Otto Brandt');
    await expectAccessible(page, 'organizer-check-in-search');

    await page.goto(`${baseUrl}${ADMIN}/${event.id}/einlass`);
    await page.click('section button:has-text("Nachmelden")');
    await page.waitForURL(/\/nachmeldung#fehler$/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    await expect(inView(page, '#fehler')).resolves.toBe(true);
    await expectAccessible(page, 'organizer-walk-in-errors');
    await page.fill('#feld-name', 'Gerda Gast');
    await page.click('section button:has-text("Nachmelden")');
    await expect(page.locator('.check-in--last').textContent()).resolves.toContain(
      'Gerda Gast ist eingecheckt.',
    );
    await expect(inView(page, '.check-in--last')).resolves.toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });

  it('declines a waiting entry with a reason from a page that names person and event', async () => {
    const event = await createEvent(test, { capacity: 1, title: 'Forum Ablehnung' });
    await createRegistration(test, event, { name: 'Sitz Eins', email: 'sitz1@beispiel.de' });
    await createRegistration(test, event, {
      name: 'Wera Warte',
      email: 'wera@beispiel.de',
      status: 'waiting',
    });
    const page = await organizerPage();
    await page.goto(`${baseUrl}${ADMIN}/${event.id}/anmeldungen`);
    await page.click('a[aria-label="Ablehnen: Wera Warte"]');
    await expect(page.locator('.kern-alert').textContent()).resolves.toContain(
      'Die Anmeldung von Wera Warte (wera@beispiel.de) zu „Forum Ablehnung“ ablehnen?',
    );
    await expect(page.locator('.kern-alert').textContent()).resolves.toContain(
      'steht auf der Warteliste und hat noch keinen Platz',
    );
    await expectAccessible(page, 'organizer-decline');
    await page.fill('#feld-reason', 'Die Plätze sind für Ortsansässige.');
    await page.click('button:has-text("Ja, Anmeldung von Wera Warte ablehnen")');
    await page.waitForURL(/\/anmeldungen#inhalt$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain(
      'Die Anmeldung von Wera Warte ist abgelehnt; Wera Warte erhält eine E-Mail mit Ihrer Begründung.',
    );
    await expect(inView(page, '.flash')).resolves.toBe(true);
    const mail = await smtp.waitFor('wera@beispiel.de', /nicht berücksichtigt/);
    expect(mail.text).toContain('Die Plätze sind für Ortsansässige.');
  });

  it('shows a draft to organizers as a preview with a banner', async () => {
    const draft = await createEvent(test, { status: 'draft', title: 'Entwurf im Browser' });
    const page = await organizerPage(390, 844);
    await page.goto(`${baseUrl}${ADMIN}/${draft.id}`);
    await page.click('a:has-text("Vorschau")');
    await page.waitForURL(/\/vorschau$/);
    await expect(page.locator('.preview-notice').textContent()).resolves.toContain(
      'Vorschau – nicht veröffentlicht',
    );
    await expect(inView(page, '.preview-notice')).resolves.toBe(true);
    await expectAccessible(page, 'organizer-draft-preview');
    const visitor = await newPage();
    const response = await visitor.goto(`${baseUrl}/veranstaltungen/${draft.slug}`);
    expect(response?.status()).toBe(404);
  });
});
