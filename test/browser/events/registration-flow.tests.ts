import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Registration } from '../../../src/events/entities/registration.entity.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  signIn,
  startBrowserApp,
} from '../../support/browser.js';
import { TestSmtpServer, linkFrom } from '../../support/smtp.js';
import type { TestApp } from '../../support/test-app.js';

// Several page loads and axe runs each; the machine running the suite may be busy.
const WALK_TIMEOUT = 300_000;

const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

describeInBrowser('registering for an event, as a person would, in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;
  const smtp = new TestSmtpServer();

  beforeAll(async () => {
    await smtp.start();
    ({ test, newPage, baseUrl, close } = await startBrowserApp({ SMTP_URL: smtp.url }));
  }, 60_000);

  afterAll(async () => {
    try {
      await close?.();
    } finally {
      await smtp.stop();
    }
  });

  const statusOf = async (email: string) =>
    (await test.app.get(DataSource).getRepository(Registration).findOneByOrFail({ email })).status;

  const pageFor = (screen = SCREENS[0]): Promise<Page> =>
    newPage({ viewport: { width: screen.width, height: screen.height } });

  it.each(SCREENS)(
    'opens at the error summary after a refusal and at the outcome after registering ($name)',
    async (screen) => {
      const event = await createEvent(test, {
        title: `Regionalforum ${screen.name}`,
        capacity: 5,
        askDietaryNeeds: true,
        freeQuestion: 'Welches Thema ist Ihnen wichtig?',
      });
      const page = await pageFor(screen);
      await page.goto(`${baseUrl}/veranstaltungen/${event.slug}`);
      // The way to the form is in view at once, long before the form itself.
      const jump = page.locator('a.register-link');
      await expect(jump.textContent()).resolves.toBe('Jetzt anmelden');
      await expectInView(page, 'a.register-link');
      await jump.click();
      await page.waitForURL(new RegExp(`/veranstaltungen/${event.slug}/anmeldung$`));
      await expect(page.locator('h1').textContent()).resolves.toBe(
        `Anmeldung: Regionalforum ${screen.name}`,
      );
      await expect(page.locator('.seat-info').textContent()).resolves.toBe('noch 5 Plätze frei');
      await expectAccessible(page, `registration-form-${screen.name}`);

      await page.fill('#feld-name', 'Ida Eilig');
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/anmeldung#fehler$/);
      await expect(page.title()).resolves.toMatch(/^Fehler: /);
      await expectFocusedInView(page, 'fehler');
      await expect(page.locator('#feld-name').inputValue()).resolves.toBe('Ida Eilig');
      await expectAccessible(page, `registration-error-${screen.name}`);

      const email = `ida-${screen.name}@beispiel.de`;
      await page.fill('#feld-email', email);
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/anmeldung\/ergebnis#ergebnis$/);
      await expectFocusedInView(page, 'ergebnis');
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung',
      );
      const result = await page.locator('main').textContent();
      expect(result).toContain('innerhalb von 10 Minuten; so lange halten wir Ihren Platz frei');
      // The form is not offered again as if nothing had happened.
      expect(result).not.toContain('Plätze frei');
      await expect(page.locator('#formular').count()).resolves.toBe(0);
      await expectAccessible(page, `registration-check-mail-${screen.name}`);

      // The address of the answer reloads; without an answer it leads to the form, not to a 404.
      await expect(page.reload().then((response) => response?.status())).resolves.toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toContain('Fast geschafft');
      // On the narrowest phone the form page needs no sideways scrolling.
      const stranger = await pageFor({ name: 'narrow', width: 320, height: 640 });
      const response = await stranger.goto(
        `${baseUrl}/veranstaltungen/${event.slug}/anmeldung/ergebnis`,
      );
      expect(response?.status()).toBe(200);
      expect(stranger.url()).toBe(`${baseUrl}/veranstaltungen/${event.slug}/anmeldung`);
      await expect(stranger.locator('.seat-info').textContent()).resolves.toContain(
        'noch 4 Plätze frei',
      );
      const width = await stranger.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await expectAccessible(stranger, `registration-form-320-${screen.name}`);
    },
    WALK_TIMEOUT,
  );

  it(
    'tells the truth when the event is full: form, answer, mails, the waiting place and no calendar',
    async () => {
      const event = await createEvent(test, { title: 'Ausgebuchtes Fachforum', capacity: 1 });
      await createRegistration(test, event);
      const page = await pageFor(SCREENS[1]);
      await page.goto(`${baseUrl}/veranstaltungen/${event.slug}`);
      await expect(page.locator('a.register-link').textContent()).resolves.toBe(
        'Auf die Warteliste setzen',
      );
      await page.click('a.register-link');
      await page.waitForURL(/\/anmeldung$/);
      const form = await page.locator('main').textContent();
      expect(form).toContain('ausgebucht – Warteliste offen');
      expect(form).toContain('erst dann stehen Sie auf der Warteliste');
      expect(form).not.toMatch(/halten wir|Wir halten/);

      await page.fill('#feld-name', 'Wera Warteliste');
      await page.fill('#feld-email', 'wera@beispiel.de');
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/anmeldung\/ergebnis#ergebnis$/);
      await expectFocusedInView(page, 'ergebnis');
      const answer = await page.locator('main').textContent();
      expect(answer).toContain('Die Veranstaltung ist ausgebucht.');
      expect(answer).toContain('erst dann stehen Sie auf der Warteliste');
      expect(answer).not.toMatch(/halten wir|Wir halten/);

      const confirmMail = await smtp.waitFor('wera@beispiel.de', /Bitte bestätigen/);
      expect(confirmMail.text).toContain('Mit der Bestätigung kommen Sie auf die Warteliste');
      expect(confirmMail.text).toContain('innerhalb von 10 Minuten');
      expect(confirmMail.text).not.toMatch(/halten wir|Wir halten/);
      expect(confirmMail.text).not.toContain('30 Minuten');
      expect(confirmMail.attachments).toEqual([]);

      await page.goto(baseUrl + linkFrom(confirmMail, '/veranstaltungen/anmeldung/bestaetigen'));
      await expect(page.locator('h1').textContent()).resolves.toBe('Anmeldung bestätigen');
      const question = await page.locator('main').textContent();
      expect(question).toContain(
        'Erst dann ist Ihre Anmeldung gültig und Sie kommen auf die Warteliste.',
      );
      expect(question).not.toMatch(/halten wir|Wir halten/);
      await expectAccessible(page, 'registration-confirm-question');
      await page.click('main form button[type=submit]');
      await page.waitForURL(/\/veranstaltungen\/anmeldung\?token=.+#ergebnis$/);
      await expectFocusedInView(page, 'ergebnis');
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Sie stehen auf Platz 1 der Warteliste',
      );
      const waitingPage = await page.locator('main').textContent();
      expect(waitingPage).not.toContain('bestätigt');
      expect(waitingPage).not.toContain('Kalender');
      expect(waitingPage).not.toContain('nachrücken kann');
      expect(waitingPage).toContain('Sie möchten doch nicht nachrücken?');
      await expect(
        page.locator('a', { hasText: 'Von der Warteliste abmelden' }).count(),
      ).resolves.toBe(1);
      await expectAccessible(page, 'registration-waiting-confirmed');

      const waitingMail = await smtp.waitFor('wera@beispiel.de', /Warteliste/);
      expect(waitingMail.text).toContain('Platz 1 der Warteliste');
      expect(waitingMail.attachments).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'opens a refusal for going too fast at its error summary too',
    async () => {
      const event = await createEvent(test, { title: 'Forum für Eilige' });
      const page = await pageFor(SCREENS[1]);
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        await page.goto(`${baseUrl}/veranstaltungen/${event.slug}/anmeldung`);
        await page.fill('#feld-name', 'Viel Post');
        await page.fill('#feld-email', 'viel-post@beispiel.de');
        await page.click('#formular button[type=submit]');
        await page.waitForURL(
          attempt < 6 ? /\/anmeldung\/ergebnis#ergebnis$/ : /\/anmeldung#fehler$/,
        );
      }
      await expectFocusedInView(page, 'fehler');
      await expect(page.locator('#fehler').textContent()).resolves.toContain(
        'Zu viele Versuche in kurzer Zeit',
      );
      await expect(page.locator('#feld-email').inputValue()).resolves.toBe('viel-post@beispiel.de');
    },
    WALK_TIMEOUT,
  );

  it(
    'gives a signed-in person a sure seat at once, with the calendar, and never a second registration',
    async () => {
      const event = await createEvent(test, { title: 'Forum mit Konto', capacity: 10 });
      const user = await createUser(test, { displayName: 'Konto Person' });
      const page = await pageFor(SCREENS[1]);
      await signIn(page, baseUrl, user.email, TEST_PASSWORD);
      // A second tab with the form, left open while registering in the first.
      const staleTab = await page.context().newPage();
      await staleTab.goto(`${baseUrl}/veranstaltungen/${event.slug}/anmeldung`);
      await page.goto(`${baseUrl}/veranstaltungen/${event.slug}/anmeldung`);
      await page.click('#formular button[type=submit]');
      await page.waitForURL(/\/anmeldung\/ergebnis#ergebnis$/);
      await expectFocusedInView(page, 'ergebnis');
      await expect(page.locator('h1').textContent()).resolves.toBe('Sie sind angemeldet');
      await expect(page.locator('a', { hasText: 'in den Kalender' }).count()).resolves.toBe(1);
      await expectAccessible(page, 'registration-seat-signed-in');

      const mail = await smtp.waitFor(user.email, /ist bestätigt/);
      const ics = mail.attachments.find((attachment) => attachment.filename.endsWith('.ics'));
      expect(ics?.content).toContain('STATUS:CONFIRMED');

      // Back on the event page and its form page: where the person stands, not the form again.
      await page.goto(`${baseUrl}/veranstaltungen/${event.slug}`);
      await expect(page.locator('a.register-link').textContent()).resolves.toBe(
        'Sie sind angemeldet',
      );
      await expect(page.locator('a.register-link').getAttribute('href')).resolves.toMatch(
        /^\/veranstaltungen\/anmeldung\?token=/,
      );
      await expectAccessible(page, 'event-page-registered');
      await page.goto(`${baseUrl}/veranstaltungen/${event.slug}/anmeldung`);
      await expect(page.locator('#formular').count()).resolves.toBe(0);
      await expect(page.locator('.own-registration').textContent()).resolves.toContain(
        'Ihre Anmeldung ansehen oder abmelden',
      );

      await staleTab.click('#formular button[type=submit]');
      await staleTab.waitForURL(/\/anmeldung\/ergebnis#ergebnis$/);
      await expect(staleTab.locator('h1').textContent()).resolves.toBe('Sie sind angemeldet');
      await expect(staleTab.locator('main').textContent()).resolves.toContain(
        'Sie waren schon angemeldet',
      );
    },
    WALK_TIMEOUT,
  );

  it(
    'asks a guest before cancelling, naming event and person, then shows the outcome',
    async () => {
      const event = await createEvent(test, { title: 'Forum zum Abmelden', capacity: 10 });
      const registration = await createRegistration(test, event, {
        name: 'Clara Abmeldung',
        email: 'clara@beispiel.de',
      });
      const page = await pageFor(SCREENS[1]);
      await page.goto(`${baseUrl}/veranstaltungen/anmeldung?token=${registration.managementToken}`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Sie sind angemeldet');
      await page.click('a:has-text("Von der Veranstaltung abmelden")');
      await page.waitForURL(/\/anmeldung\/abmelden\?token=/);
      const question = await page.locator('main').textContent();
      expect(question).toContain('Forum zum Abmelden');
      expect(question).toContain('Clara Abmeldung');
      expect(question).toContain('Ihr Platz wird frei');
      await expectAccessible(page, 'registration-cancel-confirm');
      await expect(statusOf('clara@beispiel.de')).resolves.toBe('seat');

      await page.click('button:has-text("Ja, abmelden")');
      await page.waitForURL(/#ergebnis$/);
      await expectFocusedInView(page, 'ergebnis');
      await expect(page.locator('h1').textContent()).resolves.toBe('Sie sind abgemeldet');
      await expectAccessible(page, 'registration-cancelled');
      await expect(statusOf('clara@beispiel.de')).resolves.toBe('cancelled');
      const mail = await smtp.waitFor('clara@beispiel.de', /Abmeldung/);
      expect(mail.attachments).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'says on the overview cards whether seats are free, the event is full, or seats are unlimited',
    async () => {
      const soon = { startsInDays: 0.01 };
      const some = await createEvent(test, { ...soon, title: 'Karte mit Plätzen', capacity: 3 });
      await createRegistration(test, some);
      const full = await createEvent(test, {
        title: 'Karte ausgebucht',
        capacity: 1,
        waitingListEnabled: false,
      });
      await createRegistration(test, full);
      const waiting = await createEvent(test, { title: 'Karte Warteliste', capacity: 1 });
      await createRegistration(test, waiting);
      await createEvent(test, { title: 'Karte unbegrenzt', capacity: null });

      const page = await pageFor();
      await page.goto(`${baseUrl}/veranstaltungen`);
      const card = (title: string) =>
        page.locator('.event-card', { hasText: title }).locator('.event-card__seats').textContent();
      await expect(card('Karte mit Plätzen')).resolves.toBe('noch 2 Plätze frei');
      await expect(card('Karte ausgebucht')).resolves.toBe('ausgebucht');
      await expect(card('Karte Warteliste')).resolves.toBe('ausgebucht – Warteliste offen');
      await expect(card('Karte unbegrenzt')).resolves.toBe('Anmeldung offen – Plätze unbegrenzt');
      await expectAccessible(page, 'events-list-seats');

      await page.goto(baseUrl);
      await expect(card('Karte mit Plätzen')).resolves.toBe('noch 2 Plätze frei');
    },
    WALK_TIMEOUT,
  );
});

/** The element's top edge is inside the visible part of the page (once the browser has scrolled). */
async function expectInView(page: Page, selector: string): Promise<void> {
  const topOf = () =>
    page.evaluate(
      (target) => document.querySelector(target)?.getBoundingClientRect().top,
      selector,
    );
  const height = await page.evaluate(() => window.innerHeight);
  await page
    .waitForFunction(
      (target) => {
        const top = document.querySelector(target)?.getBoundingClientRect().top;
        return top !== undefined && top > -1 && top < window.innerHeight;
      },
      selector,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const top = await topOf();
  expect([selector, top !== undefined && top > -1 && top < height, top]).toEqual([
    selector,
    true,
    top,
  ]);
}

/** The browser has scrolled to the element with this id and moved the focus to it. */
async function expectFocusedInView(page: Page, id: string): Promise<void> {
  await expectInView(page, `#${id}`);
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id);
}
