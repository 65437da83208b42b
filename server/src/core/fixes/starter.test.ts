import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import type { Finding } from '../finding.js';
import { starterComponents, starterTemplate } from './starter.js';

const TODAY = '2026-11-25';

/** A finding of AI use in `file`, with the data detection records. */
function use(code: string, file: string, data?: Record<string, unknown>): Finding {
  return { code, severity: 'warning', message: 'AI use', file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ...(data ? { data } : {}) };
}

/** The AI use of a small shop, in the order detection might report it. */
const SHOP = [
  use('AIGOV301', 'svc/chat/bot.py', { provider: 'openai', library: 'openai', vendor: true, kind: 'llm-app' }),
  use('AIGOV302', 'models/rank.onnx', { kind: 'model' }),
  use('AIGOV301', 'main.py', { provider: 'openai', library: 'openai', vendor: 'yes' }),
  use('AIGOV304', 'svc/chat/embed.py', { provider: 'openai', library: 'tiktoken', vendor: true }),
  use('AIGOV301', 'svc/chat/claude.ts', { provider: 'anthropic', library: '@anthropic-ai/sdk', vendor: true, kind: 'agent' }),
  use('AIGOV101', 'other/x.py', { provider: 'openai', library: 'openai' }),
  use('AIGOV301', 'app.py', { provider: 'openai', library: 'langchain' }),
  use('AIGOV301', 'svc/chat/bot.py', { provider: 'openai', library: 'openai', vendor: true }),
  use('AIGOV301', 'tools/a.py', { provider: 'openai', kind: 5 }),
  use('AIGOV301', 'tools/b.py', { provider: '' }),
  use('AIGOV301', 'tools/c.py', { provider: '!!!', vendor: true }),
  use('AIGOV301', 'tools/d.py'),
];

const HEADER_EN = `# AI governance registry, checked by aigov (https://github.com/aigov-dev/aigov).
# It governs this folder and everything below it, except folders with their own .aigov.yaml.
# Paths are relative to this file. Keys starting with x- are yours. Written on 2026-11-25.
version: 1

organization:
  name: Your organisation
  # Default contacts for every component below.
  contacts:
    incident: ai-incidents@your-company.invalid

# Rule packs to apply ("core" is always on). Available: jp-ai-promotion-act, jp-ai-guidelines,
# eu-ai-act, nist-ai-rmf, iso-42001, kr-ai-basic-act, us-co-adm, cn-labeling.
frameworks: []

policy:
  review_interval_days: 365
`;

const HEADER_JA = `# AI ガバナンスのレジストリ。aigov（https://github.com/aigov-dev/aigov）がチェックします。
# このフォルダーとその下のすべてを管理します（独自の .aigov.yaml を持つフォルダーを除く）。
# パスはこのファイルからの相対パスです。x- で始まるキーは自由に使えます。2026-11-25 に作成。
version: 1

organization:
  name: 組織名
  # 以下のすべてのコンポーネントに共通の既定の連絡先。
  contacts:
    incident: ai-incidents@your-company.invalid

# 適用するルールパック（"core" は常に有効）。利用できるパック: jp-ai-promotion-act（AI推進法）、
# jp-ai-guidelines（AI事業者ガイドライン）、eu-ai-act、nist-ai-rmf、iso-42001、kr-ai-basic-act、us-co-adm、cn-labeling。
frameworks: []

policy:
  review_interval_days: 365
`;

describe('starter registry: the components found', () => {
  it('one component per folder, and per provider where a folder holds several, in folder then provider order', () => {
    assert.deepEqual(starterComponents(SHOP, 'My Shop'), [
      { id: 'my-shop', kind: 'llm-app', paths: ['app.py', 'main.py'], providers: [], evidence: ['langchain', 'openai'] },
      { id: 'models', kind: 'model', paths: ['models/**'], providers: [], evidence: [] },
      { id: 'chat-anthropic', kind: 'agent', paths: ['svc/chat/**'], providers: ['anthropic'], evidence: ['@anthropic-ai/sdk'] },
      { id: 'chat-openai', kind: 'llm-app', paths: ['svc/chat/**'], providers: ['openai'], evidence: ['openai', 'tiktoken'] },
      { id: 'tools-ai', kind: 'llm-app', paths: ['tools/**'], providers: ['!!!'], evidence: [] },
      { id: 'tools-openai', kind: 'llm-app', paths: ['tools/**'], providers: [], evidence: [] },
      { id: 'tools-unknown', kind: 'llm-app', paths: ['tools/**'], providers: [], evidence: [] },
    ]);
  });

  it('the same components whatever order detection reports them in', () => {
    const expected = starterComponents(SHOP, 'My Shop');
    assert.deepEqual(starterComponents([...SHOP].reverse(), 'My Shop'), expected);
    const rotated = [...SHOP.slice(5), ...SHOP.slice(0, 5)];
    assert.deepEqual(starterComponents(rotated, 'My Shop'), expected);
  });

  it('a folder with one provider is named after the folder alone, never after the SDK', () => {
    assert.deepEqual(starterComponents([use('AIGOV301', 'src/assistant/llm.ts', { provider: 'openai', library: 'openai', vendor: true })], 'shop'), [
      { id: 'assistant', kind: 'llm-app', paths: ['src/assistant/**'], providers: ['openai'], evidence: ['openai'] },
    ]);
  });

  it('only uncovered AI use makes a component: other findings are left out', () => {
    assert.deepEqual(starterComponents([use('AIGOV101', 'a/x.py', { provider: 'openai' }), use('AIGOV110', 'b/y.md'), use('AIGOV303', 'c/z.py')], 'shop'), []);
    assert.deepEqual(starterComponents([], 'shop'), []);
    assert.deepEqual(
      starterComponents([use('AIGOV302', 'm/a.onnx'), use('AIGOV304', 'd/requirements.txt', { provider: 'hf' })], 'shop').map((c) => c.id),
      ['d', 'm'],
    );
  });

  it('names that clash get -2, -3; a name without letters or digits becomes ai-component', () => {
    const found = [use('AIGOV301', 'c/chat/x.py'), use('AIGOV301', 'a/chat/x.py'), use('AIGOV301', 'b/chat/x.py'), use('AIGOV301', 'x.py'), use('AIGOV301', 'ボット/x.py')];
    assert.deepEqual(
      starterComponents(found, '日本').map((c) => [c.id, c.paths.join(' ')]),
      [
        ['ai-component', 'x.py'],
        ['chat', 'a/chat/**'],
        ['chat-2', 'b/chat/**'],
        ['chat-3', 'c/chat/**'],
        ['ai-component-2', 'ボット/**'],
      ],
    );
    assert.deepEqual(
      starterComponents([use('AIGOV301', 'ChatBot/x.py', { provider: 'Open AI' }), use('AIGOV301', 'ChatBot/y.py', { provider: 'Azure' })], 'r').map((c) => c.id),
      ['chat-bot-azure', 'chat-bot-open-ai'],
    );
  });
});

describe('starter registry: the text aigov init writes', () => {
  it('without AI use: the header and a commented example, in English', () => {
    assert.equal(
      starterTemplate([], TODAY),
      `${HEADER_EN}
# No AI use was found yet. A component looks like this:
#
#   - id: support-chatbot
#     kind: llm-app              # model | llm-app | agent | dataset | api-integration
#     owner: owner@your-company.invalid
#     roles: [deployer]          # provider | deployer | importer | distributor | developer | business-user
#     intended_purpose: what it is for, and for whom
#     paths: ["src/chat/**"]     # the code that belongs to it
#     risk:
#       level: unassessed        # prohibited | high | limited | minimal | unassessed
components: []
`,
    );
  });

  it('without AI use, in Japanese', () => {
    assert.equal(
      starterTemplate([], TODAY, 'ja'),
      `${HEADER_JA}
# AI の利用はまだ見つかっていません。コンポーネントは次のように書きます:
#
#   - id: support-chatbot
#     kind: llm-app              # model | llm-app | agent | dataset | api-integration
#     owner: owner@your-company.invalid
#     roles: [deployer]          # provider | deployer | importer | distributor | developer | business-user
#     intended_purpose: 何のために、誰のために使うか
#     paths: ["src/chat/**"]     # このコンポーネントに属するコード
#     risk:
#       level: unassessed        # prohibited | high | limited | minimal | unassessed
components: []
`,
    );
  });

  it('with AI use: one entry per component, its libraries in a comment, its vendors as upstream models', () => {
    const text = starterTemplate(starterComponents(SHOP, 'My Shop'), TODAY);
    assert.equal(
      text,
      `${HEADER_EN}
# Found by aigov in the code: fill in the owner, purpose and risk of each.
components:
  # Uses langchain, openai.
  - id: my-shop
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["app.py", "main.py"]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  - id: models
    kind: model                # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["models/**"]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  # Uses @anthropic-ai/sdk.
  - id: chat-anthropic
    kind: agent                # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["svc/chat/**"]
    upstream_models: [{ provider: anthropic }]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  # Uses openai, tiktoken.
  - id: chat-openai
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["svc/chat/**"]
    upstream_models: [{ provider: openai }]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  - id: tools-ai
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["tools/**"]
    upstream_models: [{ provider: "!!!" }]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  - id: tools-openai
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["tools/**"]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
  - id: tools-unknown
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: what it is for, and for whom"
    paths: ["tools/**"]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
`,
    );
    const doc = parseDocument(text);
    assert.deepEqual(doc.errors, []);
    assert.deepEqual((doc.toJS() as { components: { upstream_models?: unknown }[] }).components[4]!.upstream_models, [{ provider: '!!!' }]);
  });

  it('with AI use, in Japanese', () => {
    const found = starterComponents([use('AIGOV301', 'svc/chat/bot.py', { provider: 'openai', library: 'openai', vendor: true }), use('AIGOV301', 'svc/chat/rag.py', { provider: 'openai', library: 'langchain' })], 'shop');
    assert.equal(
      starterTemplate(found, TODAY, 'ja'),
      `${HEADER_JA}
# aigov がコードの中に見つけたもの。それぞれの責任者、利用目的、リスクを記入してください。
components:
  # 使用: langchain, openai。
  - id: chat
    kind: llm-app              # model | llm-app | agent | dataset | api-integration
    owner: owner@your-company.invalid
    intended_purpose: "TODO: 何のために、誰のために使うか"
    paths: ["svc/chat/**"]
    upstream_models: [{ provider: openai }]
    risk:
      level: unassessed        # prohibited | high | limited | minimal | unassessed
`,
    );
  });

  it('values are written as YAML on one line, quoted where YAML needs it; the date as given', () => {
    const provider = `Acme: ${'very long name '.repeat(8)}`;
    const text = starterTemplate([{ id: 'x', kind: 'a b: c', paths: ['x/**'], providers: [provider], evidence: ['$&'] }], '$& $1');
    assert.match(text, /^# Paths are relative to this file\. Keys starting with x- are yours\. Written on \$& \$1\.$/m);
    assert.match(text, /^ {2}# Uses \$&\.$/m);
    assert.match(text, /^ {4}kind: "a b: c" {13}# model \| llm-app/m);
    // The comment starts where the others do whatever the kind; a kind too long for that gets one space.
    const kinds = (kind: string) => starterTemplate([{ id: 'y', kind, paths: ['y/**'], providers: [], evidence: [] }], TODAY).split('\n').find((l) => l.startsWith('    kind: '));
    assert.equal(kinds('api-integration'), '    kind: api-integration      # model | llm-app | agent | dataset | api-integration');
    assert.equal(kinds('dataset'), '    kind: dataset              # model | llm-app | agent | dataset | api-integration');
    assert.equal(kinds('a-kind-of-twenty-chars'), '    kind: a-kind-of-twenty-chars # model | llm-app | agent | dataset | api-integration');
    assert.ok(text.includes(`\n    upstream_models: [{ provider: "${provider}" }]\n`), text);
    const js = parseDocument(text).toJS() as { components: { kind: string; upstream_models: { provider: string }[] }[] };
    assert.equal(js.components[0]!.kind, 'a b: c');
    assert.equal(js.components[0]!.upstream_models[0]!.provider, provider);
  });
});
