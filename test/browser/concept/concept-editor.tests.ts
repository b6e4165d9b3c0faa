import { ConceptService } from '../../../src/concept/concept.service.js';
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

describeInBrowser('the concept editor in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
  }, 60_000);

  afterAll(() => close?.());

  it('edits an approach by keyboard alone, from the overview to the public page', async () => {
    const [first] = await test.app.get(ConceptService).listApproaches();
    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    const page = await newPage();
    await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
    await page.goto(`${baseUrl}/verwaltung/kek`);
    await expectAccessible(page, 'concept-admin-overview');

    await tabTo(page, 'details.structure-goal summary');
    await page.keyboard.press('Enter');
    await tabTo(page, `a[href="/verwaltung/kek/handlungsansaetze/${first.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/verwaltung/kek/handlungsansaetze/${first.id}$`));
    await expectAccessible(page, 'concept-admin-approach');

    await tabTo(page, 'feld-title');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await tabTo(page, '#formular button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page, 'concept-admin-approach-errors');
    await expect(page.locator('#feld-title').getAttribute('aria-invalid')).resolves.toBe('true');

    await tabTo(page, 'feld-title');
    await page.keyboard.type('Regionale Produzenten vernetzen');
    await tabTo(page, '#formular button[type=submit]');
    await page.keyboard.press('Enter');
    await page.locator('.flash', { hasText: 'Gespeichert' }).waitFor();
    await tabTo(page, 'a[href^="/kek/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kek\/[\w-]+\/[\w-]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Regionale Produzenten vernetzen');
  });

  it('the create form, a version diff and the retire confirmation have no axe violations', async () => {
    const [, second] = await test.app.get(ConceptService).listApproaches();
    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    const page = await newPage();
    await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
    const admin = `${baseUrl}/verwaltung/kek/handlungsansaetze/${second.id}`;
    await page.goto(admin);
    await page.fill('#feld-title', `${second.title} (neu gefasst)`);
    await page.click('#formular button[type=submit]');
    await page.locator('.flash').waitFor();
    await page.goto(`${admin}/fassungen/2`);
    await expectAccessible(page, 'concept-admin-revision');
    await page.goto(`${admin}/zurueckziehen`);
    await expectAccessible(page, 'concept-admin-retire');
    await page.goto(`${baseUrl}/verwaltung/kek/massnahmen/neu?unter=${second.id}`);
    await expectAccessible(page, 'concept-admin-create');
  });

  it('shows an old version under its own title, keeps deleted and inserted words apart, and finds items', async () => {
    const [, , third] = await test.app.get(ConceptService).listApproaches();
    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    const page = await newPage();
    await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
    const admin = `${baseUrl}/verwaltung/kek/handlungsansaetze/${third.id}`;
    for (const title of [
      'Ausbau der Infrastruktur im Kreis',
      'Ausbau der Verkehrs- und Datennetze im Kreis',
    ]) {
      await page.goto(admin);
      await page.fill('#feld-title', title);
      await page.click('#formular button[type=submit]');
      await page.locator('.flash', { hasText: 'Gespeichert' }).waitFor();
    }

    await page.goto(`${admin}/fassungen/2`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Fassung 2: Ausbau der Infrastruktur im Kreis',
    );
    await page.goto(`${admin}/fassungen/3`);
    const removed = page.locator('del.diff-removed', { hasText: 'Infrastruktur' });
    const inserted = page.locator('ins.diff-added', { hasText: 'Verkehrs-' });
    const [removedBox, insertedBox] = await Promise.all([
      removed.boundingBox(),
      inserted.boundingBox(),
    ]);
    // On one line the inserted words start after a gap, not glued to the deleted one.
    expect(insertedBox!.x).toBeGreaterThan(removedBox!.x + removedBox!.width + 2);
    await expect(removed.textContent()).resolves.toBe('[entfernt: Infrastruktur]');
    await expect(page.locator('.diff__value').first().textContent()).resolves.toContain(
      'Infrastruktur] [eingefügt: Verkehrs-',
    );
    await expectAccessible(page, 'concept-admin-revision-diff');

    await page.goto(`${baseUrl}/verwaltung/kek`);
    await page.fill('#feld-q', 'Datennetze');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/verwaltung\/kek\?q=Datennetze$/);
    await expect(page.locator('#treffer').textContent()).resolves.toBe(
      '1 Treffer für „Datennetze“',
    );
    await expectAccessible(page, 'concept-admin-search');
    await page.click('#treffer + ul a');
    await page.waitForURL(new RegExp(`/verwaltung/kek/handlungsansaetze/${third.id}$`));
  });

  it('links public concept pages to the editor for editors, and only for them', async () => {
    const [first] = await test.app.get(ConceptService).listApproaches();
    const publicUrl = `${baseUrl}/kek/${first.fieldSlug}/${first.slug}`;
    const anonymous = await newPage();
    await anonymous.goto(publicUrl);
    await expect(anonymous.locator('.concept-edit-link').count()).resolves.toBe(0);
    const citizen = await createUser(test);
    await signIn(anonymous, baseUrl, citizen.email, TEST_PASSWORD);
    await anonymous.goto(publicUrl);
    await expect(anonymous.locator('.concept-edit-link').count()).resolves.toBe(0);

    const editor = await createUser(test, { roles: ['citizen', 'editor'] });
    const page = await newPage();
    await signIn(page, baseUrl, editor.email, TEST_PASSWORD);
    await page.goto(publicUrl);
    await expectAccessible(page, 'kek-approach-editor-link');
    await page.click('.concept-edit-link a');
    await page.waitForURL(new RegExp(`/verwaltung/kek/handlungsansaetze/${first.id}$`));
    await page.goto(`${baseUrl}/kek/${first.fieldSlug}`);
    await expect(page.locator('.concept-edit-link a').textContent()).resolves.toBe(
      'Handlungsfeld bearbeiten',
    );
  });
});
