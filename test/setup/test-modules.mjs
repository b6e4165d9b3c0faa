// The test modules of a Jest file, for the leak check and the timing summary: a group file
// (test/http/*.e2e-spec.ts, test/browser/*.e2e-spec.ts) imports several `*.tests.ts` modules, each
// with its own top-level describe blocks. Used by test/setup/leak-check-environment.mjs.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder where the timing reporter collects each file's module times (it sets the variable). */
export const MODULE_TIMES_FOLDER = 'KEK_MODULE_TIMES_FOLDER';

/** The name of a Jest file's record in that folder. */
export function moduleTimesFile(folder, testPath) {
  return join(folder, `${encodeURIComponent(testPath)}.json`);
}

/** The file that called describe(): the first frame of the stack Jest keeps with the block. */
function callerFile(asyncError, rootDir) {
  for (const line of asyncError?.stack?.split('\n').slice(1) ?? []) {
    const frame = /((?:file:\/\/)?\/[^():]+):\d+:\d+\)?$/.exec(line.trim());
    if (!frame) continue;
    const path = frame[1].startsWith('file://') ? fileURLToPath(frame[1]) : frame[1];
    return relative(rootDir, path);
  }
  return null;
}

/**
 * The top-level describe blocks of one Jest file by test module: which module wrote each, how long
 * each module ran (from its first beforeAll to its last afterAll) and how many of its tests ran.
 */
export class TestModules {
  constructor(rootDir, testPath) {
    this.rootDir = rootDir;
    this.testPath = testPath;
    this.moduleOf = new Map();
    this.startedAt = new Map();
    this.modules = new Map();
  }

  /** The top-level block that holds the block (itself, or the file's root for a test outside any). */
  topLevel(block, state) {
    let current = block;
    while (current.parent && current.parent !== state.rootDescribeBlock) current = current.parent;
    return current;
  }

  isTopLevel(block, state) {
    return block.parent === state.rootDescribeBlock;
  }

  /** Call on 'start_describe_definition': the block just defined is state.currentDescribeBlock. */
  defined(asyncError, state) {
    const block = state.currentDescribeBlock;
    if (this.isTopLevel(block, state))
      this.moduleOf.set(block, callerFile(asyncError, this.rootDir) ?? this.testPath);
  }

  /** The module that wrote the block, with the block's title: "test/…/roles.tests.ts, describe '…'". */
  name(block) {
    return `${this.moduleOf.get(block) ?? this.testPath}, describe '${block.name}'`;
  }

  started(block) {
    this.startedAt.set(block, Date.now());
  }

  finished(block) {
    this.entry(block).seconds += (Date.now() - this.startedAt.get(block)) / 1000;
  }

  /** Call on 'test_done': a test that ran (a test skipped, or left out by -t, does not count). */
  counted(test, state) {
    this.entry(this.topLevel(test.parent, state)).tests += 1;
  }

  entry(block) {
    const file = this.moduleOf.get(block) ?? this.testPath;
    if (!this.modules.has(file)) this.modules.set(file, { file, seconds: 0, tests: 0 });
    return this.modules.get(file);
  }

  /** Hands the times to the timing reporter, when it asked for them. */
  write() {
    const folder = process.env[MODULE_TIMES_FOLDER];
    if (folder)
      writeFileSync(
        moduleTimesFile(folder, this.testPath),
        JSON.stringify([...this.modules.values()]),
      );
  }
}
