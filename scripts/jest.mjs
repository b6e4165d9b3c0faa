// Runs Jest and fails the run when Jest had to force-exit a worker: a test that leaves an app, pool,
// server, browser or timer open must be fixed, not hidden behind --forceExit.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const FORCED_EXIT = 'has been force exited';
const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin',
  'jest.js',
);
const child = spawn(
  process.execPath,
  ['--experimental-vm-modules', jest, ...process.argv.slice(2)],
  {
    stdio: ['inherit', 'inherit', 'pipe'],
  },
);

let forcedExit = false;
let tail = '';
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  tail = (tail + chunk.toString()).slice(-2 * FORCED_EXIT.length - 200);
  if (tail.includes(FORCED_EXIT)) forcedExit = true;
});

child.on('close', (code, signal) => {
  if (forcedExit) {
    process.stderr.write(
      '\nA Jest worker had to be force-exited: some test left a handle open (see above).\n',
    );
    process.exit(1);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
