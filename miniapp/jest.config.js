/**
 * Mini-program tests run in jsdom with the H5 side of `@/platform/*` (jsdom is a browser).
 * Taro itself is replaced by hand mocks: its runtime needs a mini-program or H5 host.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'miniapp',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  // babel-preset-taro emits CommonJS under NODE_ENV=test (jest sets it).
  transform: { '^.+\\.[tj]sx?$': ['babel-jest', { configFile: require.resolve('./babel.config.js') }] },
  moduleFileExtensions: ['tsx', 'ts', 'js', 'jsx', 'json'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/src/__mocks__/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/src/__mocks__/taro.ts',
    '\\.(css|scss|sass)$': '<rootDir>/src/__mocks__/style.ts',
    '^@/platform/([a-z-]+)$': '<rootDir>/src/platform/$1.h5',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/src/__mocks__/setup.ts'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  clearMocks: true,
};
