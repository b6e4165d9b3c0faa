// Runs Jest (with the VM modules the ESM tests need) and fails the run when a suite leaks: Jest
// itself only warns when it must force-exit a worker, or waits for ever in band.
// Usage: node scripts/jest.mjs [jest arguments]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setTimeout } from 'node:timers';

const LEAK_WARNINGS = [
  'A worker process has failed to exit gracefully',
  'Jest did not exit one second after the test run has completed',
];
/** How long Jest may keep waiting on open handles (in band) before this script ends it. */
const GRACE_MS = 10_000;

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    // Jest's workers need it too; Jest colours its output only for a terminal, which a pipe is not.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  },
});

let leaked = false;
/** Copies one of Jest's streams through and watches it (a warning may span two chunks). */
function tee(from, to) {
  let tail = '';
  from.on('data', (chunk) => {
    to.write(chunk);
    const text = tail + chunk.toString('utf8');
    tail = text.slice(-200);
    if (!leaked && LEAK_WARNINGS.some((warning) => text.includes(warning))) {
      leaked = true;
      setTimeout(() => child.kill('SIGTERM'), GRACE_MS).unref();
    }
  });
}
tee(child.stdout, process.stdout);
tee(child.stderr, process.stderr);

child.on('exit', (code, signal) => {
  if (leaked) {
    process.stderr.write(
      '\nFAILED: a test file left handles open (see the warning above). Find it with ' +
        '`npm run jest -- --runInBand --detectOpenHandles <file>` and close what it opens.\n',
    );
    process.exit(1);
  }
  process.exit(code ?? (signal ? 1 : 0));
});
