import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ListComponentsResult } from '../../server/src/protocol/methods';
import { TestClient, uriOf } from './harness';

/** A repository whose top registry covers services/chat/bot; the editor opens services/chat. */
function repository(): { top: string; folder: string } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'aigov-lsp-above-')));
  const files: Record<string, string> = {
    '.aigov.yaml': 'version: 1\ncomponents:\n  - id: chat\n    kind: llm-app\n    model: { provider: openai }\n    paths: ["services/chat/bot/**"]\n',
    'services/chat/bot/main.py': 'import openai\n',
    'services/chat/tools/named.py': '# @aigov chat\nimport openai\n',
    'services/chat/tools/plain.py': 'import openai\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(top, rel)), { recursive: true });
    writeFileSync(path.join(top, rel), text);
  }
  execFileSync('git', ['init', '-q', top]);
  return { top, folder: path.join(top, 'services', 'chat') };
}

describe('lsp: a workspace folder below a registry of its repository', () => {
  let client: TestClient | undefined;
  let top = '';
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  /** The repository made, and its folder opened by a client and indexed. */
  async function opened(): Promise<{ repo: { top: string; folder: string }; c: TestClient }> {
    const repo = repository();
    top = repo.top;
    client = await TestClient.start(repo.folder);
    await client.indexed();
    return { repo, c: client };
  }

  it('is governed by it: diagnostics as in the whole repository, and the tree says where it is', async () => {
    const { c } = await opened();
    const codes = async (rel: string): Promise<string[]> => (await c.pullItems(await c.open(rel, 'python'))).map((d) => `${d.range.start.line + 1} ${String(d.code)}`);
    assert.deepEqual(await codes('bot/main.py'), []);
    assert.deepEqual(await codes('tools/named.py'), []);
    assert.deepEqual(await codes('tools/plain.py'), ['1 AIGOV301']);
    const r = await c.request<ListComponentsResult>('aigov/listComponents', {});
    assert.deepEqual(r.folders.map((f) => [f.registries.length, f.governedFrom]), [[0, ['../../.aigov.yaml']]]);
  });

  it('follows them as they change on disk: watched outside the workspace, the folder indexed again', async () => {
    const { repo, c } = await opened();
    const watch = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual((watch?.registerOptions as { watchers: unknown[] }).watchers, [
      { globPattern: { baseUri: c.uri(''), pattern: '**/*' } },
      { globPattern: { baseUri: uriOf(path.join(top, 'services')), pattern: '.aigov.{yaml,yml}' } },
      { globPattern: { baseUri: uriOf(top), pattern: '.aigov.{yaml,yml}' } },
    ]);
    const plain = await c.open('tools/plain.py', 'python');
    const main = await c.open('bot/main.py', 'python');
    const codes = async (uri: string): Promise<string[]> => (await c.pullItems(uri)).map((d) => String(d.code));
    assert.deepEqual(await codes(plain), ['AIGOV301']);
    const event = (abs: string, type: 1 | 2 | 3): Promise<void> => c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(abs), type }] });
    const reindexed = (n: number): Promise<true> => c.waitFor(() => c.modelChanged.filter((m) => m.reason === 'registry').length >= n || undefined, `reindex ${n}`);

    const indexedLogs = (): number => c.logs.filter((l) => l.startsWith('Indexed ')).length;
    const registry = path.join(top, '.aigov.yaml');

    // Events that change nothing above (the registry saved as it was, other files there) index nothing again.
    const before = indexedLogs();
    writeFileSync(registry, readFileSync(registry));
    await event(registry, 2);
    writeFileSync(path.join(top, 'README.md'), 'x\n');
    await event(path.join(top, 'README.md'), 1);
    writeFileSync(path.join(top, '.aigov.yml.bak'), 'x\n');
    await event(path.join(top, '.aigov.yml.bak'), 1);
    await c.close(plain);
    writeFileSync(path.join(repo.folder, 'tools', 'plain.py'), '\nimport openai\n');
    await c.fileEvent('tools/plain.py', 2);
    for (let i = 0; !(await c.pullItems(plain)).some((d) => d.range.start.line === 1); i++) {
      assert.ok(i < 100, 'the edit on disk seen');
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(indexedLogs(), before);
    assert.equal(c.modelChanged.filter((m) => m.reason === 'registry').length, 0);

    // The top registry now covers the tools too.
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('"services/chat/bot/**"', '"services/chat/bot/**", "services/chat/tools/**"'));
    await event(registry, 2);
    await reindexed(1);
    assert.deepEqual(await codes(plain), []);

    // A registry made in between that does not parse: coverage is held back where it governs, and the log says why.
    const middle = path.join(top, 'services', '.aigov.yml');
    writeFileSync(middle, 'version: 1\ncomponents: [\n');
    await event(middle, 1);
    await reindexed(2);
    assert.deepEqual(await codes(main), []);
    await c.waitFor(() => c.logs.find((l) => l.includes(middle) && l.includes('does not parse')), 'the broken registry named');

    // It is removed, and so is the top one: nothing governs the folder any more.
    rmSync(middle);
    rmSync(registry);
    await event(middle, 3);
    await event(registry, 3);
    await reindexed(3);
    assert.deepEqual(await codes(main), ['AIGOV301']);
    assert.deepEqual((await c.request<ListComponentsResult>('aigov/listComponents', {})).folders.map((f) => f.governedFrom ?? []), [[]]);
  });
});
