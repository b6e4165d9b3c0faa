import { TEST_PASSWORD } from '../../factories/users.js';
import { describeInBrowser, signIn } from '../../support/browser.js';
import { type ReflowApp, startReflowApp, visitAll } from '../../support/reflow.js';

describeInBrowser('every public page reflows on a narrow screen (WCAG 1.4.10)', () => {
  let reflow: ReflowApp;

  beforeAll(async () => {
    reflow = await startReflowApp();
  }, 120_000);

  afterAll(() => reflow?.app.close());

  it('fits every public page into 320 px and its headings into 390 px, signed out', async () => {
    const { app, page, publicPaths } = reflow;
    expect(publicPaths.length).toBeGreaterThan(25);
    await expect(visitAll(page, app.baseUrl, publicPaths, 'anonymous')).resolves.toEqual([]);
  }, 600_000);

  it('fits every public page into 320 px and its headings into 390 px, as admin', async () => {
    const { app, page, publicPaths, admin } = reflow;
    await signIn(page, app.baseUrl, admin.email, TEST_PASSWORD);
    await expect(visitAll(page, app.baseUrl, publicPaths, 'admin')).resolves.toEqual([]);
  }, 600_000);
});
