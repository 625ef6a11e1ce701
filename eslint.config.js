// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'zlib',
  'util',
  'events',
  'buffer',
  'module',
  'process',
  'readline',
  'tls',
  'dns',
].flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'drizzle/**',
      'resources/**',
      'test-results/**',
      'packages/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Process boundaries (STYLE.md, Signal): core runs under Node, vitest and the CLI — never Electron.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'src/core, src/shared and src/cli never import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The renderer is a sandboxed web page: no Node built-ins, no core, no electron.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer only talks to window.kluis.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'No Node built-ins in the renderer.',
            })),
          ],
          patterns: [
            {
              group: ['**/core/**', '**/cli/**'],
              message: 'The renderer never imports src/core; it calls window.kluis.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared runs anywhere' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/shared runs anywhere: no Node built-ins.',
            })),
          ],
        },
      ],
    },
  },
);
