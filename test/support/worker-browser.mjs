// One Chromium per Jest worker. The test environment (test/setup/leak-check-environment.mjs) loads
// this file once per worker, outside the test files' module sandbox, and hands `workerBrowser` to
// each file: the first browser test file of a worker launches the browser, the later ones reuse
// it, each in contexts of its own (test/support/browser.ts). Per file this saves a launch (0.5–1 s
// of Chromium's CPU) and playwright-core's import into the file's sandbox (0.7 s of the worker's).
import { accessSync, constants, existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSER = '/usr/bin/chromium';
/**
 * Debian's headless shell when it is installed: the same engine as the full browser at about half
 * its CPU per page. `CHROMIUM_PATH` names another build.
 */
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // V8 stops at its baseline compiler: axe runs once per document, and optimising its code
  // anew for each one cost more than it saved (axe.run 560 → 240 ms of Chromium CPU a page).
  '--js-flags=--max-opt=1',
];

let launched = null;
let browser = null;

/** Handed to each test file as `workerBrowser`. */
export const workerBrowser = {
  installed: existsSync(CHROMIUM),
  /**
   * The worker's browser, launched on the first call. Its process and pipes neither keep the
   * worker alive nor count as a test file's leak: Playwright kills it and deletes its profile when
   * the worker's process exits, however it ends.
   */
  get() {
    launched ??= launch().catch((error) => {
      launched = null;
      throw error;
    });
    return launched;
  },
};

/**
 * In memory (/dev/shm) where there is such a place: Playwright puts the browser's profile into the
 * temporary folder and deletes it synchronously as the worker exits, which on disk took 45–180 ms of
 * the 500 ms Jest waits for a worker to end (test/setup/worker-end.mjs).
 */
function inMemoryFolder() {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return null;
  }
}

async function launch() {
  const { chromium } = await import('playwright-core');
  const before = new Set(process._getActiveHandles());
  // Playwright makes its folders in os.tmpdir() as it launches the browser.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = inMemoryFolder() ?? tmpdir ?? '';
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  for (const handle of process._getActiveHandles()) {
    if (!before.has(handle) && handle.spawnfile === CHROMIUM) {
      handle.unref();
      for (const stream of handle.stdio) stream?.unref?.();
    }
  }
  return browser;
}

/** Closes the contexts a test file left open in the worker's browser; says how many there were. */
export async function closeContextsLeftOpen() {
  const contexts = browser?.contexts() ?? [];
  await Promise.all(contexts.map((context) => context.close()));
  return contexts.length;
}
