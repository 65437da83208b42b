import assert from 'node:assert/strict';
import type { CodeAction, CompletionList } from 'vscode-languageserver-protocol/node';
import type { RecordIncidentResult } from '../../server/src/protocol/methods';
import { copyFixture, TestClient } from './harness';

const pos = (line: number, character: number) => ({ line, character });

/** What the server says to a Japanese editor beyond findings: completion, rename refusals, command errors, refactor titles. */
describe('lsp: the editor display language (ja) beyond diagnostics', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('completion, rename refusals, incident command errors and refactor titles are Japanese', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    const c = client;
    await c.indexed();
    const legacy = await c.open('src/legacy.ts', 'typescript');
    await c.change(legacy, '// @aigov \nexport const legacy = true;\n');
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri: legacy }, position: pos(0, 10), context: { triggerKind: 2, triggerCharacter: ' ' } });
    const fraud = list.items.find((i) => i.label === 'fraud-scorer')!;
    assert.deepEqual([fraud.detail, fraud.documentation], ['Fraud scorer · model · リスク high', '.aigov.yaml で宣言されています']);

    const chat = await c.open('src/chat.ts', 'typescript');
    await assert.rejects(c.request('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'Support_Bot' }), /'Support_Bot' はコンポーネント ID として使えません/);
    await assert.rejects(c.request('textDocument/rename', { textDocument: { uri: chat }, position: pos(0, 12), newName: 'fraud-scorer' }), /コンポーネント 'fraud-scorer' はすでに \.aigov\.yaml にあります/);

    const reg = c.uri('.aigov.yaml');
    const ask = (args: object) => c.request<RecordIncidentResult>('workspace/executeCommand', { command: 'aigov.server.recordIncident', arguments: [{ registryUri: reg, componentId: 'chat-bot', title: 't', severity: 'serious', detected: '2026-05-31', ...args }] });
    assert.equal((await ask({ severity: 'bad' })).error, "重大度 'bad' は使えません");
    assert.equal((await ask({ detected: '31.5.2026' })).error, '認識日は YYYY-MM-DD の形式で入力してください');

    await c.open('.aigov.yaml', 'yaml');
    const onId = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: reg }, range: { start: pos(27, 12), end: pos(27, 12) }, context: { diagnostics: [], only: ['refactor.aigov.recordIncident'] } });
    assert.deepEqual(onId.map((a) => a.title), ["'chat-bot' のインシデントを記録する"]);
    // The placeholder it writes is Japanese too.
    await c.apply(onId[0]!.edit!);
    assert.match(c.textOf(reg), /- id: INC-2026-002\n\s+title: "TODO: 何が起きたか"\n/);
  });
});
