import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DURATIONS_FILE = new URL('./file-durations.json', import.meta.url);

/**
 * Prints the slowest test files after the run, so a suite that got slower is seen at once. With
 * KEK_RECORD_DURATIONS=1 (npm run test:durations) it also records each file's time in
 * file-durations.json, which the test sequencer uses to start the long files first.
 * Registered in jest.config.js beside the default reporter.
 */
export default class TimingReporter {
  onRunComplete(_contexts, results) {
    const suites = results.testResults
      .map((suite) => ({
        file: suite.testFilePath.replace(`${process.cwd()}/`, ''),
        seconds: (suite.perfStats.end - suite.perfStats.start) / 1000,
        tests: suite.numPassingTests + suite.numFailingTests + suite.numPendingTests,
      }))
      .sort((a, b) => b.seconds - a.seconds);
    const wall = (Date.now() - results.startTime) / 1000;
    const lines = suites
      .slice(0, 10)
      .map(
        ({ file, seconds, tests }) =>
          `  ${seconds.toFixed(1).padStart(6)} s  ${String(tests).padStart(3)} tests  ${file}`,
      );
    process.stdout.write(
      `\nSlowest test files (of ${suites.length}, Jest wall time ${wall.toFixed(0)} s):\n${lines.join('\n')}\n`,
    );
    if (process.env.KEK_RECORD_DURATIONS) recordDurations(suites);
  }
}

/** Updates the files that ran, keeps the others', drops files that no longer exist. */
function recordDurations(suites) {
  const recorded = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8'));
  for (const { file, seconds } of suites) recorded[file] = Math.round(seconds);
  const entries = Object.entries(recorded)
    .filter(([file]) => existsSync(file))
    .sort(([fileA, a], [fileB, b]) => b - a || fileA.localeCompare(fileB));
  writeFileSync(DURATIONS_FILE, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
}
