import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type axe from 'axe-core';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  CDPSession,
  Page,
} from 'playwright-core';
import { csrfToken } from './forms.js';
import { type TestApp, startTestApp } from './test-app.js';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');
/** Screenshots of passing pages only when asked for (`SCREENSHOTS=true`); failing pages always. */
const ALL_SCREENSHOTS = process.env.SCREENSHOTS === 'true';
// The minified build: half the size of `axe.source`, so each page parses it faster.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The Jest worker's browser, which the test environment hands to each file
 * (`test/support/worker-browser.mjs`): launched by the worker's first browser test file, kept for
 * its later ones.
 */
const { workerBrowser } = globalThis as unknown as {
  workerBrowser: { installed: boolean; get(): Promise<Browser> };
};

/** In CI the browser suite must run; elsewhere it is skipped when no Chromium is installed. */
export const describeInBrowser =
  workerBrowser.installed || process.env.CI === 'true' ? describe : describe.skip;

/** A DevTools session per page, opened at its first check: it puts axe into the page's documents. */
const devToolsSessions = new WeakMap<Page, Promise<CDPSession>>();

/** Where a tab keeps axe's source for its later documents of the same origin. */
const AXE_STORAGE_KEY = 'axe-core-source';
/** Runs axe from the tab's session storage unless the document has it; false when it is not kept. */
const LOAD_KEPT_AXE = `(() => {
  if (typeof window.axe?.run === 'function') return true;
  let source = null;
  try {
    source = sessionStorage.getItem('${AXE_STORAGE_KEY}');
  } catch {}
  if (source === null) return false;
  (0, eval)(source);
  return true;
})()`;
/** Runs axe's source and keeps it in the tab's session storage (a page without an origin has none). */
const LOAD_AND_KEEP_AXE = `((source) => {
  try {
    sessionStorage.setItem('${AXE_STORAGE_KEY}', source);
  } catch {}
  (0, eval)(source);
})(${JSON.stringify(AXE_SOURCE)})`;

/**
 * Puts axe into each frame of the page that lacks it. The main frame gets it through DevTools; its
 * 550 KB travel to a tab once per origin and stay in the tab's session storage (the app keeps
 * nothing there), from where each later document runs them. Sending them anew cost Chromium
 * 100–150 ms of CPU per document: a check's injection now costs 60 ms of CPU instead of 200.
 */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) {
      const devTools = await devToolsSession(page);
      if ((await evaluateThroughDevTools(devTools, LOAD_KEPT_AXE)) !== true)
        await evaluateThroughDevTools(devTools, LOAD_AND_KEEP_AXE);
      continue;
    }
    const present = await frame.evaluate(
      () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function',
    );
    if (!present) await frame.evaluate(AXE_SOURCE);
  }
}

function devToolsSession(page: Page): Promise<CDPSession> {
  let session = devToolsSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    devToolsSessions.set(page, session);
  }
  return session;
}

async function evaluateThroughDevTools(session: CDPSession, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`axe could not be loaded: ${exceptionDetails.text}`);
  return result.value;
}

/**
 * axe with the WCAG 2.1 A/AA rules and best practices; returns violations in a form that reads well
 * in a failure. axe is put into each frame of the document once and asked for violations only: the
 * passes and the second page that `AxeBuilder` opens to merge results cost seconds on every check.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      // The style sheets' rules are read only for css-orientation-lock, an experimental rule that
      // these tags leave out; reading them costs a quarter of a small page's check.
      preload: { assets: ['media'] },
    });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, AXE_TAGS);
}

/** Keeps a screenshot of the page under the name, when asked for or when a check failed. */
export async function keepScreenshot(
  page: Page,
  name: string,
  { failed = false, fullPage = true } = {},
): Promise<void> {
  if (failed || ALL_SCREENSHOTS)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** axe's violations on the page; keeps a screenshot when there are any (or when asked for). */
export async function checkedViolations(page: Page, name: string): Promise<string[]> {
  const violations = await accessibilityViolations(page);
  await keepScreenshot(page, name, { failed: violations.length > 0 });
  return violations;
}

/** Presses Tab until the element matching the selector has the focus; fails if it is not reachable. */
export async function tabTo(page: Page, idOrSelector: string): Promise<void> {
  const selector = /^[\w-]+$/.test(idOrSelector) ? `#${idOrSelector}` : idOrSelector;
  for (let step = 0; step < 120; step += 1) {
    if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} cannot be reached with the Tab key`);
}

/**
 * Signs in without the form, through the page's own request context, which shares the cookies of
 * the page (the accounts suite signs in through the form by keyboard). The page stays where it was.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  // A pooled page's context may hold a keep-alive connection the server is just closing (idle for
  // its 5 s): the GET may be sent again, as a browser would.
  const form = await page.request.get(`${baseUrl}/konto/anmelden`, { maxRetries: 1 });
  const response = await page.request.post(`${baseUrl}/konto/anmelden`, {
    form: { email, password, _csrf: csrfToken(await form.text()) },
    maxRedirects: 0,
  });
  if (response.status() !== 303 || response.headers().location !== '/konto')
    throw new Error(`Signing in as ${email} failed with ${response.status()}`);
}

/** Playwright's viewport when the options name none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
/** Playwright's default timeout of actions and navigations. */
const DEFAULT_TIMEOUT = 30_000;
/** The holder of pages taken in a suite's `beforeAll`, before any test runs: kept to the end. */
const SUITE = Symbol('suite');

interface PooledPage {
  key: string;
  page: Page;
  holder: string | typeof SUITE;
}

/**
 * A test file's pages of the worker's browser, each in a context of its own, handed out again to
 * later tests: a new context with its first page load costs about 1.6 s, a reused page 0.3 s. A
 * page belongs to the test that took it until a later test asks for a page (Jest runs the tests of
 * a file one after another); before it is handed out again, everything a test can leave on a page
 * is put back. The contexts are closed with the file's app.
 */
class PagePool {
  private pages: PooledPage[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const holder = expect.getState().currentTestName ?? SUITE;
    // Each page handed out again gets the viewport asked for, so pages of any size share a pool.
    const { viewport, ...contextOptions } = options;
    const key = JSON.stringify(viewport === null ? options : contextOptions);
    this.pages = this.pages.filter((pooled) => !pooled.page.isClosed());
    const free = this.pages.find(
      (pooled) => pooled.key === key && pooled.holder !== SUITE && pooled.holder !== holder,
    );
    if (free) {
      free.holder = holder;
      await resetPage(free.page, options, this.baseUrl);
      return free.page;
    }
    const context = await this.browser.newContext(options);
    this.contexts.push(context);
    const page = await context.newPage();
    this.pages.push({ key, page, holder });
    return page;
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

/** Forgets what the last test did with the page: its session, tabs, listeners, routes and settings. */
async function resetPage(
  page: Page,
  options: BrowserContextOptions,
  baseUrl: string,
): Promise<void> {
  const context = page.context();
  await Promise.all(
    context
      .pages()
      .filter((other) => other !== page)
      .map((other) => other.close()),
  );
  await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
  // All but Playwright's own listener on 'close', which the context's close() waits for.
  for (const event of (context as unknown as NodeJS.EventEmitter).eventNames()) {
    if (event !== 'close')
      await context.removeAllListeners(String(event), { behavior: 'ignoreErrors' });
  }
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  // The app keeps nothing in web storage: the cookies are all of a session.
  await context.clearCookies();
  await context.clearPermissions();
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  page.setDefaultNavigationTimeout(DEFAULT_TIMEOUT);
  if (options.viewport !== null) await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
  await page.emulateMedia({
    media: null,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    forcedColors: options.forcedColors ?? 'none',
    contrast: options.contrast ?? 'no-preference',
  });
  // Away from the last test's document to one of the app's own origin, not to about:blank: the
  // app's pages open in a browsing context group of their own (Cross-Origin-Opener-Policy), so
  // from about:blank Chromium would start a renderer process for each test and drop what the old
  // one had parsed and compiled (the style sheets, axe).
  await page.goto(`${baseUrl}/health`);
}

export interface BrowserTestApp {
  test: TestApp;
  baseUrl: string;
  /**
   * A page in a context of its own with these options, reused from an earlier test when one is
   * free; taken in the top-level `beforeAll` (before any test ran), it stays with the suite. Two
   * people at once are two pages.
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  close: () => Promise<void>;
}

/** The app listening on a free port; closed again when it cannot listen. */
async function startListeningApp(environment: NodeJS.ProcessEnv): Promise<TestApp> {
  const test = await startTestApp(environment);
  try {
    await test.app.listen(0, '127.0.0.1');
  } catch (error) {
    await test.close();
    throw error;
  }
  return test;
}

/** The app listening on a free port, and a page pool of the worker's browser to visit it. */
export async function startBrowserApp(
  environment: NodeJS.ProcessEnv = {},
): Promise<BrowserTestApp> {
  // The worker's first browser test file launches the browser while the app starts.
  const [started, launched] = await Promise.allSettled([
    startListeningApp(environment),
    workerBrowser.get(),
  ]);
  if (started.status === 'rejected') throw started.reason;
  const test = started.value;
  if (launched.status === 'rejected') {
    await test.close();
    throw launched.reason;
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const baseUrl = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
  const pool = new PagePool(launched.value, baseUrl);
  return {
    test,
    newPage: (options) => pool.newPage(options),
    baseUrl,
    // The app closes even when closing the file's contexts fails.
    close: async () => {
      try {
        await pool.close();
      } finally {
        await test.close();
      }
    },
  };
}

/** Expects no axe violations, naming the page in a failure (and keeping its screenshot). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect([name, await checkedViolations(page, name)]).toEqual([name, []]);
}
