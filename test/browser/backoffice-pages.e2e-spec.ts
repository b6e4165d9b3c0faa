import type { Browser } from 'playwright-core';
import { TEST_PASSWORD, createUser } from '../factories/users.js';
import {
  backOfficeFixtures,
  backOfficeRoutes,
  concretePath,
} from '../support/backoffice-routes.js';
import {
  describeInBrowser,
  checkedViolations,
  signIn,
  startBrowserApp,
} from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

describeInBrowser('every back-office page in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ({ test, browser, baseUrl, close } = await startBrowserApp());
  }, 60_000);

  afterAll(() => close?.());

  it('has no axe violations on any page under /verwaltung (every GET route, with real data)', async () => {
    const parameters = await backOfficeFixtures(test);
    const paths = backOfficeRoutes(test)
      // Pages, not downloads (CSV exports).
      .filter((route) => route.method === 'GET' && !/\.\w+$/.test(route.path))
      .map((route) => concretePath(route.path, parameters));
    expect(paths.length).toBeGreaterThan(40);
    const admin = await createUser(test, { roles: ['citizen', 'admin'] });
    const page = await (await browser.newContext()).newPage();
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
});
