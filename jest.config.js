// `npm test` writes its JSON results here for CI's pass/fail count; jest does not create the folder itself.
require('node:fs').mkdirSync(`${__dirname}/test-output`, { recursive: true });

/** Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 20000,
};
