import { STILL_OPEN } from './leak-check-environment.mjs';

/** Jest's own words when it had to kill a worker that did not end (jest-runner, on console.error). */
const FORCE_EXIT = 'A worker process has failed to exit gracefully';

/**
 * Fails the run when Jest had to force-exit a worker that still had something of a test file open,
 * naming it (a worker says what on stderr: see leak-check-environment.mjs). A worker with nothing
 * open whose end merely took longer than Jest's 500 ms is reported, not failed: the kernel freeing
 * its memory beside a busy machine can take that long (a fresh-clone run that passed every test
 * failed on it once). Registered in jest.config.js.
 */
export default class ForceExitReporter {
  forceExited = false;
  leftOpen = new Set();

  onRunStart() {
    const consoleError = console.error;
    console.error = (...args) => {
      if (args.some((arg) => String(arg).includes(FORCE_EXIT))) this.forceExited = true;
      consoleError(...args);
    };
    // Workers' stderr is piped into this process's.
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk, ...rest) => {
      for (const line of String(chunk).split('\n')) {
        if (line.includes(STILL_OPEN)) this.leftOpen.add(line.trim());
      }
      return write(chunk, ...rest);
    };
  }

  onRunComplete() {
    if (!this.forceExited) return;
    process.stderr.write(
      this.leftOpen.size > 0
        ? `\nThe run fails: Jest had to force-exit a worker that still had open:\n  ` +
            `${[...this.leftOpen].join('\n  ')}\nClose it in the afterAll of the file that opens it ` +
            '(KEK_LEAK_TRACE=1 prints where it was opened).\n'
        : '\nA worker with nothing of a test file open took longer than the 500 ms Jest waits to ' +
            'end (see endTheWorker in test/setup/leak-check-environment.mjs): not a leak.\n',
    );
  }

  getLastError() {
    return this.forceExited && this.leftOpen.size > 0
      ? new Error('A Jest worker with open handles was force-exited')
      : undefined;
  }
}
