#!/usr/bin/env node
// npm test: the build (without its type check), Prettier, and the type check with ESLint (one
// TypeScript program for both) at once, then Jest. Jest waits for them: beside Jest they loaded the
// machine so much that the timing-sensitive files at its start failed (database-outage,
// events-organizer, in a fresh-clone run). The run fails when any step fails. Each step's output is
// printed as one block, in order, Jest's as it comes; a table of the steps' times and outcomes ends
// the run.

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const running = new Set();
let stopped = false;

// Stopped from outside (CI's timeout signals this process only): the steps stop too, and the run
// ends once they have (Jest stops its PostgreSQL first). A second signal ends it at once.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopped = true;
    for (const child of running) child.kill(signal);
  });
}

/** A child process whose output is kept until `print` asks for it, then passed on as it comes. */
function step(name, command, args, environment = {}) {
  if (stopped) {
    const result = { name, code: 1, signal: 'not started', seconds: 0 };
    return { done: Promise.resolve(result), print: () => Promise.resolve(result) };
  }
  const started = Date.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const held = [];
  let streaming = false;
  for (const [source, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    source.on('data', (chunk) => (streaming ? target.write(chunk) : held.push([target, chunk])));
  }
  const done = new Promise((resolve) => {
    child.on('error', (error) => resolve({ name, code: 1, error, seconds: 0 }));
    child.on('close', (code, signal) =>
      resolve({ name, code: code ?? 1, signal, seconds: (Date.now() - started) / 1000 }),
    );
  });
  return {
    done,
    /** Prints what was kept and from then on what comes; resolves when the step has ended. */
    async print() {
      process.stdout.write(`\n[${name}] ${[command, ...args].join(' ')}\n`);
      for (const [target, chunk] of held.splice(0)) target.write(chunk);
      streaming = true;
      const result = await done;
      if (result.error) process.stderr.write(`${result.error.message}\n`);
      return result;
    },
  };
}

rmSync('dist', { recursive: true, force: true });
const build = step('build', bin('tsc'), ['-p', 'tsconfig.emit.json']);
const prettier = step('prettier', bin('prettier'), ['--check', '.']);
const typesAndLint = step('typecheck+eslint', process.execPath, [
  'scripts/check-types-and-lint.mjs',
]);
await Promise.all([build.done, prettier.done, typesAndLint.done]);
const jest = step('jest', bin('jest'), process.argv.slice(2), {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
});

const results = [];
for (const each of [build, prettier, typesAndLint, jest]) results.push(await each.print());

const failed = results.filter((result) => result.code !== 0);
process.stdout.write(
  `\nSteps (the build, Prettier and the type check with ESLint at once, then Jest):\n${results
    .map(
      ({ name, code, signal, seconds }) =>
        `  ${seconds.toFixed(1).padStart(6)} s  ${(code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`).padEnd(18)} ${name}`,
    )
    .join('\n')}\n`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
