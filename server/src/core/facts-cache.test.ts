import { strict as assert } from 'node:assert';
import { analyseListedFile, type FileAnalysis, type IndexHelpers } from './analysis.js';
import { Engine } from './engine.js';
import { MemoryFactsCache, type KnownFile } from './facts-cache.js';
import { OpenFactsCache } from './testing/open-facts-cache.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import type { FileListing, FileVersion, ListedRead, ListedReadOptions, ListingShortcuts } from './workspace.js';

/** An in-memory workspace whose listing carries versions, as the disk listing does. */
class VersionedWorkspace extends InMemoryWorkspace {
  versions = new Map<string, FileVersion>();
  override async listFiles(): Promise<FileListing> {
    const l = await super.listFiles();
    return { ...l, stats: new Map(l.files.map((f) => [f, this.versions.get(f) ?? { size: this.text(f)?.length ?? 0, mtimeMs: 1 }])) };
  }
}

const FILES = {
  '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n',
  'plain.py': 'print(1)\n',
  'ai.py': 'import openai\n',
  'tagged.py': '# @aigov bot\n',
};

describe('facts cache', () => {
  it('reads again neither files that held nothing nor files that held something, and gives the same findings', async () => {
    const cache = new MemoryFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const first = new Engine(ws, { today: '2026-11-25', cache });
    await first.indexAll();
    ws.reads.length = 0;
    const second = new Engine(ws, { today: '2026-11-25', cache });
    await second.indexAll();
    assert.deepEqual(ws.reads.sort(), ['.aigov.yaml'], 'only the registry is read again');
    assert.deepEqual(second.findings(), first.findings());
  });

  it('keeps what a file holds with the lines its facts start on, uses that instead of analysing it, and analyses it again once it changed', async () => {
    const cache = new OpenFactsCache();
    const ws = new VersionedWorkspace({ ...FILES, 'ai.py': '"""doc"""\n\nimport openai\n' });
    const first = new Engine(ws, { today: '2026-11-25', cache });
    await first.indexAll();
    assert.deepEqual(cache.entry('tagged.py')?.facts?.annotations.annotations.map((a) => a.id), ['bot']);
    assert.deepEqual(cache.entry('tagged.py')?.facts?.lines, { 0: '# @aigov bot' });
    assert.deepEqual(cache.entry('ai.py')?.facts?.lines, { 2: 'import openai' }, 'only the lines facts start on');
    assert.equal(cache.entry('plain.py')?.facts, undefined, 'held nothing');
    cache.mark('ai.py');
    const second = new Engine(ws, { today: '2026-11-25', cache });
    await second.indexAll();
    const evidence = (e: Engine) => e.findings().filter((f) => f.file === 'ai.py' && f.code === 'AIGOV301').map((f) => f.data?.evidence);
    assert.deepEqual(evidence(second), ['import openai [cached]'], 'the cached facts are used, not a new analysis');
    assert.equal(second.factsOf('ai.py')?.source, undefined, 'not read');
    assert.deepEqual(second.factsOf('ai.py')?.lines, { 2: 'import openai' });
    assert.equal((await second.sourceOf('ai.py'))?.text, ws.text('ai.py'), 'read when asked for');
    // The third run keeps the lines it was given (it read nothing to take them from).
    await new Engine(ws, { today: '2026-11-25', cache }).indexAll();
    assert.deepEqual(cache.entry('ai.py')?.facts?.lines, { 2: 'import openai' });
    ws.write('ai.py', 'import  openai\n');
    ws.versions.set('ai.py', { size: 15, mtimeMs: 2 });
    const changed = new Engine(ws, { today: '2026-11-25', cache });
    await changed.indexAll();
    assert.deepEqual(evidence(changed), ['import  openai'], 'a changed file is analysed');
  });

  it('keeps no entry for a file whose cached facts start on a line the cache lost, so that the next run reads it again', async () => {
    const text = '# @aigov bot\nimport openai\n# @aigov-ignore AIGOV303 -- reviewed\nimport anthropic\n# @aigov: bot\n';
    type Facts = NonNullable<KnownFile['facts']>;
    type At = { start: { line: number; character: number }; end: { line: number; character: number } };
    const lost = (r: At): At => ({ start: { ...r.start, line: 99 }, end: { ...r.end, line: 99 } });
    const first = <T,>(list: readonly T[], change: (x: T) => T): T[] => list.map((x, i) => (i === 0 ? change(x) : x));
    const withAnnotations = (f: Facts, change: (a: Facts['annotations']) => Facts['annotations']): Facts => ({ ...f, annotations: change(f.annotations) });
    const cases: [string, (f: Facts) => Facts][] = [
      ['an annotation', (f) => withAnnotations(f, (a) => ({ ...a, annotations: first(a.annotations, (x) => ({ ...x, range: lost(x.range) })) }))],
      ["an annotation's id", (f) => withAnnotations(f, (a) => ({ ...a, annotations: first(a.annotations, (x) => ({ ...x, idRange: lost(x.idRange) })) }))],
      ["an annotation's block", (f) => withAnnotations(f, (a) => ({ ...a, annotations: first(a.annotations, (x) => ({ ...x, blockRange: lost(x.range) })) }))],
      ['a suppression', (f) => withAnnotations(f, (a) => ({ ...a, suppressions: first(a.suppressions, (x) => ({ ...x, range: lost(x.range) })) }))],
      ["a suppression's target", (f) => withAnnotations(f, (a) => ({ ...a, suppressions: first(a.suppressions, (x) => ({ ...x, targetLine: 99 })) }))],
      ['a malformed annotation', (f) => withAnnotations(f, (a) => ({ ...a, malformed: first(a.malformed, (x) => ({ ...x, range: lost(x.range) })) }))],
      ['a detection', (f) => ({ ...f, detections: first(f.detections, (d) => ({ ...d, range: lost(d.range) })) })],
    ];
    const run = async (ws: VersionedWorkspace, cache: OpenFactsCache) => {
      const e = new Engine(ws, { today: '2026-11-25', cache });
      await e.indexAll();
      return e.findings().filter((f) => f.file === 'all.py').map((f) => `${f.code} ${f.range.start.line}`);
    };
    for (const [what, change] of cases) {
      const cache = new OpenFactsCache();
      const ws = new VersionedWorkspace({ ...FILES, 'all.py': text });
      const found = await run(ws, cache);
      assert.deepEqual(found, ['AIGOV303 1', 'AIGOV202 4']);
      const entry = cache.entry('all.py');
      assert.ok(entry?.facts, 'the first run keeps its facts');
      const before = JSON.stringify(entry.facts);
      entry.facts = change(entry.facts);
      delete entry.findings;
      assert.notEqual(JSON.stringify(entry.facts), before, what);
      await run(ws, cache);
      assert.equal(cache.entry('all.py'), undefined, `${what}: no entry kept`);
      ws.reads.length = 0;
      assert.deepEqual(await run(ws, cache), found, `${what}: read and analysed again`);
      assert.ok(ws.reads.includes('all.py'), what);
    }
  });

  it('reads a file again when its size or mtime changed', async () => {
    const cache = new MemoryFactsCache();
    const ws = new VersionedWorkspace(FILES);
    await new Engine(ws, { today: '2026-11-25', cache }).indexAll();
    ws.write('plain.py', 'import anthropic\n');
    ws.versions.set('plain.py', { size: 17, mtimeMs: 2 });
    ws.reads.length = 0;
    const e = new Engine(ws, { today: '2026-11-25', cache });
    await e.indexAll();
    assert.ok(ws.reads.includes('plain.py'));
    assert.ok(e.findings().some((f) => f.file === 'plain.py' && f.code === 'AIGOV301'));
  });

  it('is ignored when the detection settings change', async () => {
    const cache = new MemoryFactsCache();
    const ws = new VersionedWorkspace({ ...FILES, 'plain.py': 'import my_llm_client\n' });
    await new Engine(ws, { today: '2026-11-25', cache }).indexAll();
    ws.write('.aigov.yaml', 'version: 1\ndetection: { libraries: { extra: [my_llm_client] } }\ncomponents:\n  - id: bot\n');
    ws.reads.length = 0;
    await new Engine(ws, { today: '2026-11-25', cache }).indexAll();
    assert.ok(ws.reads.includes('plain.py'), 'new settings: everything is read again');
  });
});

/** An in-memory workspace whose listing has no versions: a read takes the file's version, and answers `unchanged` without reading when asked to. */
class ReadVersionsWorkspace extends InMemoryWorkspace implements ListingShortcuts {
  get shortcuts(): ListingShortcuts {
    return this;
  }
  async readListed<T>(path: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    const text = this.text(path);
    if (text === undefined) return undefined;
    const version = { size: text.length, mtimeMs: 1 };
    const was = options?.unchangedIf;
    if (was && was.size === version.size && was.mtimeMs === version.mtimeMs) return { unchanged: version };
    const bytes = await this.readFile(path);
    if (!bytes) return undefined;
    return options?.version ? { value: use(bytes), version } : { value: use(bytes) };
  }
  probeListed(): Promise<'file'> {
    return Promise.resolve('file');
  }
  contentIds(): Promise<ReadonlyMap<string, string> | undefined> {
    return Promise.resolve(undefined);
  }
}

describe('facts cache with versions taken by the reads', () => {
  it('keeps knowing a file that a read found unchanged, run after run', async () => {
    const cache = new MemoryFactsCache();
    const ws = new ReadVersionsWorkspace(FILES);
    const run = async () => {
      ws.reads.length = 0;
      const e = new Engine(ws, { today: '2026-11-25', cache });
      await e.indexAll();
      return e.findings();
    };
    const cold = await run();
    assert.deepEqual(ws.reads.sort(), Object.keys(FILES).sort());
    for (const n of [2, 3]) {
      assert.deepEqual(await run(), cold);
      assert.deepEqual(ws.reads, ['.aigov.yaml'], `run ${n}: only the registry is read`);
    }
  });
});

/** An in-memory workspace whose version control vouches for some files' contents; its listing has versions. */
class VouchingWorkspace extends VersionedWorkspace implements ListingShortcuts {
  ids = new Map<string, string>();
  asked = 0;
  get shortcuts(): ListingShortcuts {
    return this;
  }
  contentIds(): Promise<ReadonlyMap<string, string> | undefined> {
    this.asked++;
    return Promise.resolve(new Map(this.ids));
  }
  /** The plain reads, as a workspace without shortcuts is read. */
  async readListed<T>(path: string, use: (bytes: Uint8Array) => T): Promise<ListedRead<T>> {
    const bytes = await this.readFile(path);
    return bytes ? { value: use(bytes) } : undefined;
  }
  probeListed(): Promise<'file'> {
    return Promise.resolve('file');
  }
  /** New mtimes for every file, same contents: what a fresh clone looks like. */
  touchAll(mtimeMs: number): void {
    for (const f of Object.keys(files)) this.versions.set(f, { size: this.text(f)?.length ?? 0, mtimeMs });
  }
}

const files: Record<string, string> = { ...FILES, 'logo.png': 'not really a png', 'data.json': '{"a": 1}' };

describe('facts cache keyed by content ids', () => {
  const vouched = () => {
    const ws = new VouchingWorkspace(files);
    for (const f of Object.keys(files)) ws.ids.set(f, `id-${f}`);
    return ws;
  };
  const index = async (ws: VouchingWorkspace, cache?: MemoryFactsCache) => {
    const engine = new Engine(ws, { today: '2026-11-25', ...(cache ? { cache } : {}) });
    await engine.indexAll();
    return engine;
  };

  it('asks for ids only with a cache, and skips files known empty by their id after a fresh clone', async () => {
    const cache = new MemoryFactsCache();
    const ws = vouched();
    const plain = await index(ws);
    assert.equal(ws.asked, 0, 'no cache: no ids asked for');
    const first = await index(ws, cache);
    assert.equal(ws.asked, 1, 'a cold cache learns the ids too');
    assert.deepEqual(first.findings(), plain.findings());
    ws.touchAll(99);
    ws.reads.length = 0;
    const cloned = await index(ws, cache);
    assert.deepEqual(ws.reads.sort(), ['.aigov.yaml'], 'new mtimes, same ids: every source file is known by its id');
    assert.deepEqual(cloned.findings(), first.findings());
    assert.deepEqual([...cloned.files.keys()].sort(), [...first.files.keys()].sort(), 'the same files are known');
    assert.equal(cloned.factsOf('logo.png')?.kind, 'other');
    assert.equal(cloned.factsOf('plain.py')?.contentId, 'id-plain.py');
  });

  it('with helper threads too, reads after a fresh clone only what the ids do not vouch for', async () => {
    const cache = new MemoryFactsCache();
    const ws = vouched();
    const helpers: IndexHelpers = {
      minFiles: 1,
      async help(job) {
        for (let chunk = job.next(); chunk; chunk = job.next()) {
          const done: FileAnalysis[] = [];
          for (const [i, p] of chunk.paths.entries()) done.push(await analyseListedFile(ws, p, job.config, chunk.options?.[i], job.keep));
          job.done(chunk, done);
        }
      },
    };
    const run = async () => {
      const e = new Engine(ws, { today: '2026-11-25', cache, helpers });
      await e.indexAll();
      return e.findings();
    };
    ws.reads.length = 0;
    const first = await run();
    assert.notEqual(ws.reads[0], '.aigov.yaml', 'a cold cache knows no file: the helpers start before the registry is read');
    ws.touchAll(99);
    ws.reads.length = 0;
    assert.deepEqual(await run(), first);
    assert.deepEqual(ws.reads, ['.aigov.yaml'], 'no head start on files the cache may know by their ids');
  });

  it('reads a file again when its id changes or is no longer vouched for', async () => {
    const cache = new MemoryFactsCache();
    const ws = vouched();
    await index(ws, cache);
    await index(ws, cache);
    ws.write('plain.py', 'import anthropic\n');
    ws.ids.set('plain.py', 'id-2');
    ws.touchAll(2);
    ws.reads.length = 0;
    const changed = await index(ws, cache);
    assert.ok(ws.reads.includes('plain.py'));
    assert.ok(changed.findings().some((f) => f.file === 'plain.py' && f.code === 'AIGOV301'));
    // Edited back, but not vouched for (changed in the working tree): read, not trusted by name.
    ws.write('plain.py', 'print(1)\n');
    ws.ids.set('plain.py', 'id-plain.py');
    ws.touchAll(3);
    await index(ws, cache);
    ws.ids.delete('plain.py');
    ws.write('plain.py', 'import openai\n');
    ws.touchAll(4);
    ws.reads.length = 0;
    const unvouched = await index(ws, cache);
    assert.ok(ws.reads.includes('plain.py'), 'no id: read');
    assert.ok(unvouched.findings().some((f) => f.file === 'plain.py' && f.code === 'AIGOV301'));
  });

  it('a file that holds something is not read again while its id is the same', async () => {
    const cache = new OpenFactsCache();
    const ws = vouched();
    const first = await index(ws, cache);
    await index(ws, cache);
    ws.reads.length = 0;
    cache.mark('ai.py');
    ws.touchAll(5);
    const again = await index(ws, cache);
    assert.ok(!ws.reads.includes('ai.py') && !ws.reads.includes('tagged.py'));
    const evidence = (e: Engine) => e.findings().filter((f) => f.file === 'ai.py').map((f) => f.data?.evidence);
    assert.deepEqual(evidence(again), ['import openai [cached]'], 'known by its id after a fresh clone: not analysed');
    ws.write('ai.py', 'import openai # v2\n');
    ws.ids.set('ai.py', 'id-ai-2');
    const changed = await index(ws, cache);
    assert.deepEqual(evidence(changed), ['import openai # v2'], 'a new id: analysed');
    assert.deepEqual(evidence(first), ['import openai']);
  });
});

describe('facts cache forked for another tree of the same files', () => {
  it('starts from what the original knows, and what the copy learns stays in the copy', async () => {
    const head = new VouchingWorkspace(files);
    for (const f of Object.keys(files)) head.ids.set(f, `id-${f}`);
    const original = new MemoryFactsCache();
    const first = new Engine(head, { today: '2026-11-25', cache: original });
    await first.indexAll();
    const fork = original.fork();
    // The other tree: ai.py has other content there; the rest is the same by id.
    const base = new VouchingWorkspace({ ...files, 'ai.py': 'import anthropic\n' });
    for (const f of Object.keys(files)) base.ids.set(f, `id-${f}`);
    base.ids.set('ai.py', 'id-ai-base');
    const second = new Engine(base, { today: '2026-11-25', cache: fork });
    await second.indexAll();
    assert.deepEqual(base.reads.sort(), ['.aigov.yaml', 'ai.py'], 'only what the ids do not vouch for is read');
    assert.ok(second.findings().some((f) => f.file === 'ai.py' && /anthropic/i.test(String(f.data?.evidence ?? ''))));
    // The original still knows ai.py as the head holds it: a third run there reads nothing new.
    head.reads.length = 0;
    head.touchAll(7);
    const third = new Engine(head, { today: '2026-11-25', cache: original });
    await third.indexAll();
    assert.deepEqual(head.reads, ['.aigov.yaml']);
    assert.deepEqual(third.findings(), first.findings());
  });
});
