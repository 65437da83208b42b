import assert from 'node:assert/strict';
import type { CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { copyFixture, TestClient } from './harness';

describe('lsp: completion', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  async function complete(c: TestClient, uri: string, line: number, character: number): Promise<CompletionList> {
    return c.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character }, context: { triggerKind: 2, triggerCharacter: ' ' } });
  }
  const labels = (l: CompletionList): string[] => l.items.map((i) => i.label).sort();

  it('component ids after "@aigov " in a comment, replacing the typed prefix; nothing in strings or code', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const uri = await c.open('src/legacy.ts', 'typescript');
    await c.change(uri, '// @aigov \n// @aigov fr\nconst s = "@aigov ";\nexport const legacy = true;\n');
    const all = await complete(c, uri, 0, 10);
    assert.deepEqual(labels(all), ['chat-bot', 'fraud-scorer']);
    const fraud = all.items.find((i) => i.label === 'fraud-scorer')!;
    assert.equal(fraud.detail, 'Fraud scorer · model · risk high');
    assert.deepEqual(fraud.textEdit, { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, newText: 'fraud-scorer' });
    const typed = await complete(c, uri, 1, 12);
    assert.deepEqual(typed.items.find((i) => i.label === 'fraud-scorer')!.textEdit, {
      range: { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } },
      newText: 'fraud-scorer',
    });
    assert.deepEqual((await complete(c, uri, 2, 18)).items, [], 'inside a string literal');
    assert.deepEqual((await complete(c, uri, 3, 13)).items, [], 'plain code');
  });

  it('finding codes after "@aigov-ignore "', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const uri = await c.open('services/fraud/score.py', 'python');
    await c.change(uri, '# @aigov-ignore AIGOV101, AIGOV2\n' + c.textOf(uri));
    const list = await complete(c, uri, 0, 32);
    assert.ok(list.items.length > 10);
    const item = list.items.find((i) => i.label === 'AIGOV201')!;
    assert.equal(item.detail, 'unknown-component');
    assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: 26 }, end: { line: 0, character: 32 } }, newText: 'AIGOV201' });
  });

  it('.aigov.yaml: keys from the schema at the cursor path, minus the keys already there', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const reg = await c.open('.aigov.yaml', 'yaml');
    // A half-typed key at the end of chat-bot: not valid YAML until finished.
    await c.change(reg, `${c.textOf(reg)}    contac`);
    const last = c.textOf(reg).split('\n').length - 1;
    const keys = await complete(c, reg, last, 10);
    const l = labels(keys);
    assert.ok(l.includes('contacts') && l.includes('incidents') && l.includes('human_oversight'));
    assert.ok(!l.includes('owner') && !l.includes('id') && !l.includes('risk'), 'already present');
    const contacts = keys.items.find((i) => i.label === 'contacts')!;
    assert.deepEqual(contacts.textEdit, { range: { start: { line: last, character: 4 }, end: { line: last, character: 10 } }, newText: 'contacts: ' });
    // Under risk: of chat-bot.
    await c.change(reg, c.textOf(reg).replace(/ {4}contac$/, '      '));
    const riskKeys = labels(await complete(c, reg, last, 6));
    assert.deepEqual(riskKeys, ['annex_iii_area', 'assessment', 'basis', 'kr_high_impact']);
    // Top level.
    await c.change(reg, c.textOf(reg).replace(/ {6}$/, 'fr'));
    assert.deepEqual(labels(await complete(c, reg, last, 2)), ['detection', 'frameworks', 'policy', 'rules']);
  });

  it('.aigov.yaml: enum values in block, flow and sequence positions', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const reg = await c.open('.aigov.yaml', 'yaml');
    const base = c.textOf(reg);
    const n = base.split('\n').length - 1;
    await c.change(reg, `${base}    roles: [provider, d`);
    assert.deepEqual(labels(await complete(c, reg, n, 23)), ['business-user', 'deployer', 'developer', 'distributor', 'importer', 'provider']);
    await c.change(reg, base.replace('      level: limited', '      level: l'));
    const level = await complete(c, reg, 33, 14);
    assert.deepEqual(labels(level), ['high', 'limited', 'minimal', 'prohibited', 'unassessed']);
    assert.deepEqual((level.items[0]!.textEdit as TextEdit).range, { start: { line: 33, character: 13 }, end: { line: 33, character: 14 } });
    await c.change(reg, base.replace('        severity: serious', '        severity: '));
    assert.deepEqual(labels(await complete(c, reg, 22, 18)), ['critical-infrastructure', 'death', 'minor', 'serious', 'widespread']);
    await c.change(reg, `${base}    logging: { enabled: `);
    assert.deepEqual(labels(await complete(c, reg, n, 24)), ['false', 'true']);
    await c.change(reg, base.replace('version: 1\n', 'version: 1\nframeworks:\n  - \n'));
    const fw = (await complete(c, reg, 3, 4)).items.find((i) => i.label === 'eu-ai-act');
    assert.ok(fw, 'eu-ai-act is offered');
    assert.equal(fw.detail, 'EU AI Act (Regulation (EU) 2024/1689)', 'with a description');
    assert.match(String(fw.documentation), /high-risk duties/);
    await c.change(reg, base.replace('version: 1\n', 'version: 1\nrules:\n  AIGOV203: \n'));
    assert.deepEqual(labels(await complete(c, reg, 3, 12)), ['error', 'hint', 'info', 'off', 'warning']);
    assert.deepEqual((await complete(c, reg, 0, 5)).items, [], 'inside a comment');
  });
});
