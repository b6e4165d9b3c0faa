import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new empty folder for a test's PostgreSQL cluster or data folder: in memory (/dev/shm) where
 * there is such a place, since initdb and every commit wait for the disk otherwise. The code under
 * test is the same; only a crash of the whole machine would tell the difference. Keep in step
 * with test/setup/global-setup.mjs.
 */
export function scratchFolder(prefix: string): string {
  return mkdtempSync(join(inMemoryIfPossible(), prefix));
}

function inMemoryIfPossible(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}
