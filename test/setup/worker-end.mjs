// How a Jest worker ends: told by the force-exit reporter (in Jest's process) once the last test
// file is done, it ends by itself, and Jest's request to end (after which Jest waits 500 ms before
// it kills the worker) finds it gone.
//
// Why: a worker's end takes longer than 500 ms on a busy machine, though it calls process.exit()
// within a millisecond of Jest's request (measured with strace). After exit() Playwright SIGKILLs
// the worker's Chromium and deletes its profile, Node stops its threads (15–50 ms), then the kernel
// frees the worker's memory, 0.5 GB after a few files (130–360 ms): only then does Jest's process
// learn of the exit. The reporter waits for that as long as it takes, so a forced exit means that
// a worker kept something of a test file open, and fails the run.
import { readFileSync, readdirSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { leftOpen, openResources, socketAddresses } from './open-resources.mjs';

/** The signal by which the reporter tells a worker that the run is over. */
const RUN_OVER = 'SIGUSR2';
/** What a worker writes to stderr when something of a test file is open as it should end. */
export const STILL_OPEN = 'still open as it should end';
/** jest-worker's message asking a worker to end (CHILD_MESSAGE_END): after a bail or an interrupt. */
const END_MESSAGE = 2;
/** How long the reporter waits for the workers to be gone. */
const END_TIMEOUT_MS = 30_000;

/**
 * In a worker (installed once, by its first test file's environment): ends the process when the
 * run is over, with exit code 0, which jest-worker takes for a worker that is done. With something
 * of a test file open, it names it on stderr and stays: Jest force-exits it and the run fails.
 */
export function endTheWorkerWhenTold() {
  const installed = Symbol.for('kek.endTheWorkerWhenTold');
  if (!process.send || globalThis[installed]) return;
  globalThis[installed] = true;
  // Opened on first use and kept for the whole worker: Jest's, not a test file's.
  void process.stdout;
  void process.stderr;
  const workersOwn = openResources();
  let told = false;
  const end = () => {
    if (told) return;
    told = true;
    const left = leftOpen(workersOwn, openResources());
    if (left.length === 0) {
      // After jest-worker's own listeners have seen a message; writes to pipes are synchronous.
      setImmediate(() => process.exit(0));
      return;
    }
    const addresses = socketAddresses();
    process.stderr.write(
      `Jest worker ${process.env.JEST_WORKER_ID} ${STILL_OPEN}: ${left.join(', ')}` +
        `${addresses.length ? ` (${addresses.join('; ')})` : ''}\n`,
    );
  };
  process.once(RUN_OVER, end);
  process.prependListener('message', (message) => {
    if (Array.isArray(message) && message[0] === END_MESSAGE) end();
  });
}

/**
 * In Jest's process, after the last test file: tells each worker that the run is over and waits
 * until all are gone, or one has said what it keeps open. Where there is no /proc (not Linux), the
 * workers end at Jest's request instead.
 */
export async function endJestWorkers(saidStillOpen) {
  const workers = jestWorkers();
  for (const pid of workers) signal(pid, RUN_OVER);
  const deadline = Date.now() + END_TIMEOUT_MS;
  while (workers.some((pid) => signal(pid, 0)) && !saidStillOpen() && Date.now() < deadline) {
    await sleep(10);
  }
}

/** The process ids of this process's Jest workers. */
function jestWorkers() {
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter(isJestWorker);
}

function isJestWorker(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return (
      parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('jest-worker')
    );
  } catch {
    return false;
  }
}

/** Sends the signal; false when the process is gone. */
function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
