import type { Page } from 'playwright-core';
import type { User } from '../../src/accounts/entities/user.entity.js';
import { createEvent } from '../factories/events.js';
import { createArticle } from '../factories/press.js';
import { createUser } from '../factories/users.js';
import { appRoutes, backOfficePagePaths } from './backoffice-routes.js';
import { type BrowserTestApp, keepScreenshot, startBrowserApp } from './browser.js';
import { publicFixtures } from './public-fixtures.js';

// WCAG 1.4.10: content reflows at 320 CSS px without scrolling in two dimensions.
const NARROW = { width: 320, height: 640 };
const PHONE = { width: 390, height: 844 };
// A heading with long German compounds, as the concept and its events have them.
const LONG_TITLE =
  'Fortschreibung des Kreisentwicklungskonzepts: Breitbandversorgungsinfrastruktur';

// Answers that are no page: the health probe and the own-data download.
const NOT_PAGES = ['/health', '/konto/daten'];

interface PageFindings {
  path: string;
  status: number;
  pokingOut: string[];
  scrollersOutOfReach: string[];
  overflowingHeadings: string[];
}

/** A page's public GET routes with their fixtures: pages only, no downloads, feeds or probes. */
function publicPaths(fixtures: Record<string, string>, routes: ReturnType<typeof appRoutes>) {
  return routes
    .filter(
      (route) =>
        route.method === 'GET' &&
        !route.path.startsWith('/verwaltung') &&
        !route.path.startsWith('/dokumente') &&
        !NOT_PAGES.includes(route.path) &&
        !/\.\w+$/.test(route.path),
    )
    .map((route) => {
      if (!route.path.includes(':')) return route.path;
      const path = fixtures[route.path];
      if (!path)
        throw new Error(`Add a fixture for ${route.path} to test/support/public-fixtures.ts`);
      return path;
    });
}

/**
 * What lies beyond the viewport's right edge, outermost first (an element is named only when its
 * parent still fits; text that runs out of its element names that element), leaving out what
 * scrolls inside its own container.
 */
function elementsPokingOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const right = (target: Element | Range) => target.getBoundingClientRect().right;
    const pokesOut = (element: Element | null) => !!element && right(element) > viewport + 0.5;
    // An absolutely positioned box is clipped only by scrollers around its containing block.
    const containingBlock = (element: Element) => {
      let box = element.parentElement;
      while (box && box !== document.body && getComputedStyle(box).position === 'static')
        box = box.parentElement;
      return box;
    };
    const insideScroller = (element: Element) => {
      const position = getComputedStyle(element).position;
      if (position === 'fixed') return false;
      for (
        let box = position === 'absolute' ? containingBlock(element) : element;
        box && box !== document.body;
        box = box.parentElement
      ) {
        if (getComputedStyle(box).overflowX !== 'visible') return !pokesOut(box);
      }
      return false;
    };
    const name = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      [...element.classList].map((className) => `.${className}`).join('');
    const describe = (element: Element, extent: number) => {
      const chain = [element.parentElement?.parentElement, element.parentElement, element]
        .filter((box): box is Element => !!box && box !== document.body)
        .map(name)
        .join(' > ');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${chain} "${text}" (right edge ${Math.round(extent)} px)`;
    };
    const found = new Map<Element, number>();
    for (const element of document.body.querySelectorAll('*')) {
      if (pokesOut(element) && !pokesOut(element.parentElement) && !insideScroller(element))
        found.set(element, right(element));
    }
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const owner = node.parentElement;
      if (!owner || pokesOut(owner) || insideScroller(owner)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (right(range) > viewport + 0.5) found.set(owner, right(range));
    }
    return [...found].slice(0, 5).map(([element, extent]) => describe(element, extent));
  });
}

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** Boxes that scroll sideways but cannot be scrolled by keyboard: no focus on them or in them. */
function scrollersOutOfReach(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter(
        (box) =>
          ['auto', 'scroll'].includes(getComputedStyle(box).overflowX) &&
          box.scrollWidth > box.clientWidth &&
          box.tabIndex < 0 &&
          !box.querySelector('a[href], button, input, select, textarea, [tabindex]'),
      )
      .map((box) => `${box.tagName.toLowerCase()}.${[...box.classList].join('.')}`),
  );
}

/** h1–h3 whose text runs out of their own box. */
function overflowingHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3')]
      .filter((heading) => heading.scrollWidth > heading.clientWidth)
      .map((heading) => `${heading.tagName.toLowerCase()} "${heading.textContent?.trim()}"`),
  );
}

/**
 * Visits each path at 320 px (the page must not scroll sideways; what scrolls inside its own box
 * must be reachable by keyboard) and at 390 px (no heading may run out of its box); keeps a
 * screenshot of each page that fails.
 */
export async function visitAll(page: Page, baseUrl: string, paths: string[], label: string) {
  const failures: PageFindings[] = [];
  for (const path of paths) {
    await page.setViewportSize(NARROW);
    const response = await page.goto(`${baseUrl}${path}`);
    const sideways = await scrollsSideways(page);
    const pokingOut = sideways ? await elementsPokingOut(page) : [];
    if (sideways && pokingOut.length === 0) pokingOut.push('(no single element found)');
    const outOfReach = await scrollersOutOfReach(page);
    await page.setViewportSize(PHONE);
    const headings = await overflowingHeadings(page);
    if (pokingOut.length > 0 || outOfReach.length > 0 || headings.length > 0) {
      const name = `reflow-${label}${path.replace(/[^\w]+/g, '-')}`;
      await page.setViewportSize(NARROW);
      await keepScreenshot(page, name, { failed: true });
      failures.push({
        path,
        status: response?.status() ?? 0,
        pokingOut,
        scrollersOutOfReach: outOfReach,
        overflowingHeadings: headings,
      });
    }
  }
  return failures;
}

export interface ReflowApp {
  app: BrowserTestApp;
  /** One page at 320 px, signed out. */
  page: Page;
  publicPaths: string[];
  backOfficePaths: string[];
  /** An account for the signed-in pass: the back office, and a round it may rate in. */
  admin: User;
}

/** The app with long titles in its lists, and the public and back-office pages to visit. */
export async function startReflowApp(): Promise<ReflowApp> {
  const app = await startBrowserApp();
  const { test } = app;
  // Long compounds, an e-mail address and a URL, on their own pages and in every list.
  const event = await createEvent(test, { title: LONG_TITLE });
  const article = await createArticle(test, {
    status: 'published',
    publishAt: new Date(Date.now() - 1000),
    title: LONG_TITLE,
    body: 'Fragen an presse-und-oeffentlichkeitsarbeit@kreisverwaltung-beispiel.de oder https://www.beispiel.de/kreisentwicklung/kreisentwicklungskonzept-2030/handlungsfelder/dokumentation.',
  });
  const admin = await createUser(test, { roles: ['citizen', 'admin', 'delegate'] });
  return {
    app,
    admin,
    publicPaths: [
      ...publicPaths(await publicFixtures(test, admin), appRoutes(test)),
      `/veranstaltungen/${event.slug}`,
      `/presse/${article.slug}`,
    ],
    backOfficePaths: await backOfficePagePaths(test),
    page: await app.newPage({ viewport: NARROW }),
  };
}
