// Lint: typescript-eslint with type information, plus the layer boundaries of the house style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What Node offers every script without an import (ESLint knows none of it by itself). */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'AbortController', 'AbortSignal', 'performance', 'structuredClone', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'].map((g) => [g, 'readonly']),
);
const commonJsGlobals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

/** A spread passes every item as an argument on the stack: an array read from user files (findings,
 * annotations, listed paths) can overflow it. `pushAll` (core/arrays.ts) takes any length. */
const noLongSpreads = [
  { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: 'Use pushAll (core/arrays.ts): a spread of a long array overflows the stack.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'Use a loop or reduce: a spread of a long array overflows the stack.' },
];

/** A file longer than this does more than one thing (data tables aside): split it. */
const maxLines = { max: 400, skipBlankLines: true, skipComments: true };

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'util', 'url', 'stream', 'net', 'http', 'https'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-fixtures/**', 'artifacts/**', 'test/e2e-smoke/**', 'action/aigov.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript run by Node: the build, the benchmark, the e2e and Neovim drivers, this file.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
    rules: {
      'max-lines': ['error', maxLines],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: commonJsGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'max-lines': ['error', maxLines],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noLongSpreads] },
  },
  {
    // A `require` in the core evaluates one of its own modules, or yaml, on first use
    // (docs/performance.md); `no-restricted-imports` does not see it, so its boundaries are kept here.
    files: ['server/src/core/**/*.ts'],
    ignores: ['server/src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noLongSpreads,
        { selector: "CallExpression[callee.name='require'] > :first-child:not(Literal[value=/^(?:\\.\\.?\\/|yaml$)/])", message: 'The core requires only its own modules and yaml, by a literal path.' },
        { selector: "CallExpression[callee.name='require'] > Literal[value=/(?:^|\\/)(?:lsp|cli|node|action|protocol|client)\\//]", message: 'The core depends on nothing above it.' },
      ],
    },
  },
  {
    // The engine is editor- and file-system-independent.
    files: ['server/src/core/**/*.ts'],
    ignores: ['server/src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The core is editor-independent.' },
            { group: nodeBuiltins, message: 'The core reaches files only through the injected Workspace.' },
            { group: ['**/lsp/**', '**/cli/**', '**/node/**', '**/action/**', '**/protocol/**', '**/client/**'], message: 'The core depends on nothing above it.' },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    ignores: ['server/src/lsp/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**', '**/client/**', 'vscode'], message: 'The server is a thin shell over the core.' }] }],
      'no-console': 'error',
    },
  },
  {
    files: ['server/src/cli/**/*.ts', 'server/src/node/**/*.ts', 'server/src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/lsp/**', '**/client/**', 'vscode', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The CLI is a thin shell over the core.' }] }],
    },
  },
  {
    files: ['server/src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/lsp/**', '**/cli/**', '**/node/**', 'vscode', ...nodeBuiltins], message: 'The protocol is shared types only.' }] }],
    },
  },
  {
    // The client holds no model: it talks to the server through the protocol.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/core/**', '**/server/src/lsp/**', '**/server/src/cli/**', '**/server/src/node/**', 'yaml', 'zod'], message: 'The client is thin over the server: use the protocol.' }] }],
    },
  },
  {
    // Data tables (languages, AI libraries, message catalogues) are long by nature.
    files: ['server/src/core/annotations/languages.ts', 'server/src/core/detection/libraries.ts', 'server/src/core/i18n/catalog/*.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'max-lines': 'off' },
  },
);
