// Jest's Node environment, failing a test file that leaves handles open (servers, sockets, pools,
// child processes, timers) and naming them. Jest itself only warns at the end of the run, when it
// must force-exit a worker, and that warning also comes without a leak when the machine is busy:
// this check waits for what a file closed to be gone, however long a busy machine takes, and
// fails only on what stays. Registered as testEnvironment in jest.config.js.
import { relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestEnvironment } from 'jest-environment-node';

/** How long closed handles (a pool's sockets, a child process being reaped) may take to go. */
const GRACE_MS = 20_000;
/** Requests in flight that end by themselves (file system calls, DNS look-ups), not handles. */
const TRANSIENT = new Set(['FSReqCallback', 'FSReqPromise', 'GetAddrInfoReqWrap', 'FileHandle']);

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

export default class LeakCheckingEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = relative(config.projectConfig.rootDir, context.testPath);
  }

  async setup() {
    // Opened on first use and kept for the whole worker: Jest's, not the test file's.
    void process.stdout;
    void process.stderr;
    this.before = openResources();
    this.addressesBefore = new Set(socketAddresses());
    await super.setup();
  }

  /** Runs after the file's afterAll hooks. */
  async teardown() {
    await super.teardown();
    const deadline = Date.now() + GRACE_MS;
    let left = leftOpen(this.before, openResources());
    while (left.length > 0 && Date.now() < deadline) {
      await sleep(50);
      left = leftOpen(this.before, openResources());
    }
    if (left.length === 0) return;
    const addresses = socketAddresses().filter((address) => !this.addressesBefore.has(address));
    throw new Error(
      `${this.testPath} left open after its afterAll hooks: ${left.join(', ')}` +
        `${addresses.length ? ` (${addresses.join('; ')})` : ''}. Close in afterAll what the file ` +
        'opens (find it with `npm run jest -- --runInBand --detectOpenHandles <file>`).',
    );
  }
}
