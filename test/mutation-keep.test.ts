import { strict as assert } from 'node:assert';
import * as path from 'node:path';

/**
 * A mutation run narrowed with `--mutate` leaves the committed results of the part's other files
 * as they were (scripts/mutation-keep.mjs, called by scripts/mutation-part.mjs).
 */

const ROOT = path.resolve(__dirname, '..');

type Report = { files: Record<string, { source: string; mutants: Record<string, unknown>[] }>; testFiles: Record<string, { tests: { id: string; name: string }[] }> };
type Keep = {
  mutatePatterns(args: string[]): string[] | undefined;
  inRun(file: string, patterns: string[]): boolean;
  keepUntouched(before: Report, after: Report, patterns: string[]): Report;
};
const keep = (): Promise<Keep> => import(path.join(ROOT, 'scripts', 'mutation-keep.mjs')) as Promise<Keep>;

const mutant = (id: string, line: number, status: string, killedBy: string[], coveredBy: string[]) => ({
  id,
  mutatorName: 'ConditionalExpression',
  replacement: 'false',
  status,
  killedBy,
  coveredBy,
  location: { start: { line, column: 3 }, end: { line, column: 9 } },
});

describe('mutation results kept across a narrowed run', () => {
  it('finds the --mutate list in every spelling, and none when the run is not narrowed', async () => {
    const { mutatePatterns } = await keep();
    assert.deepEqual(mutatePatterns(['--mutate', 'a.ts,b.ts']), ['a.ts', 'b.ts']);
    assert.deepEqual(mutatePatterns(['--force', '-m', 'a.ts']), ['a.ts']);
    assert.deepEqual(mutatePatterns(['--mutate=a.ts, b.ts:10-20']), ['a.ts', 'b.ts:10-20']);
    assert.equal(mutatePatterns(['--force']), undefined);
  });

  it('tells the files of the run by name, range, glob and exclusion', async () => {
    const { inRun } = await keep();
    assert.equal(inRun('server/src/cli/results.ts', ['server/src/cli/results.ts']), true);
    assert.equal(inRun('server/src/cli/results.ts', ['./server/src/cli/results.ts:10-40']), true);
    assert.equal(inRun('server/src/cli/results.ts', ['server/src/cli/git-base.ts']), false);
    assert.equal(inRun('server/src/cli/results.ts', ['server/src/cli/*.ts', '!server/src/cli/results.ts']), false);
    assert.equal(inRun('server/src/cli/git-base.ts', ['server/src/cli/*.ts', '!server/src/cli/results.ts']), true);
  });

  it('puts back the other files as they were, their tests under the new ids', async () => {
    const { keepUntouched } = await keep();
    const before: Report = {
      files: {
        'a.ts': { source: 'a old', mutants: [mutant('0', 1, 'Survived', [], ['0'])] },
        'b.ts': { source: 'b old', mutants: [mutant('1', 2, 'Killed', ['1'], ['0', '1']), mutant('2', 5, 'Survived', [], ['2'])] },
        'c.ts': { source: 'c', mutants: [mutant('3', 7, 'NoCoverage', [], [])] },
      },
      testFiles: { 't1.test.ts': { tests: [{ id: '0', name: 'one' }, { id: '1', name: 'two' }] }, 't2.test.ts': { tests: [{ id: '2', name: 'three' }] } },
    };
    // The run of a.ts: b.ts's changed line dropped its second mutant; the tests renumbered, and
    // `three` gone with its changed file; c.ts not carried over at all.
    const after: Report = {
      files: {
        'a.ts': { source: 'a new', mutants: [mutant('0', 1, 'Killed', ['2'], ['2'])] },
        'b.ts': { source: 'b new', mutants: [mutant('1', 2, 'Killed', ['0'], ['2', '0'])] },
      },
      testFiles: { 't1.test.ts': { tests: [{ id: '0', name: 'two' }, { id: '1', name: 'new' }, { id: '2', name: 'one' }] }, 't2.test.ts': { tests: [] } },
    };
    const kept = keepUntouched(before, after, ['a.ts']);
    assert.deepEqual(Object.keys(kept.files), ['a.ts', 'b.ts', 'c.ts']);
    assert.deepEqual(kept.files['a.ts'], after.files['a.ts']);
    assert.deepEqual(kept.testFiles, after.testFiles);
    assert.equal(kept.files['b.ts']!.source, 'b old');
    const noId = (ms: Record<string, unknown>[]) => ms.map(({ id: _id, ...m }) => m);
    assert.deepEqual(noId(kept.files['b.ts']!.mutants), noId([mutant('1', 2, 'Killed', ['0'], ['2', '0']), mutant('2', 5, 'Survived', [], [])]));
    assert.deepEqual(noId(kept.files['c.ts']!.mutants), noId([mutant('3', 7, 'NoCoverage', [], [])]));
    // No mutant id twice.
    const ids = Object.values(kept.files).flatMap((f) => f.mutants.map((m) => m.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  it("drops the tests of a file whose source changed from the other files' results", async () => {
    const { keepUntouched } = await keep();
    const tests = (source: string) => ({ 't.test.ts': { source, tests: [{ id: '0', name: 'one' }] }, 'u.test.ts': { source: 'u', tests: [{ id: '1', name: 'two' }] } });
    const before = { files: { 'b.ts': { source: 'b', mutants: [mutant('0', 1, 'Survived', [], ['0', '1']), mutant('1', 2, 'Killed', ['0'], ['0'])] } }, testFiles: tests('old') };
    const after = { files: {}, testFiles: tests('edited') };
    const kept = keepUntouched(before as unknown as Report, after as unknown as Report, ['a.ts']);
    const links = kept.files['b.ts']!.mutants.map((m) => [m.status, m.killedBy, m.coveredBy]);
    // The edited test is no longer one these mutants met: the next run of b.ts tests them with it.
    assert.deepEqual(links, [['Survived', [], ['1']], ['Killed', [], []]]);
    const same = keepUntouched(before as unknown as Report, { files: {}, testFiles: tests('old') } as unknown as Report, ['a.ts']);
    assert.deepEqual(same.files['b.ts']!.mutants.map((m) => [m.killedBy, m.coveredBy]), [[[], ['0', '1']], [['0'], ['0']]]);
  });
});
