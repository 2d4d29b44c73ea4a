// ESLint: the recommended rules of JavaScript, TypeScript and Svelte; formatting is Prettier's (`npm run check`).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'tools/geodata/node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments are named with a leading underscore where they must exist; a rest sibling drops fields.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Maps and Sets built inside a function or a $derived are values, not state: no SvelteMap needed.
      'svelte/prefer-svelte-reactivity': 'off',
      // Text cleaning matches control characters on purpose (NUL, form feed in extracted text).
      'no-control-regex': 'off',
    },
  },
  {
    // TypeScript checks names itself (types such as IntersectionObserverInit are not runtime globals).
    files: ['**/*.ts', '**/*.svelte'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
