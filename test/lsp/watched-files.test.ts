import assert from 'node:assert/strict';
import type { WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { brief, copyFixture, TestClient } from './harness';

async function workspaceFindings(c: TestClient): Promise<Map<string, string[]>> {
  const r = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
  return new Map(r.items.map((i) => [i.uri.slice(c.uri('').length + 1), i.kind === 'full' ? brief(i.items) : []]));
}

describe('lsp: watched files', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('a created file is analysed, a deleted one forgotten, each with one update (debounced)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    c.write('src/new.py', '# @aigov ghost\nprint(1)\n');
    let refreshes = c.refreshes;
    await c.fileEvent('src/new.py', 1);
    await c.waitFor(() => c.refreshes > refreshes || undefined, 'refresh after create');
    assert.deepEqual((await workspaceFindings(c)).get('src/new.py'), ['0:9-0:14 AIGOV201']);
    c.remove('src/new.py');
    refreshes = c.refreshes;
    await c.fileEvent('src/new.py', 3);
    await c.waitFor(() => c.refreshes > refreshes || undefined, 'refresh after delete');
    assert.equal((await workspaceFindings(c)).get('src/new.py'), undefined);
    assert.equal(c.logs.filter((l) => /^Indexed/.test(l)).length, 1, 'no second full index');
  });

  it('deleting the only annotated file of a component makes it AIGOV203; deleting a folder forgets everything below it', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    c.remove('src');
    const n = c.modelChanged.length;
    await c.fileEvent('src', 3);
    await c.waitFor(() => c.modelChanged.slice(n).find((m) => m.reason === 'files'), 'modelChanged');
    const findings = await workspaceFindings(c);
    assert.equal(findings.get('src/legacy.ts'), undefined);
    assert.ok(findings.get('.aigov.yaml')!.includes('27:8-27:16 AIGOV203'));
    assert.equal(c.logs.filter((l) => /^Indexed/.test(l)).length, 1, 'one index only');
  });

  it('a changed registry on disk is re-read; a created folder is walked; ignored files stay out', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    c.write('.gitignore', 'build/\n*.log\n');
    await c.fileEvent('.gitignore', 1);
    c.write('build/gen.py', '# @aigov ghost\n');
    c.write('notes.log', '# @aigov ghost\n');
    c.write('pkg/a/b.py', '# @aigov pkg-thing\n');
    c.write('pkg/a/c.ts', '// @aigov fraud-scorer\n');
    c.write('.aigov.yaml', c.read('.aigov.yaml').replace('  - id: chat-bot\n', '  - id: chat-bto\n'));
    const n = c.modelChanged.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: c.uri('build/gen.py'), type: 1 },
        { uri: c.uri('notes.log'), type: 1 },
        { uri: c.uri('pkg'), type: 1 },
        { uri: c.uri('.aigov.yaml'), type: 2 },
      ],
    });
    await c.waitFor(() => c.modelChanged.slice(n).find((m) => m.reason === 'registry' || m.reason === 'files'), 'modelChanged');
    const findings = await workspaceFindings(c);
    assert.equal(findings.get('build/gen.py'), undefined, 'gitignored folder');
    assert.equal(findings.get('notes.log'), undefined, 'gitignored file');
    assert.deepEqual(findings.get('pkg/a/b.py'), ['0:9-0:18 AIGOV201']);
    assert.equal(findings.get('src/legacy.ts'), undefined, 'chat-bto is declared now');
    assert.deepEqual(findings.get('src/chat.ts'), ['0:10-0:18 AIGOV201']);
  });

  it('events for open documents are ignored: the editor text wins', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const uri = await c.open('src/legacy.ts', 'typescript');
    c.write('src/legacy.ts', '// @aigov chat-bot\n');
    await c.fileEvent('src/legacy.ts', 2);
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(brief(await c.pullItems(uri)), ['0:10-0:18 AIGOV201']);
    await c.close(uri);
    const n = c.refreshes;
    assert.deepEqual(await c.pullItems(uri), [], 'closed: the disk is the truth again');
    assert.ok(c.refreshes >= n);
  });
});
