/** @type {import('jest').Config} */
module.exports = {
  ...require('../jest.node-preset'),
  displayName: 'shared',
  roots: ['<rootDir>/src'],
};
