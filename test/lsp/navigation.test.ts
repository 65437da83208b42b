import assert from 'node:assert/strict';
import type { Hover, Location, LocationLink } from 'vscode-languageserver-protocol/node';
import { copyFixture, FULL_CAPABILITIES, TestClient } from './harness';

const pos = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: pos(l1, c1), end: pos(l2, c2) });

describe('lsp: hover, definition, references', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('hover on an annotation shows the component card', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const uri = await c.open('services/fraud/score.py', 'python');
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(0, 12) });
    assert.deepEqual(hover.range, range(0, 9, 0, 21));
    const md = (hover.contents as { kind: string; value: string });
    assert.equal(md.kind, 'markdown');
    const v = md.value;
    assert.match(v, /^\*\*Fraud scorer\*\* `fraud-scorer` · model/);
    assert.match(v, /Risk: \*\*high\*\*/);
    assert.match(v, /Assessment: ok — `docs\/risk\/fraud-scorer\.md` \(dated 2026-01-10, next review 2027-01-10\)/);
    assert.match(v, /Owner: risk@test-kk\.co\.jp/);
    assert.match(v, /Contacts: incident incidents@test-kk\.co\.jp \(organisation\)/);
    assert.match(v, /Files: 2/);
    assert.match(v, /Open incidents: 1\n {2}- INC-2026-001: Scores drifted \[serious\] — report due 2026-06-09 \(8 days left\)/);
    assert.match(v, /as of 2026-06-01/);
  });

  it('hover on a registry id shows the same card; on an unknown id a did-you-mean; elsewhere nothing', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri: reg }, position: pos(27, 14) });
    assert.match((h.contents as { value: string }).value, /\*\*Chat bot\*\* `chat-bot` · llm-app[\s\S]*Assessment: \*\*missing\*\*/);
    const legacy = await c.open('src/legacy.ts', 'typescript');
    const u = await c.request<Hover>('textDocument/hover', { textDocument: { uri: legacy }, position: pos(0, 11) });
    assert.equal((u.contents as { value: string }).value, 'No registry declares a component `chat-bto`. Did you mean `chat-bot`?');
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: legacy }, position: pos(1, 3) }), null);
    const chat = await c.open('src/chat.ts', 'typescript');
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: chat }, position: pos(3, 20) }), null, 'not in strings');
  });

  it('hover speaks the editor language: the card and the did-you-mean in Japanese for ja', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { locale: 'ja' });
    const c = client;
    await c.indexed();
    const uri = await c.open('services/fraud/score.py', 'python');
    const v = (await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(0, 12) })).contents as { value: string };
    assert.equal(
      v.value,
      [
        '**Fraud scorer** `fraud-scorer` · model',
        '',
        '- リスク: **high**',
        '- リスク評価: 適切 — `docs/risk/fraud-scorer.md`（実施日 2026年1月10日、次回見直し 2027年1月10日）',
        '- 責任者: risk@test-kk.co.jp',
        '- 連絡先: インシデント窓口 incidents@test-kk.co.jp（組織の既定値）',
        '- ファイル: 2',
        '- 未解決のインシデント: 1 件',
        '  - INC-2026-001: Scores drifted [serious] — 報告期限 2026年6月9日（残り 8 日）',
        '',
        '_.aigov.yaml · 2026年6月1日 時点_',
      ].join('\n'),
    );
    const legacy = await c.open('src/legacy.ts', 'typescript');
    const u = await c.request<Hover>('textDocument/hover', { textDocument: { uri: legacy }, position: pos(0, 11) });
    assert.equal((u.contents as { value: string }).value, 'コンポーネント `chat-bto` はどのレジストリにも登録されていません。`chat-bot` の誤りではありませんか？');
  });

  it('hover is plain text for a client without markdown', async () => {
    const caps = structuredClone(FULL_CAPABILITIES);
    caps.textDocument!.hover = { contentFormat: ['plaintext'] };
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const uri = await client.open('src/chat.ts', 'typescript');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(0, 12) });
    const v = h.contents as { kind: string; value: string };
    assert.equal(v.kind, 'plaintext');
    assert.match(v.value, /^Chat bot chat-bot · llm-app/);
  });

  it('definition goes from an annotation to the registry entry (LocationLink, or Location for older clients)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    const uri = await c.open('src/chat.ts', 'typescript');
    const links = await c.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: pos(0, 12) });
    assert.deepEqual(links, [
      { originSelectionRange: range(0, 10, 0, 18), targetUri: c.uri('.aigov.yaml'), targetRange: range(27, 4, 34, 0), targetSelectionRange: range(27, 8, 27, 16) },
    ]);
    assert.equal(await c.request('textDocument/definition', { textDocument: { uri }, position: pos(2, 5) }), null);
    await c.dispose();
    const caps = structuredClone(FULL_CAPABILITIES);
    caps.textDocument!.definition = {};
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: caps });
    const u2 = await client.open('src/chat.ts', 'typescript');
    const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: u2 }, position: pos(0, 12) });
    assert.deepEqual(locs, [{ uri: client.uri('.aigov.yaml'), range: range(27, 8, 27, 16) }]);
  });

  it('references list the declaration, every annotation and every file covered by paths', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri: reg }, position: pos(9, 12), context: { includeDeclaration: true } });
    assert.deepEqual(refs, [
      { uri: c.uri('.aigov.yaml'), range: range(9, 8, 9, 20) },
      { uri: c.uri('services/fraud/score.py'), range: range(0, 9, 0, 21) },
      { uri: c.uri('services/fraud/features.py'), range: range(0, 0, 0, 0) },
    ]);
    const fromCode = await c.request<Location[]>('textDocument/references', {
      textDocument: { uri: c.uri('src/chat.ts') },
      position: pos(0, 12),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(fromCode, [{ uri: c.uri('src/chat.ts'), range: range(0, 10, 0, 18) }]);
  });
});
