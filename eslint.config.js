import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from './eslint.boundaries.js';

export default ts.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // user text must never be rendered as HTML
      'svelte/no-at-html-tags': 'error',
      // one import style: relative imports name the module without its .ts extension
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.{1,2}\\/.*\\.ts$/]',
          message: 'Import without the .ts extension (one import style).',
        },
        {
          selector: 'ExportNamedDeclaration[source.value=/^\\.{1,2}\\/.*\\.ts$/]',
          message: 'Export without the .ts extension (one import style).',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  ...boundaries,
);
