import { TEST_PASSWORD, createUser } from '../factories/users.js';
import { backOfficePagePaths } from './backoffice-routes.js';
import { type BrowserTestApp, checkedViolations, signIn, startBrowserApp } from './browser.js';

/**
 * The back-office pages split into areas of about the same size, one test file each, so the Jest
 * workers share them; a page under none of the prefixes belongs to `rest`, so every page is checked.
 */
const AREAS = {
  events: ['/verwaltung/veranstaltungen', '/verwaltung/startseite', '/verwaltung/seiten'],
  press: ['/verwaltung/presse', '/verwaltung/kek', '/verwaltung/ansprechpartner'],
};

export type BackOfficeArea = keyof typeof AREAS | 'rest';

export function areaOf(path: string): BackOfficeArea {
  const found = Object.entries(AREAS).find(([, prefixes]) =>
    prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
  );
  return (found?.[0] as BackOfficeArea | undefined) ?? 'rest';
}

/**
 * Visits every GET page of the area as an admin, with real data, and expects status 200 and no axe
 * violations on each.
 */
export function checkBackOfficeArea(area: BackOfficeArea): void {
  let app: BrowserTestApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  }, 60_000);

  afterAll(() => app?.close());

  it(`has no axe violations on any back-office page of the area "${area}" (every GET route, with real data)`, async () => {
    const { test, baseUrl } = app;
    const allPaths = await backOfficePagePaths(test);
    expect(allPaths.length).toBeGreaterThan(40);
    const paths = allPaths.filter((path) => areaOf(path) === area);
    expect(paths.length).toBeGreaterThan(5);
    const admin = await createUser(test, { roles: ['citizen', 'admin'] });
    const page = await app.newPage();
    await signIn(page, baseUrl, admin.email, TEST_PASSWORD);
    const results: [string, number, string[]][] = [];
    for (const path of paths) {
      const response = await page.goto(`${baseUrl}${path}`);
      const name = `backoffice${path.replace(/\/verwaltung/, '').replace(/[^\w]+/g, '-')}`;
      results.push([path, response?.status() ?? 0, await checkedViolations(page, name)]);
    }
    expect(
      results.filter(([, status, violations]) => status !== 200 || violations.length > 0),
    ).toEqual([]);
  }, 600_000);
}
