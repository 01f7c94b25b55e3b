// One lint configuration for the whole workspace.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What a subpackage of the mini-program may not import: pages/ and the other subpackages. */
const SUBPACKAGE_FORBIDDEN = [
  '@/pages',
  '@/pages/**',
  '@/apply/**',
  '@/staff/**',
  '@/courier/**',
  '@/agent/**',
  '@/admin/**',
  '@/hall/**',
  '@/complaint/**',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.cache/**',
      '.data/**',
      '**/coverage/**',
      'test-results/**',
      'miniapp/babel.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '**/*.config.{js,mjs,cjs}', '**/jest.config.js'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Module boundaries: a BFF module is used by others only through its index.ts (its public
    // face); tests and test helpers may reach further.
    files: ['bff/src/modules/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/',
              message: 'Import another module through its index.ts (`../<module>`), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bff/src/*.ts', 'bff/src/lib/**/*.ts', 'bff/src/plugins/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'modules/[^/]+/',
              message: 'Import a module through its index.ts (`modules/<module>`), not its files.',
            },
          ],
        },
      ],
    },
  },
  // Subpackages of the mini-program (app.config.ts) are downloaded on their own: one may import only
  // from the main package's shared folders (components, hooks, services, utils, platform, features,
  // styles) and from inside itself, never from pages/ or from another subpackage. Tests are not bundled.
  // A page's own folder may have a folder of parts (admin/item/sections/): from there two levels up is
  // still inside the subpackage, three is not.
  ...[
    { files: 'miniapp/src/{apply,staff,courier,agent,hall,admin,complaint}/*/*.{ts,tsx}', outside: '../../**' },
    { files: 'miniapp/src/{apply,staff,courier,agent,hall,admin,complaint}/*/*/**/*.{ts,tsx}', outside: '../../../**' },
  ].map(({ files, outside }) => ({
    files: [files],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SUBPACKAGE_FORBIDDEN,
              message:
                'A subpackage imports only from the shared folders (components, hooks, services, utils, platform, features, styles) and from itself (relative paths): move what is shared into one of them.',
            },
            {
              group: [outside],
              message: 'This climbs out of the subpackage: import shared code as @/components, @/hooks, @/utils…',
            },
          ],
        },
      ],
    },
  })),
);
