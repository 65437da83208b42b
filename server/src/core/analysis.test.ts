import { strict as assert } from 'node:assert';
import { analyseListedFile, analyseSource, cacheKey, factLineNumbers, planAnalysis, readText, sniffArtefact, startAnalysis, worthReading, type FileAnalysis, type IndexChunk, type IndexHelpers, type IndexJob } from './analysis.js';
import { DEFAULT_DETECTION_CONFIG } from './detection/types.js';
import { MemoryFactsCache, type CachedFacts } from './facts-cache.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import { SourceFile } from './text/source-file.js';
import type { ListedRead, ListedReadOptions, ListingShortcuts, SkippedFile } from './workspace.js';
import * as model from '../../../test/support/model-bytes.js';

const CONFIG = DEFAULT_DETECTION_CONFIG;
const line = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n, character: 1 } });
/** A GGUF model's first bytes: its signature, then anything. */
const GGUF = new Uint8Array([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0, 1, 2, 3, 4]);

/** An in-memory workspace with the shortcuts of a disk listing: versions on reads, probes, skips told at read time. */
class ShortcutWorkspace extends InMemoryWorkspace implements ListingShortcuts {
  /** What `probeListed` answers by path (default 'file' for a file that exists). */
  probes = new Map<string, 'file' | 'other' | SkippedFile['reason'] | undefined>();
  /** Paths whose listed read reports a skip instead of the bytes. */
  skips = new Map<string, SkippedFile['reason']>();
  /** Paths whose listed read throws. */
  broken = new Set<string>();
  listedReads: { path: string; options: ListedReadOptions | undefined }[] = [];
  mtime = 5;
  get shortcuts(): ListingShortcuts {
    return this;
  }
  async readListed<T>(path: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    this.listedReads.push({ path, options });
    if (this.broken.has(path)) throw new Error(`cannot read ${path}`);
    const skipped = this.skips.get(path);
    if (skipped) return { skipped };
    const bytes = await this.readFile(path);
    if (!bytes) return undefined;
    const version = { size: bytes.length, mtimeMs: this.mtime };
    if (options?.unchangedIf && options.unchangedIf.size === version.size && options.unchangedIf.mtimeMs === version.mtimeMs) return { unchanged: version };
    return options?.version ? { value: use(bytes), version } : { value: use(bytes) };
  }
  probeListed(path: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    return Promise.resolve(this.probes.has(path) ? this.probes.get(path) : this.text(path) === undefined ? undefined : 'file');
  }
  contentIds(): Promise<ReadonlyMap<string, string> | undefined> {
    return Promise.resolve(undefined);
  }
}

/** A workspace that samples a file's first and last bytes instead of reading it. */
class SamplingWorkspace extends InMemoryWorkspace {
  samples: string[] = [];
  unreadable = new Set<string>();
  readSample(path: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined> {
    this.samples.push(`${path} ${head} ${tail}`);
    if (this.unreadable.has(path)) return Promise.resolve('unreadable');
    const text = this.text(path);
    if (text === undefined) return Promise.resolve(undefined);
    const bytes = new TextEncoder().encode(text);
    return Promise.resolve({ head: bytes.subarray(0, head), tail: bytes.subarray(Math.max(0, bytes.length - tail)), size: bytes.length });
  }
}

describe('analysis of one file', () => {
  it('reads only files in a comment language, with an import parser, or that detection reads by name', () => {
    for (const p of ['a.py', 'src/b.ts', 'package.json', 'requirements.txt', 'n.ipynb']) assert.equal(worthReading(p), true, p);
    for (const p of ['README.md', 'deploy.sh', 'schema.sql']) assert.equal(worthReading(p), true, `${p}: annotations only`);
    for (const p of ['logo.png', 'data.csv', 'model.bin', 'LICENSE']) assert.equal(worthReading(p), false, p);
  });

  it('finds annotations and detections, drops the lexer spans, and says whether the file holds anything', () => {
    const held = analyseSource(new SourceFile('a.py', '# @aigov bot\nimport openai\n'), CONFIG);
    assert.deepEqual(held.annotations.annotations.map((a) => a.id), ['bot']);
    assert.deepEqual(held.detections.map((d) => d.library), ['openai']);
    assert.equal('lex' in held.annotations, false);
    assert.equal(held.holdsSomething, true);
    const detectedOnly = analyseSource(new SourceFile('b.py', 'import anthropic\n'), CONFIG);
    assert.deepEqual(detectedOnly.annotations.annotations, []);
    assert.deepEqual(detectedOnly.detections.map((d) => d.library), ['anthropic']);
    assert.equal(detectedOnly.holdsSomething, true);
    const nothing = analyseSource(new SourceFile('c.py', 'print(1)  # aigov is not a tag\n'), CONFIG);
    assert.equal(nothing.holdsSomething, false);
  });

  it('lists the lines facts start on, each once, in numeric order', () => {
    const annotations = {
      annotations: [
        { id: 'a', scope: 'block' as const, range: line(12), idRange: line(12), blockRange: line(13) },
        { id: 'b', scope: 'file' as const, range: line(30), idRange: line(31) },
      ],
      suppressions: [
        { codes: ['AIGOV301'], scope: 'line' as const, range: line(3), targetLine: 4 },
        { codes: ['AIGOV301'], scope: 'file' as const, range: line(20) },
      ],
      malformed: [{ messageId: 'AIGOV202.colon' as const, range: line(7) }],
    };
    const detections = [{ kind: 'import' as const, library: 'openai', provider: 'openai', confidence: 'high' as const, range: line(9), evidence: 'import openai' }];
    assert.deepEqual(factLineNumbers(annotations, detections), [3, 4, 7, 9, 12, 13, 20, 30, 31]);
    assert.deepEqual(factLineNumbers({ annotations: [], suppressions: [], malformed: [] }, []), []);
  });

  describe('readText', () => {
    it('reads a file through the workspace, or nothing when it is gone', async () => {
      const ws = new InMemoryWorkspace({ 'a.py': 'x = 1\n' });
      assert.deepEqual(await readText(ws, 'a.py', true), { decoded: { text: 'x = 1\n' }, size: 6 });
      assert.equal(await readText(ws, 'gone.py', true), undefined);
    });

    it('borrows the bytes of a listed file, with its version when asked, its skip, or that it is unchanged', async () => {
      const ws = new ShortcutWorkspace({ 'a.py': 'x = 1\n', 'loop.py': 'x\n' });
      ws.skips.set('loop.py', 'symlink-loop');
      assert.deepEqual(await readText(ws, 'a.py', true), { decoded: { text: 'x = 1\n' }, size: 6 });
      assert.deepEqual(await readText(ws, 'a.py', true, { version: true }), { decoded: { text: 'x = 1\n' }, size: 6, version: { size: 6, mtimeMs: 5 } });
      assert.deepEqual(await readText(ws, 'a.py', true, { unchangedIf: { size: 6, mtimeMs: 5 } }), { unchanged: { size: 6, mtimeMs: 5 } });
      assert.deepEqual(await readText(ws, 'loop.py', true), { passedOver: 'symlink-loop' });
      assert.equal(await readText(ws, 'gone.py', true), undefined);
      assert.deepEqual(ws.listedReads.map((r) => r.path), ['a.py', 'a.py', 'a.py', 'loop.py', 'gone.py']);
    });

    it('reads a file that is not from the listing plainly, even when the workspace has shortcuts', async () => {
      const ws = new ShortcutWorkspace({ 'a.py': 'x = 1\n' });
      ws.skips.set('a.py', 'symlink-loop');
      assert.deepEqual(await readText(ws, 'a.py', false), { decoded: { text: 'x = 1\n' }, size: 6 });
      assert.deepEqual(ws.listedReads, []);
    });
  });

  describe('sniffArtefact', () => {
    it("samples a file's ends when the workspace can, and tells a model by its bytes", async () => {
      const ws = new SamplingWorkspace({ 'w.bin': GGUF, 'plain.bin': 'just text, no model\n' });
      const found = await sniffArtefact(ws, 'w.bin');
      assert.equal(typeof found === 'object' ? `${found.library}/${found.confidence}` : found, 'gguf/high');
      assert.equal(await sniffArtefact(ws, 'plain.bin'), undefined);
      assert.equal(await sniffArtefact(ws, 'gone.bin'), undefined);
      assert.deepEqual(ws.samples, ['w.bin 64 65536', 'plain.bin 64 65536', 'gone.bin 64 65536']);
      assert.deepEqual(ws.reads, [], 'never read whole');
    });

    it('answers unreadable when the sample cannot be read, and nothing when sampling throws', async () => {
      const ws = new SamplingWorkspace({ 'w.bin': GGUF });
      ws.unreadable.add('w.bin');
      assert.equal(await sniffArtefact(ws, 'w.bin'), 'unreadable');
      ws.readSample = () => Promise.reject(new Error('EIO'));
      assert.equal(await sniffArtefact(ws, 'w.bin'), undefined);
    });

    it('reads the whole file when the workspace cannot sample, and cuts its ends', async () => {
      const big = new Uint8Array(70_000);
      big.set(GGUF, 0);
      const ws = new InMemoryWorkspace({ 'w.bin': big, 'tail.bin': new Uint8Array([0, 0, 0, 0, ...GGUF]) });
      const found = await sniffArtefact(ws, 'w.bin');
      assert.equal(typeof found === 'object' ? found.library : found, 'gguf');
      assert.equal(await sniffArtefact(ws, 'tail.bin'), undefined, 'the signature counts only at the start');
      assert.equal(await sniffArtefact(ws, 'gone.bin'), undefined);
      assert.deepEqual(ws.reads, ['w.bin', 'tail.bin', 'gone.bin']);
    });

    it('reads a zip archive\'s names from its last bytes, and the signature from its first bytes only, however large the file', async () => {
      const padded = (bytes: Uint8Array) => Buffer.concat([bytes, Buffer.alloc(2_000_000)]);
      const ws = new InMemoryWorkspace({ 'vad.zip': model.torchscript(200_000), 'big.bin': padded(model.safetensors()) });
      const of = async (p: string) => {
        const d = await sniffArtefact(ws, p);
        return typeof d === 'object' ? d.library : d;
      };
      assert.equal(await of('vad.zip'), 'torchscript');
      assert.equal(await of('big.bin'), 'safetensors');
    });

    it("reads a zip archive's whole central directory from a file just under the tail's length", async () => {
      // 65,192 bytes: the last 64 KiB hold all of it, the names that tell TorchScript first.
      const neutral = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`model/extra/${i}`, 'x']));
      const archive = model.zip({ 'model/data/0': Buffer.alloc(64_000), 'model/code/__torch__/vad.py': 'x', 'model/constants.pkl': 'c', ...neutral });
      assert.ok(archive.length < 65_536 && archive.length > 65_000, String(archive.length));
      const found = await sniffArtefact(new InMemoryWorkspace({ 'vad.zip': archive }), 'vad.zip');
      assert.equal(typeof found === 'object' ? found.library : found, 'torchscript');
    });
  });

  describe('analyseListedFile', () => {
    const analyse = (ws: InMemoryWorkspace, path: string, options?: ListedReadOptions, keep?: 'text' | 'lines'): Promise<FileAnalysis> => analyseListedFile(ws, path, CONFIG, options, keep);

    it('lists a file that can hold nothing without reading it, and tells apart one that is gone or passed over', async () => {
      const ws = new ShortcutWorkspace({ 'logo.png': 'png', 'odd.png': 'png', 'loop.png': 'png' });
      ws.probes.set('odd.png', 'other');
      ws.probes.set('loop.png', 'symlink-loop');
      assert.deepEqual(await analyse(ws, 'logo.png'), { path: 'logo.png', outcome: 'unread' });
      assert.deepEqual(await analyse(ws, 'odd.png'), { path: 'odd.png', outcome: 'gone' });
      assert.deepEqual(await analyse(ws, 'gone.png'), { path: 'gone.png', outcome: 'gone' });
      assert.deepEqual(await analyse(ws, 'loop.png'), { path: 'loop.png', outcome: 'passed-over', reason: 'symlink-loop' });
      assert.deepEqual(ws.reads, []);
      assert.deepEqual(await analyse(new InMemoryWorkspace({}), 'logo.png'), { path: 'logo.png', outcome: 'unread' }, 'without shortcuts: taken as a file');
    });

    it('sniffs a file whose name does not say whether it is a model', async () => {
      const ws = new SamplingWorkspace({ 'w.bin': GGUF, 'plain.bin': 'text\n', 'locked.bin': 'x' });
      ws.unreadable.add('locked.bin');
      const found = await analyse(ws, 'w.bin');
      assert.equal(found.outcome === 'artefact' ? `${found.path} ${found.detection.library}` : found.outcome, 'w.bin gguf');
      assert.deepEqual(await analyse(ws, 'plain.bin'), { path: 'plain.bin', outcome: 'unread' });
      assert.deepEqual(await analyse(ws, 'locked.bin'), { path: 'locked.bin', outcome: 'passed-over', reason: 'unreadable' });
    });

    it('reads a source file: gone, known at its version, passed over, not text, empty, or what it holds', async () => {
      const ws = new ShortcutWorkspace({ 'empty.py': 'print(1)\n', 'ai.py': '"""doc"""\nimport openai\n', 'bin.py': new Uint8Array([0x61, 0, 0x62]), 'loop.py': 'x' });
      ws.skips.set('loop.py', 'outside-workspace');
      assert.deepEqual(await analyse(ws, 'gone.py'), { path: 'gone.py', outcome: 'gone' });
      assert.deepEqual(await analyse(ws, 'empty.py', { unchangedIf: { size: 9, mtimeMs: 5 } }), { path: 'empty.py', outcome: 'known', version: { size: 9, mtimeMs: 5 } });
      assert.deepEqual(await analyse(ws, 'loop.py'), { path: 'loop.py', outcome: 'passed-over', reason: 'outside-workspace' });
      assert.deepEqual(await analyse(ws, 'bin.py'), { path: 'bin.py', outcome: 'undecodable', reason: 'binary', size: 3 });
      assert.deepEqual(await analyse(ws, 'empty.py'), { path: 'empty.py', outcome: 'empty' });
      assert.deepEqual(await analyse(ws, 'empty.py', { version: true }), { path: 'empty.py', outcome: 'empty', version: { size: 9, mtimeMs: 5 } });
      const text = await analyse(ws, 'ai.py');
      assert.equal(text.outcome, 'source');
      assert.equal(text.outcome === 'source' && 'text' in text ? text.text : undefined, '"""doc"""\nimport openai\n');
      assert.equal('version' in text, false);
      const lines = await analyse(ws, 'ai.py', { version: true }, 'lines');
      assert.equal(lines.outcome === 'source' && 'lines' in lines ? JSON.stringify(lines.lines) : lines.outcome, '{"1":"import openai"}');
      assert.equal('text' in lines, false);
      assert.deepEqual(lines.outcome === 'source' ? [lines.detections.map((d) => d.library), lines.version] : [], [['openai'], { size: 24, mtimeMs: 5 }]);
    });

    it('answers failed, with the error, when reading throws', async () => {
      const ws = new ShortcutWorkspace({ 'a.py': 'x\n' });
      ws.broken.add('a.py');
      const r = await analyse(ws, 'a.py');
      assert.equal(r.outcome, 'failed');
      assert.match(r.outcome === 'failed' ? r.message : '', /cannot read a\.py/);
      const err = new Error('EIO');
      const stacked = new ShortcutWorkspace({ 'a.py': 'x\n' });
      stacked.readListed = () => Promise.reject(err);
      assert.deepEqual(await analyse(stacked, 'a.py'), { path: 'a.py', outcome: 'failed', message: err.stack }, 'with its stack');
      delete err.stack;
      assert.deepEqual(await analyse(stacked, 'a.py'), { path: 'a.py', outcome: 'failed', message: 'EIO' });
      const odd = new ShortcutWorkspace({ 'a.py': 'x\n' });
      odd.readListed = () => Promise.reject('a string');
      assert.deepEqual(await analyse(odd, 'a.py'), { path: 'a.py', outcome: 'failed', message: 'a string' });
    });
  });
});

describe('planning what to read', () => {
  const facts: CachedFacts = { annotations: { annotations: [], suppressions: [], malformed: [] }, detections: [], lines: {} };
  const held: CachedFacts = { ...facts, lines: { 0: 'x' } };

  it('keys the cache by the detection settings', () => {
    assert.equal(cacheKey(CONFIG), cacheKey({ ...CONFIG }));
    assert.notEqual(cacheKey(CONFIG), cacheKey({ ...CONFIG, modelIds: !CONFIG.modelIds }));
    assert.match(cacheKey(CONFIG), /^[0-9a-f]{16}$/);
  });

  it('without a cache, reads every source file and asks the read for nothing', () => {
    const plan = planAnalysis(CONFIG, ['a.py', 'b.png'], undefined, undefined);
    assert.deepEqual(plan.toRead, ['a.py', 'b.png']);
    assert.equal('options' in plan, false);
    assert.deepEqual([plan.known, plan.unread, [...plan.facts]], [[], [], []]);
    assert.equal(plan.key, cacheKey(CONFIG));
    assert.equal(plan.config, CONFIG);
  });

  it('leaves unread a file that can hold nothing and that version control vouches for, unless its bytes may tell a model', () => {
    const ids = new Map([
      ['b.png', 'id-b'],
      ['w.bin', 'id-w'],
      ['a.py', 'id-a'],
    ]);
    const plan = planAnalysis(CONFIG, ['a.py', 'b.png', 'c.png', 'w.bin'], undefined, undefined, ids);
    assert.deepEqual(plan.unread, ['b.png']);
    assert.deepEqual(plan.toRead, ['a.py', 'c.png', 'w.bin']);
  });

  it('knows a file by its content id, or by the version the listing saw, and remembers its id', () => {
    const cache = new MemoryFactsCache();
    const key = cacheKey(CONFIG);
    cache.update(
      key,
      new Map([
        ['byid.py', { contentId: 'id-1', facts: held }],
        ['byid-empty.py', { contentId: 'id-2' }],
        ['byversion.py', { size: 3, mtimeMs: 1, facts: held }],
        ['byversion-empty.py', { size: 3, mtimeMs: 1 }],
        ['changed.py', { size: 3, mtimeMs: 1, facts: held }],
        ['otherid.py', { size: 3, mtimeMs: 1, contentId: 'old' }],
        ['unvouched.py', { size: 3, mtimeMs: 1, contentId: 'old' }],
      ]),
    );
    const versions = new Map(['byid.py', 'byid-empty.py', 'byversion.py', 'byversion-empty.py', 'otherid.py', 'unvouched.py', 'new.py'].map((p) => [p, { size: 3, mtimeMs: 1 }]));
    versions.set('changed.py', { size: 4, mtimeMs: 2 });
    const ids = new Map([
      ['byid.py', 'id-1'],
      ['byid-empty.py', 'id-2'],
      ['byversion.py', 'id-3'],
      ['otherid.py', 'new'],
    ]);
    const plan = planAnalysis(CONFIG, ['byid.py', 'byid-empty.py', 'byversion.py', 'byversion-empty.py', 'changed.py', 'otherid.py', 'unvouched.py', 'new.py'], versions, cache, ids);
    assert.deepEqual(plan.known, [
      ['byid.py', { contentId: 'id-1', facts: held }],
      ['byid-empty.py', { contentId: 'id-2' }],
      ['byversion.py', { size: 3, mtimeMs: 1, contentId: 'id-3', facts: held }],
      ['byversion-empty.py', { size: 3, mtimeMs: 1 }],
      ['unvouched.py', { size: 3, mtimeMs: 1 }],
    ]);
    assert.deepEqual(plan.toRead, ['changed.py', 'otherid.py', 'new.py'], 'a vouched id unlike the remembered one: changed, whatever its version');
    assert.equal('options' in plan, false, 'the listing has versions');
    assert.deepEqual([...plan.facts], [], 'nothing to check a read against: the listing had the versions');
    const other = planAnalysis({ ...CONFIG, modelIds: !CONFIG.modelIds }, ['byid.py', 'byversion.py'], versions, cache, ids);
    assert.deepEqual(other.toRead, ['byid.py', 'byversion.py'], 'other settings: nothing known');
  });

  it('without versions in the listing, asks each read for its version and to skip a file known at it', () => {
    const cache = new MemoryFactsCache();
    const key = cacheKey(CONFIG);
    cache.update(
      key,
      new Map([
        ['held.py', { size: 3, mtimeMs: 1, facts: held }],
        ['empty.py', { size: 3, mtimeMs: 1 }],
        ['noversion.py', { contentId: 'a' }],
        ['otherid.py', { size: 3, mtimeMs: 1, contentId: 'old', facts: held }],
      ]),
    );
    const ids = new Map([
      ['vouched.py', 'v'],
      ['otherid.py', 'new'],
    ]);
    const plan = planAnalysis(CONFIG, ['held.py', 'empty.py', 'noversion.py', 'new.py', 'vouched.py', 'otherid.py'], undefined, cache, ids);
    assert.deepEqual(plan.toRead, ['held.py', 'empty.py', 'noversion.py', 'new.py', 'vouched.py', 'otherid.py']);
    assert.deepEqual(plan.options, [
      { version: true, unchangedIf: { size: 3, mtimeMs: 1 } },
      { version: true, unchangedIf: { size: 3, mtimeMs: 1 } },
      { version: true },
      { version: true },
      undefined,
      undefined,
    ]);
    assert.deepEqual([...plan.facts], [['held.py', held]]);
  });
});

describe('analysing listed files', () => {
  const files = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${String(i).padStart(3, '0')}.py`, i % 2 === 0 ? 'import openai\n' : 'print(1)\n']));
  const plan = (ws: InMemoryWorkspace, paths: string[]) => planAnalysis(CONFIG, paths, undefined, undefined);
  const outcomes = (rs: (FileAnalysis | undefined)[] | undefined) => rs?.map((r) => (r ? `${r.path} ${r.outcome}` : 'none'));

  it('analyses every file in order on this thread, and reports progress', async () => {
    const ws = new InMemoryWorkspace(files(3));
    const seen: number[] = [];
    const a = startAnalysis(ws, undefined, plan(ws, ['f000.py', 'f001.py']), { isCancellationRequested: false }, (d) => seen.push(d));
    a.add(plan(ws, ['f002.py']));
    assert.deepEqual(outcomes(await a.finish()), ['f000.py source', 'f001.py empty', 'f002.py source']);
    assert.deepEqual(seen, [2, 3]);
  });

  it('keeps only the lines facts start on when asked', async () => {
    const ws = new InMemoryWorkspace(files(1));
    const rs = await startAnalysis(ws, undefined, plan(ws, ['f000.py']), { isCancellationRequested: false }, () => {}, 'lines').finish();
    const r = rs?.[0];
    assert.deepEqual(r?.outcome === 'source' && 'lines' in r ? r.lines : undefined, { 0: 'import openai' });
  });

  it('answers nothing once cancelled', async () => {
    const ws = new InMemoryWorkspace(files(2));
    const a = startAnalysis(ws, undefined, plan(ws, ['f000.py', 'f001.py']), { isCancellationRequested: false }, () => {});
    a.cancel();
    assert.equal(await a.finish(), undefined);
    assert.deepEqual(ws.reads, [], 'no file read after the cancel');
    const token = { isCancellationRequested: true };
    assert.equal(await startAnalysis(ws, undefined, plan(ws, ['f000.py']), token, () => {}).finish(), undefined);
    assert.deepEqual(ws.reads, []);
  });

  /** Helpers that take every chunk at once (before this thread starts), then analyse them as this thread would, or give some back. */
  function helpers(minFiles: number, giveBack: (index: number) => boolean, ws: InMemoryWorkspace): IndexHelpers & { chunks: IndexChunk[]; jobs: IndexJob[] } {
    const chunks: IndexChunk[] = [];
    const jobs: IndexJob[] = [];
    return {
      minFiles,
      chunks,
      jobs,
      async help(job) {
        jobs.push(job);
        for (let chunk = job.next(); chunk; chunk = job.next()) chunks.push(chunk);
        for (const [n, chunk] of chunks.entries()) {
          if (giveBack(n)) {
            job.giveBack(chunk);
            continue;
          }
          const done: FileAnalysis[] = [];
          for (const [i, p] of chunk.paths.entries()) done.push(await analyseListedFile(ws, p, job.config, chunk.options?.[i], job.keep));
          job.done(chunk, done);
        }
      },
    };
  }

  it('hands helpers chunks of 256 files, puts their results in place, and analyses what they give back', async () => {
    const ws = new InMemoryWorkspace(files(600));
    const h = helpers(2, (n) => n === 1, ws);
    const paths = Object.keys(files(600));
    const seen: number[] = [];
    const rs = await startAnalysis(ws, h, plan(ws, paths), { isCancellationRequested: false }, (d) => seen.push(d), 'lines').finish();
    assert.deepEqual(
      h.chunks.map((c) => [c.start, c.paths.length, c.paths[0]]),
      [
        [0, 256, 'f000.py'],
        [256, 256, 'f256.py'],
        [512, 88, 'f512.py'],
      ],
    );
    assert.equal(h.jobs[0]?.keep, 'lines');
    assert.equal(h.jobs[0]?.config, CONFIG);
    assert.deepEqual(outcomes(rs), paths.map((p, i) => `${p} ${i % 2 === 0 ? 'source' : 'empty'}`), 'the chunk given back too');
    assert.deepEqual(seen, [256, 344, 600], 'progress counts what is done, whoever did it');
  });

  it('does not start helpers for fewer files than they need', async () => {
    const ws = new InMemoryWorkspace(files(3));
    const h = helpers(4, () => false, ws);
    const rs = await startAnalysis(ws, h, plan(ws, Object.keys(files(3))), { isCancellationRequested: false }, () => {}).finish();
    assert.equal(h.jobs.length, 0);
    assert.equal(rs?.length, 3);
    const enough = helpers(3, () => false, ws);
    await startAnalysis(ws, enough, plan(ws, Object.keys(files(3))), { isCancellationRequested: false }, () => {}).finish();
    assert.equal(enough.jobs.length, 1, 'as many files as they need');
  });

  it('passes the cache hints of a chunk to the helpers with its paths', async () => {
    const ws = new InMemoryWorkspace(files(300));
    const h = helpers(1, () => false, ws);
    const paths = Object.keys(files(300));
    const planned = { ...plan(ws, paths), options: paths.map((_, i) => (i === 257 ? { version: true } : undefined)) };
    await startAnalysis(ws, h, planned, { isCancellationRequested: false }, () => {}).finish();
    assert.deepEqual(
      h.chunks.map((c) => [c.start, c.paths.length, c.options?.length, c.options?.findIndex((o) => o !== undefined)]),
      [
        [0, 256, 256, -1],
        [256, 44, 44, 1],
      ],
    );
  });

  it('hands out no chunk once cancelled, by the token or by `cancel`, and answers nothing', async () => {
    const ws = new InMemoryWorkspace(files(600));
    const jobs: IndexJob[] = [];
    const idle: IndexHelpers = { minFiles: 1, help: (job) => {
        jobs.push(job);
        return Promise.resolve();
      } };
    const token = { isCancellationRequested: false };
    const byToken = startAnalysis(ws, idle, plan(ws, Object.keys(files(600))), token, () => {});
    assert.equal(jobs[0]?.next()?.start, 0);
    token.isCancellationRequested = true;
    assert.equal(jobs[0]?.next(), undefined);
    assert.equal(await byToken.finish(), undefined);
    const byCall = startAnalysis(ws, idle, plan(ws, Object.keys(files(600))), { isCancellationRequested: false }, () => {});
    assert.equal(jobs[1]?.next()?.start, 0);
    byCall.cancel();
    assert.equal(jobs[1]?.next(), undefined);
    assert.equal(await byCall.finish(), undefined);
    assert.deepEqual(ws.reads, []);
  });
});
