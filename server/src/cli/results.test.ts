import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../core/engine.js';
import { hash64 } from '../core/fingerprint.js';
import { InMemoryWorkspace } from '../core/testing/memory-workspace.js';
import { OpenFactsCache } from '../core/testing/open-facts-cache.js';
import type { FileListing } from '../core/workspace.js';
import { baselineOf } from './baseline.js';
import { UsageError } from './args.js';
import { basePrefixes, collect, collectPrints, contentFingerprint, joinPrefix, rememberingHash, toPosix } from './results.js';

describe('CLI results', () => {
  it('joins a prefix and a path with one slash, or gives the path alone below the base itself', () => {
    assert.equal(joinPrefix('', 'a/b.py'), 'a/b.py');
    assert.equal(joinPrefix('pkg', 'a/b.py'), 'pkg/a/b.py');
    assert.equal(toPosix(['a', 'b', 'c.py'].join(path.sep)), 'a/b/c.py');
  });

  it('a content fingerprint is the code, the line, the id and the field: each tells two findings apart, the path does not', () => {
    const base = contentFingerprint({ code: 'AIGOV301', data: { id: 'bot', field: 'owner' } }, 'import openai');
    assert.match(base, /^[0-9a-f]{16}$/);
    assert.equal(contentFingerprint({ code: 'AIGOV301', data: { id: 'bot', field: 'owner', path: 'x' } }, 'import openai'), base);
    for (const other of [
      contentFingerprint({ code: 'AIGOV302', data: { id: 'bot', field: 'owner' } }, 'import openai'),
      contentFingerprint({ code: 'AIGOV301', data: { id: 'bot', field: 'owner' } }, 'import anthropic'),
      contentFingerprint({ code: 'AIGOV301', data: { id: 'bot2', field: 'owner' } }, 'import openai'),
      contentFingerprint({ code: 'AIGOV301', data: { id: 'bot', field: 'purpose' } }, 'import openai'),
      contentFingerprint({ code: 'AIGOV301', data: { id: 'bot' } }, 'import openai'),
      contentFingerprint({ code: 'AIGOV301', data: { field: 'owner' } }, 'import openai'),
    ]) assert.notEqual(other, base);
    // An id or field that is not a string counts as none; no data at all is the same.
    const none = contentFingerprint({ code: 'AIGOV301' }, 'x');
    assert.equal(contentFingerprint({ code: 'AIGOV301', data: { id: 7, field: ['f'] } }, 'x'), none);
    assert.equal(contentFingerprint({ code: 'AIGOV301', data: {} }, 'x'), none);
    // The pieces are kept apart: an id cannot pass for part of the line.
    assert.notEqual(contentFingerprint({ code: 'AIGOV301', data: { id: 'b' } }, 'a'), contentFingerprint({ code: 'AIGOV301', data: { id: '' } }, 'ab'));
  });

  it("a base's findings printed alone give what a baseline keeps of them collected whole, and a remembering hash gives hash64's answers", async () => {
    // Two files, findings on different lines of each, the same line in both.
    const ws = new InMemoryWorkspace({
      'a.py': 'import openai\nimport openai\n  import torch\n',
      'pkg/b.py': 'import openai\nx = 1\nimport anthropic\n',
    });
    const engine = new Engine(ws, { today: '2026-11-25' });
    await engine.indexAll();
    for (const prefix of ['', 'sub/dir']) {
      const whole = baselineOf(await collect(engine, prefix));
      assert.equal(whole.length, 4);
      assert.ok(whole.every((e) => e.path?.startsWith(prefix)));
      assert.deepEqual(baselineOf(await collectPrints(engine, prefix)), whole, prefix);
      const hash = rememberingHash();
      assert.deepEqual(baselineOf(await collect(engine, prefix, hash)), whole);
      assert.deepEqual(baselineOf(await collectPrints(engine, prefix, hash)), whole, 'the same again, from what it remembered');
    }
    const hash = rememberingHash();
    for (const s of ['', 'a', 'a\u0000b', 'a', 'é', '']) assert.equal(hash(s), hash64(s));
  });

  it("takes the line of a finding from the facts a cache kept, or from the file, read once, when the cache lost it", async () => {
    // A listing with versions, as the disk's: the cache knows the files by them.
    class Versioned extends InMemoryWorkspace {
      override async listFiles(): Promise<FileListing> {
        const l = await super.listFiles();
        return { ...l, stats: new Map(l.files.map((f) => [f, { size: this.text(f)?.length ?? 0, mtimeMs: 1 }])) };
      }
    }
    const ws = new Versioned({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n', 'ai.py': '"""doc"""\n\n  import openai\nimport anthropic\n' });
    const cache = new OpenFactsCache();
    const first = new Engine(ws, { today: '2026-11-25', cache });
    await first.indexAll();
    const lines = async (e: Engine) => (await collect(e, '')).filter((f) => f.file === 'ai.py').map((f) => `${f.range.start.line}:${f.lineText}`);
    const expected = await lines(first);
    assert.deepEqual([...new Set(expected)], ['2:import openai', '3:import anthropic']);
    const prints = baselineOf(await collect(first, ''));
    // The lines kept: the file is not read again.
    const kept = new Engine(ws, { today: '2026-11-25', cache });
    await kept.indexAll();
    ws.reads.length = 0;
    assert.deepEqual(await lines(kept), expected);
    assert.deepEqual(baselineOf(await collectPrints(kept, '')), prints);
    assert.deepEqual(ws.reads, [], 'every line kept by the cache');
    // One line lost: the file is read, once for all its findings.
    const e = cache.entry('ai.py')!;
    e.facts = { ...e.facts!, lines: { 2: e.facts!.lines[2]! } };
    delete e.findings;
    const lost = new Engine(ws, { today: '2026-11-25', cache });
    await lost.indexAll();
    assert.equal(lost.factsOf('ai.py')?.source, undefined, 'not read while indexing');
    ws.reads.length = 0;
    assert.deepEqual(await lines(lost), expected);
    assert.deepEqual(ws.reads, ['ai.py']);
    ws.reads.length = 0;
    assert.deepEqual(baselineOf(await collectPrints(lost, '')), prints);
    assert.deepEqual(ws.reads, ['ai.py']);
  });

  describe('basePrefixes', function () {
    this.timeout(60_000);
    let tmp = '';
    before(async () => {
      tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-prefixes-')));
      for (const d of ['a', 'b/c', 'b/d', 'repo/sub/deeper']) await fs.mkdir(path.join(tmp, d), { recursive: true });
      execFileSync('git', ['init', '-q'], { cwd: path.join(tmp, 'repo') });
    });
    after(() => fs.rm(tmp, { recursive: true, force: true }));

    it('with --root: each folder below it, the root itself as the empty prefix', async () => {
      assert.deepEqual(await basePrefixes([path.join(tmp, 'a'), path.join(tmp, 'b', 'c'), tmp], tmp), ['a', 'b/c', '']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'b', 'c')], path.join(tmp, 'b')), ['c']);
    });

    it('with --root: a root that is not there, or that does not hold a folder, is a usage error naming both', async () => {
      await assert.rejects(basePrefixes([tmp], path.join(tmp, 'nothing')), (err: unknown) => {
        assert.ok(err instanceof UsageError);
        assert.equal(err.message, `--root: not a folder: ${path.join(tmp, 'nothing')}`);
        return true;
      });
      // The second folder (named as given) is outside the root: beside it, or above it.
      for (const [inside, folder, root] of [
        [path.join(tmp, 'b', 'c'), path.join(tmp, 'a'), path.join(tmp, 'b')],
        [path.join(tmp, 'a'), tmp, path.join(tmp, 'a')],
      ] as const) {
        await assert.rejects(basePrefixes([inside, folder], root), (err: unknown) => {
          assert.ok(err instanceof UsageError, String(err));
          assert.equal(err.message, `--root ${root} does not hold the checked folder ${folder}`);
          return true;
        });
      }
    });

    it('without --root: the folder itself outside a repository, the top of its repository inside one', async () => {
      assert.deepEqual(await basePrefixes([path.join(tmp, 'a')]), ['']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'repo', 'sub', 'deeper')]), ['sub/deeper']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'repo')]), ['']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'repo', 'sub'), path.join(tmp, 'repo', 'sub', 'deeper')]), ['sub', 'sub/deeper']);
    });

    it('without --root, folders of different bases: below the folder that holds them all', async () => {
      assert.deepEqual(await basePrefixes([path.join(tmp, 'b', 'c'), path.join(tmp, 'b', 'd')]), ['c', 'd']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'a'), path.join(tmp, 'b', 'c')]), ['a', 'b/c']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'repo', 'sub'), path.join(tmp, 'b', 'd')]), ['repo/sub', 'b/d']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'b', 'd'), path.join(tmp, 'a'), path.join(tmp, 'b', 'c')]), ['b/d', 'a', 'b/c']);
    });

    it('a folder reached through a symlink is placed where it really is', async () => {
      await fs.symlink(path.join(tmp, 'repo', 'sub'), path.join(tmp, 'link'));
      assert.deepEqual(await basePrefixes([path.join(tmp, 'link')]), ['sub']);
      assert.deepEqual(await basePrefixes([path.join(tmp, 'link')], tmp), ['repo/sub']);
    });
  });
});
