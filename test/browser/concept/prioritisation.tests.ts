import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ConceptService } from '../../../src/concept/concept.service.js';
import { Approach } from '../../../src/concept/entities/approach.entity.js';
import { PrioritisationRound } from '../../../src/prioritisation/entities/prioritisation-round.entity.js';
import { RoundParticipant } from '../../../src/prioritisation/entities/round-participant.entity.js';
import { berlinYear } from '../../../src/prioritisation/round-scale.js';
import { createProgressNote, createRound } from '../../factories/prioritisation.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type BrowserTestApp,
  describeInBrowser,
  expectAccessible,
  keepScreenshot,
  signIn,
  startBrowserApp,
  tabTo,
} from '../../support/browser.js';
import type { TestApp } from '../../support/test-app.js';

describeInBrowser('prioritisation in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;
  let approaches: Approach[];
  /** The round the first test rates; the last one publishes its results. */
  let rated: PrioritisationRound;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
    const links = (await test.app.get(ConceptService).listApproaches()).slice(0, 3);
    approaches = await test.app
      .get(DataSource)
      .getRepository(Approach)
      .find({ where: links.map((link) => ({ id: link.id })), order: { id: 'ASC' } });
  }, 60_000);

  afterAll(() => close?.());

  const checked = (page: Page, name: string) =>
    page.locator(`input[name="${name}"]:checked`).getAttribute('value');

  it('rates every approach by keyboard alone, saves in between, confirms and submits', async () => {
    const round = (rated = await createRound(test, approaches));
    await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .update(
        { id: round.id },
        { explanation: 'Sie können zwischenspeichern und später weitermachen.' },
      );
    const year = berlinYear(round.opensAt);
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
    const page = await newPage();
    await signIn(page, baseUrl, delegate.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/prioritaeten/bewerten/${round.slug}`);
    await expectAccessible(page, 'prioritisation-rating-form');

    // The horizons are the round's own, counted from the year it runs in.
    const [first, ...rest] = approaches;
    await expect(
      page.locator(`label[for="horizont-${first.id}-short"]`).textContent(),
    ).resolves.toBe(`kurzfristig (bis ${year + 2})`);
    await expect(
      page.locator(`label[for="horizont-${first.id}-long"]`).textContent(),
    ).resolves.toBe(`langfristig (nach ${year + 5})`);

    // In a radio group, Tab reaches the group and the arrow keys choose.
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

    // Submitting with gaps: the page opens at the focused error summary, and the address reloads.
    await tabTo(page, 'button[value=absenden]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#fehler$/);
    await page.waitForLoadState('load');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    await expect(page.locator('#fehler').isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(() => document.getElementById('fehler')!.getBoundingClientRect().top),
    ).resolves.toBeLessThan(page.viewportSize()!.height);
    await expectAccessible(page, 'prioritisation-rating-errors');
    expect((await page.goto(page.url().replace(/#.*$/, '')))?.status()).toBe(200);

    for (const approach of rest) {
      await tabTo(page, `#prioritaet-${approach.id}-high`);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'button[value=absenden]');
    await page.keyboard.press('Enter');

    // "Endgültig absenden" asks first: what is sent and that it cannot be changed afterwards.
    await page.waitForURL(new RegExp(`/prioritaeten/bewerten/${round.slug}/absenden`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Bewertung endgültig absenden?');
    const summary = await page.locator('main').textContent();
    expect(summary).toContain('Nach dem Absenden lässt sich Ihre Bewertung nicht mehr ändern.');
    expect(summary).toContain('3 von 3 Handlungsansätzen mit einer Priorität bewertet');
    expect(summary).toContain('0 ohne Bewertung');
    await expectAccessible(page, 'prioritisation-confirm-submit');
    await tabTo(page, '#formular button[type=submit]');
    await page.keyboard.press('Enter');

    // Afterwards: the submitted state in view and focused, the ratings read-only, nothing to save.
    await page.waitForURL(/#abgeschickt$/);
    await page.locator('.flash', { hasText: 'Ihre Bewertung ist abgeschickt' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('abgeschickt');
    await expect(page.locator('table').first().textContent()).resolves.toContain('mittel');
    await expect(page.locator('table').first().textContent()).resolves.toContain(
      `kurzfristig (bis ${year + 2})`,
    );
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/zwischenspeichern/i);
    await expect(page.locator('input[type=radio], button[name=aktion]').count()).resolves.toBe(0);
    await expectAccessible(page, 'prioritisation-submitted');
  }, 300_000);

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
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, baseUrl, delegate.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/prioritaeten/bewerten/${round.slug}`);
    await expect(page.locator('article.rating').count()).resolves.toBe(49);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'prioritisation-rating-phone', { fullPage: false });

    // On the phone too a refused submission opens at the focused error summary.
    await page.locator('button[value=absenden]').click();
    await page.waitForURL(/#fehler$/);
    await page.waitForLoadState('load');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    const top = await page.evaluate(
      () => document.getElementById('fehler')!.getBoundingClientRect().top,
    );
    // Scrolled to it exactly, give or take the fraction of a pixel that layout rounding leaves.
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(740);
  });

  it('the results, the overview and the back-office pages have no axe violations', async () => {
    const round = rated;
    await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .update({ id: round.id }, { closesAt: new Date(Date.now() - 1000), publishedAt: new Date() });
    await createProgressNote(test, approaches[0]);
    const page = await newPage();
    await page.goto(`${baseUrl}/prioritaeten/${round.slug}`);
    await expect(page.locator('svg[role=img]').count()).resolves.toBeGreaterThan(1);
    const horizons = await page.locator('#tabelle-zeithorizonte thead').textContent();
    expect(horizons).toContain(`mittelfristig (bis ${berlinYear(round.opensAt) + 5})`);
    expect(horizons).not.toMatch(/bis 2020|bis 2025/);
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
