import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ListComponentsResult } from '../../server/src/protocol/methods';
import { brief, copyFixture, TestClient, uriOf } from './harness';

function tinyWorkspace(registry: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aigov-lsp-root-'));
  writeFileSync(path.join(dir, '.aigov.yaml'), registry);
  for (const [p, t] of Object.entries(files)) writeFileSync(path.join(dir, p), t);
  return dir;
}

describe('lsp: workspace folders and settings', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('one engine per folder: ids of one folder are unknown in another', async () => {
    const second = tinyWorkspace('version: 1\ncomponents:\n  - id: other-model\n    name: Other\n', { 'use.py': '# @aigov chat-bot\n# @aigov other-model\n' });
    client = await TestClient.start(copyFixture('lsp-basic'), { folders: [second] });
    const c = client;
    await c.indexed(2);
    const use = await c.open('use.py', 'python', second);
    assert.deepEqual(brief(await c.pullItems(use)), ['0:9-0:17 AIGOV201']);
    const list = await c.request<ListComponentsResult>('aigov/listComponents', {});
    assert.deepEqual(list.folders.map((f) => f.registries.flatMap((r) => r.components.map((x) => x.id))), [['fraud-scorer', 'chat-bot'], ['other-model']]);
    const only = await c.request<ListComponentsResult>('aigov/listComponents', { folderUri: uriOf(second) });
    assert.deepEqual(only.folders.map((f) => f.name), [path.basename(second)]);
  });

  it('nested folders: a file belongs to the innermost folder, reported once', async () => {
    const root = copyFixture('lsp-basic');
    const inner = path.join(root, 'services');
    client = await TestClient.start(root, { folders: [inner] });
    const c = client;
    await c.indexed(2);
    c.write('services/x.py', '# @aigov nothing-here\n');
    await c.fileEvent('services/x.py', 1);
    const uri = c.uri('services/x.py');
    await c.waitFor(() => c.modelChanged.find((m) => m.reason === 'files' && m.folderUris.length === 2), 'both folders updated');
    const r = await c.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
    assert.equal(r.items.filter((i) => i.uri === uri).length, 1, 'reported by one folder only');
    // Inside `services/` no registry governs the file, so fraud-scorer is unknown there.
    const score = await c.open('services/fraud/score.py', 'python');
    assert.deepEqual(brief(await c.pullItems(score)), ['0:9-0:21 AIGOV201']);
  });

  it('settings per folder (workspace/configuration with scopeUri): rules and today', async () => {
    const root = copyFixture('lsp-basic');
    client = await TestClient.start(root, { settings: { [uriOf(root)]: { rules: { AIGOV101: 'off', AIGOV201: 'hint' }, today: '2026-06-08' } } });
    const c = client;
    await c.indexed();
    const reg = await c.pullItems(c.uri('.aigov.yaml'));
    assert.deepEqual(brief(reg), ['19:12-19:24 AIGOV401']);
    assert.match(reg[0]!.message, /1 day left/);
    const legacy = await c.open('src/legacy.ts', 'typescript');
    assert.equal((await c.pullItems(legacy))[0]!.severity, 4);
  });

  it('didChangeConfiguration re-reads the settings and re-indexes only when they changed', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    assert.ok((await c.pullItems(c.uri('.aigov.yaml'))).some((d) => d.code === 'AIGOV101'));
    c.settings = { '*': { rules: { AIGOV101: 'off' } } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(() => c.modelChanged.find((m) => m.reason === 'settings'), 'reindex for settings');
    assert.ok(!(await c.pullItems(c.uri('.aigov.yaml'))).some((d) => d.code === 'AIGOV101'));
    const n = c.modelChanged.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(c.modelChanged.length, n, 'same settings: nothing to do');
  });

  it('bad settings fall back to defaults per field', async () => {
    const root = copyFixture('lsp-basic');
    client = await TestClient.start(root, { settings: { '*': { today: 'yesterday', rules: { AIGOV101: 'loud', AIGOV401: 'off' }, detection: 7 } } });
    const c = client;
    await c.indexed();
    assert.deepEqual(brief(await c.pullItems(c.uri('.aigov.yaml'))), ['32:4-32:8 AIGOV101']);
  });

  it('workspace folders added and removed at run time', async () => {
    const second = tinyWorkspace('version: 1\ncomponents:\n  - id: added-model\n', { 'a.py': '# @aigov nope\n' });
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    await c.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] } });
    await c.indexed(2);
    // The added folder is watched too: the watchers are registered again, the first ones withdrawn.
    const watched = await c.waitFor(() => {
      const all = c.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
      return all.length === 2 && c.unregistered.includes(all[0]!.id) ? all[1] : undefined;
    }, 'watchers registered again');
    assert.deepEqual((watched.registerOptions as { watchers: unknown[] }).watchers, [
      { globPattern: { baseUri: c.uri(''), pattern: '**/*' } },
      { globPattern: { baseUri: uriOf(second), pattern: '**/*' } },
    ]);
    const a = await c.open('a.py', 'python', second);
    assert.deepEqual(brief(await c.pullItems(a)), ['0:9-0:13 AIGOV201']);
    await c.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(second), name: 'second' }] } });
    await c.waitFor(() => c.modelChanged.find((m) => m.reason === 'folders'), 'folder removed');
    assert.deepEqual(await c.pullItems(a), []);
    c.roots.push(second);
  });
});
