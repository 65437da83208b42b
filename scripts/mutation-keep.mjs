// What scripts/mutation-part.mjs puts back after a run narrowed with `--mutate`: the results of
// the part's other files, as they were before the run. Stryker reads every file of the project
// and, for a file it did not mutate this time, carries over the old mutants whose code it finds
// unchanged; but it drops those whose code changed since their run (so a later run of that file
// no longer sees them as changed, and the page names survivors that are no longer there), and it
// numbers the tests anew, so that the carried-over mutants' `killedBy` and `coveredBy` were seen
// to point at other tests. The entries of the files outside the run are therefore taken from the
// file as it was before the run, their tests found again by file and name among the new ones.
import * as path from 'node:path';

/** `file.ts:10-20` or `file.ts:10:5-20:3`: a range of a file, which still names the file. */
const RANGE = /:\d+(?::\d+)?-\d+(?::\d+)?$/;
const GLOB = /[*?[\]{}]/;

/**
 * The patterns given to `--mutate` (`-m`, `--mutate=`) among Stryker's arguments, or undefined
 * when the run is not narrowed (the part's own globs).
 */
export function mutatePatterns(args) {
  let list;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--mutate' || a === '-m') list = args[++i] ?? '';
    else if (a.startsWith('--mutate=')) list = a.slice('--mutate='.length);
  }
  if (list === undefined) return undefined;
  return list.split(',').map((p) => p.trim()).filter((p) => p !== '');
}

/** Whether a run narrowed to these patterns mutated the file (a path relative to the root). */
export function inRun(file, patterns) {
  const matches = (pattern) => {
    const p = path.posix.normalize(pattern.replace(RANGE, '').replaceAll('\\', '/').replace(/^\.\//, ''));
    return GLOB.test(p) ? path.matchesGlob(file, p) : file === p;
  };
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return positive.some(matches) && !negative.some(matches);
}

/** The identity of a test across two reports: its file and its name (Stryker renumbers ids). */
const testKey = (file, name) => `${file}\u0000${name}`;

/**
 * The report `after` with the entries of every file outside the run (`inRun` false) exactly as
 * in `before`: the same mutants with the same statuses, places, replacements and source. Their
 * tests are the same tests under the ids `after` gives them; a test `after` no longer has, or
 * whose file's source changed between the two, is dropped from their `killedBy` and `coveredBy`,
 * so that the next run of their file tests again a mutant it killed or a survivor it now covers,
 * as Stryker would have. Mutant ids are renumbered after `after`'s own, so
 * that none is used twice. A file of `before` that the run did not mutate and `after` lacks is
 * put back too; one that `after` holds but `before` did not (never run) is left out.
 */
export function keepUntouched(before, after, patterns) {
  // Only the tests of a file whose source is the same in both: a test edited since keeps its name,
  // and mapped onto its old results it would pass for a test those mutants already met, so that
  // Stryker would reuse a survivor without running the edited test (seen: git-base.ts's
  // survivors after a run of other files took git-base.test.ts's new version).
  const sameSource = (file) => before.testFiles?.[file]?.source === after.testFiles?.[file]?.source;
  const oldTests = new Map();
  for (const [file, data] of Object.entries(before.testFiles ?? {})) {
    if (sameSource(file)) for (const t of data.tests ?? []) oldTests.set(t.id, testKey(file, t.name));
  }
  const newIds = new Map();
  for (const [file, data] of Object.entries(after.testFiles ?? {})) for (const t of data.tests ?? []) newIds.set(testKey(file, t.name), t.id);
  const remap = (ids) => (ids ?? []).map((id) => newIds.get(oldTests.get(id))).filter((id) => id !== undefined);
  let nextId = 0;
  for (const data of Object.values(after.files ?? {})) for (const m of data.mutants ?? []) nextId = Math.max(nextId, Number(m.id) + 1 || 0);
  const keep = (file) => {
    const old = before.files[file];
    const mutants = (old.mutants ?? []).map((m) => {
      const kept = { ...m, id: String(nextId++) };
      if (m.killedBy !== undefined) kept.killedBy = remap(m.killedBy);
      if (m.coveredBy !== undefined) kept.coveredBy = remap(m.coveredBy);
      return kept;
    });
    return { ...old, mutants };
  };
  // In the order of `after`, then the files only `before` holds.
  const files = {};
  for (const [file, data] of Object.entries(after.files ?? {})) {
    if (inRun(file, patterns)) files[file] = data;
    else if (Object.hasOwn(before.files ?? {}, file)) files[file] = keep(file);
  }
  for (const file of Object.keys(before.files ?? {})) if (!Object.hasOwn(files, file) && !inRun(file, patterns)) files[file] = keep(file);
  return { ...after, files };
}
