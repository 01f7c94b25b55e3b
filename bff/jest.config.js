/** @type {import('jest').Config} */
module.exports = {
  ...require('../jest.node-preset'),
  displayName: 'bff',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  // Each test file builds its own app on its own database; the database server
  // and the simulators are started once for the run by test/global-setup.mjs.
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30_000,
};
