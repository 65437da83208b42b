import { strict as assert } from 'node:assert';
import { Engine } from './engine.js';
import { MemoryFactsCache } from './facts-cache.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import type { FileListing, FileVersion } from './workspace.js';

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
  it('skips reading files that held nothing, and gives the same findings', async () => {
    const cache = new MemoryFactsCache();
    const ws = new VersionedWorkspace(FILES);
    const first = new Engine(ws, { today: '2026-11-25', cache });
    await first.indexAll();
    ws.reads.length = 0;
    const second = new Engine(ws, { today: '2026-11-25', cache });
    await second.indexAll();
    assert.deepEqual(ws.reads.sort(), ['.aigov.yaml', 'ai.py', 'tagged.py'], 'plain.py is not read again');
    assert.deepEqual(second.findings(), first.findings());
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
