// `npx stryker run stryker.unit.config.mjs`: the same mutation run with only the unit tests that sit next to
// the code (server/src/**/*.test.ts). Much quicker per mutant than the whole suite: a mutant is
// tested by a few unit tests instead of every golden and CLI test that passes through its code,
// and a mutant that loops forever times out after seconds, not minutes. Its score is a lower
// bound of the full run's: a mutant that only an end-to-end suite kills counts as a survivor.
import process from 'node:process';
import base from './stryker.config.mjs';

// One part of the engine or the CLI and the suites that test it; together the parts cover what
// stryker.config.mjs mutates. `AIGOV_MUTATION_SHARD=<name>`
// mutates that part only, against those suites only, and keeps its results in a file of its own
// (test/mutation/<name>.json), so that two parts can be measured and committed on separate
// branches without touching the same file. docs/testing.md lists the scores by part;
// `node scripts/mutation-score.mjs` adds up the committed files.
// The rules' own tests, and the suites that assert what a user sees of a finding (message,
// severity, data, every fix proposal): the goldens in English and Japanese, the framework goldens,
// the dates of application and the citations of the packs. The hostile suites are left out: they
// test reading files, and a mutant that runs while modules load runs every suite of its part.
const RULE_SUITES = [
  'server/src/core/rules/**/*.test.ts',
  'server/src/core/engine.test.ts',
  'server/src/core/severity.test.ts',
  'server/src/core/model/drafts.test.ts',
  'test/rules.test.ts',
  'test/rules-findings.test.ts',
  'test/packs-rules.test.ts',
  'test/fixes.test.ts',
  'test/golden.test.ts',
  'test/golden-ja.test.ts',
  'test/packs-golden.test.ts',
  'test/packs-dates.test.ts',
  'test/packs-citations.test.ts',
  'test/detection-golden.test.ts',
  'test/example-demo.test.ts',
];
// Tests that assert a time bound or lex megabytes: instrumented code runs several times slower,
// so under mutation they fail on a loaded machine without any mutant, and each surviving
// mutant would pay for them. A part leaves them out with `grep` (a mocha pattern on full titles).
const UNTIMED = '/^(?!.*(?:in linear time|on a 5 MB single line|stays linear on adversarial input|skips files without AI names quickly))/';
// A part may also type-check its mutants against a smaller program (`tsconfig`: its own folder
// and what that imports, not every file of the engine and the CLI): the checker, not the tests,
// is what a run waits for, and it re-reads the program for every mutant. The exported functions
// of these folders declare their types, so a mutant cannot change what their importers see.
const DETECTION_SUITES = ['server/src/core/detection/*.test.ts', 'test/detection-golden.test.ts', 'test/detection-eval.test.ts', 'test/rules.test.ts'];
const DETECTION_MANIFESTS = '{manifests,artefacts,manifest-scan,prefilter,libraries,evaluate,fixes}';
// The engine's own unit tests, the core rules' unit tests and caret fixtures (every finding's
// place comes from manifest/locate.ts, its file from the indexer), the schema and its
// snippets, the facts cache. Not the goldens: each runs the whole engine on a workspace, so
// every mutant of shared code waited for all of them.
const ENGINE_SUITES = [
  'server/src/core/*.test.ts',
  'server/src/core/model/*.test.ts',
  'server/src/core/manifest/*.test.ts',
  'server/src/core/rules/core-rules.test.ts',
  'server/src/node/facts-cache-file.test.ts',
  'test/manifest.test.ts',
  'test/schema.test.ts',
  'test/snippets.test.ts',
  'test/rules.test.ts',
  'test/fuzz/drafts.test.ts',
];
// The Node side of reading a workspace (server/src/node), which stryker.config.mjs does not
// mutate: the registries above a checked folder, the quiet file-system calls, and the reads of a
// listing's files, git's word on which files are as its index recorded them (git-content-ids) and
// the reader of that index (git-index), the listing without git (walk), what of the root is read
// (root-policy), `git ls-files` as a stream (git-listing) and the one `git rev-parse` a check asks
// of each folder's repository (repository). Against their own unit tests, the
// check of a folder below registries (check-above), and the suites that read hostile files
// through a NodeWorkspace. Not yet fs-workspace or facts-cache-file; the safe writes are the part
// `node-write`.
const NODE_FILES = ['registries-above', 'fs-quiet', 'listed-reads', 'git-content-ids', 'git-index', 'walk', 'root-policy', 'git-listing', 'repository'];
const SHARDS = {
  // The text helpers import nothing outside their folder: the checker compiles eight files.
  text: { mutate: ['server/src/core/text/**/*.ts'], tests: ['server/src/core/text/*.test.ts'], tsconfig: 'test/mutation-tsconfig/text.json' },
  'dates-paths': { mutate: ['server/src/core/dates.ts', 'server/src/core/paths.ts'], tests: ['server/src/core/dates.test.ts', 'server/src/core/paths.test.ts'] },
  fixes: { mutate: ['server/src/core/fixes/**/*.ts'], tests: ['server/src/core/fixes/*.test.ts', 'test/fixes.test.ts'] },
  baseline: {
    mutate: ['server/src/cli/baseline.ts', 'server/src/core/fingerprint.ts'],
    tests: ['server/src/cli/baseline.test.ts', 'server/src/core/fingerprint.test.ts', 'test/baseline-paths.test.ts', 'test/baseline-ref.test.ts'],
  },
  'rules-core': {
    mutate: ['server/src/core/rules/aigov[0-3]*.ts', 'server/src/core/rules/util.ts', 'server/src/core/rules/index.ts', 'server/src/core/rules/types.ts'],
    tests: RULE_SUITES,
  },
  // The pack rules against the suites that test the packs: their unit tests, the pack fixtures
  // (message and severity; citation, data and fixes), the dates of application, the citations,
  // and the framework goldens (the coverage matrix of the report). Not the English and Japanese
  // goldens of the core rules, which run every pack too and made each mutant cost a minute.
  'rules-packs': {
    mutate: ['server/src/core/rules/aigov[4-6]*.ts', 'server/src/core/rules/packs/**/*.ts'],
    tests: [
      'server/src/core/rules/**/*.test.ts',
      'test/packs-rules.test.ts',
      'test/rules-findings.test.ts',
      'test/packs-dates.test.ts',
      'test/packs-citations.test.ts',
      'test/packs-golden.test.ts',
    ],
    tsconfig: 'test/mutation-tsconfig/rules-packs.json',
  },
  // The lexer also decides what detection sees as code: the detection suites check that an import
  // in a comment or a string is not reported, language by language.
  annotations: {
    mutate: ['server/src/core/annotations/**/*.ts'],
    tests: [
      'server/src/core/annotations/*.test.ts',
      'server/src/core/engine.test.ts',
      'server/src/core/fixes/suppress.test.ts',
      'server/src/core/detection/code-view.test.ts',
      'server/src/core/detection/detection.test.ts',
      'test/rules.test.ts',
      'test/detection-golden.test.ts',
    ],
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/annotations.json',
  },
  // Detection in two parts of about 1,500 lines each, so that two runs can go at once: the
  // source scanners (imports, calls, the code view, the tables) and what reads manifests,
  // artefacts and the library catalogue and turns hits into detections.
  detection: {
    mutate: ['server/src/core/detection/**/*.ts', `!server/src/core/detection/${DETECTION_MANIFESTS}.ts`],
    tests: DETECTION_SUITES,
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/detection.json',
  },
  'detection-manifests': {
    mutate: [`server/src/core/detection/${DETECTION_MANIFESTS}.ts`],
    tests: DETECTION_SUITES,
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/detection.json',
  },
  // The engine in two parts: the engine itself (indexer, finding runner, analysis, caches) and
  // the model of a workspace with the registry's reading (schema, YAML, places).
  engine: {
    mutate: ['server/src/core/*.ts', '!server/src/core/{dates,paths,fingerprint}.ts', 'server/src/core/engine/**/*.ts'],
    tests: ENGINE_SUITES,
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/engine.json',
  },
  // Its own two folders and what they import (44 files, not the engine's 226): the checker
  // compiles much less for each mutant. Their exported functions declare their types; the
  // schema's data types are inferred, but every reader of them inside the two folders is checked.
  'model-manifest': {
    mutate: ['server/src/core/model/**/*.ts', 'server/src/core/manifest/**/*.ts'],
    tests: ENGINE_SUITES,
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/model-manifest.json',
  },
  // The report and the AI-BOM against their own tests and the BOM's hostile names. Not
  // test/report-cli.test.ts: it runs the whole CLI (and validates golden BOMs) for every mutant
  // of shared code, and the `cli` part runs it.
  report: {
    mutate: ['server/src/core/report/**/*.ts', 'server/src/core/bom/**/*.ts'],
    tests: ['server/src/core/report/*.test.ts', 'server/src/core/bom/*.test.ts', 'test/hostile-bom.test.ts'],
    tsconfig: 'test/mutation-tsconfig/report.json',
  },
  i18n: {
    mutate: ['server/src/core/i18n/**/*.ts'],
    tests: ['server/src/core/i18n/*.test.ts', 'test/golden-ja.test.ts', 'test/cli-locale.test.ts'],
    tsconfig: 'test/mutation-tsconfig/i18n.json',
  },
  node: {
    mutate: NODE_FILES.map((f) => `server/src/node/${f}.ts`),
    tests: [
      'server/src/node/walk.test.ts',
      'server/src/node/root-policy.test.ts',
      'server/src/node/git-listing.test.ts',
      'server/src/node/repository.test.ts',
      'server/src/node/registries-above.test.ts',
      'server/src/node/fs-quiet.test.ts',
      'server/src/node/git-index.test.ts',
      'server/src/node/git-content-ids.test.ts',
      'server/src/node/listed-reads.test.ts',
      'server/src/cli/commands/check-above.test.ts',
      'test/hostile-reads.test.ts',
      'test/hostile.test.ts',
      'test/workers.test.ts',
    ],
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/node.json',
  },
  // The writes every fix, init, report and `--output` goes through (server/src/node/safe-write.ts):
  // a temporary file that takes the target's name, never over an existing file, never out of the
  // workspace through a symlink. Against its own unit tests (temporary folders), the hostile
  // writes, the CLI's one-line I/O errors, the language server's check of the edits it proposes,
  // and the suites that run `fix` in process (hostile, locales).
  'node-write': {
    mutate: ['server/src/node/safe-write.ts'],
    tests: [
      'server/src/node/safe-write.test.ts',
      'server/src/cli/main.test.ts',
      'server/src/lsp/convert.test.ts',
      'test/hostile-writes.test.ts',
      'test/hostile.test.ts',
      'test/cli-locale.test.ts',
    ],
    grep: UNTIMED,
    tsconfig: 'test/mutation-tsconfig/node-write.json',
  },
  // Every suite that runs the CLI in process (`runCli`): exit codes, each output format (golden
  // and SARIF in golden.test.ts, JUnit and text escaping in hostile-output), report and bom,
  // fix, locales. Mocha runs them in this order, and a mutant stops at its first failing test:
  // the quick suites come first, the ones that make git repositories (baseline-ref) last.
  // `launch.ts` is the launcher of the built bundle (dist/cli.js), which only the built-bundle
  // tests run, and the sandbox has no dist/. `compiler.ts` (with `flags-hook.ts`) changes a V8
  // flag for a large folder: what it does shows only in V8's traces of a built bundle run with
  // enough files (test/cli.test.ts), never in a suite's result.
  cli: {
    // cli/baseline.ts belongs to the `baseline` part (with the fingerprints it reads).
    mutate: ['server/src/cli/**/*.ts', '!server/src/cli/launch.ts', '!server/src/cli/compiler.ts', '!server/src/cli/flags-hook.ts', '!server/src/cli/baseline.ts'],
    tests: [
      'server/src/cli/**/*.test.ts',
      'test/hostile-output.test.ts',
      'test/golden.test.ts',
      'test/cli-exit.test.ts',
      'test/cli.test.ts',
      'test/codequality.test.ts',
      'test/hostile-writes.test.ts',
      'test/hostile-bom.test.ts',
      'test/baseline-paths.test.ts',
      'test/cli-locale.test.ts',
      'test/report-cli.test.ts',
      'test/baseline-ref.test.ts',
    ],
  },
};

const shardName = process.env.AIGOV_MUTATION_SHARD ?? '';
const shard = shardName === '' ? undefined : SHARDS[shardName];
if (shardName !== '' && shard === undefined) throw new Error(`AIGOV_MUTATION_SHARD: no part named ${shardName} (${Object.keys(SHARDS).join(', ')})`);

// AIGOV_MUTATION_TESTS (comma-separated globs) narrows the run to the tests of the code being
// mutated, e.g. `server/src/core/text/*.test.ts` with `--mutate server/src/core/text/*.ts`. A
// mutant that runs while modules load (a "hybrid" one) needs a fresh test process, which loads
// every spec file first: with a few files that takes a second, with all of them many. The score
// is then a lower bound again: only those tests can kill.
const only = (process.env.AIGOV_MUTATION_TESTS ?? '').split(',').filter((g) => g !== '');
const spec = only.length > 0 ? only : (shard?.tests ?? ['server/src/**/*.test.ts']);
const excluded = base.mutate.filter((g) => g.startsWith('!'));
// AIGOV_MUTATION_TSCONFIG replaces the part's `tsconfig` for one run of some of its files: a
// program of those files and what they import only (18 files for the manifest and artefact
// readers and the prefilter, against 81 for the detection folder), for the same reason as a
// part's own: the checker is what a run waits for.
const tsconfig = process.env.AIGOV_MUTATION_TSCONFIG || shard?.tsconfig;

/** The score under which the run of one part fails (every part is above it). */
const PART_BREAK = 80;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export { SHARDS };

export default {
  ...base,
  ...(shard ? { mutate: [...shard.mutate, ...excluded] } : {}),
  mochaOptions: { ...base.mochaOptions, spec, ...(shard?.grep ? { grep: shard.grep } : {}) },
  // Committed, so that results carry over from one machine to the next: a run tests again only
  // the mutants of changed code and those that changed tests reach. One file per part; a run
  // without a part keeps its results under reports/ (ignored by git).
  ...(tsconfig ? { tsconfigFile: tsconfig } : {}),
  incrementalFile: shard ? `test/mutation/${shardName}.json` : 'reports/mutation/unit/incremental.json',
  ignorePatterns: [...base.ignorePatterns, 'test/mutation'],
  // One part alone fails under 80; the total over all parts, under `thresholds.break` of
  // stryker.config.mjs (`node scripts/mutation-score.mjs --check`, run by `npm run test:mutation`).
  thresholds: { ...base.thresholds, break: PART_BREAK },
  htmlReporter: { fileName: 'reports/mutation/unit/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/unit/mutation.json' },
};
