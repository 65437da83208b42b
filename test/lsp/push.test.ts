import assert from 'node:assert/strict';
import { bigWorkspace, brief, copyFixture, PUSH_ONLY_CAPABILITIES, TestClient } from './harness';

describe('lsp: push diagnostics (clients without pull, e.g. Neovim 0.7)', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('publishes every file with findings after the index, the open document first', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: PUSH_ONLY_CAPABILITIES });
    const c = client;
    const legacy = await c.open('src/legacy.ts', 'typescript');
    const first = await c.waitFor(() => c.published.get(legacy), 'publishDiagnostics for the open file');
    assert.deepEqual(brief(first.diagnostics), ['0:10-0:18 AIGOV201']);
    assert.equal(first.version, 1);
    assert.equal(first.diagnostics[0]?.codeDescription?.href, 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/AIGOV201.md');
    const reg = await c.waitFor(() => c.published.get(c.uri('.aigov.yaml')), 'publishDiagnostics for the registry');
    assert.deepEqual(brief(reg.diagnostics), ['19:12-19:24 AIGOV401', '32:4-32:8 AIGOV101']);
    assert.equal(c.refreshes, 0);
    assert.equal(c.progressCreated.length, 0, 'no progress for a client that does not support it');
  });

  it('republishes after an edit (debounced) and clears a fixed file with an empty list', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: PUSH_ONLY_CAPABILITIES });
    const c = client;
    await c.indexed();
    const legacy = await c.open('src/legacy.ts', 'typescript');
    await c.waitFor(() => c.published.get(legacy)?.diagnostics.length === 1 || undefined, 'initial publish');
    await c.change(legacy, '// @aigov chat-bot\nexport const legacy = true;\n');
    const cleared = await c.waitFor(() => (c.published.get(legacy)?.diagnostics.length === 0 ? c.published.get(legacy) : undefined), 'cleared');
    assert.equal(cleared.version, 2);
    await c.change(legacy, '// @aigov chat-bot\n// @aigov nobody\n');
    const again = await c.waitFor(() => (c.published.get(legacy)?.version === 3 ? c.published.get(legacy) : undefined), 'publish of version 3');
    assert.deepEqual(brief(again.diagnostics), ['1:10-1:16 AIGOV201']);
  });

  it('a registry edit republishes the other files that depend on it', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: PUSH_ONLY_CAPABILITIES });
    const c = client;
    await c.indexed();
    const legacyUri = c.uri('src/legacy.ts');
    await c.waitFor(() => c.published.get(legacyUri)?.diagnostics.length === 1 || undefined, 'AIGOV201 published');
    const reg = await c.open('.aigov.yaml', 'yaml');
    await c.change(reg, c.textOf(reg).replace('  - id: chat-bot\n', '  - id: chat-bto\n'));
    await c.waitFor(() => c.published.get(legacyUri)?.diagnostics.length === 0 || undefined, 'legacy.ts cleared');
    const chat = await c.waitFor(() => c.published.get(c.uri('src/chat.ts')), 'chat.ts now has an unknown id');
    assert.deepEqual(brief(chat.diagnostics), ['0:10-0:18 AIGOV201']);
  });

  it('publishes the open document before a large workspace has finished indexing', async function () {
    this.timeout(60_000);
    client = await TestClient.start(bigWorkspace(), { capabilities: PUSH_ONLY_CAPABILITIES });
    const c = client;
    const legacy = await c.open('src/legacy.ts', 'typescript');
    const first = await c.waitFor(() => c.published.get(legacy), 'the first publish');
    assert.equal(c.modelChanged.some((m) => m.reason === 'indexed'), false, 'published before the index was complete');
    assert.deepEqual(brief(first.diagnostics), ['0:10-0:18 AIGOV201']);
    await c.indexed();
  });
});
