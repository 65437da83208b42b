// `npm run test:mutation:full`: StrykerJS mutates the engine and the CLI and runs the whole mocha
// suite against each mutant (`npm run test:mutation` runs the parts of stryker.unit.config.mjs,
// which start from this configuration). What is mutated, what is left out and why, and the scores reached are in
// docs/testing.md. The run is incremental: results are kept in reports/mutation/ (ignored by
// git), so a run after a small change only tests the mutants of changed code or tests.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import process from 'node:process';

// The sandboxes live outside the repository: inside it, git would list their files as part of
// this checkout (or, once ignored, list none of them), and the CLI tests read fixtures through
// `git ls-files`. One folder per checkout, since a run deletes its folder when it ends.
const sandboxes = path.join(tmpdir(), `aigov-stryker-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'server/src/core/**/*.ts',
    'server/src/cli/**/*.ts',
    '!**/*.test.ts',
    // Test helpers, not product code.
    '!server/src/core/testing/**',
    // Translated texts: tables of strings (the finding messages, the interface texts), checked by
    // the i18n tests for shape, not wording.
    '!server/src/core/i18n/catalog/**',
    '!server/src/core/i18n/ui/**',
    // The English interface texts gathered into one table while the module loads: no mutant.
    '!server/src/core/i18n/ui-en.ts',
    // Starts the language server; only the LSP suites reach it, through the built bundle.
    '!server/src/cli/commands/lsp.ts',
    // Entry point: `main` is tested in process; this file only calls it.
    '!server/src/cli/index.ts',
    // Declarations and re-exports only (interfaces, types, `export { visit } from`): nothing to mutate.
    '!server/src/cli/command.ts',
    '!server/src/core/rules/types.ts',
    '!server/src/core/text/jsonc-visit.ts',
  ],
  testRunner: 'mocha',
  // TypeScript through tsx, as in `npm test`.
  testRunnerNodeArgs: ['--import=tsx'],
  mochaOptions: {
    'no-config': true,
    // The suites that run the source in process. The LSP, e2e and built-bundle suites run
    // dist/ (not mutated): test/lsp is left out, and without dist/ in the sandbox the
    // built-bundle tests skip themselves.
    spec: ['server/src/**/*.test.ts', 'test/*.test.ts', 'test/fuzz/*.test.ts'],
    // The GitHub Action suite runs the committed bundle action/aigov.cjs (not mutated), and one of
    // its tests compares that bundle with a build of the sources, which instrumented sources
    // never match.
    ignore: ['test/action.test.ts'],
    require: ['./test/support/fast-check-seed.ts'],
  },
  // Stryker marks files `// @ts-nocheck` (a line added on top); by default also fixture files
  // under test/, whose findings are asserted by line. Only the mutated sources get the mark.
  disableTypeChecks: 'server/src/{core,cli}/**/*.ts',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Mutants that only run while a module loads (rule descriptions, tables) would need a fresh
  // process per mutant; they are counted as ignored, not as survivors.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  // The machine is shared: two workers, and generous time limits so that a slow neighbour
  // does not turn a surviving mutant into a timeout.
  concurrency: 2,
  timeoutMS: 20000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['.stryker-tmp', 'dist', 'out', '.cache', '.vscode-test', 'artifacts', '*.vsix', '.aigov-cache', 'reports', 'test/e2e', 'test/e2e-smoke'],
  tempDirName: sandboxes,
  // The total reached on 6 Dec 2026 (90.08 % over every part), rounded down: it may only rise.
  thresholds: { high: 90, low: 80, break: 90 },
};
