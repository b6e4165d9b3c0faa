import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Event } from '../../../src/events/entities/event.entity.js';
import type { ParticipationProcess } from '../../../src/participation/entities/participation-process.entity.js';
import { createEvent } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
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

const BUS = 'weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet';
const BUS_PAGE = `/kek/lebenswerte-orte/${BUS}`;

describeInBrowser('participation processes side by side in a real browser', () => {
  let test: TestApp;
  let close: () => Promise<void>;
  let newPage: BrowserTestApp['newPage'];
  let baseUrl: string;
  let forum: ParticipationProcess;
  let youth: ParticipationProcess;

  beforeAll(async () => {
    ({ test, newPage, baseUrl, close } = await startBrowserApp());
    forum = await createProcess(test, { title: 'KEK-Online-Forum', moderationMode: 'pre' });
    youth = await createProcess(test, {
      title: 'Jugendforum: Mobil auf dem Land',
      audience: 'youth',
      moderationMode: 'post',
      approachSlugs: [BUS],
    });
    const past = await createProcess(test, { title: 'Online-Forum 2016', closed: true });
    const bus = await approachBySlug(test, BUS);
    const adult = await createUser(test, { displayName: 'Pendlerin' });
    const young = await createUser(test, { displayName: 'Mika' });
    await createComment(test, {
      approach: bus,
      process: forum,
      author: adult,
      body: 'Der Rufbus muss auch am Wochenende fahren.',
    });
    await createComment(test, {
      approach: bus,
      process: youth,
      author: young,
      body: 'Nach dem Training fährt kein Bus mehr nach Hause.',
    });
    await createComment(test, {
      approach: bus,
      process: past,
      author: adult,
      body: 'Ein Kommentar aus dem Jahr 2016.',
    });
    const event = await createEvent(test, { title: 'Jugendforum in Parchim' });
    await test.app
      .get(DataSource)
      .getRepository(Event)
      .update({ id: event.id }, { process: { id: youth.id } });
  }, 60_000);

  afterAll(() => close?.());

  async function pageAs(email?: string, width = 1280): Promise<Page> {
    const page = await newPage({ viewport: { width, height: 900 } });
    if (email) await signIn(page, baseUrl, email, TEST_PASSWORD);
    return page;
  }

  /** What sticks out on the right when the page scrolls sideways (nothing when it does not). */
  const sideways = (page: Page) =>
    page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth
        ? [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
            .slice(0, 5)
            .map((element) => `${element.tagName}.${element.className}`)
        : [],
    );

  it('has no axe violations on the process pages and on an approach page with two discussions', async () => {
    const citizen = await createUser(test);
    for (const [name, email] of [
      ['anonymous', undefined],
      ['signed-in', citizen.email],
    ] as const) {
      const page = await pageAs(email);
      for (const [view, path] of [
        ['participation', '/beteiligung'],
        ['process-youth', `/beteiligung/${youth.slug}`],
        ['process-adult', `/beteiligung/${forum.slug}`],
        ['approach-two-discussions', BUS_PAGE],
      ]) {
        await page.goto(baseUrl + path);
        await expectAccessible(page, `${view}-${name}`);
      }
      await expect(page.locator('section.discussion').count()).resolves.toBe(2);
      await expect(page.locator('details.discussion--closed').count()).resolves.toBe(1);
    }
    const signUp = await pageAs();
    await signUp.goto(`${baseUrl}/konto/registrieren?zielgruppe=jugend`);
    await expectAccessible(signUp, 'register-youth');
  }, 300_000);

  it('scrolls no page of a process sideways at 320 px', async () => {
    const page = await pageAs(undefined, 320);
    for (const path of ['/beteiligung', `/beteiligung/${youth.slug}`, BUS_PAGE]) {
      await page.goto(baseUrl + path);
      expect([path, await sideways(page)]).toEqual([path, []]);
    }
  });

  it('opens a closed discussion by keyboard and shows its comments', async () => {
    const page = await pageAs();
    await page.goto(baseUrl + BUS_PAGE);
    await expect(page.getByText('Ein Kommentar aus dem Jahr 2016.').isVisible()).resolves.toBe(
      false,
    );
    await tabTo(page, 'details.discussion--closed > summary');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ein Kommentar aus dem Jahr 2016.').isVisible()).resolves.toBe(
      true,
    );
  });

  it('writes a comment in the youth process by keyboard alone, in its own words', async () => {
    const young = await createUser(test, { displayName: 'Tastatur-Jugend' });
    const page = await pageAs(young.email);
    await page.goto(baseUrl + BUS_PAGE);
    await tabTo(page, `#formular-${youth.slug} button[type=submit]`);
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Schreib bitte etwas.',
    );
    // The refusal opens at the error summary, not at the top of a long page.
    expect(page.url()).toMatch(/#fehler$/);
    await inView(page, '.error-summary');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fehler');
    await expectAccessible(page, 'approach-youth-comment-error');

    await tabTo(page, `feld-body-${youth.slug}`);
    await page.keyboard.type('Per Tastatur: ein Nachtbus am Freitag wäre toll!');
    await tabTo(page, `#formular-${youth.slug} button[type=submit]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#kommentar-\d+$/);
    await expect(page.locator('.flash').textContent()).resolves.toContain(
      'Danke! Dein Kommentar ist jetzt online.',
    );
    await inView(page, '[id^="kommentar-"]:target');
    const youthThread = page.locator(`#diskussion-${youth.slug}`);
    await expect(
      youthThread.getByText('Per Tastatur: ein Nachtbus am Freitag wäre toll!').count(),
    ).resolves.toBe(1);
    await expect(
      page
        .locator(`#diskussion-${forum.slug}`)
        .getByText('Per Tastatur: ein Nachtbus am Freitag wäre toll!')
        .count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'approach-youth-comment-written');
  });
});

/** Waits until the element's top edge is inside the visible part of the page, give or take layout rounding (fails after 5 s). */
async function inView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const top = document.querySelector(target)?.getBoundingClientRect().top;
      return top !== undefined && top > -1 && top < window.innerHeight;
    },
    selector,
    { timeout: 5000 },
  );
}
