/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mock',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.[tj]sx?$': ['@swc/jest'] },
  // app.inject (light-my-request) requires cookie@2, which is ESM only; Jest on
  // Node 20 cannot require ESM, so that one package is compiled like our code.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/cookie@|cookie/))'],
};
