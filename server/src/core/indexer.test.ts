import { strict as assert } from 'node:assert';
import { Engine, type EngineOptions, type IndexProgress } from './engine.js';
import { analyseListedFile, type FileAnalysis, type IndexHelpers } from './analysis.js';
import { FileStore } from './engine/file-store.js';
import { ParsedRegistry } from './manifest/registry.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import { SourceFile } from './text/source-file.js';
import type { FileListing, FileStat, ListedRead, ListedReadOptions, ListingShortcuts, Logger, SkippedFile } from './workspace.js';

const TODAY = '2026-11-25';
const REGISTRY = 'version: 1\ncomponents:\n  - id: bot\n    paths: ["**"]\n';
/** A GGUF model's first bytes. */
const GGUF = new Uint8Array([0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0, 1, 2, 3, 4]);

/** An in-memory workspace whose listing, stats and reads a test shapes. */
class ShapedWorkspace extends InMemoryWorkspace {
  skipped: SkippedFile[] = [];
  /** The listing's second part, when it has one (undefined: cancelled while listing). */
  more?: () => Promise<FileListing | undefined>;
  /** Files listed in the second part rather than the first. */
  late = new Set<string>();
  /** What `stat` answers instead of the files' own. */
  stats = new Map<string, FileStat | undefined>();
  /** Files that `readFile` cannot read (it answers undefined) although they are there. */
  unreadable = new Set<string>();
  statted: string[] = [];
  override async listFiles(): Promise<FileListing> {
    const l = await super.listFiles();
    const more = this.more;
    return { files: l.files.filter((f) => !this.late.has(f)), skipped: this.skipped, ...(more ? { more: more() } : {}) };
  }
  override readFile(path: string): Promise<Uint8Array | undefined> {
    return this.unreadable.has(path) ? (this.reads.push(path), Promise.resolve(undefined)) : super.readFile(path);
  }
  override stat(path: string): Promise<FileStat | undefined> {
    this.statted.push(path);
    return this.stats.has(path) ? Promise.resolve(this.stats.get(path)) : super.stat(path);
  }
}

/** A workspace with a disk listing's shortcuts: reads may report a skip, fail, or find the file gone. */
class ShortcutWorkspace extends ShapedWorkspace implements ListingShortcuts {
  skips = new Map<string, SkippedFile['reason']>();
  broken = new Set<string>();
  gone = new Set<string>();
  get shortcuts(): ListingShortcuts {
    return this;
  }
  async readListed<T>(path: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    if (this.broken.has(path)) throw new Error(`cannot read ${path}`);
    const skipped = this.skips.get(path);
    if (skipped) return { skipped };
    const bytes = this.gone.has(path) ? undefined : await this.readFile(path);
    if (!bytes) return undefined;
    return options?.version ? { value: use(bytes), version: { size: bytes.length, mtimeMs: 9 } } : { value: use(bytes) };
  }
  probeListed(path: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    return Promise.resolve(this.skips.get(path) ?? (this.text(path) === undefined ? undefined : 'file'));
  }
  contentIds(): Promise<ReadonlyMap<string, string> | undefined> {
    return Promise.resolve(undefined);
  }
}

async function indexed(ws: InMemoryWorkspace, options: EngineOptions = {}, onProgress?: (p: IndexProgress) => void): Promise<Engine> {
  const e = new Engine(ws, { today: TODAY, ...options });
  await e.indexAll(undefined, onProgress);
  return e;
}

const kinds = (e: Engine) => [...e.files.values()].map((f) => `${f.path} ${f.kind}${f.skipped ? ` ${f.skipped}` : ''}`).sort();

describe('indexer', () => {
  it('notes a listing: the skips that must be reported, model files by name unread, registries and sources read', async () => {
    const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n', 'm.onnx': 'not read', 'plain.py': 'x = 1\n' });
    ws.skipped = [
      { path: 'big/.aigov.yaml', reason: 'too-large' },
      { path: 'bad\ufffd.py', reason: 'name-not-utf8' },
      { path: 'locked.py', reason: 'unreadable' },
      { path: 'blob.py', reason: 'binary' },
    ];
    const e = await indexed(ws);
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'a.py source', 'bad\ufffd.py other name-not-utf8', 'big/.aigov.yaml other too-large', 'locked.py other unreadable', 'm.onnx artefact', 'plain.py source']);
    assert.deepEqual(e.factsOf('m.onnx')?.detections.map((d) => d.library), ['onnx']);
    assert.ok(!ws.reads.includes('m.onnx'));
    assert.deepEqual(e.stats, {
      files: 7,
      registries: 1,
      components: 1,
      skipped: [
        { path: 'bad\ufffd.py', reason: 'name-not-utf8' },
        { path: 'big/.aigov.yaml', reason: 'too-large' },
        { path: 'blob.py', reason: 'binary' },
        { path: 'locked.py', reason: 'unreadable' },
      ],
    });
    assert.equal(e.factsOf('a.py')?.source?.text, '# @aigov bot\n', 'a file that holds something keeps its text');
    assert.equal(e.factsOf('plain.py')?.source, undefined, 'one that holds nothing does not');
    // Indexing again starts afresh.
    ws.skipped = [];
    ws.delete('a.py');
    await e.indexAll();
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'm.onnx artefact', 'plain.py source']);
    assert.deepEqual(e.stats.skipped, []);
  });

  it("reads a listing's second part, registries included, and counts progress over both", async () => {
    const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': 'import openai\n', 'late/.aigov.yaml': 'version: 1\ncomponents:\n  - id: late\n', 'late/b.py': '# @aigov late\n', 'late/c.onnx': 'x' });
    ws.late = new Set(['late/.aigov.yaml', 'late/b.py', 'late/c.onnx']);
    ws.more = () => Promise.resolve({ files: ['late/.aigov.yaml', 'late/b.py', 'late/c.onnx'], skipped: [{ path: 'late/x.py', reason: 'unreadable' }] });
    const seen: IndexProgress[] = [];
    const e = await indexed(ws, {}, (p) => seen.push(p));
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'a.py source', 'late/.aigov.yaml registry', 'late/b.py source', 'late/c.onnx artefact', 'late/x.py other unreadable']);
    assert.deepEqual(e.model.components.map((c) => c.id).sort(), ['bot', 'late']);
    assert.deepEqual(e.model.coverage('late/b.py').map((c) => c.id), ['late']);
    assert.deepEqual(seen.at(-1), { done: 5, total: 5 });
    assert.ok(seen.every((p) => p.done <= p.total && p.total === 5), JSON.stringify(seen));
    assert.deepEqual(seen.slice(0, -1).map((p) => p.done), [5], 'the two sources read, the registries and the model file counted as done');
  });

  it('stops when the listing is cancelled in its second part, and builds no model', async () => {
    const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': 'import openai\n' });
    ws.more = () => Promise.resolve(undefined);
    const e = await indexed(ws);
    assert.equal(e.model.components.length, 0);
    assert.equal(e.factsOf('a.py'), undefined, 'not analysed');
  });

  it('records what each listed read found: gone, passed over, not text, unreadable, or a failure (logged)', async () => {
    const errors: string[] = [];
    const logger: Logger = { info() {}, warn() {}, error: (m) => void errors.push(m) };
    const ws = new ShortcutWorkspace({ '.aigov.yaml': REGISTRY, 'gone.py': 'x', 'loop.py': 'x', 'locked.py': 'x', 'nul.py': 'a\u0000b', 'boom.py': 'x', 'ok.py': 'import openai\n', 'loop.png': 'x' });
    ws.gone.add('gone.py');
    ws.skips.set('loop.py', 'symlink-loop');
    ws.skips.set('locked.py', 'unreadable');
    ws.skips.set('loop.png', 'outside-workspace');
    ws.broken.add('boom.py');
    const e = await indexed(ws, { logger });
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'boom.py other unreadable', 'locked.py other unreadable', 'nul.py other binary', 'ok.py source']);
    assert.equal(e.factsOf('nul.py')?.size, 3);
    assert.deepEqual(
      e.stats.skipped,
      [
        { path: 'locked.py', reason: 'unreadable' },
        { path: 'loop.png', reason: 'outside-workspace' },
        { path: 'loop.py', reason: 'symlink-loop' },
        { path: 'nul.py', reason: 'binary' },
      ],
    );
    assert.deepEqual(errors, ['Could not analyse boom.py']);
  });

  it("takes a registry's skip from its listed read, in either part of the listing", async () => {
    const ws = new ShortcutWorkspace({ '.aigov.yaml': REGISTRY, 'big/.aigov.yaml': REGISTRY, 'late/.aigov.yaml': REGISTRY });
    ws.skips.set('big/.aigov.yaml', 'too-large');
    ws.skips.set('late/.aigov.yaml', 'too-large');
    ws.late = new Set(['late/.aigov.yaml']);
    ws.more = () => Promise.resolve({ files: ['late/.aigov.yaml'], skipped: [] });
    const e = await indexed(ws);
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'big/.aigov.yaml other too-large', 'late/.aigov.yaml other too-large']);
    assert.equal(e.stats.registries, 1);
  });

  it('keeps the detection of a model file told by its bytes while listing', async () => {
    const e = await indexed(new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'w.bin': GGUF }));
    assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'w.bin artefact']);
    assert.deepEqual(e.factsOf('w.bin')?.detections.map((d) => d.library), ['gguf']);
  });

  it('keeps the version a file was read at, else the one the listing saw, for the cache', async () => {
    class Versioned extends ShapedWorkspace {
      override async listFiles(): Promise<FileListing> {
        const l = await super.listFiles();
        return { ...l, stats: new Map(l.files.map((f) => [f, { size: 100, mtimeMs: 1 }])) };
      }
    }
    const e = await indexed(new Versioned({ 'a.py': 'import openai\n', 'b.py': 'x = 1\n' }));
    assert.deepEqual([e.factsOf('a.py')?.size, e.factsOf('a.py')?.mtimeMs, e.factsOf('b.py')?.size, e.factsOf('b.py')?.mtimeMs], [100, 1, 100, 1]);
    const plain = await indexed(new InMemoryWorkspace({ 'a.py': 'import openai\n' }));
    assert.equal('size' in (plain.factsOf('a.py') ?? {}), false, 'no version: none kept');
  });

  describe('one file again', () => {
    it('forgets a file that is gone or is now a folder; reads nothing when the editor gives the text', async () => {
      const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': '# @aigov bot\n', 'b.py': '# @aigov bot\n' });
      const e = await indexed(ws);
      ws.delete('a.py');
      await e.updateFile('a.py');
      assert.equal(e.factsOf('a.py'), undefined);
      ws.stats.set('b.py', { type: 'directory', size: 0, mtimeMs: 0 });
      await e.updateFile('b.py');
      assert.equal(e.factsOf('b.py'), undefined);
      assert.deepEqual(e.model.filesOf('bot'), []);
      ws.reads.length = 0;
      ws.statted.length = 0;
      await e.updateFile('c.py', '# @aigov bot\n', 7);
      assert.deepEqual([ws.reads, ws.statted], [[], []]);
      assert.equal(e.factsOf('c.py')?.source?.version, 7);
      assert.deepEqual(e.model.filesOf('bot'), ['c.py'], 'coverage follows');
      ws.write('d.py', 'x = 1\n');
      await e.updateFile('d.py');
      assert.equal(e.factsOf('d.py')?.kind, 'source');
      assert.equal(e.factsOf('d.py')?.source, undefined, 'a file that holds nothing keeps no text');
      ws.write('w.bin', GGUF);
      await e.updateFile('w.bin', '# @aigov bot\n');
      assert.equal(e.factsOf('w.bin')?.kind, 'source', 'the editor holds it as text: not sniffed');
    });

    it('detects again in every file when a registry changes the detection settings, and only then', async () => {
      const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': 'import my_llm_client\n', 'b.py': '# @aigov bot\nimport my_llm_client\n', 'c.py': 'x = 1\n' });
      ws.skipped = [{ path: 'locked.py', reason: 'unreadable' }];
      const e = await indexed(ws);
      const libs = () => ['a.py', 'b.py'].map((p) => e.factsOf(p)?.detections.map((d) => d.library).join() ?? '-');
      assert.deepEqual(libs(), ['', '']);
      ws.reads.length = 0;
      await e.updateFile('.aigov.yaml', `${REGISTRY}detection: { libraries: { extra: [my_llm_client] } }\n`);
      assert.deepEqual(libs(), ['my_llm_client', 'my_llm_client']);
      assert.deepEqual(ws.reads.sort(), ['a.py', 'c.py'], 'the sources; a kept text is not read again');
      ws.reads.length = 0;
      await e.updateFile('.aigov.yaml', `${REGISTRY}detection: { libraries: { extra: [my_llm_client] } }\n# comment\n`);
      assert.deepEqual(ws.reads, [], 'the same settings: nothing detected again');
      assert.equal(e.model.governing('a.py')?.source.text.endsWith('# comment\n'), true, 'the model is rebuilt');
    });

    it('tells model files by name or by their bytes, and does not read a file that can hold nothing', async () => {
      class Sampling extends ShapedWorkspace {
        locked = new Set<string>();
        readSample(path: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined> {
          if (this.locked.has(path)) return Promise.resolve('unreadable');
          const t = this.text(path);
          const b = t === undefined ? undefined : new TextEncoder().encode(t);
          return Promise.resolve(b && { head: b.subarray(0, head), tail: b.subarray(Math.max(0, b.length - tail)), size: b.length });
        }
      }
      const ws = new Sampling({ '.aigov.yaml': REGISTRY });
      const e = await indexed(ws);
      ws.write('m.onnx', 'x');
      ws.write('w.bin', GGUF);
      ws.write('locked.bin', 'x');
      ws.locked.add('locked.bin');
      ws.write('logo.png', 'x');
      for (const p of ['m.onnx', 'w.bin', 'locked.bin', 'logo.png']) await e.updateFile(p);
      assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'locked.bin other unreadable', 'logo.png other', 'm.onnx artefact', 'w.bin artefact']);
      assert.deepEqual(e.factsOf('w.bin')?.detections.map((d) => d.library), ['gguf']);
      assert.deepEqual(e.factsOf('m.onnx')?.detections.map((d) => d.library), ['onnx']);
      assert.deepEqual(e.stats.skipped, [{ path: 'locked.bin', reason: 'unreadable' }]);
      assert.deepEqual(ws.reads.filter((p) => p !== '.aigov.yaml'), []);
    });

    it('says why a file that is there gave no bytes: outside the workspace, or unreadable (a registry reported either way)', async () => {
      const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY });
      const e = await indexed(ws);
      for (const p of ['far.py', 'locked.py', 'far/.aigov.yaml']) {
        ws.write(p, 'x');
        ws.unreadable.add(p);
      }
      ws.stats.set('far.py', { type: 'file', size: 1, mtimeMs: 0, escapes: true });
      ws.stats.set('far/.aigov.yaml', { type: 'file', size: 1, mtimeMs: 0, escapes: true });
      for (const p of ['far.py', 'locked.py', 'far/.aigov.yaml']) await e.updateFile(p);
      assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'far/.aigov.yaml other outside-workspace', 'locked.py other unreadable']);
      assert.deepEqual(e.stats.skipped.map((s) => `${s.path} ${s.reason}`), ['far.py outside-workspace', 'far/.aigov.yaml outside-workspace', 'locked.py unreadable']);
    });

    it('counts a file whose read throws as unreadable, and logs it', async () => {
      const errors: string[] = [];
      const logger: Logger = { info() {}, warn() {}, error: (m) => void errors.push(m) };
      class Failing extends ShapedWorkspace {
        override readFile(path: string): Promise<Uint8Array | undefined> {
          return path === 'boom.py' ? Promise.reject(new Error('EIO')) : super.readFile(path);
        }
      }
      const ws = new Failing({ '.aigov.yaml': REGISTRY, 'boom.py': 'x' });
      const e = await indexed(ws, { logger });
      errors.length = 0;
      await e.updateFile('boom.py');
      assert.deepEqual(kinds(e).filter((k) => k.startsWith('boom')), ['boom.py other unreadable']);
      assert.deepEqual(errors, ['Could not analyse boom.py']);
    });

    it('drops a registry that is no longer text', async () => {
      const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'sub/.aigov.yaml': 'version: 1\ncomponents:\n  - id: sub\n' });
      const e = await indexed(ws);
      assert.equal(e.stats.registries, 2);
      ws.write('sub/.aigov.yaml', 'a\u0000b');
      await e.updateFile('sub/.aigov.yaml');
      assert.deepEqual(kinds(e), ['.aigov.yaml registry', 'sub/.aigov.yaml other binary']);
      assert.equal(e.factsOf('sub/.aigov.yaml')?.size, 3);
      assert.deepEqual(e.model.components.map((c) => c.id), ['bot']);
    });

    it('gives the text of a file: kept, else read, else nothing', async () => {
      const ws = new ShapedWorkspace({ 'a.py': '# @aigov bot\n', 'b.py': 'x = 1\n', 'nul.py': 'a\u0000b' });
      const e = await indexed(ws);
      ws.reads.length = 0;
      assert.equal(await e.sourceOf('a.py'), e.factsOf('a.py')?.source);
      assert.deepEqual(ws.reads, []);
      assert.equal((await e.sourceOf('b.py'))?.text, 'x = 1\n');
      assert.equal(await e.sourceOf('nul.py'), undefined);
      assert.equal(await e.sourceOf('gone.py'), undefined);
    });

    it('rebuilds the model when a registry is removed, and coverage when a source file is', async () => {
      const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'sub/.aigov.yaml': 'version: 1\ncomponents:\n  - id: sub\n', 'a.py': '# @aigov bot\n' });
      const e = await indexed(ws);
      assert.deepEqual(e.model.filesOf('bot'), ['a.py']);
      e.removeFile('a.py');
      assert.deepEqual(e.model.filesOf('bot'), []);
      e.removeFile('sub/.aigov.yaml');
      assert.deepEqual(e.model.components.map((c) => c.id), ['bot']);
      assert.equal(e.stats.registries, 1);
      ws.write('new/.aigov.yaml', 'version: 1\ncomponents:\n  - id: fresh\n');
      await e.updateFile('new/.aigov.yaml');
      assert.deepEqual(e.model.components.map((c) => c.id).sort(), ['bot', 'fresh'], 'a registry that was not there before: the model is rebuilt');
    });
  });

  it('stats referenced documents that are not listed, and listed ones that lead out of the workspace', async () => {
    const reg = 'version: 1\ncomponents:\n  - id: bot\n    risk: { assessment: { path: docs/risk.md } }\n    model: { card: guide.md }\n';
    const ws = new ShapedWorkspace({ '.aigov.yaml': reg, 'guide.md': '# guide\n' });
    ws.stats.set('docs/risk.md', { type: 'file', size: 3, mtimeMs: 0 });
    ws.stats.set('guide.md', { type: 'file', size: 3, mtimeMs: 0, escapes: true });
    const e = await indexed(ws);
    assert.equal(e.model.exists('docs/risk.md'), true, 'not listed (an ignored folder), yet there');
    assert.equal(e.model.escapes('guide.md'), true);
    assert.equal(e.model.escapes('docs/risk.md'), false);
    ws.write('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: sub\n');
    await e.updateFile('sub/.aigov.yaml');
    e.removeFile('sub/.aigov.yaml');
    assert.equal(e.model.exists('docs/risk.md'), true, 'a model rebuilt on a removal keeps what was stat\'ed');
  });

  it("takes the detection settings of every registry, in either form, and notes a file skipped again once", async () => {
    const ws = new ShapedWorkspace({
      '.aigov.yaml': 'version: 1\ndetection: { libraries: { extra: [{ name: my_llm_client }] } }\ncomponents:\n  - id: bot\n',
      'sub/.aigov.yaml': 'version: 1\ndetection: { model_ids: true, libraries: { extra: [other_llm] } }\ncomponents:\n  - id: sub\n',
      'a.py': 'import my_llm_client\nimport other_llm\nm = "claude-3-opus-20240229"\n',
      'locked.py': 'x',
    });
    ws.unreadable.add('locked.py');
    const e = await indexed(ws);
    assert.deepEqual(e.factsOf('a.py')?.detections.map((d) => d.library).sort(), ['claude-3-opus-20240229', 'my_llm_client', 'other_llm']);
    await e.updateFile('locked.py');
    await e.updateFile('locked.py');
    assert.deepEqual(e.stats.skipped, [{ path: 'locked.py', reason: 'unreadable' }]);
  });
});

describe('indexer with helper threads', () => {
  /** Helpers that analyse each chunk they take as a worker thread would, and note the settings of each job. */
  const helpers = (ws: InMemoryWorkspace): IndexHelpers & { configs: string[] } => {
    const configs: string[] = [];
    return {
      minFiles: 1,
      configs,
      async help(job) {
        configs.push(job.config.extraLibraries.map((l) => l.name).join() || '-');
        for (let chunk = job.next(); chunk; chunk = job.next()) {
          const done: FileAnalysis[] = [];
          for (const [i, p] of chunk.paths.entries()) done.push(await analyseListedFile(ws, p, job.config, chunk.options?.[i], job.keep));
          job.done(chunk, done);
        }
      },
    };
  };

  it("analyses the files again when a registry's detection settings differ from those the helpers started with", async () => {
    const ws = new ShapedWorkspace({ '.aigov.yaml': `${REGISTRY}detection: { libraries: { extra: [my_llm_client] } }\n`, 'a.py': 'import my_llm_client\n', 'b.py': 'x = 1\n' });
    const h = helpers(ws);
    const e = await indexed(ws, { helpers: h });
    assert.deepEqual(e.factsOf('a.py')?.detections.map((d) => d.library), ['my_llm_client']);
    assert.deepEqual(h.configs, ['-', 'my_llm_client'], 'a head start under the settings known before the registries, then the registries\' own');
  });

  it("adds a listing's second part to the helpers' work, reads each file once, and counts progress over both parts", async () => {
    const ws = new ShapedWorkspace({ '.aigov.yaml': REGISTRY, 'a.py': 'import openai\n', 'b.py': 'x = 1\n', 'late/c.py': 'import anthropic\n', 'late/d.py': '# @aigov bot\n' });
    ws.late = new Set(['late/c.py', 'late/d.py']);
    ws.more = () => Promise.resolve({ files: ['late/c.py', 'late/d.py'], skipped: [] });
    const h = helpers(ws);
    const seen: IndexProgress[] = [];
    const e = await indexed(ws, { helpers: h }, (p) => seen.push(p));
    assert.deepEqual(['a.py', 'late/c.py'].map((p) => e.factsOf(p)?.detections.map((d) => d.library).join()), ['openai', 'anthropic']);
    assert.deepEqual(e.factsOf('late/d.py')?.annotations.annotations.map((a) => a.id), ['bot']);
    assert.deepEqual([...ws.reads].sort(), ['.aigov.yaml', 'a.py', 'b.py', 'late/c.py', 'late/d.py']);
    assert.deepEqual(h.configs, ['-'], 'one job: the head start was kept');
    assert.deepEqual(seen.at(-1), { done: 5, total: 5 });
    assert.ok(seen.every((p) => p.done <= p.total), JSON.stringify(seen));
  });
});

describe('file store: detection settings', () => {
  const registry = (path: string, text: string) => new ParsedRegistry(new SourceFile(path, text));

  it("adds nothing for a registry without `detection:`, and lists the registries' extra libraries in path order", () => {
    const store = new FileStore();
    store.registries.set('.aigov.yaml', registry('.aigov.yaml', REGISTRY));
    assert.deepEqual(store.detectionConfig(), { extraLibraries: [], modelIds: false });
    // Read in another order than their paths' (a listing's second part, an edit): the settings, and
    // the cache key made from them, are the same whatever the order.
    store.registries.set('z/.aigov.yaml', registry('z/.aigov.yaml', 'version: 1\ndetection: { libraries: { extra: [z_llm] } }\n'));
    store.registries.set('a/.aigov.yaml', registry('a/.aigov.yaml', 'version: 1\ndetection: { libraries: { extra: [a_llm] } }\n'));
    assert.deepEqual(store.detectionConfig(), { extraLibraries: [{ name: 'a_llm' }, { name: 'z_llm' }], modelIds: false });
  });
});
