import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { copyFixture, FULL_CAPABILITIES, TestClient } from './harness';

async function actionsFor(c: TestClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
}

describe('lsp: code actions', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('AIGOV101: resolves the template fix lazily; applying it creates the document, keeps YAML comments, clears the finding', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const before = c.textOf(reg);
    const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101')!;
    const actions = await actionsFor(c, reg, d);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Create docs/risk/chat-bot.md from a template and link it',
      'Suppress AIGOV101 on this line (write the reason after --)',
      'Suppress AIGOV101 in this file (write the reason after --)',
      'Show documentation for AIGOV101',
    ]);
    const fix = actions[0]!;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.edit, undefined, 'the edit is computed on resolve');
    assert.deepEqual(fix.diagnostics, [d]);
    const resolved = await c.request<CodeAction>('codeAction/resolve', fix);
    const changes = resolved.edit?.documentChanges ?? [];
    assert.deepEqual(changes[0], { kind: 'create', uri: c.uri('docs/risk/chat-bot.md'), options: { ignoreIfExists: true, overwrite: false } });
    assert.ok(changes.some((x) => 'textDocument' in x && x.textDocument.uri === reg && x.textDocument.version === 1));
    await c.apply(resolved.edit!);
    assert.ok(existsSync(path.join(c.root, 'docs/risk/chat-bot.md')));
    assert.match(c.read('docs/risk/chat-bot.md'), /chat-bot/);
    // After the edit the client runs the action's command: the new document opens, with the focus.
    assert.deepEqual(resolved.command, { title: 'Open docs/risk/chat-bot.md', command: 'aigov.server.openDocument', arguments: [c.uri('docs/risk/chat-bot.md')] });
    await c.request('workspace/executeCommand', resolved.command);
    assert.deepEqual(c.shown, [{ uri: c.uri('docs/risk/chat-bot.md'), takeFocus: true }]);
    // Never a file outside the workspace folders.
    await c.request('workspace/executeCommand', { command: 'aigov.server.openDocument', arguments: ['file:///etc/passwd'] });
    assert.equal(c.shown.length, 1);
    await c.fileEvent('docs/risk/chat-bot.md', 1);
    const after = c.textOf(reg);
    for (const comment of before.split('\n').filter((l) => l.trim().startsWith('#') || l.includes('# organisation default'))) {
      assert.ok(after.includes(comment), `comment survived: ${comment}`);
    }
    assert.match(after, /assessment:\s*\n\s*path: docs\/risk\/chat-bot\.md\n\s*date: "?2026-06-01"?\n\s*next_review: "?2027-06-01"?/);
    const left = await c.pullItems(reg);
    assert.ok(!left.some((x) => x.code === 'AIGOV101'), 'AIGOV101 is gone');
    assert.ok(!left.some((x) => x.code === 'AIGOV103'), 'the linked document exists');
  });

  it('the template a fix writes follows the editor display language (ja)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101')!;
    const fix = (await actionsFor(c, reg, d))[0]!;
    const resolved = await c.request<CodeAction>('codeAction/resolve', fix);
    await c.apply(resolved.edit!);
    assert.match(c.read('docs/risk/chat-bot.md'), /^<!-- aigov:draft（2026-06-01 にひな形から作成）.*\n\n# AI リスク評価: Chat bot\n/);
    assert.match(c.read('docs/risk/chat-bot.md'), /^## 残留リスクと承認$/m);
  });

  it('quick-fix titles follow the editor display language (ja), and a Japanese title resolves to its edit', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    const c = client;
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const titles = (await actionsFor(c, uri, d!)).map((a) => a.title);
    assert.deepEqual(titles.slice(0, 2), ["'chat-bot' に変更する", "新しいコンポーネント 'chat-bto' を .aigov.yaml に登録する"]);
    assert.ok(titles.includes('この行の AIGOV201 を抑制する（-- の後に理由を書いてください）'), titles.join('\n'));
    assert.ok(titles.includes('AIGOV201 の説明を開く'), titles.join('\n'));
    assert.ok(!titles.some((t) => /^(Change|Register|Suppress|Show|Link) /.test(t)), titles.join('\n'));
    const change = (await actionsFor(c, uri, d!)).find((a) => a.title === "'chat-bot' に変更する")!;
    const resolved = await c.request<CodeAction>('codeAction/resolve', change);
    await c.apply(resolved.edit!);
    assert.equal(c.textOf(uri), '// @aigov chat-bot\nexport const legacy = true;\n');
  });

  it('AIGOV201: "Change to" fixes the id in an open document; the diagnostic disappears', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const actions = await actionsFor(c, uri, d!);
    const change = actions.find((a) => a.title === "Change to 'chat-bot'")!;
    assert.ok(change);
    assert.ok(actions.some((a) => a.title.startsWith("Register new component 'chat-bto'")));
    const resolved = await c.request<CodeAction>('codeAction/resolve', change);
    await c.apply(resolved.edit!);
    assert.equal(c.textOf(uri), '// @aigov chat-bot\nexport const legacy = true;\n');
    assert.deepEqual(await c.pullItems(uri), []);
  });

  it('suppression inserts an @aigov-ignore comment; without a reason it is AIGOV204', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const sup = (await actionsFor(c, uri, d!)).find((a) => a.title.startsWith('Suppress AIGOV201 in this file'))!;
    const edit = (await c.request<CodeAction>('codeAction/resolve', sup)).edit!;
    // A client that takes snippet edits gets one: the same text, the cursor where the reason goes.
    const start = { line: 0, character: 0 };
    assert.deepEqual(edit.documentChanges, [
      { textDocument: { uri, version: 1 }, edits: [{ range: { start, end: start }, snippet: { kind: 'snippet', value: '// @aigov-ignore-file AIGOV201 -- $0\n' } }] },
    ]);
    await c.apply(edit);
    assert.deepEqual(c.cursors, [{ uri, offset: '// @aigov-ignore-file AIGOV201 -- '.length }]);
    assert.ok(c.textOf(uri).startsWith('// @aigov-ignore-file AIGOV201 -- \n'));
    assert.deepEqual((await c.pullItems(uri)).map((x) => x.code).sort(), ['AIGOV201', 'AIGOV204']);
    await c.change(uri, c.textOf(uri).replace('-- \n', '-- kept for the migration\n'));
    assert.deepEqual(await c.pullItems(uri), []);
  });

  it('suppression without snippet support: a plain text edit, the same text', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    delete caps.workspace!.workspaceEdit!.snippetEditSupport;
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const c = client;
    await c.indexed();
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const sup = (await actionsFor(c, uri, d!)).find((a) => a.title.startsWith('Suppress AIGOV201 on this line'))!;
    const edit = (await c.request<CodeAction>('codeAction/resolve', sup)).edit!;
    const start = { line: 0, character: 0 };
    assert.deepEqual(edit.documentChanges, [{ textDocument: { uri, version: 1 }, edits: [{ range: { start, end: start }, newText: '// @aigov-ignore AIGOV201 -- \n' }] }]);
  });

  it('"Show documentation" runs the server command, which opens the docs page externally', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const docs = (await actionsFor(c, uri, d!)).find((a) => a.title === 'Show documentation for AIGOV201')!;
    assert.deepEqual(docs.command, { title: 'Show documentation for AIGOV201', command: 'aigov.server.showRuleDocumentation', arguments: ['AIGOV201'] });
    await c.request('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
    assert.deepEqual(c.shown, [{ uri: 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/AIGOV201.md', external: true }]);
  });

  it('"Show documentation" opens the Japanese rule page when the editor display language is ja', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    const c = client;
    await c.request('workspace/executeCommand', { command: 'aigov.server.showRuleDocumentation', arguments: ['AIGOV201'] });
    assert.deepEqual(c.shown, [{ uri: 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/ja/AIGOV201.md', external: true }]);
  });

  it('without resolve support the edit comes inline; without resource operations no template fix is offered', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    delete caps.textDocument!.codeAction!.resolveSupport;
    caps.workspace!.workspaceEdit = { documentChanges: false };
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const c = client;
    await c.indexed();
    const uri = await c.open('src/legacy.ts', 'typescript');
    const [d] = await c.pullItems(uri);
    const change = (await actionsFor(c, uri, d!)).find((a) => a.title === "Change to 'chat-bot'")!;
    assert.deepEqual(change.edit, { changes: { [uri]: [{ range: d!.range, newText: 'chat-bot' }] } });
    const reg = await c.open('.aigov.yaml', 'yaml');
    const d101 = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101')!;
    const titles = (await actionsFor(c, reg, d101)).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Create ')), 'cannot create files: no template fix');
    assert.ok(titles.includes('Show documentation for AIGOV101'));
  });

  it('a client that cannot show documents gets the template fix without the command that opens it', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    delete caps.window!.showDocument;
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV101')!;
    const fix = (await actionsFor(c, reg, d)).find((a) => a.title.startsWith('Create '))!;
    const resolved = await c.request<CodeAction>('codeAction/resolve', fix);
    assert.ok(resolved.edit);
    assert.equal(resolved.command, undefined);
  });

  it('offers fixes for the findings under the cursor when the client sends no diagnostics', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const uri = await c.open('src/legacy.ts', 'typescript');
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } },
      context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => a.title === "Change to 'chat-bot'"));
  });

  it('refactor kinds: record an incident, mark it reported, register or link a code file', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    const onId = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reg }, range: at(27, 12), context: { diagnostics: [], only: ['refactor.aigov.recordIncident'] } });
    assert.deepEqual(onId.map((a) => [a.kind, a.title]), [['refactor.aigov.recordIncident', "Record an incident for 'chat-bot'"]]);
    await c.apply(onId[0]!.edit!);
    assert.match(c.textOf(reg), /incidents:\n\s+- id: INC-2026-002\n\s+title: "TODO: what happened"\n\s+detected: "?2026-06-01"?/);
    assert.ok(c.textOf(reg).includes('# No risk assessment yet.'));
    const onIncident = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reg }, range: at(19, 15), context: { diagnostics: [], only: ['refactor'] } });
    const mark = onIncident.find((a) => a.kind === 'refactor.aigov.markReported')!;
    assert.equal(mark.title, 'Mark INC-2026-001 reported on 2026-06-01');
    await c.apply(mark.edit!);
    assert.match(c.textOf(reg), /reported: "?2026-06-01"?/);
    const code = await c.open('services/fraud/score.py', 'python');
    const reg2 = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: code }, range: at(3, 0), context: { diagnostics: [], only: ['refactor.aigov.registerComponent'] } });
    assert.deepEqual(reg2.map((a) => a.title), ["Register new component 'score' in .aigov.yaml", "Link to existing component 'chat-bot'"]);
    const none = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: code }, range: at(3, 0), context: { diagnostics: [] } });
    assert.deepEqual(none, [], 'no refactors on code files unless asked for');
  });
});
