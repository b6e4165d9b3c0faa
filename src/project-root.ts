import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, found from this file whether it runs from src/ (tests) or dist/src/. */
function findRoot(start: string): string {
  let directory = start;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`package.json not found above ${start}`);
    directory = parent;
  }
  return directory;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
