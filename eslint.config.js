// ESLint for the library, its tests, scripts, stories and the reference receiver: the recommended
// rules of ESLint and typescript-eslint, nothing stylistic (Prettier formats; `npm run format`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      '.bench/',
      'node_modules/',
      'examples/',
      'bench/node_modules/',
      'custom-elements.json',
      'coverage/',
      'translations/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not (Lit's render(_value));
      // `{ a, ...rest }` drops `a` on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'demo/server/**', 'test/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['src/**/*.test.ts', 'src/**/*.test-helpers.ts', 'src/test-support/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
