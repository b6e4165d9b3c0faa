import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../project-root.js';

const ASSETS = [
  'public/css/portal.css',
  'public/js/read-aloud.js',
  'node_modules/@kern-ux/native/package.json',
];

/**
 * A short hash of the stylesheets and scripts the layout links, added to their addresses
 * (`?v=…`): browsers may keep them for a week and still get a changed file at once.
 */
export function assetVersion(): string {
  const hash = createHash('sha256');
  for (const asset of ASSETS) hash.update(readFileSync(join(projectRoot, asset)));
  return hash.digest('base64url').slice(0, 10);
}
