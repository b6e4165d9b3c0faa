import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MODULE_TIMES_FOLDER, moduleTimesFile } from './test-modules.mjs';

const DURATIONS_FILE = new URL('./file-durations.json', import.meta.url);

/**
 * Prints the slowest test modules after the run, so a suite that got slower is seen at once: a
 * plain test file with its whole time, each module of a group file (test/http/*.e2e-spec.ts,
 * test/browser/*.e2e-spec.ts) with the time of its describe blocks, from its first beforeAll to
 * its last afterAll (the test environment records them; the group's one import of the app is not
 * in them). With KEK_RECORD_DURATIONS=1 (npm run test:durations) it also records each Jest file's
 * time in file-durations.json, which the test sequencer uses to start the long files first.
 * Registered in jest.config.js beside the default reporter.
 */
export default class TimingReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    // Named before Jest starts its workers, which inherit the environment.
    this.folder = mkdtempSync(join(tmpdir(), 'kek-module-times-'));
    process.env[MODULE_TIMES_FOLDER] = this.folder;
  }

  onRunComplete(_contexts, results) {
    const files = results.testResults.map((suite) => {
      const file = relative(this.rootDir, suite.testFilePath);
      return {
        file,
        seconds: (suite.perfStats.end - suite.perfStats.start) / 1000,
        tests: suite.numPassingTests + suite.numFailingTests + suite.numPendingTests,
        // A group's modules whose tests ran (-t may leave some out).
        modules: this.modulesOf(file).filter((module) => module.tests > 0),
      };
    });
    rmSync(this.folder, { recursive: true, force: true });
    const groups = files.filter((file) => file.modules.some((module) => module.file !== file.file));
    const modules = files
      .flatMap((file) => (groups.includes(file) ? file.modules : [file]))
      .sort((a, b) => b.seconds - a.seconds);
    const wall = (Date.now() - results.startTime) / 1000;
    const lines = modules
      .slice(0, 10)
      .map(
        ({ file, seconds, tests }) =>
          `  ${seconds.toFixed(1).padStart(6)} s  ${String(tests).padStart(3)} tests  ${file}`,
      );
    process.stdout.write(
      `\nSlowest test modules (of ${modules.length} in ${files.length} Jest files, Jest wall time ${wall.toFixed(0)} s):\n${lines.join('\n')}\n`,
    );
    if (groups.length > 0) process.stdout.write(`${slowestGroups(groups)}\n`);
    if (process.env.KEK_RECORD_DURATIONS) recordDurations(files);
  }

  /** The modules the test environment recorded for the Jest file (none when it did not run). */
  modulesOf(file) {
    const record = moduleTimesFile(this.folder, file);
    return existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : [];
  }
}

/** The three slowest group files with their whole time, by which the sequencer orders them. */
function slowestGroups(groups) {
  const slowest = [...groups]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 3)
    .map(
      ({ file, seconds, modules }) =>
        `${file} ${seconds.toFixed(0)} s (modules: ${modules.length})`,
    );
  return `Slowest group files: ${slowest.join(', ')}`;
}

/** Updates the files that ran, keeps the others', drops files that no longer exist. */
function recordDurations(files) {
  const recorded = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8'));
  for (const { file, seconds } of files) recorded[file] = Math.round(seconds);
  const entries = Object.entries(recorded)
    .filter(([file]) => existsSync(file))
    .sort(([fileA, a], [fileB, b]) => b - a || fileA.localeCompare(fileB));
  writeFileSync(DURATIONS_FILE, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
}
