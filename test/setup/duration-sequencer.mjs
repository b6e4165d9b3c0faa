// Jest's order (failed first, then longest first) with a memory that survives a fresh clone: where
// Jest has no time of its own for a file (CI's clean checkout), the time of a full run recorded in
// file-durations.json. The long files start first, so the run does not end with one of them on a
// single worker while the other idles. Registered as testSequencer in jest.config.js.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import TestSequencer from '@jest/test-sequencer';

const RECORDED_SECONDS = JSON.parse(
  readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8'),
);

export default class DurationSequencer extends TestSequencer.default {
  time(test) {
    const recorded = RECORDED_SECONDS[relative(test.context.config.rootDir, test.path)];
    return super.time(test) ?? (recorded === undefined ? undefined : recorded * 1000);
  }
}
