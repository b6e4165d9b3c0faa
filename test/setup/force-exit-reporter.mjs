import { STILL_OPEN, endJestWorkers } from './worker-end.mjs';

/** Jest's own words when it had to kill a worker that did not end (jest-runner, on console.error). */
const FORCE_EXIT = 'A worker process has failed to exit gracefully';

/**
 * Ends the Jest workers once the last test file is done (see worker-end.mjs), and fails the run
 * when Jest had to force-exit a worker all the same: then it kept something of a test file open,
 * which it names on stderr (collected here). Registered in jest.config.js.
 */
export default class ForceExitReporter {
  forceExited = false;
  leftOpen = new Set();
  files = 0;
  filesDone = 0;

  onRunStart(results) {
    this.files = results.numTotalTestSuites;
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

  /** Jest asks its workers to end only after the last file's reporters are done. */
  async onTestFileResult() {
    this.filesDone += 1;
    if (this.filesDone === this.files) await endJestWorkers(() => this.leftOpen.size > 0);
  }

  onRunComplete() {
    if (!this.forceExited) return;
    process.stderr.write(
      `\nThe run fails: Jest had to force-exit a worker that ${
        this.leftOpen.size > 0
          ? `still had open:\n  ${[...this.leftOpen].join('\n  ')}\n`
          : 'did not end when the run was over.\n'
      }Close in the afterAll of the file that opens it what it opens ` +
        '(KEK_LEAK_TRACE=1 prints where it was opened).\n',
    );
  }

  getLastError() {
    return this.forceExited ? new Error('Jest had to force-exit a worker') : undefined;
  }
}
