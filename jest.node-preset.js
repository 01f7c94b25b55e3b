/**
 * Jest settings shared by the Node packages (shared, mock, bff, e2e).
 * TypeScript and the few ESM-only dependencies (cookie, used by fastify's
 * inject) are compiled to CommonJS by swc.
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/\\.pnpm/(?!cookie@)[^/]+/'],
};
