import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Engine } from '../engine.js';
import type { Finding } from '../finding.js';
import { ALL_RULES } from '../rules/index.js';
import { NodeWorkspace } from '../../node/fs-workspace.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { JA } from './catalog/ja.js';
import { localizedMessage, localizedSummary } from './messages.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const TODAY = '2026-11-25';
const WORKSPACES = ['example', 'frameworks-eu-jp', 'frameworks-kr-co-cn', 'frameworks-nist-iso', 'frameworks-jp-act', 'detection-mixed'];

/** Quoted names ('x') and dates in the English message: a template must keep every one. */
function anchors(english: string): string[] {
  return [...english.matchAll(/'([^'\s]+)'|\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('Japanese catalog', () => {
  it('has a Japanese summary for every rule', () => {
    for (const rule of ALL_RULES) assert.match(localizedSummary(rule.code, rule.summary, 'ja'), JAPANESE, `${rule.code} summary is Japanese`);
  });

  it('has no summary for a code that is not a rule', () => {
    const codes = new Set(ALL_RULES.map((r) => r.code));
    assert.deepEqual(Object.keys(JA).filter((id) => id.endsWith('.summary') && !codes.has(id.slice(0, -'.summary'.length))), []);
  });

  const euHighRisk = (extra = ''): string => `version: 1
frameworks: [eu-ai-act]
organization: { owner: ai@example.eu, contacts: { incident: ai@example.eu } }
components:
  - id: hr
    roles: [provider]
    jurisdictions: [eu]
    placed_on_market: 2028-01-10
    risk: { level: high, basis: Annex III 5(b) }
${extra}`;
  async function findingsOf(yaml: string, today: string, code: string): Promise<Finding[]> {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today });
    await e.indexAll();
    return e.findings().filter((f) => f.code === code);
  }

  it('says when a gap reported before its date applies from, as the English does', async () => {
    const [early] = await findingsOf(euHighRisk(), '2027-06-01', 'AIGOV525');
    assert.match(early!.message, /Applies from 2027-12-02; until then for information\.$/);
    assert.match(localizedMessage(early!, 'ja'), /^高リスクシステム 'hr' に技術文書（docs\.technical）がありません。.*2027-12-02 から適用されます。それまでは情報提供としての指摘です。$/);
    const [late] = await findingsOf(euHighRisk(), '2028-06-01', 'AIGOV525');
    assert.doesNotMatch(localizedMessage(late!, 'ja'), /適用されます|Applies/);
  });

  it('words the values of a gap, not only its field', async () => {
    const [short] = await findingsOf(euHighRisk('    logging: { enabled: true, retention_days: 90 }\n'), '2028-06-01', 'AIGOV526');
    assert.match(short!.message, /keeps logs for 90 days/);
    assert.match(localizedMessage(short!, 'ja'), /^高リスクシステム 'hr' のログの保存期間は 90日です。.*少なくとも6か月（183日）/);
  });

  it('keeps the unverified-source label', async () => {
    // Colorado's sections are unverified (ISO/IEC 42001 cites its public clause numbers plainly).
    const engine = new Engine(new NodeWorkspace(path.join(ROOT, 'test-fixtures', 'workspaces', 'frameworks-kr-co-cn'), { useGit: false }), { today: TODAY });
    await engine.indexAll();
    const unverified = engine.findings().filter((f) => f.citation?.unverified === true);
    assert.ok(unverified.length > 0, 'unverified findings');
    for (const f of unverified) {
      assert.match(f.message, /\[unverified source: confirm before relying on it\]/);
      assert.match(localizedMessage(f, 'ja'), /［未確認の出典：依拠する前に確認してください］/);
    }
  });

  it('words a model id and a library with its family and provider as the rule does', async () => {
    const ws = new InMemoryWorkspace({
      '.aigov.yaml': 'version: 1\ncomponents: []\ndetection: { model_ids: true }\n',
      'a.py': 'import ollama\n',
      'm.py': 'MODEL = "gpt-4o"\n',
      'B.java': 'import dev.langchain4j.model.openai.OpenAiChatModel;\n',
    });
    const engine = new Engine(ws, { today: TODAY });
    await engine.indexAll();
    const ja = engine.findings().filter((f) => f.code === 'AIGOV301').map((f) => localizedMessage(f, 'ja'));
    assert.ok(ja.some((m) => /^モデル ID 'gpt-4o'（openai）がここに現れますが、/.test(m)), ja.join('\n'));
    assert.ok(ja.some((m) => /^未宣言の AI 利用: 'dev\.langchain4j'（LangChain、プロバイダー openai）がインポートされていますが、/.test(m)), ja.join('\n'));
    assert.ok(ja.some((m) => /^未宣言の AI 利用: 'ollama'（Ollama）がインポート/.test(m)), ja.join('\n'));
  });

  it('keeps the Japan AI Promotion Act messages honest about the duties it does not impose', async () => {
    const yaml = 'version: 1\nframeworks: [jp-ai-promotion-act, jp-ai-guidelines]\ncomponents:\n  - id: shop\n    owner: a@example.jp\n    jurisdictions: [jp]\n';
    const [f] = await findingsOf(yaml, TODAY, 'AIGOV501');
    const ja = localizedMessage(f!, 'ja');
    assert.match(ja, /報告義務ではありません/);
    assert.match(ja, /AI推進法は事業者に対し、登録、報告、技術基準、リスク評価及びインシデント報告の義務を課しておらず、罰則もありません。/);
  });
});

describe('Japanese messages of the incident limits and the EU high-risk dates', function () {
  this.timeout(60_000);
  const registry = (incident: string, extra = '', jurisdictions = 'eu'): string => `version: 1
frameworks: [eu-ai-act]
organization: { contacts: { incident: ai@example.eu } }
components:
  - id: scorer
    roles: [provider]
    jurisdictions: [${jurisdictions}]
    risk: { level: high, basis: Annex III 5(b) }
${extra}    incidents:
      - ${incident}
`;
  async function ja(yaml: string, today: string, code: string): Promise<{ en: string; ja: string }[]> {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': yaml }), { today });
    await e.indexAll();
    return e
      .findings()
      .filter((f) => f.code === code)
      .map((f) => ({ en: f.message, ja: localizedMessage(f, 'ja') }));
  }
  const cases: [string, string, string, RegExp][] = [
    ['binding, due', '{ id: INC-1, detected: 2027-12-06, severity: serious }', '2027-12-06', /^'scorer' のインシデント INC-1（重大、15日。2027-12-06 に認識）を直ちに市場監視当局に報告してください。遅くとも 2027-12-21 まで（残り15日）です。$/],
    ['binding, due today', '{ id: INC-1, detected: 2027-12-06, severity: death }', '2027-12-16', /遅くとも本日 2027-12-16 までです。$/],
    ['binding, weekend', '{ id: INC-1, detected: 2027-12-03, severity: serious }', '2027-12-19', /15日の期間は 2027-12-18（土曜日）に終わりますが、.*翌就業日の終わりまで延長されます/],
    ['binding, overdue', '{ id: INC-1, detected: 2027-12-06, severity: widespread }', '2027-12-09', /の報告期限は 2027-12-08 で、1日過ぎていますが、報告済みになっていません。/],
    ['binding, late', '{ id: INC-1, detected: 2027-12-06, reported: 2027-12-24, status: open }', '2028-01-05', /（重大度未設定、15日と仮定。2027-12-06 に認識）の報告は 2027-12-24 に行われ、期限の 2027-12-21 より3日遅れました。/],
    ['good practice, before the date', '{ id: INC-1, detected: 2026-11-20, severity: serious }', '2026-11-25', /^グッドプラクティス: .*2027-12-02 以降に認識したインシデントから/],
  ];
  for (const [name, incident, today, expected] of cases) {
    it(`AIGOV401: ${name}`, async () => {
      const [f] = await ja(registry(incident), today, 'AIGOV401');
      assert.ok(f, 'one finding');
      assert.match(f.ja, expected);
      assert.doesNotMatch(f.ja, /[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/, `no English sentence: ${f.ja}`);
      for (const a of anchors(f.en)) assert.ok(f.ja.includes(a), `keeps ${a}: ${f.ja}`);
    });
  }

  it('AIGOV401: outside the EU and for a legacy system it says why the limit is good practice', async () => {
    const [jp] = await ja(registry('{ id: INC-1, detected: 2027-12-06, severity: serious }', '', 'jp'), '2027-12-07', 'AIGOV401');
    assert.match(jp!.ja, /第73条が拘束するのは EU の高リスクシステムの提供者だけです。/);
    const [legacy] = await ja(registry('{ id: INC-1, detected: 2027-12-06, severity: serious }', '    placed_on_market: 2026-09-01\n'), '2027-12-07', 'AIGOV401');
    assert.match(legacy!.ja, /第111条\(2\)により第73条は適用されません/);
  });

  it('the EU high-risk rules translate the Art 111(2) note', async () => {
    const yaml = (extra: string): string => registry('{ id: INC-1, detected: 2027-12-06, severity: minor }', extra);
    const [assumed] = await ja(yaml(''), '2027-12-02', 'AIGOV532');
    assert.match(assumed!.ja, /placed_on_market（上市日）が記録されていないため、aigov はこのシステムを対象として扱います（第111条\(2\)）。$/);
    const [changed] = await ja(yaml('    placed_on_market: 2026-09-01\n    significant_change: 2028-02-01\n'), '2028-02-01', 'AIGOV532');
    assert.match(changed!.ja, /2026-09-01 に上市され（2027-12-02 より前）、2028-02-01 に設計が大幅に変更されたため、その変更から対象となります/);
    const [authority] = await ja(yaml('    placed_on_market: 2026-09-01\n    for_public_authorities: true\n'), '2030-08-01', 'AIGOV532');
    assert.match(authority!.ja, /2030-08-02 から適用されます。.*公的機関による使用を意図しているため、第111条\(2\)により 2030-08-02 までに遵守する必要があります。$/);
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
