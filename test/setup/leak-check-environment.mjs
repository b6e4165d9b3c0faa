// Jest's Node environment, failing a test file that leaves handles open (servers, sockets, pools,
// child processes, timers) and naming them; Jest itself only warns at the end of the run, when it
// must force-exit a worker. This check waits for what a file closed to be gone, however long a
// busy machine takes, and fails only on what stays. With KEK_LEAK_TRACE=1 it also prints where
// each was opened. A worker with nothing open ends when idle, or at once when Jest asks it to.
// Registered as testEnvironment in jest.config.js.
import { createHook } from 'node:async_hooks';
import { relative } from 'node:path';
import { clearTimeout, setImmediate, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestEnvironment } from 'jest-environment-node';
import { closeContextsLeftOpen, workerBrowser } from '../support/worker-browser.mjs';
import { TestModules } from './test-modules.mjs';

/** How long closed handles (a pool's sockets, a child process being reaped) may take to go. */
const GRACE_MS = 20_000;
/** Requests in flight that end by themselves (file system calls, DNS look-ups), not handles. */
const TRANSIENT = new Set(['FSReqCallback', 'FSReqPromise', 'GetAddrInfoReqWrap', 'FileHandle']);
/** jest-worker's message asking a worker to end (CHILD_MESSAGE_END). */
const END_MESSAGE = 2;

/** What keeps the worker process alive, by kind ("TCPWrap", "Timeout", "ProcessWrap", …). */
function openResources() {
  const counts = new Map();
  for (const kind of process.getActiveResourcesInfo()) {
    if (!TRANSIENT.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

function leftOpen(before, after) {
  return [...after]
    .filter(([kind, count]) => count > (before.get(kind) ?? 0))
    .map(([kind, count]) => `${kind} ×${count - (before.get(kind) ?? 0)}`);
}

/** Where the open sockets and servers listen or point to, to tell which one was not closed. */
function socketAddresses() {
  return process
    ._getActiveHandles()
    .map((handle) => {
      if (typeof handle.listening === 'boolean' && handle.listening) {
        const address = handle.address();
        return typeof address === 'object' && address ? `server on port ${address.port}` : null;
      }
      if (handle.remotePort) return `socket to port ${handle.remotePort}`;
      if (typeof handle.pid === 'number' && handle.spawnargs) {
        return `child process ${handle.pid} (${handle.spawnargs.join(' ').slice(0, 80)})`;
      }
      return null;
    })
    .filter(Boolean);
}

/** What a worker writes to stderr when something of a test file is open as it should end. */
export const STILL_OPEN = 'still open as it should end';
/** jest-worker's message handing a worker a test file (CHILD_MESSAGE_CALL). */
const CALL_MESSAGE = 1;
/** How long a worker without a test file waits for another before it ends by itself. */
const IDLE_MS = 2_000;
/**
 * The exit code of a worker that ended while idle. Not 0: should jest-worker have handed it a test
 * file in the meantime, it then starts a new worker and hands the file to that one.
 */
const IDLE_EXIT_CODE = 3;

/**
 * Ends the worker when Jest asks it to, and already before when it has had no test file for
 * IDLE_MS. Measured with strace: a worker's end takes longer than the 500 ms Jest waits before it
 * force-exits it, on a busy machine, though the worker calls process.exit() within a millisecond of
 * the request. After exit() Playwright SIGKILLs the worker's Chromium and deletes its profile
 * synchronously (45–180 ms on disk: it is kept in memory now, see test/support/worker-browser.mjs),
 * Node stops its threads (15–50 ms), then the kernel frees the worker's memory, 0.5 GB after a few
 * files (130–360 ms): only then does Jest's process learn of the exit. Both workers did this at
 * once, beside their dying Chromiums. Jest asks for the end only when the last test file is done,
 * while the other worker has mostly been idle for seconds: that one ends by itself meanwhile, and
 * at Jest's request only one worker is left to end. With something of a test file open, the worker
 * does not end by itself, and at Jest's request it names what is open on stderr and stays: Jest
 * force-exits it and the force-exit reporter fails the run. Installed once per worker process.
 */
function endTheWorker() {
  const installed = Symbol.for('kek.endTheWorker');
  if (!process.send) return { busy() {}, idle() {} };
  if (globalThis[installed]) return globalThis[installed];
  void process.stdout;
  void process.stderr;
  const workersOwn = openResources();
  let idleTimer = null;
  const busy = () => {
    clearTimeout(idleTimer);
    idleTimer = null;
  };
  const onMessage = (message) => {
    if (!Array.isArray(message)) return;
    if (message[0] === CALL_MESSAGE) busy();
    if (message[0] !== END_MESSAGE) return;
    busy();
    process.off('message', onMessage);
    const left = leftOpen(workersOwn, openResources());
    if (left.length === 0) {
      // After jest-worker's own listener has seen the message; writes to pipes are synchronous.
      setImmediate(() => process.exit());
      return;
    }
    const addresses = socketAddresses();
    process.stderr.write(
      `Jest worker ${process.env.JEST_WORKER_ID} ${STILL_OPEN}: ${left.join(', ')}` +
        `${addresses.length ? ` (${addresses.join('; ')})` : ''}\n`,
    );
  };
  process.prependListener('message', onMessage);
  const endWhenIdle = () => {
    if (leftOpen(workersOwn, openResources()).length === 0) process.exit(IDLE_EXIT_CODE);
  };
  globalThis[installed] = {
    /** A test file starts. */
    busy,
    /** A test file is done: unless another comes within IDLE_MS, the worker ends. */
    idle() {
      busy();
      idleTimer = setTimeout(endWhenIdle, IDLE_MS).unref();
    },
  };
  return globalThis[installed];
}

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
    this.workerEnd = endTheWorker();
    this.workerEnd.busy();
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

  async teardown() {
    await super.teardown();
    this.workerEnd.idle();
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
