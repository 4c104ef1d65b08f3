/**
 * Every suite, as jest projects chosen by directory (a new test file in one of them needs no edit
 * here). scripts/test.js builds what the Strapi suites load, then runs all projects on two workers:
 * - unit, client, sandbox: no Strapi; many small files that fill the gaps between the long ones.
 * - integration: each file boots its own in-process Strapi on its own temporary SQLite file
 *   (tests/helpers/strapi.ts) on random ports, so two files can run side by side.
 * - slow: packaging (an npm install and build of a fresh app), reliability (crashes, restarts,
 *   PostgreSQL) and e2e (chromium against a `strapi start` process); started first, see
 *   scripts/test-sequencer.js.
 * - other: any test file outside those directories, so none is silently left out.
 */
const KNOWN_DIRECTORIES = ['unit', 'client', 'sandbox', 'integration', 'packaging', 'reliability', 'e2e'];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/playground/.strapi/', '<rootDir>/playground/dist/', '<rootDir>/dist/'],
};

const project = (displayName, directories) => ({
  ...shared,
  displayName,
  testMatch: directories.map((directory) => `<rootDir>/tests/${directory}/**/*.test.ts`),
});

module.exports = {
  testTimeout: 120000,
  testSequencer: '<rootDir>/scripts/test-sequencer.js',
  projects: [
    project('unit', ['unit']),
    project('client', ['client']),
    project('sandbox', ['sandbox']),
    project('integration', ['integration']),
    project('slow', ['packaging', 'reliability', 'e2e']),
    {
      ...shared,
      displayName: 'other',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [`/tests/(${KNOWN_DIRECTORIES.join('|')})/`, '/node_modules/'],
    },
  ],
};
