/** @type {import('jest').Config} */
export default {
  // Node's, failing a file that leaves servers, sockets, pools, processes or timers open.
  testEnvironment: '<rootDir>/test/setup/leak-check-environment.mjs',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  // Generous: browser tests share two cores with the app, PostgreSQL and each other.
  testTimeout: 120000,
  maxWorkers: 2,
  // The long files first, also in a fresh clone (times recorded in test/setup/file-durations.json).
  testSequencer: '<rootDir>/test/setup/duration-sequencer.mjs',
  reporters: [
    'default',
    '<rootDir>/test/setup/timing-reporter.mjs',
    '<rootDir>/test/setup/force-exit-reporter.mjs',
  ],
};
