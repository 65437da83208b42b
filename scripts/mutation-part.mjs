// `node scripts/mutation-part.mjs <part>...` (or `--all`, which `npm run test:mutation` runs): the unit-test mutation run (stryker.unit.config.mjs)
// of each named part of the engine or the CLI, one after the other, with one worker (the parts
// and their suites: SHARDS in stryker.unit.config.mjs). Each part keeps its results in its own
// committed incremental file, test/mutation/<part>.json, which is then rewritten without
// indentation and without the messages that explain each result (the compiler error of a mutant
// that did not typecheck, the failed assertion of a killed one): a later run needs only the
// statuses, and the file stays small enough to commit. `node scripts/mutation-score.mjs` adds the
// parts up. On a shared machine, run it under `nice -n 19`.
//
// Arguments after `--` go to every Stryker run, e.g. `node scripts/mutation-part.mjs detection --
// --mutate server/src/core/detection/imports-go.ts,server/src/core/detection/imports-rust.ts`
// (a `--mutate` list replaces the part's globs, exclusions included). Give a run several files:
// the type checker compiles one mutant of each of several files that do not import one another
// at once, but the mutants of one file one by one, so a run of a single file waits on the checker.
// After a run narrowed with `--mutate`, the results of the part's other files are put back as they
// were before it (scripts/mutation-keep.mjs): Stryker had dropped some and renumbered their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepUntouched, mutatePatterns } from './mutation-keep.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dash = args.indexOf('--');
const named = dash === -1 ? args : args.slice(0, dash);
// `--all`: every part, one after the other, then the score over all of them from the committed
// files, failing under thresholds.break (a run after a small change re-tests only what changed),
// and then scripts/mutation-pages.mjs: every survivor named on its part's page.
const all = named.includes('--all');
const parts = all ? Object.keys((await import('../stryker.unit.config.mjs')).SHARDS) : named;
const passed = dash === -1 ? [] : args.slice(dash + 1);
const narrowed = mutatePatterns(passed);
if (parts.length === 0) {
  process.stderr.write('usage: node scripts/mutation-part.mjs <part>...|--all [-- <stryker options>] (the parts: SHARDS in stryker.unit.config.mjs)\n');
  process.exit(2);
}

function compact(incremental) {
  if (!existsSync(incremental)) return;
  const report = JSON.parse(readFileSync(incremental, 'utf8'));
  for (const file of Object.values(report.files ?? {})) for (const m of file.mutants ?? []) delete m.statusReason;
  writeFileSync(incremental, `${JSON.stringify(report)}\n`);
}

const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
let status = 0;
for (const part of parts) {
  process.stdout.write(`mutation: part ${part}\n`);
  const incremental = path.join(root, 'test', 'mutation', `${part}.json`);
  const before = narrowed !== undefined && existsSync(incremental) ? JSON.parse(readFileSync(incremental, 'utf8')) : undefined;
  const r = spawnSync(process.execPath, [stryker, 'run', 'stryker.unit.config.mjs', '--concurrency', '1', ...passed], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, AIGOV_MUTATION_SHARD: part },
  });
  if (before !== undefined && existsSync(incremental)) {
    const after = JSON.parse(readFileSync(incremental, 'utf8'));
    writeFileSync(incremental, JSON.stringify(keepUntouched(before, after, narrowed)));
  }
  compact(incremental);
  // 1: the score is under thresholds.break; anything else: the run itself failed.
  status = Math.max(status, r.status ?? 2);
}
if (all && status <= 1) {
  const score = spawnSync(process.execPath, [path.join(root, 'scripts', 'mutation-score.mjs'), '--check'], { cwd: root, stdio: 'inherit' });
  status = score.status ?? 2;
  // Then whether each page under docs/mutation/ names every survivor the results now hold.
  const named = spawnSync(process.execPath, [path.join(root, 'scripts', 'mutation-pages.mjs')], { cwd: root, stdio: 'inherit' });
  status = Math.max(status, named.status ?? 2);
}
process.exitCode = status;
