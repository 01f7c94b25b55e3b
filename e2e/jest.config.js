/** H5 end-to-end journeys; started by scripts/test.mjs with the stack running. @type {import('jest').Config} */
module.exports = {
  ...require('../jest.node-preset'),
  displayName: 'e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testTimeout: 90_000,
};
