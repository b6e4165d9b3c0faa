import { STILL_OPEN } from './leak-check-environment.mjs';

/** Jest's own words when it had to kill a worker that did not end (jest-runner, on console.error). */
const FORCE_EXIT = 'A worker process has failed to exit gracefully';

/**
 * Fails the run when Jest had to force-exit a worker: a worker must end within the 500 ms Jest
 * gives it. Names what the worker still had open (it says so on stderr: see
 * leak-check-environment.mjs), or says that nothing was, when its end merely took too long.
 * Registered in jest.config.js.
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
        : '\nThe run fails: Jest had to force-exit a worker that had nothing of a test file open ' +
            'but took longer than 500 ms to end (see the comment on endTheWorker in ' +
            'test/setup/leak-check-environment.mjs for what its end consists of).\n',
    );
  }

  getLastError() {
    return this.forceExited ? new Error('Jest had to force-exit a worker') : undefined;
  }
}
