import assert from 'node:assert/strict';
import type { CodeLens, DocumentLink, DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { copyFixture, FULL_CAPABILITIES, TestClient } from './harness';

describe('lsp: document symbols, code lens and document links of .aigov.yaml', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('document symbols: sections, components with their fields, incidents', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const reg = await client.open('.aigov.yaml', 'yaml');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: reg } });
    assert.deepEqual(symbols.map((s) => s.name), ['version', 'organization', 'components']);
    const components = symbols[2]!;
    assert.deepEqual(components.children!.map((s) => [s.name, s.detail, s.kind]), [
      ['fraud-scorer', 'Fraud scorer · model', 5],
      ['chat-bot', 'Chat bot · llm-app', 5],
    ]);
    const fraud = components.children![0]!;
    assert.deepEqual(fraud.selectionRange, { start: { line: 9, character: 8 }, end: { line: 9, character: 20 } });
    assert.deepEqual(fraud.children!.map((s) => s.name), ['id', 'name', 'kind', 'owner', 'intended_purpose', 'paths', 'risk', 'incidents']);
    const incidents = fraud.children!.find((s) => s.name === 'incidents')!;
    assert.deepEqual(incidents.children!.map((s) => [s.name, s.detail]), [['INC-2026-001', 'Scores drifted']]);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri('src/chat.ts') } }), []);
  });

  it('document symbols are flat SymbolInformation for a client without hierarchy; half-typed YAML still works', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    caps.textDocument!.documentSymbol = {};
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const reg = await client.open('.aigov.yaml', 'yaml');
    await client.change(reg, `${client.textOf(reg)}  - id: [broken\n`);
    const flat = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: reg } });
    const fraud = flat.find((s) => s.name === 'fraud-scorer')!;
    assert.equal(fraud.containerName, 'components');
    assert.ok(flat.some((s) => s.name === 'INC-2026-001' && s.containerName === 'incidents'));
  });

  it('code lenses on each component: risk and assessment (opens it), files (peeks at them), open incidents (goes to the first)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const reg = await client.open('.aigov.yaml', 'yaml');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: reg } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]),
      [
        [9, 'risk high · assessed 2026-01-10', 'aigov.internal.openLocation'],
        [9, '2 files', 'aigov.internal.showLocations'],
        [9, '1 open incident', 'aigov.internal.openLocation'],
        [27, 'risk limited · no risk assessment', ''],
        [27, '1 file', 'aigov.internal.showLocations'],
        [27, '0 open incidents', ''],
      ],
    );
    assert.deepEqual(lenses[0]!.command?.arguments, [client.uri('docs/risk/fraud-scorer.md')]);
    const [uri, at, locations] = lenses[1]!.command!.arguments as [string, unknown, { uri: string }[]];
    assert.equal(uri, reg);
    assert.deepEqual(at, { line: 9, character: 8 });
    assert.deepEqual(locations.map((l) => l.uri), [client.uri('services/fraud/features.py'), client.uri('services/fraud/score.py')]);
    const [incUri, incRange] = lenses[2]!.command!.arguments as [string, { start: { line: number } }];
    assert.equal(incUri, client.uri('.aigov.yaml'));
    assert.equal(incRange.start.line, 19);
  });

  it('code lenses speak the editor language (ja): the same lenses, Japanese titles', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    await client.indexed();
    const reg = await client.open('.aigov.yaml', 'yaml');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: reg } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]),
      [
        [9, 'リスク high · 評価日 2026年1月10日', 'aigov.internal.openLocation'],
        [9, '2 ファイル', 'aigov.internal.showLocations'],
        [9, '未解決のインシデント 1 件', 'aigov.internal.openLocation'],
        [27, 'リスク limited · リスク評価なし', ''],
        [27, '1 ファイル', 'aigov.internal.showLocations'],
        [27, '未解決のインシデント 0 件', ''],
      ],
    );
  });

  it('document links: existing documents inside the workspace only, resolved from the registry folder', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    c.write('docs/cards/chat.md', '# Chat model card\n');
    c.write('services/.aigov.yaml', [
      'version: 1',
      'components:',
      '  - id: svc',
      '    model: { card: ../docs/cards/chat.md }',
      '    monitoring: { plan: ../../outside.md }',
      '    transparency: { user_notice: missing.md }',
      '',
    ].join('\n'));
    await c.indexed();
    const root = await c.open('.aigov.yaml', 'yaml');
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: root } });
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [[17, c.uri('docs/risk/fraud-scorer.md')]]);
    assert.deepEqual(links[0]!.range, { start: { line: 17, character: 26 }, end: { line: 17, character: 51 } });
    const nested = await c.open('services/.aigov.yaml', 'yaml');
    const nestedLinks = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: nested } });
    assert.deepEqual(nestedLinks.map((l) => l.target), [c.uri('docs/cards/chat.md')], 'no link outside the workspace, none to a missing file');
  });
});
