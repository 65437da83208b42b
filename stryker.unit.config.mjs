// `npx stryker run stryker.unit.config.mjs`: the same mutation run with only the unit tests that sit next to
// the code (server/src/**/*.test.ts). Much quicker per mutant than the whole suite: a mutant is
// tested by a few unit tests instead of every golden and CLI test that passes through its code,
// and a mutant that loops forever times out after seconds, not minutes. Its score is a lower
// bound of the full run's: a mutant that only an end-to-end suite kills counts as a survivor.
import process from 'node:process';
import base from './stryker.config.mjs';

// AIGOV_MUTATION_TESTS (comma-separated globs) narrows the run to the tests of the code being
// mutated, e.g. `server/src/core/text/*.test.ts` with `--mutate server/src/core/text/*.ts`. A
// mutant that runs while modules load (a "hybrid" one) needs a fresh test process, which loads
// every spec file first: with a few files that takes a second, with all of them many. The score
// is then a lower bound again: only those tests can kill.
const only = (process.env.AIGOV_MUTATION_TESTS ?? '').split(',').filter((g) => g !== '');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mochaOptions: { ...base.mochaOptions, spec: only.length > 0 ? only : ['server/src/**/*.test.ts'] },
  incrementalFile: 'reports/mutation/stryker-incremental-unit.json',
  htmlReporter: { fileName: 'reports/mutation/unit/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/unit/mutation.json' },
};
