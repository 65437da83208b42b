import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameworkCoverageResult, ListComponentsResult, ListIncidentsResult } from '../../server/src/protocol/methods';
import { copyFixture, TestClient } from './harness';

describe('lsp: custom requests for the client trees', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('aigov/listComponents: components by registry with risk, assessment state, contacts, incidents and code locations', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const r = await c.request<ListComponentsResult>('aigov/listComponents', {});
    assert.equal(r.today, '2026-06-01');
    assert.equal(r.folders.length, 1);
    const f = r.folders[0]!;
    assert.equal(f.uri, c.uri(''));
    assert.equal(f.indexing, false);
    assert.deepEqual(f.registries.map((g) => [g.path, g.uri, g.components.map((x) => x.id)]), [['.aigov.yaml', c.uri('.aigov.yaml'), ['fraud-scorer', 'chat-bot']]]);
    const [fraud, chat] = f.registries[0]!.components;
    assert.deepEqual(fraud!.risk, { level: 'high' });
    assert.deepEqual(fraud!.assessment, { state: 'ok', path: 'docs/risk/fraud-scorer.md', uri: c.uri('docs/risk/fraud-scorer.md'), date: '2026-01-10', nextReview: '2027-01-10' });
    assert.equal(fraud!.owner, 'risk@test-kk.co.jp');
    assert.deepEqual(fraud!.contacts, [
      { role: 'owner', value: 'risk@test-kk.co.jp' },
      { role: 'incident', value: 'incidents@test-kk.co.jp', inherited: true },
    ]);
    assert.deepEqual(fraud!.locations, [
      { uri: c.uri('services/fraud/features.py'), path: 'services/fraud/features.py', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, via: 'paths' },
      { uri: c.uri('services/fraud/score.py'), path: 'services/fraud/score.py', range: { start: { line: 0, character: 9 }, end: { line: 0, character: 21 } }, via: 'annotation' },
    ]);
    assert.deepEqual(fraud!.incidents.map((i) => [i.id, i.deadline, i.daysLeft, i.open]), [['INC-2026-001', '2026-06-09', 8, true]]);
    assert.deepEqual(chat!.assessment, { state: 'missing' });
    assert.equal(chat!.findings.warning, 1);
    assert.deepEqual(chat!.range, { start: { line: 27, character: 8 }, end: { line: 27, character: 16 } });
  });

  it('aigov/listComponents: an overdue assessment', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { today: '2027-02-01' });
    const r = await client.request<ListComponentsResult>('aigov/listComponents', {});
    const fraud = r.folders[0]!.registries[0]!.components[0]!;
    assert.equal(fraud.assessment.state, 'overdue');
    assert.equal(fraud.assessment.due, '2027-01-10');
  });

  it('a registry with a stray bracket: one AIGOV001, and the views keep its last good components and incidents, marked stale', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const good = c.textOf(reg);
    await c.change(reg, good.replace('kind: model', 'kind: model ]').replace('    paths: ["services/fraud/**"]', ']\n    paths: ["services/fraud/**"]'));
    const diags = (await c.pullItems(reg)).filter((d) => d.code === 'AIGOV001');
    assert.equal(diags.length, 1, diags.map((d) => d.message).join('\n'));
    assert.match(diags[0]!.message, /^YAML syntax error: .*The parser reports \d+ more errors after this one/);
    const r = await c.request<ListComponentsResult>('aigov/listComponents', {});
    const group = r.folders[0]!.registries[0]!;
    assert.equal(group.syntaxError?.range.start.line, diags[0]!.range.start.line);
    assert.deepEqual(group.components.map((x) => [x.id, x.stale]), [['fraud-scorer', true], ['chat-bot', true]]);
    const fraud = group.components[0]!;
    assert.deepEqual(fraud.findings, { error: 0, warning: 0, info: 0, hint: 0 });
    assert.deepEqual(fraud.locations.map((l) => [l.path, l.via]), [['services/fraud/features.py', 'paths'], ['services/fraud/score.py', 'annotation']]);
    const inc = await c.request<ListIncidentsResult>('aigov/listIncidents', {});
    assert.deepEqual(inc.incidents.map((i) => [i.id, i.stale]), [['INC-2026-001', true]]);
    // Parsing again: fresh components, no longer stale.
    await c.change(reg, good.replace('name: Chat bot', 'name: Chat assistant'));
    const again = await c.request<ListComponentsResult>('aigov/listComponents', {});
    const fresh = again.folders[0]!.registries[0]!;
    assert.equal(fresh.syntaxError, undefined);
    assert.deepEqual(fresh.components.map((x) => [x.id, x.name, x.stale]), [['fraud-scorer', 'Fraud scorer', undefined], ['chat-bot', 'Chat assistant', undefined]]);
  });

  it('a registry that has not parsed since the server started shows its error and no components', async () => {
    const root = copyFixture('lsp-basic');
    const file = path.join(root, '.aigov.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1', 'version: [1'));
    client = await TestClient.start(root);
    await client.indexed();
    const r = await client.request<ListComponentsResult>('aigov/listComponents', {});
    const group = r.folders[0]!.registries[0]!;
    assert.match(group.syntaxError?.message ?? '', /./);
    assert.deepEqual(group.components, []);
    const inc = await client.request<ListIncidentsResult>('aigov/listIncidents', {});
    assert.deepEqual(inc.incidents, []);
  });

  it('aigov/listComponents: the uncovered AI uses of each folder, by file and line (the Registrations view\'s node)', async () => {
    client = await TestClient.start(copyFixture('example'), { today: '2026-11-25' });
    await client.indexed();
    const r = await client.request<ListComponentsResult>('aigov/listComponents', {});
    const uses = r.folders[0]!.uncovered.map((u) => [u.path, u.code, u.library]);
    assert.deepEqual(uses, [
      ['models/ranker.onnx', 'AIGOV302', 'onnx'],
      ['services/search/rank.go', 'AIGOV301', 'github.com/sashabaranov/go-openai'],
      ['tools/summarize.ts', 'AIGOV301', 'openai'],
    ]);
  });

  it('aigov/listIncidents: open incidents by deadline with days left (Art 73: 15/10/2 days)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const reg = await c.open('.aigov.yaml', 'yaml');
    const extra = [
      '    incidents:',
      '      - { id: INC-B, detected: 2026-05-31, severity: widespread }',
      '      - { id: INC-C, detected: 2026-05-20, severity: death, reported: 2026-05-25 }',
      '      - { id: INC-D, detected: 2026-05-01, severity: minor }',
      '      - { id: INC-E, detected: 2026-04-01, severity: serious, status: closed }',
      '',
    ].join('\n');
    await c.change(reg, c.textOf(reg) + extra);
    const r = await c.request<ListIncidentsResult>('aigov/listIncidents', {});
    assert.deepEqual(
      r.incidents.map((i) => [i.id, i.componentId, i.severity, i.deadline ?? null, i.daysLeft ?? null]),
      [
        ['INC-B', 'chat-bot', 'widespread', '2026-06-02', 1],
        ['INC-2026-001', 'fraud-scorer', 'serious', '2026-06-09', 8],
        ['INC-D', 'chat-bot', 'minor', null, null],
        // 10 days end on Saturday 2026-05-30: the last day is Monday 2026-06-01 (Reg 1182/71 Art 3(4)).
        ['INC-C', 'chat-bot', 'death', '2026-06-01', null],
      ],
    );
    const all = await c.request<ListIncidentsResult>('aigov/listIncidents', { includeClosed: true });
    assert.ok(all.incidents.some((i) => i.id === 'INC-E' && !i.open));
  });

  it('aigov/frameworkCoverage: a voluntary pack\'s obligations fail, are met or do not apply per component, though the editor gets one summary finding', async () => {
    client = await TestClient.start(copyFixture('frameworks-nist-iso'), { today: '2026-11-25' });
    await client.indexed();
    const r = await client.request<FrameworkCoverageResult>('aigov/frameworkCoverage', {});
    const nist = r.packs.find((p) => p.id === 'nist-ai-rmf')!;
    assert.equal(nist.voluntary, true);
    assert.ok(!nist.obligations.some((o) => o.code === 'AIGOV549'), 'the summary is not a row');
    const row = (code: string) => nist.obligations.find((o) => o.code === code)!;
    assert.deepEqual([row('AIGOV550').kind, row('AIGOV550').title, row('AIGOV550').docs], ['obligation', 'Incident identification', 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/AIGOV550.md']);
    assert.deepEqual(row('AIGOV550').failing.map((f) => [f.id, f.findings.map((x) => x.severity)]), [['ticket-triage', ['info']]]);
    assert.match(row('AIGOV550').failing[0]!.findings[0]!.message, /no incident procedure/);
    assert.deepEqual([row('AIGOV552').failing.length, row('AIGOV552').met], [0, 1]);
    const iso = r.packs.find((p) => p.id === 'iso-42001')!;
    const data = iso.obligations.find((o) => o.code === 'AIGOV564')!;
    assert.deepEqual([data.failing.length, data.met, data.notApplicable], [0, 0, 1], 'not applicable is not met');
    assert.ok(r.packs.find((p) => p.id === 'core')!.obligations.every((o) => o.kind === 'check'));
  });

  it('the tree data speaks the editor language (ja): pack and obligation names, citations, docs pages, messages', async () => {
    client = await TestClient.start(copyFixture('frameworks-nist-iso'), { today: '2026-11-25', locale: 'ja' });
    await client.indexed();
    const r = await client.request<FrameworkCoverageResult>('aigov/frameworkCoverage', {});
    const nist = r.packs.find((p) => p.id === 'nist-ai-rmf')!;
    const o550 = nist.obligations.find((o) => o.code === 'AIGOV550')!;
    assert.equal(nist.title, 'NIST AI RMF 1.0 及び生成 AI プロファイル');
    assert.deepEqual([o550.title, o550.summary, o550.docs], ['インシデントの特定', 'AI インシデントを特定し対処する手順がありません（GOVERN 4.3）', 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/ja/AIGOV550.md']);
    assert.deepEqual(o550.citation, { framework: 'NIST AI RMF 1.0（AI 100-1）', article: 'GOVERN 4.3' });
    assert.match(o550.failing[0]!.findings[0]!.message, /^コンポーネント 'ticket-triage' にインシデント対応手順/);
    const iso = r.packs.find((p) => p.id === 'iso-42001')!.obligations.find((o) => o.code === 'AIGOV561')!;
    assert.deepEqual([iso.title, iso.citation], ['AI システム影響評価', { framework: 'ISO/IEC 42001:2023', article: '箇条 6.1.4、管理策 A.5.2–A.5.5' }]);
    const core = r.packs.find((p) => p.id === 'core')!;
    assert.deepEqual([core.title, core.obligations.find((o) => o.code === 'AIGOV101')!.title], ['aigov の基本チェック', 'コンポーネントにリスク評価がありません']);
    await client.dispose();
    client = await TestClient.start(copyFixture('example'), { today: '2026-11-25', locale: 'ja' });
    await client.indexed();
    const listed = await client.request<ListComponentsResult>('aigov/listComponents', {});
    const use = listed.folders[0]!.uncovered.find((u) => u.path === 'tools/summarize.ts')!;
    assert.match(use.message, /^未宣言の AI 利用: 'openai'/);
  });

  it('aigov/frameworkCoverage: an obligation met only by a draft document says draft', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const doc = await c.open('docs/risk/fraud-scorer.md', 'markdown');
    await c.change(doc, '<!-- aigov:draft -->\n# Risk\n## Hazards\nTODO: write\n');
    const r = await c.request<FrameworkCoverageResult>('aigov/frameworkCoverage', {});
    const o101 = r.packs[0]!.obligations.find((o) => o.code === 'AIGOV101')!;
    assert.deepEqual(o101.draft.map((d) => [d.id, d.documents]), [['fraud-scorer', ['docs/risk/fraud-scorer.md']]]);
  });

  it('aigov/frameworkCoverage: pack → obligation → failing components, from the findings', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const r = await c.request<FrameworkCoverageResult>('aigov/frameworkCoverage', {});
    assert.deepEqual(r.packs.map((p) => p.id), ['core']);
    const core = r.packs[0]!;
    assert.equal(core.components, 2);
    const o101 = core.obligations.find((o) => o.code === 'AIGOV101')!;
    assert.equal(o101.summary, 'A component has no risk assessment');
    assert.equal(o101.kind, 'check');
    assert.deepEqual(o101.failing.map((x) => [x.id, x.findings.length]), [['chat-bot', 1]]);
    const o201 = core.obligations.find((o) => o.code === 'AIGOV201')!;
    assert.deepEqual(o201.failing, []);
    assert.deepEqual(o201.other.map((x) => x.uri), [c.uri('src/legacy.ts')]);
    assert.ok(core.obligations.find((o) => o.code === 'AIGOV105')!.failing.length === 0);
  });

  it('aigov/modelChanged follows a registry change; a framework enabled in the registry appears as a pack', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const n = c.modelChanged.length;
    await c.change(reg, c.textOf(reg).replace('version: 1\n', 'version: 1\nframeworks: [eu-ai-act]\n'));
    await c.waitFor(() => c.modelChanged.slice(n).find((m) => m.reason === 'registry'), 'modelChanged');
    const r = await c.request<FrameworkCoverageResult>('aigov/frameworkCoverage', {});
    assert.deepEqual(r.packs.map((p) => p.id), ['core', 'eu-ai-act']);
    assert.ok(r.packs[1]!.title.startsWith('EU AI Act'));
    assert.ok(r.packs[1]!.obligations.length > 0);
  });
});
