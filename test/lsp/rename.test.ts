import assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { copyFixture, FULL_CAPABILITIES, TestClient } from './harness';

const pos = (line: number, character: number) => ({ line, character });

describe('lsp: rename of a component id', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('prepareRename gives the id range; rename edits the registry and every annotation; nothing breaks', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const chat = await c.open('src/chat.ts', 'typescript');
    const prep = await c.request('textDocument/prepareRename', { textDocument: { uri: chat }, position: pos(0, 12) });
    assert.deepEqual(prep, { range: { start: pos(0, 10), end: pos(0, 18) }, placeholder: 'chat-bot' });
    assert.equal(await c.request('textDocument/prepareRename', { textDocument: { uri: chat }, position: pos(2, 3) }), null);
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'support-bot' });
    const files = (edit.documentChanges ?? []).map((d) => ('textDocument' in d ? [d.textDocument.uri, d.textDocument.version, d.edits.length] : []));
    assert.deepEqual(files, [
      [c.uri('.aigov.yaml'), null, 1],
      [chat, 1, 1],
    ]);
    const before = c.read('.aigov.yaml');
    const refreshes = c.refreshes;
    await c.apply(edit);
    // The registry was closed: it changed on disk, and the server asks for a new pull once it has read it.
    await c.waitFor(() => c.refreshes > refreshes || undefined, 'refresh after the file event');
    assert.equal(c.read('.aigov.yaml'), before.replace('  - id: chat-bot\n', '  - id: support-bot\n'));
    assert.ok(c.textOf(chat).startsWith('// @aigov support-bot\n'));
    assert.deepEqual(await c.pullItems(chat), []);
    const legacy = await c.open('src/legacy.ts', 'typescript');
    assert.doesNotMatch((await c.pullItems(legacy))[0]!.message, /Did you mean 'chat-bot'/, 'chat-bot is gone from the model');
  });

  it('renames from the registry too, across files that are not open', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: reg }, position: pos(9, 10), newName: 'card-fraud' });
    const uris = (edit.documentChanges ?? []).map((d) => ('textDocument' in d ? d.textDocument.uri : '')).sort();
    assert.deepEqual(uris, [reg, c.uri('services/fraud/score.py')].sort());
  });

  it('refuses names that are not kebab-case or that clash, and ids no registry declares', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const chat = await c.open('src/chat.ts', 'typescript');
    await assert.rejects(c.request('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'Support_Bot' }), /not a valid component id/);
    await assert.rejects(c.request('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'fraud-scorer' }), /already exists in \.aigov\.yaml/);
    const legacy = await c.open('src/legacy.ts', 'typescript');
    await assert.rejects(c.request('textDocument/prepareRename', { textDocument: { uri: legacy }, position: pos(0, 12) }), /No registry declares 'chat-bto'/);
  });

  it('uses plain `changes` for a client without documentChanges', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    caps.workspace!.workspaceEdit = {};
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const c = client;
    await c.indexed();
    const chat = await c.open('src/chat.ts', 'typescript');
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'bot' });
    assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [c.uri('.aigov.yaml'), chat].sort());
  });
});
