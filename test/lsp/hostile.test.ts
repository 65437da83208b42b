import assert from 'node:assert/strict';
import { promises as fs, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { copyFixture, TestClient } from './harness';

/** Every file URI a workspace edit touches. */
function urisOf(edit: WorkspaceEdit | undefined): string[] {
  if (!edit) return [];
  const out = Object.keys(edit.changes ?? {});
  for (const c of edit.documentChanges ?? []) out.push('textDocument' in c ? c.textDocument.uri : 'uri' in c ? c.uri : c.oldUri);
  return out;
}

describe('lsp: hostile clients and workspaces', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('a second initialize is refused with InvalidRequest and changes nothing', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const again = c.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: c.uri('src'), name: 'src' }] });
    await assert.rejects(again, (err: { code?: number; message?: string }) => {
      assert.equal(err.code, -32600);
      assert.match(err.message ?? '', /only be sent once/);
      return true;
    });
    // The first session goes on: the same folder, answering requests, no second set of features.
    const r = await c.request<{ folders: { uri: string }[] }>('aigov/listComponents', {});
    assert.deepEqual(r.folders.map((f) => f.uri), [c.uri('')]);
    const uri = await c.open('src/legacy.ts', 'typescript');
    assert.ok((await c.pullItems(uri)).length > 0);
    assert.equal(c.child.exitCode, null);
  });

  it('a registry edited to YAML nested thousands of levels deep: the data through aliases is kept, written-out nesting is AIGOV001', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const text = c.textOf(reg);
    const ids = async (): Promise<string[]> =>
      (await c.request<{ folders: { registries: { components: { id: string }[] }[] }[] }>('aigov/listComponents', {})).folders.flatMap((f) => f.registries.flatMap((r) => r.components.map((x) => x.id)));
    const before = await ids();
    // 20 anchors of 250 nested lists, each holding the one before: 5,000 levels.
    const chain = Array.from({ length: 20 }, (_, i) => `  - &a${i} ${'['.repeat(250)}${i === 0 ? '1' : `*a${i - 1}`}${']'.repeat(250)}`).join('\n');
    await c.change(reg, `${text}x-deep:\n${chain}\n`);
    assert.deepEqual((await c.pullItems(reg)).filter((d) => d.code === 'AIGOV001' || d.code === 'AIGOV102'), []);
    assert.deepEqual(await ids(), before);
    const end = { line: text.split('\n').length + 3, character: 10 };
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/documentLink']) {
      await c.request(method, { textDocument: { uri: reg }, position: end });
    }
    for (const deep of [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, `\n  ${'- '.repeat(100_000)}1`]) {
      await c.change(reg, `${text}x-deep: ${deep}\n`);
      const syntax = (await c.pullItems(reg)).filter((d) => d.code === 'AIGOV001');
      assert.equal(syntax.length, 1);
      assert.match(syntax[0]!.message, /nested too deeply to be read/);
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/documentLink']) {
        await c.request(method, { textDocument: { uri: reg }, position: end });
      }
    }
    assert.equal(c.child.exitCode, null);
  });

  it('a registry as deep as the reader reads: every code action of every finding resolves; one level more is AIGOV001', async () => {
    const root = copyFixture('lsp-basic');
    writeFileSync(path.join(root, 'src', 'other.py'), 'import anthropic\n');
    client = await TestClient.start(root);
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    // Flow mappings nested in a component of a flow list: registering a component writes the list
    // out again. The top-level mapping, the list and the component are three levels.
    const text = (n: number): string => `version: 1\ncomponents: [{ id: chat-bot, kind: llm-app, paths: [src/chat.ts], x-deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)} }]\n`;
    await c.change(reg, text(254));
    assert.deepEqual((await c.pullItems(reg)).map((d) => d.code), ['AIGOV001']);
    await c.change(reg, text(253));
    const regItems = await c.pullItems(reg);
    assert.deepEqual(regItems.filter((d) => d.code === 'AIGOV001'), [], '256 levels are read');
    const other = await c.open('src/other.py', 'python');
    const titles: string[] = [];
    for (const [uri, items] of [[reg, regItems], [other, await c.pullItems(other)]] as const) {
      for (const d of items) {
        const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        for (const a of actions) {
          titles.push(`${String(d.code)}: ${a.title}`);
          if (!a.edit && a.data !== undefined) assert.ok((await c.request<CodeAction>('codeAction/resolve', a)).edit, a.title);
        }
      }
    }
    assert.ok(titles.some((t) => t.startsWith('AIGOV301: Register')) && titles.some((t) => t.startsWith('AIGOV301: Link')), titles.join(' | '));
    assert.deepEqual(c.logs.filter((l) => /failed|Error/.test(l)), []);
    assert.equal(c.child.exitCode, null);
  });

  it('no quick-fix creates a file through a folder symlinked out of the workspace (to <root>-secret)', async function () {
    if (process.platform === 'win32') this.skip();
    const root = copyFixture('lsp-basic');
    const secret = `${root}-secret`;
    await fs.mkdir(secret);
    await fs.rename(path.join(root, 'docs'), path.join(secret, 'docs'));
    await fs.symlink(path.join(secret, 'docs'), path.join(root, 'docs'));
    try {
      client = await TestClient.start(root);
      const c = client;
      await c.indexed();
      const reg = await c.open('.aigov.yaml', 'yaml');
      const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101')!;
      assert.ok(d, 'AIGOV101 for chat-bot');
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reg }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(!actions.some((a) => a.title.startsWith('Create docs/risk/chat-bot.md')), JSON.stringify(actions.map((a) => a.title)));
      assert.ok(actions.some((a) => a.title.startsWith('Suppress AIGOV101')), 'the other fixes are still offered');
      assert.deepEqual(await fs.readdir(path.join(secret, 'docs', 'risk')), ['fraud-scorer.md']);
    } finally {
      await fs.rm(secret, { recursive: true, force: true });
    }
  });

  it('a rename that would edit a file through a folder symlinked out of the workspace is refused whole', async function () {
    if (process.platform === 'win32') this.skip();
    const root = copyFixture('lsp-basic');
    const secret = `${root}-secret`;
    await fs.mkdir(secret);
    await fs.rename(path.join(root, 'src'), path.join(secret, 'src'));
    await fs.symlink(path.join(secret, 'src'), path.join(root, 'src'));
    try {
      client = await TestClient.start(root);
      const c = client;
      await c.indexed();
      // The editor opens the file by its path in the workspace; on disk it is outside.
      await c.open('src/chat.ts', 'typescript');
      const reg = await c.open('.aigov.yaml', 'yaml');
      const rename = c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: reg }, position: { line: 27, character: 10 }, newName: 'support-bot' });
      await assert.rejects(rename, (err: { message?: string }) => {
        assert.match(err.message ?? '', /src\/chat\.ts.*outside/);
        return true;
      });
      assert.equal(c.child.exitCode, null);
    } finally {
      await fs.rm(secret, { recursive: true, force: true });
    }
  });

  it('forged codeAction/resolve data gets no edit: the finding is looked up in the engine, the data is never used', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101') as Diagnostic;
    const range = d.range;
    const forged: unknown[] = [
      // A finding the engine does not have, with data naming a file outside the workspace.
      { uri: reg, index: 0, title: 'Create ../../../tmp/aigov-forged.md from a template', finding: { code: 'AIGOV103', file: '.aigov.yaml', range, severity: 'warning', message: 'x', data: { id: 'chat-bot', field: 'model.card', target: '../../../tmp/aigov-forged.md' } } },
      { uri: reg, index: 0, title: 'Create ../../../tmp/aigov-forged.md from a template', finding: { code: 'AIGOV103', file: '../../../etc', range, severity: 'warning', message: 'x', data: { id: 'chat-bot', field: 'model.card', target: '/tmp/aigov-forged.md' } } },
      // A finding the engine does not have, creating a file inside the workspace: still not used.
      { uri: reg, index: 0, title: 'Create docs/forged.md from a template', finding: { code: 'AIGOV103', file: '.aigov.yaml', range, severity: 'warning', message: 'x', data: { id: 'chat-bot', field: 'model.card', target: 'docs/forged.md' } } },
      // Malformed data of every kind.
      { uri: 42, index: 'x', title: null, finding: [] },
      { uri: reg, index: -1, title: 'x', finding: { code: 'AIGOV101', file: '.aigov.yaml', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } } },
      null,
      'string',
    ];
    for (const data of forged) {
      const resolved = await c.request<CodeAction>('codeAction/resolve', { title: 'forged', kind: 'quickfix', data });
      assert.deepEqual(urisOf(resolved.edit), [], JSON.stringify(data));
    }
    // The live finding still resolves to its own edit, inside the workspace.
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reg }, range, context: { diagnostics: [d] } });
    const real = await c.request<CodeAction>('codeAction/resolve', actions.find((a) => a.title.startsWith('Create docs/risk/chat-bot.md'))!);
    assert.ok(urisOf(real.edit).length > 0 && urisOf(real.edit).every((u) => u.startsWith(c.uri(''))), JSON.stringify(urisOf(real.edit)));
    assert.equal(c.child.exitCode, null);
  });
});
