import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { bigWorkspace, brief, copyFixture, TestClient } from './harness';

const DOCS = 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/';

describe('lsp: pull diagnostics', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('answers a document pull with exact codes, ranges, severities, href, source and data', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const uri = await client.open('src/legacy.ts', 'typescript');
    const [d, ...rest] = await client.pullItems(uri);
    assert.equal(rest.length, 0);
    assert.deepEqual(d, {
      range: { start: { line: 0, character: 10 }, end: { line: 0, character: 18 } },
      severity: 1,
      code: 'AIGOV201',
      codeDescription: { href: `${DOCS}AIGOV201.md` },
      source: 'aigov · core',
      message: "No registry declares a component 'chat-bto'. Did you mean 'chat-bot'?",
      data: { folderUri: client.uri(''), file: 'src/legacy.ts', code: 'AIGOV201', data: { id: 'chat-bto', suggestion: 'chat-bot' } },
    });
    const reg = await client.pullItems(client.uri('.aigov.yaml'));
    assert.deepEqual(brief(reg), ['19:12-19:24 AIGOV401', '32:4-32:8 AIGOV101']);
    const a101 = reg.find((x) => x.code === 'AIGOV101')!;
    assert.equal(a101.severity, 2);
    // The framework is in the source, so the Problems filter finds it by name.
    assert.equal(a101.source, 'aigov · core');
    assert.equal(reg.find((x) => x.code === 'AIGOV401')!.source, 'aigov · EU AI Act');
    assert.equal(a101.codeDescription?.href, `${DOCS}AIGOV101.md`);
    assert.deepEqual(await client.pullItems(client.uri('src/chat.ts')), []);
  });

  it('speaks Japanese when the editor display language is ja', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    await client.indexed();
    const uri = await client.open('src/legacy.ts', 'typescript');
    const [d] = await client.pullItems(uri);
    assert.equal(d?.code, 'AIGOV201');
    assert.equal(d?.message, "コンポーネント 'chat-bto' はどのレジストリにも登録されていません。'chat-bot' の誤りではありませんか？");
    assert.equal(d?.codeDescription?.href, `${DOCS}ja/AIGOV201.md`, 'the Japanese rule page');
  });

  it('answers "unchanged" for the same result id, and a new report after an edit', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const uri = await client.open('src/legacy.ts', 'typescript');
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    const again = await client.pull(uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, '// @aigov chat-bot\nexport const legacy = true;\n');
    assert.deepEqual(await client.pullItems(uri), []);
    await client.change(uri, 'export const x = 1;\n// @aigov ghost-model\n');
    assert.deepEqual(brief(await client.pullItems(uri)), ['1:10-1:21 AIGOV201']);
  });

  it('re-evaluates the registry when an annotation changes coverage (AIGOV203), and refreshes', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const chat = await client.open('src/chat.ts', 'typescript');
    const reg = client.uri('.aigov.yaml');
    assert.ok(!(await client.pullItems(reg)).some((d) => d.code === 'AIGOV203'));
    const refreshes = client.refreshes;
    await client.change(chat, '// Answers customer questions.\nexport const answer = (q: string) => q;\n');
    await client.pullItems(chat);
    const c = client;
    await c.waitFor(() => c.refreshes > refreshes || undefined, 'workspace/diagnostic/refresh');
    const after = await client.pullItems(reg);
    const d203 = after.find((d) => d.code === 'AIGOV203');
    assert.ok(d203, 'chat-bot has no code any more');
    assert.deepEqual(d203.tags, [1], 'tagged unnecessary');
    assert.equal(d203.severity, 3);
    await c.waitFor(() => c.modelChanged.some((m) => m.reason === 'annotations') || undefined, 'aigov/modelChanged');
  });

  it('a registry edit re-evaluates coverage of other files and asks the client to pull again', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const legacy = await client.open('src/legacy.ts', 'typescript');
    assert.deepEqual((await client.pullItems(legacy)).map((d) => d.code), ['AIGOV201']);
    const reg = await client.open('.aigov.yaml', 'yaml');
    const text = client.textOf(reg).replace('  - id: chat-bot\n', '  - id: chat-bto\n');
    const refreshes = client.refreshes;
    await client.change(reg, text);
    await client.pullItems(reg);
    const c = client;
    await c.waitFor(() => c.refreshes > refreshes || undefined, 'refresh after the registry edit');
    await c.waitFor(() => c.modelChanged.some((m) => m.reason === 'registry') || undefined, 'modelChanged registry');
    assert.deepEqual(await client.pullItems(legacy), [], 'chat-bto is declared now');
    assert.deepEqual(brief(await client.pullItems(client.uri('src/chat.ts'))), ['0:10-0:18 AIGOV201']);
  });

  it('workspace/diagnostic reports every file with findings, then unchanged ids, then clears fixed files', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const first = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(first.items.map((i) => [i.uri, i]));
    assert.deepEqual([...byUri.keys()].sort(), [client.uri('.aigov.yaml'), client.uri('src/legacy.ts')]);
    const legacy = byUri.get(client.uri('src/legacy.ts'))!;
    assert.equal(legacy.kind, 'full');
    assert.deepEqual(brief(legacy.kind === 'full' ? legacy.items : []), ['0:10-0:18 AIGOV201']);
    const previousResultIds = first.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const second = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    assert.ok(second.items.every((i) => i.kind === 'unchanged'));
    const uri = await client.open('src/legacy.ts', 'typescript');
    await client.change(uri, '// @aigov chat-bot\n');
    const third = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    const cleared = third.items.find((i) => i.uri === uri)!;
    assert.equal(cleared.kind, 'full');
    assert.equal(cleared.version, 2);
    assert.deepEqual(cleared.kind === 'full' ? cleared.items : undefined, []);
  });

  it('answers the open document at once while a large workspace is still indexing', async function () {
    this.timeout(60_000);
    const root = bigWorkspace();
    client = await TestClient.start(root);
    const uri = await client.open('src/legacy.ts', 'typescript');
    const items = await client.pullItems(uri);
    const indexedAtAnswer = client.modelChanged.some((m) => m.reason === 'indexed');
    assert.deepEqual(brief(items), ['0:10-0:18 AIGOV201']);
    assert.equal(indexedAtAnswer, false, 'the answer came before the index was complete');
    // Registry findings that need the whole workspace (AIGOV203) are held back until then.
    const reg = await client.open('.aigov.yaml', 'yaml');
    assert.ok((await client.pullItems(reg)).some((d) => d.code === 'AIGOV101'));
    await client.indexed();
    assert.deepEqual(brief(await client.pullItems(uri)), ['0:10-0:18 AIGOV201']);
  });

  it('while the registry is mid-edit with a syntax error, its files keep the coverage of its last good parse: no AIGOV301 flood', async () => {
    const root = copyFixture('lsp-basic');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    };
    write('services/fraud/llm.py', 'import openai\n'); // covered by the paths of fraud-scorer
    write('src/bot.ts', "// @aigov chat-bot\nimport OpenAI from 'openai';\n"); // covered by annotation
    write('tools/loose.py', 'import openai\n'); // covered by nothing: a true finding
    client = await TestClient.start(root);
    const c = client;
    await c.indexed();
    const coverage = async (rel: string) => brief((await c.pullItems(c.uri(rel))).filter((d) => /^AIGOV30[12]$/.test(String(d.code))));
    assert.deepEqual(await coverage('services/fraud/llm.py'), []);
    const reg = await c.open('.aigov.yaml', 'yaml');
    const good = c.textOf(reg);
    // Other files are judged again once the server has taken the registry edit in: it asks for a refresh.
    const edit = async (text: string) => {
      const refreshes = c.refreshes;
      await c.change(reg, text);
      const items = await c.pullItems(reg);
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'refresh after the registry edit');
      return items;
    };
    // Typing a quoted name: the quote is not closed yet.
    const [syntax] = (await edit(good.replace('name: Fraud scorer', 'name: "Fraud scorer'))).filter((d) => d.code === 'AIGOV001');
    assert.match(syntax!.message, /the files it governs keep the coverage of its last parse without errors\.$/);
    assert.deepEqual(await coverage('services/fraud/llm.py'), []);
    assert.deepEqual(await coverage('src/bot.ts'), []);
    assert.deepEqual(await coverage('tools/loose.py'), ['0:7-0:13 AIGOV301']);
    // Still broken on the next keystroke: the same last good parse stands in.
    await edit(good.replace('name: Fraud scorer', 'name: "Fraud scorer x'));
    assert.deepEqual(await coverage('services/fraud/llm.py'), []);
    // Fixed, with the paths gone: now the file is uncovered, truly.
    await edit(good.replace('    paths: ["services/fraud/**"]\n', ''));
    assert.deepEqual(await coverage('services/fraud/llm.py'), ['0:7-0:13 AIGOV301']);
  });

  it('a registry that has not parsed since the server started holds back coverage findings under it, and says so', async () => {
    const root = copyFixture('lsp-basic');
    writeFileSync(path.join(root, 'services/fraud/llm.py'), 'import openai\n');
    const file = path.join(root, '.aigov.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Fraud scorer', 'name: "Fraud scorer'));
    client = await TestClient.start(root);
    await client.indexed();
    const [syntax] = (await client.pullItems(client.uri('.aigov.yaml'))).filter((d) => d.code === 'AIGOV001');
    assert.match(syntax!.message, /AI use in the files it governs is not reported \(AIGOV301–304\)/);
    assert.deepEqual(brief(await client.pullItems(client.uri('services/fraud/llm.py'))), []);
  });
});
