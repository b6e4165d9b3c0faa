import { STILL_OPEN } from './leak-check-environment.mjs';

/** Jest's own words when it had to kill a worker that did not end (jest-runner, on console.error). */
const FORCE_EXIT = 'A worker process has failed to exit gracefully';

/**
 * Fails the run when Jest had to force-exit a worker that still had something of a test file open
 * (a worker says what on stderr: see leak-check-environment.mjs). A worker that merely ended late
 * on a busy machine, with nothing open, does not fail the run. Registered in jest.config.js.
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
      this.failed()
        ? `\nThe run fails: Jest had to force-exit a worker that still had open:\n  ` +
            `${[...this.leftOpen].join('\n  ')}\nClose it in the afterAll of the file that opens it ` +
            '(KEK_LEAK_TRACE=1 prints where it was opened).\n'
        : '\nA worker ended late, with nothing of a test file open (a busy machine): not a leak.\n',
    );
  }

  failed() {
    return this.forceExited && this.leftOpen.size > 0;
  }

  getLastError() {
    return this.failed()
      ? new Error('A Jest worker with open handles was force-exited')
      : undefined;
  }
}
