/** @type {import('jest').Config} */
module.exports = {
  ...require('../jest.node-preset'),
  displayName: 'mock',
  roots: ['<rootDir>/src'],
};
