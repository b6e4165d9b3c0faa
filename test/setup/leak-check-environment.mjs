// Jest's Node environment, failing a test file that leaves handles open (servers, sockets, pools,
// child processes, timers) and naming them; Jest itself only warns at the end of the run, when it
// must force-exit a worker. This check waits for what a file closed to be gone, however long a
// busy machine takes, and fails only on what stays. With KEK_LEAK_TRACE=1 it also prints where
// each was opened. How the worker ends: worker-end.mjs.
// Registered as testEnvironment in jest.config.js.
import { createHook } from 'node:async_hooks';
import { relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestEnvironment } from 'jest-environment-node';
import { closeContextsLeftOpen, workerBrowser } from '../support/worker-browser.mjs';
import { leftOpen, openResources, socketAddresses } from './open-resources.mjs';
import { TestModules } from './test-modules.mjs';
import { endTheWorkerWhenTold } from './worker-end.mjs';

/** How long closed handles (a pool's sockets, a child process being reaped) may take to go. */
const GRACE_MS = 20_000;

/** Where every handle and timer opened from now on was opened (costly: only with KEK_LEAK_TRACE). */
function traceOpenings() {
  const openedAt = new Map();
  let opened = 0;
  const hook = createHook({
    init: (id, type) => {
      if (type !== 'PROMISE')
        openedAt.set(id, { order: ++opened, where: `${type} ${new Error().stack}` });
    },
    destroy: (id) => openedAt.delete(id),
  }).enable();
  return {
    stop: () => hook.disable(),
    /** How many were opened so far: `stillOpen(since)` lists only the later ones. */
    opened: () => opened,
    stillOpen: (since = 0) =>
      [...openedAt.values()]
        .filter(({ order }) => order > since)
        .map(({ where }) => where)
        .join('\n'),
  };
}

export default class LeakCheckingEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = relative(config.projectConfig.rootDir, context.testPath);
    this.modules = new TestModules(config.projectConfig.rootDir, this.testPath);
  }

  async setup() {
    endTheWorkerWhenTold();
    // Opened on first use and kept for the whole worker: Jest's, not the test file's.
    void process.stdout;
    void process.stderr;
    this.before = openResources();
    this.addressesBefore = new Set(socketAddresses());
    if (process.env.KEK_LEAK_TRACE) this.trace = traceOpenings();
    await super.setup();
    // The worker's browser, kept for its later test files (test/support/browser.ts).
    this.global.workerBrowser = workerBrowser;
  }

  /**
   * After each test module's afterAll hooks (its top-level describe blocks: a group file imports
   * several modules) and once more after the file's: a leak is added to the file's errors, naming
   * the module, so that the results of its tests are still shown (a test that timed out often is
   * what left something running). Also records each module's time for the timing reporter.
   */
  handleTestEvent(event, state) {
    const { name, describeBlock } = event;
    if (name === 'start_describe_definition') this.modules.defined(event.asyncError, state);
    if (name === 'test_done') this.modules.counted(event.test, state);
    if (name === 'run_describe_start' && this.modules.isTopLevel(describeBlock, state)) {
      this.modules.started(describeBlock);
      this.tracedSince = this.trace?.opened();
    }
    if (name === 'run_describe_finish' && this.modules.isTopLevel(describeBlock, state)) {
      this.modules.finished(describeBlock);
      return this.check(this.modules.name(describeBlock), state, this.tracedSince);
    }
    if (name === 'run_finish') {
      this.modules.write();
      return this.check(this.testPath, state, 0).finally(() => this.trace?.stop());
    }
    return undefined;
  }

  async check(owner, state, tracedSince) {
    const leak = await this.leak(owner, tracedSince);
    if (leak) state.unhandledErrors.push(leak);
  }

  /**
   * What is open beyond what was before, once the grace time allows; what is found counts as the
   * owner's and is not held against a later module.
   */
  async leak(owner, tracedSince) {
    const contexts = await closeContextsLeftOpen();
    const deadline = Date.now() + GRACE_MS;
    let left = leftOpen(this.before, openResources());
    while (left.length > 0 && Date.now() < deadline) {
      await sleep(50);
      left = leftOpen(this.before, openResources());
    }
    if (contexts > 0) left.push(`browser contexts ×${contexts}`);
    if (left.length === 0) return null;
    if (this.trace)
      process.stderr.write(`Opened by ${owner}:\n${this.trace.stillOpen(tracedSince)}\n`);
    const addresses = socketAddresses().filter((address) => !this.addressesBefore.has(address));
    this.before = openResources();
    this.addressesBefore = new Set(socketAddresses());
    return new Error(
      `${owner} left open after its afterAll hooks: ${left.join(', ')}` +
        `${addresses.length ? ` (${addresses.join('; ')})` : ''}. Close in afterAll what the file ` +
        'opens (KEK_LEAK_TRACE=1 prints where it was opened).',
    );
  }
}
