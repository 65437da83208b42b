import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Engine } from '../engine.js';
import type { Finding } from '../finding.js';
import { ALL_RULES } from '../rules/index.js';
import { NodeWorkspace } from '../../node/fs-workspace.js';
import { JA_CATALOG } from './ja.js';
import { localizedMessage } from './messages.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const TODAY = '2026-11-25';
const WORKSPACES = ['example', 'frameworks-eu-jp', 'frameworks-kr-co-cn', 'frameworks-nist-iso', 'frameworks-jp-act', 'detection-mixed'];

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const finding = (code: string, message: string, data: Record<string, unknown>, extra: Partial<Finding> = {}): Finding => ({ code, severity: 'warning', message, file: '.aigov.yaml', range, data, ...extra });

/** Quoted names ('x') and dates in the English message: a template must keep every one. */
function anchors(english: string): string[] {
  return [...english.matchAll(/'([^'\s]+)'|\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('Japanese catalog', () => {
  it('has a Japanese summary for every rule', () => {
    for (const rule of ALL_RULES) {
      const entry = JA_CATALOG[rule.code];
      assert.ok(entry, `${rule.code} has a JA_CATALOG entry`);
      assert.ok(entry.summary.trim().length > 0, `${rule.code} summary is not empty`);
      assert.match(entry.summary, JAPANESE, `${rule.code} summary is Japanese`);
    }
  });

  it('has no entry for a code that is not a rule', () => {
    const codes = new Set(ALL_RULES.map((r) => r.code));
    assert.deepEqual(Object.keys(JA_CATALOG).filter((c) => !codes.has(c)), []);
  });

  it('templates print no missing data: without it they return undefined or a complete text', () => {
    for (const [code, entry] of Object.entries(JA_CATALOG)) {
      for (const data of [{}, { id: 'bot' }, { field: 'owner' }, { id: 'bot', field: 'no.such.field', appliesFrom: '2026-01-01' }]) {
        const out = entry.message?.(data, finding(code, 'English detail.', data));
        if (out !== undefined) assert.doesNotMatch(out, /undefined|\[object Object\]|null/, `${code} with ${JSON.stringify(data)}`);
      }
    }
  });

  it('keeps the application date of a finding reported before it', () => {
    const early = finding('AIGOV525', "High-risk system 'hr' has no technical documentation (docs.technical). Art 11 requires it. Applies from 2027-12-02; until then for information.", {
      id: 'hr',
      field: 'docs.technical',
      appliesFrom: '2027-12-02',
    });
    assert.match(localizedMessage(early, 'ja'), /^高リスクシステム 'hr' に技術文書（docs\.technical）がありません。.*2027-12-02 から適用されます。それまでは情報提供としての指摘です。$/);
    const late = { ...early, message: "High-risk system 'hr' has no technical documentation (docs.technical). Art 11 requires it." };
    assert.doesNotMatch(localizedMessage(late, 'ja'), /適用されます|Applies/);
  });

  it('falls back when the English date cannot be rebuilt from the data', () => {
    const f = finding('AIGOV525', 'X. Applies from 2027-12-02; until then for information.', { id: 'hr', field: 'docs.technical' });
    assert.equal(localizedMessage(f, 'ja'), `${JA_CATALOG.AIGOV525?.summary}（${f.message}）`);
  });

  it('keeps the unverified-source label', () => {
    const f = finding('AIGOV562', 'English. [unverified source: confirm before relying on it]', { id: 'svc', field: 'docs.technical', appliesFrom: '2023-12-18' }, {
      citation: { framework: 'ISO/IEC 42001:2023', article: 'A.6.2.2–A.6.2.5', unverified: true },
    });
    assert.match(localizedMessage(f, 'ja'), /管理策 A\.6\.2\.2–A\.6\.2\.5.*［未確認の出典：依拠する前に確認してください］$/);
  });

  it('falls back for gaps whose English text depends on values outside the data', () => {
    const f = finding('AIGOV526', "High-risk system 'hr' keeps logs for 90 days; Arts 19 and 26(6) require at least six months (183 days).", { id: 'hr', field: 'logging.retention_days', appliesFrom: '2027-12-02' });
    assert.equal(localizedMessage(f, 'ja'), `${JA_CATALOG.AIGOV526?.summary}（${f.message}）`);
  });

  it('words a model id and a library with its family and provider as the rule does', () => {
    const modelId = finding('AIGOV301', 'x', { library: 'gpt-4o', provider: 'openai', family: 'gpt-4o', vendor: true, detection: 'model-id' });
    assert.match(localizedMessage(modelId, 'ja'), /^モデル ID 'gpt-4o'（openai）がここに現れますが、/);
    const lib = finding('AIGOV301', 'x', { library: 'dev.langchain4j', provider: 'openai', family: 'LangChain', vendor: true, detection: 'import' });
    assert.match(localizedMessage(lib, 'ja'), /^未宣言の AI 利用: 'dev\.langchain4j'（LangChain、プロバイダー openai）がインポートされていますが、/);
    const plain = finding('AIGOV301', 'x', { library: 'ollama', provider: 'ollama', family: 'Ollama', vendor: true, detection: 'import' });
    assert.match(localizedMessage(plain, 'ja'), /^未宣言の AI 利用: 'ollama'（Ollama）がインポート/);
  });

  it('keeps the Japan AI Promotion Act messages honest about the duties it does not impose', () => {
    const f = finding('AIGOV501', 'x', { id: 'shop', field: 'model.card', appliesFrom: '2025-06-04' });
    const ja = localizedMessage(f, 'ja');
    assert.match(ja, /報告義務ではありません/);
    assert.match(ja, /AI推進法は事業者に対し、登録、報告、技術基準、リスク評価及びインシデント報告の義務を課しておらず、罰則もありません。/);
  });
});

describe('Japanese messages over the fixture workspaces', function () {
  this.timeout(60_000);
  for (const name of WORKSPACES) {
    it(name, async () => {
      const engine = new Engine(new NodeWorkspace(path.join(ROOT, 'test-fixtures', 'workspaces', name), { useGit: false }), { today: TODAY });
      await engine.indexAll();
      const findings = engine.findings();
      assert.ok(findings.length > 0, `${name} has findings`);
      for (const f of findings) {
        let ja = '';
        assert.doesNotThrow(() => {
          ja = localizedMessage(f, 'ja');
        }, `${f.code} at ${f.file}`);
        const where = `${f.code} at ${f.file}:${f.range.start.line + 1}: ${ja}`;
        assert.ok(ja.trim().length > 0, where);
        assert.match(ja, JAPANESE, where);
        assert.doesNotMatch(ja, /undefined|\[object Object\]/, where);
        for (const a of anchors(f.message)) assert.ok(ja.includes(a), `${where} keeps ${a}`);
      }
    });
  }
});
