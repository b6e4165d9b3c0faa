import { TEST_PASSWORD } from '../../factories/users.js';
import { describeInBrowser, signIn } from '../../support/browser.js';
import { type ReflowApp, startReflowApp, visitAll } from '../../support/reflow.js';

describeInBrowser('every back-office page reflows on a narrow screen (WCAG 1.4.10)', () => {
  let reflow: ReflowApp;

  beforeAll(async () => {
    reflow = await startReflowApp();
  }, 120_000);

  afterAll(() => reflow?.app.close());

  it('fits every back-office page into 320 px and its headings into 390 px, as admin', async () => {
    const { app, page, backOfficePaths, admin } = reflow;
    expect(backOfficePaths.length).toBeGreaterThan(40);
    await signIn(page, app.baseUrl, admin.email, TEST_PASSWORD);
    await expect(visitAll(page, app.baseUrl, backOfficePaths, 'admin')).resolves.toEqual([]);
  }, 600_000);
});
