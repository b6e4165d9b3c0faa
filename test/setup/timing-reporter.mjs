/**
 * Prints the slowest test files after the run, so a suite that got slower is seen at once.
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
  }
}
