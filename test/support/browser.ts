import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type TestApp, startTestApp } from './test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');
/** Screenshots of passing pages only when asked for (`SCREENSHOTS=true`); failing pages always. */
const ALL_SCREENSHOTS = process.env.SCREENSHOTS === 'true';
// The minified build: half the size of `axe.source`, so each page parses it faster.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** In CI the browser suite must run; elsewhere it is skipped when no Chromium is installed. */
export const describeInBrowser =
  existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  // Playwright gives every launch a fresh, throwaway profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    close: () => browser.close(),
  };
}

/**
 * axe with the WCAG 2.1 A/AA rules and best practices; returns violations in a form that reads well
 * in a failure. axe is put into each frame of the document once and asked for violations only: the
 * passes and the second page that `AxeBuilder` opens to merge results cost seconds on every check.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(
      () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function',
    );
    if (!present) await frame.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
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

/** Signs in through the login form. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/konto/anmelden`);
  await page.fill('#feld-email', email);
  await page.fill('#feld-password', password);
  await page.click('#formular button[type=submit]');
  await page.waitForURL(/\/konto$/);
}

export interface BrowserTestApp {
  test: TestApp;
  browser: Browser;
  baseUrl: string;
  close: () => Promise<void>;
}

/** The app listening on a free port, and a browser to visit it: one per suite. */
export async function startBrowserApp(
  environment: NodeJS.ProcessEnv = {},
): Promise<BrowserTestApp> {
  const test = await startTestApp(environment);
  let session: BrowserSession;
  try {
    await test.app.listen(0, '127.0.0.1');
    session = await launchBrowser();
  } catch (error) {
    await test.close();
    throw error;
  }
  return {
    test,
    browser: session.browser,
    baseUrl: `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`,
    // The app closes even when closing the browser fails.
    close: async () => {
      try {
        await session.close();
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
