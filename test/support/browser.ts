import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type TestApp, startTestApp } from './test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

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
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** axe with the WCAG 2.1 A/AA rules; returns violations in a form that reads well in a failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
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
  await test.app.listen(0, '127.0.0.1');
  const session = await launchBrowser();
  return {
    test,
    browser: session.browser,
    baseUrl: `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`,
    close: async () => {
      await session.close();
      await test.close();
    },
  };
}

/** Keeps a full-page screenshot and expects no axe violations, naming the page in a failure. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect([name, await accessibilityViolations(page)]).toEqual([name, []]);
}
