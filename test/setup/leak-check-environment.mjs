// Jest's Node environment that fails a test file which leaves handles open (servers, sockets,
// pools, child processes, timers): Jest would only notice at the end of the run, without naming
// the file, or not at all. Registered as testEnvironment in jest.config.js.
import { relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestEnvironment } from 'jest-environment-node';

/** How long closing handles (a pool's idle clients, a server's sockets) may take to go. */
const GRACE_MS = 5_000;

/** What keeps this process alive, counted by kind ("TCPWrap", "Timeout", "ProcessWrap", …). */
function openResources() {
  const counts = new Map();
  for (const kind of process.getActiveResourcesInfo())
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

function leftOpen(before, after) {
  return [...after]
    .filter(([kind, count]) => count > (before.get(kind) ?? 0))
    .map(([kind, count]) => `${kind} ×${count - (before.get(kind) ?? 0)}`);
}

export default class LeakCheckingEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = relative(config.projectConfig.rootDir, context.testPath);
  }

  async setup() {
    // Opened on first use and kept for the process: not the test file's to close.
    void process.stdout;
    void process.stderr;
    this.before = openResources();
    await super.setup();
  }

  async teardown() {
    if (this.tornDown) return;
    this.tornDown = true;
    await super.teardown();
    const deadline = Date.now() + GRACE_MS;
    let left = leftOpen(this.before, openResources());
    while (left.length > 0 && Date.now() < deadline) {
      await sleep(50);
      left = leftOpen(this.before, openResources());
    }
    if (left.length > 0) {
      throw new Error(
        `${this.testPath} left open: ${left.join(', ')}. Close in afterAll what the file opens ` +
          '(find it with `npm run jest -- --detectOpenHandles <file>`).',
      );
    }
  }
}
