/** One jest config for every suite; scripts/test.js builds what the integration suites load first. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/playground/.strapi/', '<rootDir>/playground/dist/', '<rootDir>/dist/'],
  testTimeout: 120000,
};
