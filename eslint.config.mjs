import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare module names are `paths` (exact); `patterns` are for node:* and our own folders. A pattern 'electron' would
// also match our own electron/ folder.
const nodeModules = ['electron', 'better-sqlite3', 'fs', 'path', 'crypto', 'http', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', 'coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-globals': ['error', 'isNaN'],
    },
  },
  {
    // Pure domain: no I/O, no clock, no Electron, no database.
    files: ['electron/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...nodeModules, 'react'], patterns: ['node:*', '**/db/**', '**/services/**', '**/app/**'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the clock in.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in.' },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/app/**/*.ts',
      'db/**/*.ts',
      'electron/server/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron', 'react', 'react-dom'] }] },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...nodeModules, 'react'], patterns: ['node:*', '**/db/**', '**/services/**', '**/app/**'] },
      ],
    },
  },
  {
    // Electron main reaches the app only through app/compose; browser mode's server is never imported here.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom'], patterns: ['**/server/**', '**/db/**'] }],
    },
  },
  {
    // The preload runs sandboxed: only electron's bridge, and types.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'better-sqlite3', '**/db/**', '**/services/**', '**/app/**'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeModules,
          patterns: [
            'node:*',
            '**/electron/main/**',
            '**/electron/app/**',
            '**/electron/services/**',
            '**/electron/server/**',
            '**/db/**',
          ],
        },
      ],
    },
  },
);
