import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ConceptService } from '../../src/concept/concept.service.js';
import { Approach } from '../../src/concept/entities/approach.entity.js';
import { PrioritisationRound } from '../../src/prioritisation/entities/prioritisation-round.entity.js';
import { RoundParticipant } from '../../src/prioritisation/entities/round-participant.entity.js';
import { createProgressNote, createRound } from '../factories/prioritisation.js';
import { TEST_PASSWORD, createUser } from '../factories/users.js';
import {
  describeInBrowser,
  expectAccessible,
  SCREENSHOTS,
  signIn,
  startBrowserApp,
  tabTo,
} from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

describeInBrowser('prioritisation in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let browser: Browser;
  let baseUrl: string;
  let approaches: Approach[];
  /** The round the first test rates; the last one publishes its results. */
  let rated: PrioritisationRound;

  beforeAll(async () => {
    ({ test, browser, baseUrl, close } = await startBrowserApp());
    const links = (await test.app.get(ConceptService).listApproaches()).slice(0, 3);
    approaches = await test.app
      .get(DataSource)
      .getRepository(Approach)
      .find({ where: links.map((link) => ({ id: link.id })), order: { id: 'ASC' } });
  }, 60_000);

  afterAll(() => close?.());

  const checked = (page: Page, name: string) =>
    page.locator(`input[name="${name}"]:checked`).getAttribute('value');

  it('rates every approach by keyboard alone, saves in between, and submits', async () => {
    const round = (rated = await createRound(test, approaches));
    const delegate = await createUser(test, { roles: ['citizen', 'delegate'] });
    await test.app
      .get(DataSource)
      .getRepository(RoundParticipant)
      .insert({
        round: { id: round.id },
        user: { id: delegate.id },
        body: 'Kreisausschuss',
        bodyKind: 'committee',
      });
    const page = await (await browser.newContext()).newPage();
    await signIn(page, baseUrl, delegate.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/prioritaeten/bewerten/${round.slug}`);
    await expectAccessible(page, 'prioritisation-rating-form');

    // In a radio group, Tab reaches the group and the arrow keys choose.
    const [first, ...rest] = approaches;
    await tabTo(page, `#prioritaet-${first.id}-high`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[value=speichern]');
    await page.keyboard.press('Enter');
    await page.locator('.flash', { hasText: 'Ihre Bewertungen sind gespeichert' }).waitFor();
    await expect(checked(page, `prioritaet-${first.id}`)).resolves.toBe('medium');
    await expect(checked(page, `horizont-${first.id}`)).resolves.toBe('short');
    await expect(page.locator('#fortschritt').textContent()).resolves.toContain('1 von 3');

    for (const approach of rest) {
      await tabTo(page, `#prioritaet-${approach.id}-high`);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'button[value=absenden]');
    await page.keyboard.press('Enter');
    await page.locator('.flash', { hasText: 'Ihre Bewertung ist abgeschickt' }).waitFor();
    await expect(page.locator('table').first().textContent()).resolves.toContain('mittel');
    await expectAccessible(page, 'prioritisation-submitted');
  });

  it('keeps the long form usable on a phone: nothing wider than the screen', async () => {
    const round = await createRound(
      test,
      await test.app.get(DataSource).getRepository(Approach).find(),
    );
    const delegate = await createUser(test, { roles: ['citizen', 'delegate'] });
    await test.app
      .get(DataSource)
      .getRepository(RoundParticipant)
      .insert({
        round: { id: round.id },
        user: { id: delegate.id },
        body: 'Verwaltungsvorstand',
        bodyKind: 'administration',
      });
    const page = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await signIn(page, baseUrl, delegate.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/prioritaeten/bewerten/${round.slug}`);
    await expect(page.locator('article.rating').count()).resolves.toBe(49);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'prioritisation-rating-phone.png') });
  });

  it('the results, the overview and the back-office pages have no axe violations', async () => {
    const round = rated;
    await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .update({ id: round.id }, { closesAt: new Date(Date.now() - 1000), publishedAt: new Date() });
    await createProgressNote(test, approaches[0]);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/prioritaeten/${round.slug}`);
    await expect(page.locator('svg[role=img]').count()).resolves.toBeGreaterThan(1);
    await expectAccessible(page, 'prioritisation-results');
    await page.goto(`${baseUrl}/prioritaeten`);
    await expectAccessible(page, 'prioritisation-index');
    await page.goto(`${baseUrl}/kek?stand=nicht-begonnen`);
    await expectAccessible(page, 'kek-progress-filter');

    const admin = await createUser(test, { roles: ['citizen', 'admin'] });
    await signIn(page, baseUrl, admin.email, TEST_PASSWORD);
    for (const [path, name] of [
      ['/verwaltung/prioritaeten', 'rounds-admin'],
      ['/verwaltung/prioritaeten/neu', 'round-new'],
      [`/verwaltung/prioritaeten/${round.id}`, 'round-admin'],
      ['/verwaltung/umsetzung', 'implementation-admin'],
      [`/verwaltung/umsetzung/${approaches[0].id}`, 'implementation-approach'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await expectAccessible(page, name);
    }
  });
});
