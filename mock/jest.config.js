/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mock',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
};
