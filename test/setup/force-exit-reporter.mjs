/** Jest's own words when it had to kill a worker that did not end (jest-runner, on console.error). */
const FORCE_EXIT_MESSAGE = 'A worker process has failed to exit gracefully';

/**
 * Fails the run when Jest had to force-exit a worker: something a test file opened was still open
 * after the whole run (Jest itself only warns). The worker names what it was (see
 * leak-check-environment.mjs). Registered in jest.config.js beside the default reporter.
 */
export default class ForceExitReporter {
  forceExited = false;

  onRunStart() {
    const consoleError = console.error;
    console.error = (...args) => {
      if (args.some((arg) => String(arg).includes(FORCE_EXIT_MESSAGE))) this.forceExited = true;
      consoleError(...args);
    };
  }

  onRunComplete() {
    if (!this.forceExited) return;
    process.stderr.write(
      '\nThe run fails: a Jest worker had to be force-exited because something stayed open after ' +
        'its test files (see "cannot end, still open" above). Close it in the afterAll of the file ' +
        'that opens it.\n',
    );
  }

  getLastError() {
    return this.forceExited ? new Error('A Jest worker had to be force-exited') : undefined;
  }
}
