import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import type { FixProposal } from '../finding.js';
import { draftInfo } from '../model/drafts.js';
import { aigov520 } from '../rules/aigov520-eu-prohibited-practice.js';
import { aigov534 } from '../rules/aigov534-eu-fundamental-rights-impact-assessment.js';
import { aigov539 } from '../rules/aigov539-eu-synthetic-content-marking.js';
import { art73Binding } from '../rules/packs/incidents.js';
import { evaluateObligation } from '../rules/packs/obligation.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { nextReviewFix, renewDatesFix } from './assessment.js';
import { STARTER_WORDS, starterTemplate } from './starter.js';
import { DOC_FIELDS, documentTemplate, riskAssessmentTemplate, TEMPLATES } from './templates.js';
import { TEMPLATE_TEXT as TEMPLATE_TEXT_EN } from './template-text.js';
import { applyEdits } from './yaml-edit.js';

const TODAY = '2026-11-25';
const EU_ONLY: ReadonlySet<string> = new Set(['eu-ai-act']);

const REGISTRY = `version: 1
frameworks: [eu-ai-act, jp-ai-guidelines]
policy: { review_interval_days: 180 }
components:
  # The help-page chatbot.
  - id: chatbot
    name: Support chatbot
    owner: support@example.com
    roles: [deployer]
    jurisdictions: [jp, eu]
    intended_purpose: Answer questions about orders
    foreseeable_misuse: Asking for legal advice
    risk:
      level: limited
      basis: Art 50(1) interaction with natural persons
      assessment: { path: docs/risk/chatbot.md, date: 2025-10-01, next_review: 2026-04-01 }   # reviewed yearly
    human_oversight: { assignee: leads@example.com, stop_mechanism: flag CHAT_OFF }
  - id: scorer
    roles: [provider]
    jurisdictions: [eu]
    risk: { level: high, basis: Annex III 5(b) }
  - id: screening
    roles: [deployer]
    jurisdictions: [eu]
    risk: { level: high, basis: Annex III 5(b) }
`;

async function engine(extra: Record<string, string> = {}) {
  const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'docs/risk/chatbot.md': '# written\n', ...extra });
  const e = new Engine(ws, { today: TODAY });
  await e.indexAll();
  return e;
}

const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));

describe('document templates', () => {
  it('a limited-risk EU deployer gets the Art 50 transparency section, not the provider sections of Arts 9, 10, 14, 15', async () => {
    const e = await engine();
    const c = e.model.component('chatbot')!;
    const md = riskAssessmentTemplate(c, e.model.frameworksOf(c.registry), TODAY);
    const hs = headings(md);
    assert.ok(hs.includes('Transparency to the people affected (EU AI Act Art 50)'), hs.join(' | '));
    for (const art of ['Art 9', 'Art 10', 'Art 14', 'Art 15', 'Art 26']) assert.ok(!hs.some((h) => h.includes(`(EU AI Act ${art}`)), `${art} in ${hs.join(' | ')}`);
    assert.ok(hs.some((h) => h.startsWith('Fairness (principle 3)')), 'JP Guidelines sections for a jp component');
  });

  it('fills in what the registry knows: purpose, misuse, oversight, the classification and its basis', async () => {
    const e = await engine();
    const c = e.model.component('chatbot')!;
    const md = riskAssessmentTemplate(c, e.model.frameworksOf(c.registry), TODAY);
    assert.match(md, /## Intended purpose\n\nAnswer questions about orders \(from \.aigov\.yaml\)\n/);
    assert.match(md, /## Reasonably foreseeable misuse\n\nAsking for legal advice/);
    assert.match(md, /## Human oversight\n\n- Overseer: leads@example\.com\n- Stop mechanism: flag CHAT_OFF\n\n##/);
    assert.match(md, /Recorded classification: limited, basis: Art 50\(1\) interaction with natural persons\./);
    assert.match(md, /- Owner: support@example\.com\n/);
    const info = draftInfo(md);
    assert.ok(info, 'a new template is a draft');
    assert.ok(!info.sections.includes('Intended purpose') && info.sections.includes('Hazards'), info.sections.join(' | '));
  });

  it('a high-risk provider gets Arts 9, 10, 14 and 15; a high-risk deployer Art 26 and a fundamental rights impact assessment', async () => {
    const e = await engine();
    const scorer = e.model.component('scorer')!;
    const hs = headings(riskAssessmentTemplate(scorer, e.model.frameworksOf(scorer.registry), TODAY));
    for (const art of ['Art 9', 'Art 10', 'Art 14', 'Art 15']) assert.ok(hs.some((h) => h.includes(`(EU AI Act ${art})`)), art);
    assert.ok(!hs.some((h) => h.includes('Art 26')));
    const screening = e.model.component('screening')!;
    const fw = e.model.frameworksOf(screening.registry);
    assert.ok(headings(riskAssessmentTemplate(screening, fw, TODAY)).some((h) => h.includes('Art 26(1)')));
    const fria = documentTemplate('impact_assessment.path', screening, fw, TODAY);
    assert.match(fria, /^<!-- aigov:draft .*-->\n\n# Fundamental rights impact assessment \(EU AI Act Art 27\): screening\n/);
    assert.deepEqual(headings(fria).map((h) => h.slice(0, 3)), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    assert.doesNotMatch(documentTemplate('impact_assessment.path', scorer, fw, TODAY), /Art 27/);
  });

  it('every document field gets a marked draft', async () => {
    const e = await engine();
    const c = e.model.component('chatbot')!;
    for (const field of ['incident_response.procedure', 'incident_response.register', 'model.card', 'monitoring.plan', 'impact_assessment.path', 'docs.technical', 'data.bias_review']) {
      const md = documentTemplate(field, c, e.model.frameworksOf(c.registry), TODAY, 'why');
      assert.ok(draftInfo(md), `${field} is a draft`);
    }
    assert.match(documentTemplate('incident_response.procedure', c, e.model.frameworksOf(c.registry), TODAY), /^EU AI Act Art 73\(2\)–\(5\) binds only providers of high-risk systems/m);
  });
});

function apply(e: Engine, fix: FixProposal): string {
  return applyEdits(e.fixContext().textOf('.aigov.yaml')!, fix.edits.filter((x) => x.file === '.aigov.yaml'));
}

describe('new risk assessment of an assessed component', () => {
  it('the next review: a new dated document from the template naming the previous one, linked with new dates, comments kept', async () => {
    const e = await engine();
    const c = e.model.component('chatbot')!;
    const fix = nextReviewFix(e.fixContext(), c, 'AIGOV104')!;
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind, undefined);
    const created = fix.edits.find((x) => x.kind === 'create');
    assert.equal(created?.file, 'docs/risk/chatbot-2026-11-25.md');
    assert.match(created?.kind === 'create' ? created.text : '', /- Previous assessment: docs\/risk\/chatbot\.md \(2025-10-01\)\n/);
    const yaml = apply(e, fix);
    assert.match(yaml, /assessment: \{ path: docs\/risk\/chatbot-2026-11-25\.md, date: 2026-11-25, next_review: 2027-05-24 \} {3}# reviewed yearly\n/);
    assert.equal(yaml.replace(/assessment: .*\n/, ''), REGISTRY.replace(/assessment: .*\n/, ''));
  });

  it('a second next review on the same day gets a free name, never overwriting', async () => {
    const e = await engine({ 'docs/risk/chatbot-2026-11-25.md': '# taken\n' });
    const fix = nextReviewFix(e.fixContext(), e.model.component('chatbot')!, 'AIGOV104')!;
    assert.equal(fix.edits.find((x) => x.kind === 'create')?.file, 'docs/risk/chatbot-2026-11-25-2.md');
  });

  it('renewing the dates changes only date and next_review, and is never preferred', async () => {
    const e = await engine();
    const fix = renewDatesFix(e.fixContext(), e.model.component('chatbot')!, 'AIGOV104')!;
    assert.notEqual(fix.isPreferred, true);
    assert.deepEqual(fix.edits.map((x) => x.kind), ['replace']);
    assert.match(apply(e, fix), /assessment: \{ path: docs\/risk\/chatbot\.md, date: 2026-11-25, next_review: 2027-05-24 \} {3}# reviewed yearly\n/);
  });

  it('AIGOV104 offers the next review first, then renewal; the suppressions come last, marked, never preferred', async () => {
    const e = await engine();
    const f = e.findings().find((x) => x.code === 'AIGOV104')!;
    const fixes = e.fixesFor(f);
    assert.match(fixes[0]!.title, /^Create the next review docs\/risk\/chatbot-2026-11-25\.md/);
    assert.match(fixes[1]!.title, /^Record a review of docs\/risk\/chatbot\.md today/);
    const sup = fixes.filter((x) => x.title.startsWith('Suppress'));
    assert.ok(sup.length > 0);
    for (const s of sup) {
      assert.equal(s.kind, 'suppress');
      assert.notEqual(s.isPreferred, true);
    }
  });
});

describe('templates in every locale', () => {
  const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
  const ALL_PACKS = new Set(['eu-ai-act', 'jp-ai-guidelines', 'nist-ai-rmf', 'iso-42001', 'kr-ai-basic-act', 'us-co-adm', 'cn-labeling']);

  it('the Japanese words have the English shape: every document, section and pack section in both', () => {
    const en = TEMPLATES.en;
    const ja = TEMPLATES.ja;
    const shape = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(shape) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;
    assert.deepEqual(shape(ja), shape(en));
    assert.deepEqual(Object.keys(en.docTitles).sort(), Object.keys(DOC_FIELDS).sort());
    assert.deepEqual(Object.keys(STARTER_WORDS.ja).sort(), Object.keys(STARTER_WORDS.en).sort());
  });

  it('the Japanese risk assessment has the same sections, in Japanese, and is a draft (AIGOV110) like the English one', async () => {
    const e = await engine();
    for (const id of ['chatbot', 'scorer', 'screening']) {
      const c = e.model.components.find((x) => x.id === id)!;
      const en = riskAssessmentTemplate(c, ALL_PACKS, TODAY);
      const ja = riskAssessmentTemplate(c, ALL_PACKS, TODAY, undefined, 'ja');
      assert.equal(headings(ja).length, headings(en).length, id);
      for (const h of headings(ja)) assert.match(h, JAPANESE, h);
      assert.equal(draftInfo(ja)?.total, draftInfo(en)?.total, id);
      assert.ok((draftInfo(ja)?.sections.length ?? 0) > 0, id);
      assert.equal(en, riskAssessmentTemplate(c, ALL_PACKS, TODAY, undefined, 'en'), 'English by default');
    }
    const chat = riskAssessmentTemplate(e.model.components[0]!, ALL_PACKS, TODAY, undefined, 'ja');
    assert.match(chat, /^# AI リスク評価: Support chatbot$/m);
    assert.match(chat, /^Answer questions about orders（\.aigov\.yaml より）$/m, 'the registry\'s words as written');
    assert.match(chat, /^## 影響を受ける人への透明性（EU AI法 第50条）$/m);
  });

  it('every document template in Japanese: its title, its reason in Japanese, a draft', async () => {
    const e = await engine();
    const c = e.model.components[0]!;
    const ja = documentTemplate('conformity.doc_path', c, new Set(), TODAY, 'EU AI Act (Regulation (EU) 2024/1689) Art 43, 47, 48', 'ja');
    assert.match(ja, /^# EU 適合宣言: Support chatbot$/m);
    assert.match(ja, /^- 作成の理由: EU AI法（規則 \(EU\) 2024\/1689） 第43条、第47条、第48条$/m);
    for (const field of [...Object.keys(DOC_FIELDS), 'risk.assessment.path']) {
      const t = documentTemplate(field, c, ALL_PACKS, TODAY, undefined, 'ja');
      assert.match(t.split('\n').find((l) => l.startsWith('# '))!, JAPANESE, field);
      assert.ok(draftInfo(t), field);
    }
  });

  it('the starter registry: the same YAML in both languages, comments and placeholders translated', () => {
    const found = [{ id: 'shop', kind: 'llm-app', paths: ['chat.py'], providers: ['openai'], evidence: ['openai'] }];
    const strip = (t: string): string => t.replace(/\s*#.*$/gm, '').replace(/^\s*\n/gm, '');
    const keys = (t: string): string[] => strip(t).split('\n').map((l) => l.replace(/:.*$/, ''));
    for (const list of [found, []]) {
      const en = starterTemplate(list, TODAY, 'en');
      const ja = starterTemplate(list, TODAY, 'ja');
      assert.deepEqual(keys(ja), keys(en));
      assert.match(ja, /^# AI ガバナンスのレジストリ/);
    }
    assert.match(starterTemplate(found, TODAY, 'ja'), /intended_purpose: "TODO: 何のために、誰のために使うか"/);
    for (const [k, w] of Object.entries(STARTER_WORDS.ja)) assert.match(w, JAPANESE, k);
  });
});

describe('document templates: the exact text', () => {
  const REGISTRY_FULL = `version: 1
organization: { name: Org, owner: org@example.com, contacts: { incident: incidents@example.com, escalation: cto@example.com } }
frameworks: [eu-ai-act]
components:
  - id: triage
    owner: "   "
    roles: [deployer]
    jurisdictions: [eu]
    intended_purpose: "  Sort tickets  "
    risk: { level: high, basis: Annex III 5(b) }
    human_oversight: { assignee: leads@example.com, measures: "  Review of every reply ", stop_mechanism: "  " }
  - id: ranker
    name: Search ranker
    kind: model
    owner: search@example.com
    roles: [provider, developer]
    jurisdictions: [eu, jp]
    intended_purpose: Rank search results
    foreseeable_misuse: Ranking people
    contacts: { incident: search-oncall@example.com }
    model: { provider: Acme, name: rank-base, version: 4 }
    data: { sources: [clicks, catalogue], provenance: First-party logs }
    evaluations: [{ name: ndcg }, { name: fairness-audit }]
    human_oversight: { assignee: search-leads@example.com, stop_mechanism: flag RANK_OFF }
    logging: { retention_days: 0 }
    risk: { level: minimal }
    incidents:
      - { id: INC-1, title: "Wrong | order", detected: 2026-03-02, severity: serious, reported: 2026-03-04, status: closed }
      - null
      - 7
      - { id: 8, detected: "2026-04-01" }
      - { title: No id yet }
  - id: bare
  - id: local
    jurisdictions: [jp]
`;

  async function components() {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': REGISTRY_FULL }), { today: TODAY });
    await e.indexAll();
    return (id: string) => e.model.component(id)!;
  }
  const EU = new Set(['eu-ai-act']);
  const WHY = 'EU AI Act (Regulation (EU) 2024/1689) Art 26(5)';

  it('a risk assessment renewing one without a date: the organisation owner stands in for a blank owner, values trimmed, frameworks sorted without core', async () => {
    const c = await components();
    assert.equal(
      riskAssessmentTemplate(c('triage'), new Set(['nist-ai-rmf', 'core', 'eu-ai-act']), TODAY, { path: 'docs/risk/old.md' }),
      `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# AI risk assessment: triage

- Component: \`triage\`
- Owner: org@example.com
- Date: 2026-11-25
- Risk level: high
- Classification basis: Annex III 5(b)
- Roles: deployer
- Jurisdictions: eu
- Frameworks: eu-ai-act, nist-ai-rmf
- Previous assessment: docs/risk/old.md

## Changes since the previous assessment

TODO: What changed in the model, data, use or context since docs/risk/old.md (its date is not recorded), and what that does to the risks above.

## Intended purpose

Sort tickets (from .aigov.yaml)

## Reasonably foreseeable misuse

TODO: How the system could be misused or relied on beyond its purpose, and what guards against it.

## Hazards

TODO: What can go wrong: wrong or harmful outputs, bias, privacy, security, over-reliance, failure modes.

## Likelihood and severity

| Risk | Likelihood | Severity | Mitigation | Owner |
| --- | --- | --- | --- | --- |
| TODO | | | | |

## Human oversight

- Overseer: leads@example.com
- Measures: Review of every reply

## Risk classification (EU AI Act Art 5, Art 6, Annex III)

Recorded classification: high, basis: Annex III 5(b).

## Use according to the instructions (EU AI Act Art 26(1))

Applies to this system from 2027-12-02; until then it is good practice.

TODO: The provider's instructions for use and how this deployment follows them.

## Input data and monitoring (EU AI Act Art 26(4)–(6))

Applies to this system from 2027-12-02; until then it is good practice.

TODO: How input data is kept relevant, how operation is monitored, and how logs are kept (at least six months).

## MAP: context and impacts (NIST AI RMF MAP 1.1, 5.1)

TODO: The context of use, the people affected, and the likelihood and size of the impacts.

## MEASURE: testing and evaluation (MEASURE 2)

TODO: The tests and evaluations run, their metrics and results.

## MANAGE: response, deactivation and monitoring (MANAGE 2.4, 4.1)

TODO: How risks are treated, how the system is deactivated, and how it is monitored after deployment.

## Residual risk and sign-off

TODO: The risk that remains, who accepted it and on what date, and when it is reviewed next.
`,
    );
  });

  it('a renewal with a date names it in the header and in the prompt; without one, the prompt says so in words', async () => {
    const c = await components();
    const md = riskAssessmentTemplate(c('triage'), EU, TODAY, { path: 'docs/risk/old.md', date: '2025-01-02' });
    assert.match(md, /^- Previous assessment: docs\/risk\/old\.md \(2025-01-02\)$/m);
    assert.match(md, /^## Changes since the previous assessment\n\nTODO: What changed in the model, data, use or context since docs\/risk\/old\.md \(2025-01-02\), and what that does to the risks above\.\n\n## Intended purpose\n/m);
    // In Japanese the prompt starts with the path: it stays as written.
    const ja = riskAssessmentTemplate(c('triage'), EU, TODAY, { path: 'docs/risk/old.md', date: '2025-01-02' }, 'ja');
    assert.match(ja, /^TODO: docs\/risk\/old\.md（2025-01-02）以降に/m);
    // Without a date: said in words, never a question mark.
    const undated = riskAssessmentTemplate(c('triage'), EU, TODAY, { path: 'docs/risk/old.md' }, 'ja');
    assert.match(undated, /^- 前回の評価: docs\/risk\/old\.md$/m);
    assert.match(undated, /^TODO: docs\/risk\/old\.md（日付の記録なし）以降にモデル、データ、利用方法又は利用環境で何が変わり、それが上記のリスクにどう影響するか。$/m);
    assert.doesNotMatch(undated, /\?/);
  });

  it('a risk assessment in Japanese: the registry\'s words as written, the sections of the packs in Japanese', async () => {
    const c = await components();
    assert.equal(riskAssessmentTemplate(c('ranker'), new Set(['jp-ai-guidelines', 'eu-ai-act']), TODAY, undefined, 'ja'), `<!-- aigov:draft（2026-11-25 にひな形から作成）。TODO と書かれたすべての節を記入してから、この行を削除してください。 -->

# AI リスク評価: Search ranker

- コンポーネント: \`ranker\`
- 責任者: search@example.com
- 作成日: 2026-11-25
- リスクレベル: minimal
- 役割: provider, developer
- 法域: eu, jp
- フレームワーク: eu-ai-act, jp-ai-guidelines

## 利用目的

Rank search results（.aigov.yaml より）

## 合理的に予見可能な誤用

Ranking people（.aigov.yaml より）

## 危険源

TODO: 何が起こりうるか: 誤った又は有害な出力、バイアス、プライバシー、セキュリティ、過度の依存、故障の態様。

## 発生可能性と深刻度

| リスク | 発生可能性 | 深刻度 | 低減策 | 担当者 |
| --- | --- | --- | --- | --- |
| TODO | | | | |

## 人間による監督

- 監督者: search-leads@example.com
- 停止の仕組み: flag RANK_OFF

## リスクの分類（EU AI法 第5条、第6条、附属書III）

TODO: システムが第5条の禁止される行為に当たるか（当たらないか）、第6条及び附属書IIIのハイリスク AI システムに当たるか（当たらないか）、その理由。

## EU AI法上の義務

TODO: 第50条の透明性の義務が適用されないことの確認、及びシステムを使う人の AI リテラシーの向上を支援する方法（第4条）。

## 安全性とセキュリティ（AI事業者ガイドライン 共通の指針 2 及び 5）

TODO: 生命、身体、財産又は精神への危害、及び悪用や攻撃からの保護。

## 公平性（共通の指針 3）

TODO: データと出力のバイアス、及び人間の判断が関与する箇所。

## プライバシー保護（共通の指針 4）

TODO: 利用又は生成される個人情報とその保護。

## 透明性とアカウンタビリティ（共通の指針 6 及び 7）

TODO: 利用者や関係者に開示する内容、及びシステムに責任を負う者。

## 開発（AI事業者ガイドライン AI 開発者に関する事項）

TODO: データとモデルの品質、及び AI 提供者に渡す情報。

## 残留リスクと承認

TODO: 残るリスク、それを誰がいつ受け入れたか、次回の見直しはいつか。
`);
  });

  it('the incident response procedure: contacts (the component\'s over the organisation\'s), the Art 73 limits in the EU, the stop mechanism', async () => {
    const c = await components();
    assert.equal(documentTemplate('incident_response.procedure', c('ranker'), EU, TODAY, WHY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Incident response procedure: Search ranker

- Component: \`ranker\`
- Owner: search@example.com
- Date: 2026-11-25
- Risk level: minimal
- Roles: provider, developer
- Jurisdictions: eu, jp
- Frameworks: eu-ai-act
- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 26(5)

How incidents with this AI system are recognised, handled and reported.

## What counts as an incident

TODO: The events that start this procedure (harm, serious malfunction, rights infringement, security breach).

## Intake and contacts

- Incident contact: search-oncall@example.com
- Escalation: cto@example.com

TODO: Where incidents are reported and who receives them, day and night.

## Triage and severity

TODO: How severity is decided and who decides.

## Reporting to the authority

EU AI Act Art 73(2)–(5) binds only providers of high-risk systems; for this system its limits are good practice. Report a serious incident to the market surveillance authority immediately once a causal link with the system (or its reasonable likelihood) is established, and at the latest 15 days after the provider (or the deployer) becomes aware of it, 10 days for a death, 2 days for a widespread infringement or a serious disruption of critical infrastructure (Art 3(49)(b)); a first report may be incomplete.

TODO: Whether a law requires a report to an authority and, if so, which authority is told, by whom, and by when.

## Containment and stop

Stop mechanism: flag RANK_OFF

TODO: How the system is limited or stopped while the incident is handled.

## Communication and review

TODO: Who is informed (users, provider, management) and how the incident is reviewed afterwards.
`);
  });

  it('the incident response procedure outside the EU, with the organisation\'s contacts only', async () => {
    const c = await components();
    assert.equal(documentTemplate('incident_response.procedure', c('local'), new Set(), TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Incident response procedure: local

- Component: \`local\`
- Owner: org@example.com
- Date: 2026-11-25
- Risk level: unassessed
- Roles: none declared
- Jurisdictions: jp

How incidents with this AI system are recognised, handled and reported.

## What counts as an incident

TODO: The events that start this procedure (harm, serious malfunction, rights infringement, security breach).

## Intake and contacts

- Incident contact: incidents@example.com
- Escalation: cto@example.com

TODO: Where incidents are reported and who receives them, day and night.

## Triage and severity

TODO: How severity is decided and who decides.

## Reporting to the authority

TODO: Whether a law requires a report to an authority and, if so, which authority is told, by whom, and by when.

## Containment and stop

TODO: How the system is limited or stopped while the incident is handled.

## Communication and review

TODO: Who is informed (users, provider, management) and how the incident is reviewed afterwards.
`);
  });

  it('the model card: model, purpose, misuse, data and evaluations from the registry; TODO where it knows nothing', async () => {
    const c = await components();
    assert.equal(documentTemplate('model.card', c('ranker'), EU, TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Model card: Search ranker

- Component: \`ranker\`
- Owner: search@example.com
- Date: 2026-11-25
- Risk level: minimal
- Roles: provider, developer
- Jurisdictions: eu, jp
- Frameworks: eu-ai-act

What the model is, what it is for, how it was built and tested, and where it falls short.

## Model details

Acme / rank-base / 4

TODO: Provider, name, version, architecture and licence.

## Intended use

Rank search results

## Out-of-scope use

Ranking people

TODO: Uses the model is not meant for.

## Training data

- Data sources: clicks, catalogue
- Provenance: First-party logs

TODO: The data the model was trained on and its provenance.

## Evaluation

Evaluations: ndcg, fairness-audit

TODO: The evaluations run, with metrics and results.

## Limitations and risks

TODO: Known weaknesses, biases and failure modes.
`);
    assert.equal(documentTemplate('model.card', c('local'), new Set(), TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Model card: local

- Component: \`local\`
- Owner: org@example.com
- Date: 2026-11-25
- Risk level: unassessed
- Roles: none declared
- Jurisdictions: jp

What the model is, what it is for, how it was built and tested, and where it falls short.

## Model details

TODO: Provider, name, version, architecture and licence.

## Intended use

TODO: What the model is for and for whom.

## Out-of-scope use

TODO: Uses the model is not meant for.

## Training data

TODO: The data the model was trained on and its provenance.

## Evaluation

TODO: The evaluations run, with metrics and results.

## Limitations and risks

TODO: Known weaknesses, biases and failure modes.
`);
  });

  it('the monitoring plan: overseer, incident contact, log retention (even zero days)', async () => {
    const c = await components();
    assert.equal(documentTemplate('monitoring.plan', c('ranker'), EU, TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Post-market monitoring plan: Search ranker

- Component: \`ranker\`
- Owner: search@example.com
- Date: 2026-11-25
- Risk level: minimal
- Roles: provider, developer
- Jurisdictions: eu, jp
- Frameworks: eu-ai-act

How the system is watched once it is in use, and what happens when something drifts.

## What is monitored

TODO: The signals collected (quality, drift, complaints, incidents) and from where.

## Metrics and thresholds

TODO: Each metric, its threshold, and the action when it is crossed.

## Review and escalation

- search-leads@example.com
- Incident contact: search-oncall@example.com

TODO: Who reviews the results, how often, and whom they escalate to.

## Logs

Log retention: 0 days

TODO: Which logs are kept, and for how long.
`);
  });

  it('the incident register: a row per recorded incident, dates as dates, | escaped, entries that are no incident named below, in English and Japanese', async () => {
    const c = await components();
    assert.equal(documentTemplate('incident_response.register', c('ranker'), EU, TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Incident register: Search ranker

- Component: \`ranker\`
- Owner: search@example.com
- Date: 2026-11-25
- Risk level: minimal
- Roles: provider, developer
- Jurisdictions: eu, jp
- Frameworks: eu-ai-act

Every incident of this AI system, with what was done about it.

| Incident | Title | Detected | Severity | Reported | Status |
| --- | --- | --- | --- | --- | --- |
| INC-1 | Wrong \\| order | 2026-03-02 | serious | 2026-03-04 | closed |
| 8 |  | 2026-04-01 |  |  |  |
| #5 | No id yet |  |  |  |  |

Not listed: #2, #3 in \`incidents\`, which are not incident records.

## Root causes and follow-up

TODO: For each incident, its cause, the fix and the date it was closed.
`);
    assert.equal(documentTemplate('incident_response.register', c('ranker'), EU, TODAY, undefined, 'ja'), `<!-- aigov:draft（2026-11-25 にひな形から作成）。TODO と書かれたすべての節を記入してから、この行を削除してください。 -->

# インシデント台帳: Search ranker

- コンポーネント: \`ranker\`
- 責任者: search@example.com
- 作成日: 2026-11-25
- リスクレベル: minimal
- 役割: provider, developer
- 法域: eu, jp
- フレームワーク: eu-ai-act

この AI システムのすべてのインシデントと、それに対して行ったこと。

| インシデント | 件名 | 検知日 | 深刻度 | 報告日 | 状態 |
| --- | --- | --- | --- | --- | --- |
| INC-1 | Wrong \\| order | 2026-03-02 | serious | 2026-03-04 | closed |
| 8 |  | 2026-04-01 |  |  |  |
| #5 | No id yet |  |  |  |  |

\`incidents\` の #2, #3 はインシデントの記録ではないため、記載していません。

## 根本原因とフォローアップ

TODO: 各インシデントの原因、修正、及び終結した日。
`);
    const none = documentTemplate('incident_response.register', c('bare'), EU, TODAY);
    assert.match(none, /^Every incident of this AI system, with what was done about it\.\n\n## Root causes and follow-up\n\nTODO: For each incident, its cause, the fix and the date it was closed\.\n$/m);
    // Entries that are no incident, alone: no table, the note only.
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: odd\n    incidents: [null, 7, [x], "INC-9"]\n  - id: tidy\n    incidents: [{ id: INC-2, title: Late reply }]\n' }), { today: TODAY });
    await e.indexAll();
    const odd = documentTemplate('incident_response.register', e.model.component('odd')!, EU, TODAY);
    assert.match(odd, /^Every incident of this AI system, with what was done about it\.\n\nNot listed: #1, #2, #3, #4 in `incidents`, which are not incident records\.\n\n## Root causes and follow-up\n/m);
    assert.doesNotMatch(odd, /\|/);
    // Incident records only: the table, one blank line, the next section; no note.
    const tidy = documentTemplate('incident_response.register', e.model.component('tidy')!, EU, TODAY);
    assert.match(tidy, /\n\| --- \| --- \| --- \| --- \| --- \| --- \|\n\| INC-2 \| Late reply \|(?: {2}\|){4}\n\n## Root causes and follow-up\n/);
    assert.doesNotMatch(tidy, /Not listed/);
  });

  it('the bias review has no incident table, whatever the registry records', async () => {
    const c = await components();
    const md = documentTemplate('data.bias_review', c('ranker'), EU, TODAY);
    assert.doesNotMatch(md, /\|/);
    assert.deepEqual(headings(md), ['Groups considered', 'Method and metrics', 'Findings and mitigations']);
    assert.equal(draftInfo(md)?.total, 3);
  });

  it('a document without its own template: the generic one, titled by field where a title is known', async () => {
    const c = await components();
    assert.equal(documentTemplate('x.other', c('bare'), EU, TODAY), `<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->

# Document: bare

- Component: \`bare\`
- Owner: org@example.com
- Date: 2026-11-25
- Risk level: unassessed
- Roles: none declared
- Jurisdictions: none declared
- Frameworks: eu-ai-act

Evidence for the framework item that asks for this document.

## Content

TODO: The content this document is for.
`);
    assert.equal(documentTemplate('docs.terms', c('bare'), EU, TODAY, 'EU AI Act (Regulation (EU) 2024/1689) Art 13', 'ja'), `<!-- aigov:draft（2026-11-25 にひな形から作成）。TODO と書かれたすべての節を記入してから、この行を削除してください。 -->

# 利用規約: bare

- コンポーネント: \`bare\`
- 責任者: org@example.com
- 作成日: 2026-11-25
- リスクレベル: unassessed（未評価）
- 役割: 宣言なし
- 法域: 宣言なし
- フレームワーク: eu-ai-act
- 作成の理由: EU AI法（規則 (EU) 2024/1689） 第13条

この文書を求めるフレームワークの項目の根拠となる文書。

## 内容

TODO: この文書に書く内容。
`);
  });

  it('the reason in Japanese: a pack\'s title and articles translated, anything else as given', async () => {
    const c = await components();
    const why = (reason: string, locale: 'en' | 'ja') => documentTemplate('docs.terms', c('bare'), EU, TODAY, reason, locale).split('\n').find((l) => l.startsWith(locale === 'en' ? '- Asked for by: ' : '- 作成の理由: '));
    assert.equal(why('NIST AI RMF 1.0 MAP 1.1', 'en'), '- Asked for by: NIST AI RMF 1.0 MAP 1.1');
    assert.equal(why('Something else 5', 'ja'), '- 作成の理由: Something else 5');
    assert.equal(why('Art 13', 'ja'), '- 作成の理由: 第13条');
  });

  it('the risk assessment is the document of risk.assessment.path', async () => {
    const c = await components();
    for (const locale of ['en', 'ja'] as const) {
      assert.equal(documentTemplate('risk.assessment.path', c('ranker'), EU, TODAY, WHY, locale), riskAssessmentTemplate(c('ranker'), EU, TODAY, undefined, locale));
    }
  });

  it('where each document is written, and its title', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(DOC_FIELDS).map(([k, v]) => [k, [v.file('bot'), v.title]])), {
      'docs.technical': ['docs/technical/bot.md', 'Technical documentation'],
      'docs.instructions_for_use': ['docs/instructions/bot.md', 'Instructions for use'],
      'docs.terms': ['docs/terms/bot.md', 'Terms of use'],
      'model.card': ['docs/cards/bot.md', 'Model card'],
      'data.bias_review': ['docs/bias/bot.md', 'Bias review'],
      'monitoring.plan': ['docs/monitoring/bot.md', 'Post-market monitoring plan'],
      'transparency.user_notice': ['docs/notices/bot.md', 'User notice'],
      'transparency.deepfake_disclosure': ['docs/notices/bot-disclosure.md', 'Disclosure of generated or manipulated content'],
      'security.review': ['docs/security/bot.md', 'Security review'],
      'training.records': ['docs/training/bot.md', 'AI literacy and training records'],
      'conformity.doc_path': ['docs/conformity/bot.md', 'EU declaration of conformity'],
      'gpai.technical_docs': ['docs/gpai/bot-technical.md', 'GPAI model technical documentation'],
      'gpai.copyright_policy': ['docs/gpai/bot-copyright.md', 'Copyright policy'],
      'gpai.training_data_summary': ['docs/gpai/bot-training-data.md', 'Training data summary'],
      'gpai.incidents': ['docs/gpai/bot-incidents.md', 'Serious incident reporting to the AI Office'],
      'incident_response.procedure': ['docs/incidents/bot-procedure.md', 'Incident response procedure'],
      'incident_response.register': ['docs/incidents/bot-register.md', 'Incident register'],
      'impact_assessment.path': ['docs/impact/bot.md', 'Impact assessment'],
    });
  });
});

describe('risk assessment sections by pack, jurisdiction, role and risk level', () => {
  const COMPONENTS = `version: 1
components:
  - { id: p-limited, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: limited, basis: Art 50(1) } }
  - { id: both-limited, kind: model, roles: [provider, deployer], jurisdictions: [eu], risk: { level: limited } }
  - { id: roleless-limited, kind: model, jurisdictions: [eu], risk: { level: limited } }
  - { id: d-minimal, kind: model, roles: [deployer], jurisdictions: [eu], consequential_decision: true, risk: { level: minimal, basis: no Annex III use } }
  - { id: d-minimal-gen, kind: model, capabilities: [generates-content], roles: [deployer], jurisdictions: [eu], risk: { level: minimal } }
  - { id: d-interacts, kind: model, capabilities: [interacts-with-people], roles: [deployer], risk: { level: unassessed, basis: not yet } }
  - { id: p-prohibited, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: prohibited, basis: Art 5(1)(a) } }
  - { id: pd-high, kind: model, roles: [provider, deployer], jurisdictions: [eu], risk: { level: high } }
  - { id: jp-dev, kind: model, roles: [developer], jurisdictions: [jp], risk: { level: high } }
  - { id: jp-dep, kind: llm-app, roles: [deployer], jurisdictions: [jp], risk: { level: high } }
  - { id: kr-flag, kind: model, jurisdictions: [kr], risk: { level: limited, kr_high_impact: true } }
  - { id: kr-high, kind: llm-app, jurisdictions: [kr], risk: { level: high } }
  - { id: kr-none, kind: model, jurisdictions: [kr], risk: { level: limited, kr_high_impact: false } }
  - { id: co-yes, kind: model, jurisdictions: [us-co], consequential_decision: true }
  - { id: co-no, kind: model, jurisdictions: [us-co], consequential_decision: false }
  - { id: cn-gen, kind: agent, jurisdictions: [cn] }
  - { id: cn-model, kind: model, jurisdictions: [cn] }
  - { id: eu-public, kind: model, roles: [provider], jurisdictions: [eu], public_sector: authority, risk: { level: high } }
  - { id: d-public, kind: model, roles: [deployer], jurisdictions: [eu], public_sector: authority, risk: { level: high, basis: Annex III 4(a) } }
  - { id: d-credit, kind: model, roles: [deployer], jurisdictions: [eu], risk: { level: high, basis: Annex III 5(b) } }
  - { id: d-grid, kind: model, roles: [deployer], jurisdictions: [eu], public_sector: authority, risk: { level: high, basis: Annex III 2(a) } }
  - { id: d-machine, kind: model, roles: [deployer], jurisdictions: [eu], public_sector: authority, risk: { level: high, basis: Annex I machinery } }
  - { id: d-legacy, kind: model, roles: [deployer], jurisdictions: [eu], public_sector: public-service, placed_on_market: 2026-09-01, risk: { level: high, basis: Annex III 4(a) } }
`;
  const PACKS_BUT_STANDARDS = new Set(['eu-ai-act', 'jp-ai-guidelines', 'kr-ai-basic-act', 'us-co-adm', 'cn-labeling']);
  const CLASSIFICATION = 'Risk classification (EU AI Act Art 5, Art 6, Annex III)';
  const PROVIDER_50 = 'Transparency (EU AI Act Art 50(1)–(2))';
  const DEPLOYER_50 = 'Transparency to the people affected (EU AI Act Art 50)';
  const PROVIDER_HIGH = ['Risk management system (EU AI Act Art 9)', 'Data and data governance (EU AI Act Art 10)', 'Human oversight by design (EU AI Act Art 14)', 'Accuracy, robustness and cybersecurity (EU AI Act Art 15)'];
  const DEPLOYER_HIGH = ['Use according to the instructions (EU AI Act Art 26(1))', 'Input data and monitoring (EU AI Act Art 26(4)–(6))'];
  const JP = ['Safety and security (AI Guidelines for Business, principles 2 and 5)', 'Fairness (principle 3)', 'Privacy (principle 4)', 'Transparency and accountability (principles 6 and 7)'];
  const KR_HIGH = 'High-impact AI measures (Korea AI Basic Act Art 34)';
  const KR_NOTICE = 'Prior notice and labels (Korea AI Basic Act Art 31)';

  async function model() {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': COMPONENTS }), { today: TODAY });
    await e.indexAll();
    return (id: string) => e.model.component(id)!;
  }
  /** The headings between the oversight section and the residual risk: the ones packs add. */
  const packHeadings = (md: string) => {
    const hs = headings(md);
    assert.deepEqual(hs.slice(0, 5), ['Intended purpose', 'Reasonably foreseeable misuse', 'Hazards', 'Likelihood and severity', 'Human oversight']);
    assert.equal(hs.at(-1), 'Residual risk and sign-off');
    return hs.slice(5, -1);
  };
  /** The lines under a heading, up to the next one. */
  const body = (md: string, heading: string) => md.split(`## ${heading}\n\n`)[1]?.split('\n\n## ')[0];

  it('each component gets the sections of the packs selected that concern it', async () => {
    const c = await model();
    const expected: Record<string, string[]> = {
      'p-limited': [CLASSIFICATION, PROVIDER_50],
      'both-limited': [CLASSIFICATION, PROVIDER_50, DEPLOYER_50],
      'roleless-limited': [CLASSIFICATION, PROVIDER_50, DEPLOYER_50],
      'd-minimal': [CLASSIFICATION, 'EU AI Act obligations'],
      'd-minimal-gen': [CLASSIFICATION, DEPLOYER_50],
      'd-interacts': [CLASSIFICATION, DEPLOYER_50, ...JP],
      'p-prohibited': [CLASSIFICATION, 'Prohibited practice (EU AI Act Art 5)'],
      'pd-high': [CLASSIFICATION, ...PROVIDER_HIGH, ...DEPLOYER_HIGH],
      'jp-dev': [...JP, 'Development (AI Guidelines for Business, developer items)'],
      'jp-dep': JP,
      'kr-flag': [KR_HIGH],
      'kr-high': [KR_HIGH, KR_NOTICE],
      'kr-none': [],
      'co-yes': ['Consequential decisions (Colorado SB 26-189)'],
      'co-no': [],
      'cn-gen': ['Labelling of generated content (China labelling measures)'],
      'cn-model': [],
      'eu-public': [CLASSIFICATION, ...PROVIDER_HIGH],
    };
    for (const [id, hs] of Object.entries(expected)) assert.deepEqual(packHeadings(riskAssessmentTemplate(c(id), PACKS_BUT_STANDARDS, TODAY)), hs, id);
  });

  it('a pack the registry does not select adds nothing, whatever the jurisdiction', async () => {
    const c = await model();
    for (const id of ['p-limited', 'd-minimal', 'd-interacts', 'pd-high', 'jp-dev', 'kr-flag', 'kr-high', 'co-yes', 'cn-gen']) {
      assert.deepEqual(packHeadings(riskAssessmentTemplate(c(id), new Set(['core']), TODAY)), [], id);
    }
    assert.deepEqual(packHeadings(riskAssessmentTemplate(c('kr-high'), new Set(['eu-ai-act', 'jp-ai-guidelines', 'us-co-adm', 'cn-labeling']), TODAY)), []);
  });

  it('NIST AI RMF and ISO/IEC 42001 add their sections to every component', async () => {
    const c = await model();
    const nist = ['MAP: context and impacts (NIST AI RMF MAP 1.1, 5.1)', 'MEASURE: testing and evaluation (MEASURE 2)', 'MANAGE: response, deactivation and monitoring (MANAGE 2.4, 4.1)'];
    const iso = ['AI risk assessment criteria (ISO/IEC 42001 clause 6.1.2)', 'Risk treatment and Statement of Applicability (clause 6.1.3)'];
    for (const id of ['co-no', 'jp-dev']) {
      assert.deepEqual(packHeadings(riskAssessmentTemplate(c(id), new Set(['iso-42001', 'nist-ai-rmf']), TODAY)), [...nist, ...iso], id);
      assert.deepEqual(packHeadings(riskAssessmentTemplate(c(id), new Set(['nist-ai-rmf']), TODAY)), nist, id);
      assert.deepEqual(packHeadings(riskAssessmentTemplate(c(id), new Set(['iso-42001']), TODAY)), iso, id);
    }
  });

  it('the EU classification records the level and basis only when both are known and the level is assessed', async () => {
    const c = await model();
    const classification = (id: string) => body(riskAssessmentTemplate(c(id), EU_ONLY, TODAY), CLASSIFICATION);
    const todo = 'TODO: Why the system is (or is not) a prohibited practice under Art 5 and a high-risk system under Art 6 and Annex III.';
    assert.equal(classification('p-limited'), 'Recorded classification: limited, basis: Art 50(1).');
    assert.equal(classification('d-minimal'), 'Recorded classification: minimal, basis: no Annex III use.');
    assert.equal(classification('p-prohibited'), 'Recorded classification: prohibited, basis: Art 5(1)(a).');
    assert.equal(classification('both-limited'), todo, 'no basis');
    assert.equal(classification('d-interacts'), todo, 'not assessed');
    assert.equal(body(riskAssessmentTemplate(c('p-prohibited'), EU_ONLY, TODAY), 'Prohibited practice (EU AI Act Art 5)'), 'TODO: Which Art 5 practice applies, and the decision to stop or change the system.');
    // Art 4 as the Digital Omnibus words it: AI literacy is supported, not ensured.
    assert.equal(body(riskAssessmentTemplate(c('d-minimal'), EU_ONLY, TODAY), 'EU AI Act obligations'), 'TODO: Confirm that no Art 50 transparency duty applies, and how the AI literacy of the people who use the system is supported (Art 4).');
  });

  it('a pack section of a law that does not apply yet says from when, until that day: EU Arts 4, 5 and 50, Korea, Colorado, China', async () => {
    const c = await model();
    const APPLIES = (from: string) => `Applies from ${from}; until then it is good practice.`;
    const at = (id: string, today: string, heading: string) => body(riskAssessmentTemplate(c(id), PACKS_BUT_STANDARDS, today), heading);
    const todo = (prompt: string) => `TODO: ${prompt.charAt(0).toUpperCase()}${prompt.slice(1)}`;
    const P = TEMPLATE_TEXT_EN.packs;
    const cases: [string, string, { heading: string; prompt: string }, string][] = [
      ['p-prohibited', '2025-02-01', P.euProhibited, '2025-02-02'],
      ['d-minimal', '2025-02-01', P.euMinimal, '2025-02-02'],
      ['p-limited', '2026-08-01', P.euTransparencyProvider, '2026-08-02'],
      ['d-minimal-gen', '2026-08-01', P.euTransparencyDeployer, '2026-08-02'],
      ['kr-high', '2026-01-21', P.krHighImpact, '2026-01-22'],
      ['kr-high', '2026-01-21', P.krNotice, '2026-01-22'],
      ['co-yes', '2026-12-31', P.coConsequential, '2027-01-01'],
      ['cn-gen', '2025-08-31', P.cnLabels, '2025-09-01'],
    ];
    for (const [id, before, s, from] of cases) {
      assert.equal(at(id, before, s.heading), `${APPLIES(from)}\n\n${todo(s.prompt)}`, `${id} on ${before}: ${s.heading}`);
      assert.equal(at(id, from, s.heading), todo(s.prompt), `${id} on ${from}: ${s.heading}`);
    }
    assert.equal(body(riskAssessmentTemplate(c('co-yes'), PACKS_BUT_STANDARDS, TODAY), P.coConsequential.heading), `${APPLIES('2027-01-01')}\n\nTODO: The decisions the system contributes to, the notice to consumers, and how adverse outcomes are reviewed.`);
    assert.equal(body(riskAssessmentTemplate(c('co-yes'), PACKS_BUT_STANDARDS, TODAY, undefined, 'ja'), '重大な決定（コロラド州 SB 26-189）'), '2027-01-01 から適用されます。それまでは、グッドプラクティスです。\n\nTODO: システムが関与する決定、消費者への通知、及び不利な結果を見直す方法。');
    // The voluntary frameworks have no date.
    assert.doesNotMatch(riskAssessmentTemplate(c('jp-dev'), new Set(['jp-ai-guidelines', 'nist-ai-rmf', 'iso-42001']), '2020-01-01'), /Applies from/);
  });

  it('a fundamental rights impact assessment where Art 27 asks a deployer for one (as AIGOV534 decides); else the plain impact assessment', async () => {
    const c = await model();
    const title = (id: string, frameworks: ReadonlySet<string>) => documentTemplate('impact_assessment.path', c(id), frameworks, TODAY).split('\n')[2];
    assert.equal(title('d-public', EU_ONLY), '# Fundamental rights impact assessment (EU AI Act Art 27): d-public', 'a public body, Annex III');
    assert.equal(title('d-credit', EU_ONLY), '# Fundamental rights impact assessment (EU AI Act Art 27): d-credit', 'any deployer of Annex III 5(b)');
    assert.equal(title('d-public', new Set()), '# Impact assessment: d-public', 'the EU AI Act not selected');
    assert.equal(title('pd-high', EU_ONLY), '# Impact assessment: pd-high', 'a private deployer outside 5(b) and 5(c)');
    assert.equal(title('eu-public', EU_ONLY), '# Impact assessment: eu-public', 'a provider');
    assert.equal(title('d-grid', EU_ONLY), '# Impact assessment: d-grid', 'Annex III point 2');
    assert.equal(title('d-machine', EU_ONLY), '# Impact assessment: d-machine', 'Annex I');
    assert.equal(title('d-legacy', EU_ONLY), '# Impact assessment: d-legacy', 'left out by Art 111(2)');
    assert.equal(title('p-prohibited', EU_ONLY), '# Impact assessment: p-prohibited');
    assert.equal(title('d-minimal', EU_ONLY), '# Impact assessment: d-minimal');
    assert.equal(title('jp-dep', EU_ONLY), '# Impact assessment: jp-dep');
    assert.deepEqual(headings(documentTemplate('impact_assessment.path', c('d-minimal'), EU_ONLY, TODAY)), ['People and groups affected', 'Impacts', 'Measures']);
    for (const field of ['model.card', 'monitoring.plan', 'docs.technical']) {
      assert.doesNotMatch(documentTemplate(field, c('d-public'), EU_ONLY, TODAY), /Art 27/, `the ${field} of a system that needs a fundamental rights impact assessment`);
    }
    // The template and AIGOV534 decide alike for every component.
    const ids = [...COMPONENTS.matchAll(/\{ id: ([\w-]+)/g)].map((m) => m[1]!);
    assert.ok(ids.length > 20);
    for (const id of ids) {
      const fria = title(id, EU_ONLY)!.startsWith('# Fundamental rights impact assessment');
      assert.equal(fria, evaluateObligation(aigov534.obligation, c(id), TODAY).status !== 'n.a.', id);
    }
  });
});

describe('the dates of Art 5(1)(ba)/(bb) and Art 50(2) in the risk assessment, as the EU pack decides them', () => {
  const COMPONENTS = `version: 1
components:
  - { id: gen-legacy, kind: llm-app, roles: [provider], jurisdictions: [eu], placed_on_market: 2026-03-01, risk: { level: limited } }
  - { id: gen-new, kind: llm-app, roles: [provider], jurisdictions: [eu], placed_on_market: 2026-08-02, risk: { level: limited } }
  - { id: gen-unplaced, kind: llm-app, roles: [provider], jurisdictions: [eu], risk: { level: limited } }
  - { id: talk-legacy, kind: model, capabilities: [interacts-with-people], roles: [provider], jurisdictions: [eu], placed_on_market: 2026-03-01, risk: { level: limited } }
  - { id: ban-a, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: prohibited, basis: Art 5(1)(a) subliminal techniques } }
  - { id: ban-ba, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: prohibited, basis: "Art 5(1)(ba): non-consensual intimate imagery" } }
  - { id: ban-bb, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: prohibited, basis: Article 5(1)(bb) } }
  - { id: ban-unstated, kind: model, roles: [provider], jurisdictions: [eu], risk: { level: prohibited } }
`;
  const PROVIDER_50 = 'Transparency (EU AI Act Art 50(1)–(2))';
  const PROHIBITED = 'Prohibited practice (EU AI Act Art 5)';
  const P = TEMPLATE_TEXT_EN.packs;
  const todo = (prompt: string) => `TODO: ${prompt.charAt(0).toUpperCase()}${prompt.slice(1)}`;
  const body = (md: string, heading: string) => md.split(`## ${heading}\n\n`)[1]?.split('\n\n## ')[0];
  const DAYS = ['2025-02-01', '2025-02-02', '2026-08-01', '2026-08-02', '2026-11-25', '2026-12-01', '2026-12-02', '2026-12-07'];

  async function model() {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': COMPONENTS }), { today: TODAY });
    await e.indexAll();
    return (id: string) => e.model.component(id)!;
  }
  const at = async (id: string, today: string, heading: string, locale: 'en' | 'ja' = 'en') => body(riskAssessmentTemplate((await model())(id), EU_ONLY, today, undefined, locale), heading);

  it('a generative system placed on the market before 2 Aug 2026 has Art 50(2) from 2 Dec 2026 (Art 111(4)): said before that day, nothing from it', async () => {
    const s = todo(P.euTransparencyProvider.prompt);
    assert.equal(
      await at('gen-legacy', '2026-08-01', PROVIDER_50),
      `Applies from 2026-08-02; Art 50(2), the marking of generated content, applies to this system from 2026-12-02, as it was placed on the market before 2026-08-02 (Art 111(4)). Until then it is good practice.\n\n${s}`,
    );
    const between = `Art 50(1) applies. Art 50(2), the marking of generated content, applies to this system from 2026-12-02, as it was placed on the market before 2026-08-02 (Art 111(4)); until then marking is good practice.\n\n${s}`;
    assert.equal(await at('gen-legacy', '2026-08-02', PROVIDER_50), between);
    assert.equal(await at('gen-legacy', '2026-11-25', PROVIDER_50), between);
    assert.equal(await at('gen-legacy', '2026-12-01', PROVIDER_50), between);
    assert.equal(await at('gen-legacy', '2026-12-02', PROVIDER_50), s);
    assert.equal(await at('gen-legacy', '2026-12-07', PROVIDER_50), s);
    assert.equal(
      await at('gen-legacy', '2026-11-25', '透明性（EU AI法 第50条第1項～第2項）', 'ja'),
      '第50条第1項は適用されています。生成されたコンテンツの表示（第50条第2項）は、このシステムが 2026-08-02 より前に上市されたため、2026-12-02 から適用されます（第111条第4項）。それまでは、表示はグッドプラクティスです。\n\nTODO: 人が AI システムとやり取りしていることを知る方法、及び生成されたコンテンツにその旨を表示する方法。',
    );
    assert.match((await at('gen-legacy', '2026-08-01', '透明性（EU AI法 第50条第1項～第2項）', 'ja'))!, /^2026-08-02 から適用されます。生成されたコンテンツの表示（第50条第2項）は、このシステムが 2026-08-02 より前に上市されたため、2026-12-02 から適用されます（第111条第4項）。それまでは、グッドプラクティスです。\n\n/);
    // Placed on 2 Aug 2026 or later, without a placing date, or a system that generates nothing: Art 50 as a whole from 2 Aug 2026.
    for (const id of ['gen-new', 'gen-unplaced', 'talk-legacy']) {
      assert.equal(await at(id, '2026-08-01', PROVIDER_50), `Applies from 2026-08-02; until then it is good practice.\n\n${s}`, id);
      assert.equal(await at(id, '2026-08-02', PROVIDER_50), s, id);
      assert.equal(await at(id, '2026-11-25', PROVIDER_50), s, id);
    }
  });

  it('Art 5(1)(ba) and (bb) apply from 2 Dec 2026: said before that day, nothing from it; the rest of Art 5 since 2 Feb 2025', async () => {
    const s = todo(P.euProhibited.prompt);
    for (const id of ['ban-ba', 'ban-bb']) {
      for (const day of ['2025-02-01', '2026-11-25', '2026-12-01']) assert.equal(await at(id, day, PROHIBITED), `Applies from 2026-12-02; until then it is good practice.\n\n${s}`, `${id} on ${day}`);
      for (const day of ['2026-12-02', '2026-12-07']) assert.equal(await at(id, day, PROHIBITED), s, `${id} on ${day}`);
    }
    for (const id of ['ban-a', 'ban-unstated']) {
      assert.equal(await at(id, '2025-02-01', PROHIBITED), `Applies from 2025-02-02; until then it is good practice.\n\n${s}`, id);
      for (const day of ['2025-02-02', '2026-11-25', '2026-12-07']) assert.equal(await at(id, day, PROHIBITED), s, `${id} on ${day}`);
    }
    assert.equal(await at('ban-bb', '2026-11-25', '禁止される AI の行為（EU AI法 第5条）', 'ja'), '2026-12-02 から適用されます。それまでは、グッドプラクティスです。\n\nTODO: どの第5条の行為に当たるか、及びシステムを停止又は変更する決定。');
  });

  it('says from when as AIGOV520 and AIGOV539 do, for every component and day', async () => {
    const c = await model();
    const ids = [...COMPONENTS.matchAll(/\{ id: ([\w-]+)/g)].map((m) => m[1]!);
    for (const id of ids) {
      for (const day of DAYS) {
        const md = riskAssessmentTemplate(c(id), EU_ONLY, day);
        const banned = evaluateObligation(aigov520.obligation, c(id), day);
        if (banned.status !== 'n.a.') assert.equal(body(md, PROHIBITED)!.startsWith(`Applies from ${banned.appliesFrom};`), banned.status === 'not-yet-applicable', `${id} on ${day}`);
        const marking = evaluateObligation(aigov539.obligation, c(id), day);
        const said = /Art 50\(2\), the marking of generated content, applies to this system from (\d{4}-\d\d-\d\d)/.exec(body(md, PROVIDER_50) ?? '')?.[1];
        if (marking.status !== 'n.a.') assert.equal(said ?? (day < '2026-08-02' ? '2026-08-02' : 'binding'), marking.status === 'not-yet-applicable' ? marking.appliesFrom : 'binding', `${id} on ${day}`);
      }
    }
  });
});

describe('the Art 73 limits in the incident response procedure', () => {
  const COMPONENTS = `version: 1
components:
  - { id: anywhere, roles: [provider], risk: { level: high } }
  - { id: eu-hr, roles: [provider], jurisdictions: [eu], risk: { level: high, basis: Annex III 5(b) } }
  - { id: eu-annex-i, roles: [provider], jurisdictions: [eu, jp], risk: { level: high, basis: Annex I machinery } }
  - { id: eu-legacy, roles: [provider], jurisdictions: [eu], placed_on_market: 2026-09-01, risk: { level: high } }
  - { id: eu-limited, roles: [provider], jurisdictions: [eu], risk: { level: limited } }
  - { id: eu-deployer, roles: [deployer], jurisdictions: [eu], risk: { level: high } }
  - { id: jp-only, jurisdictions: [jp], risk: { level: high } }
  - { id: eu-roleless, jurisdictions: [eu], risk: { level: high } }
  - { id: eu-authority, roles: [provider], jurisdictions: [eu], for_public_authorities: true, placed_on_market: 2026-09-01, risk: { level: high } }
  - { id: eu-changed, roles: [provider], jurisdictions: [eu], placed_on_market: 2026-09-01, significant_change: 2028-01-10, risk: { level: high } }
`;
  const REPORTING = 'Reporting to the authority';
  const PROMPT = 'TODO: Whether a law requires a report to an authority and, if so, which authority is told, by whom, and by when.';
  const LIMITS =
    'Report a serious incident to the market surveillance authority immediately once a causal link with the system (or its reasonable likelihood) is established, and at the latest 15 days after the provider (or the deployer) becomes aware of it, 10 days for a death, 2 days for a widespread infringement or a serious disruption of critical infrastructure (Art 3(49)(b)); a first report may be incomplete.';
  async function model() {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': COMPONENTS }), { today: TODAY });
    await e.indexAll();
    return (id: string) => e.model.component(id)!;
  }
  /** The lines under the reporting section, up to the next heading. */
  const reporting = (md: string, heading = REPORTING) => md.split(`## ${heading}\n\n`)[1]?.split('\n\n## ')[0];

  it('with the EU AI Act selected, a component in the EU or with no jurisdictions gets them; without the pack or outside the EU, only the prompt', async () => {
    const c = await model();
    const procedure = (id: string, frameworks: ReadonlySet<string>) => reporting(documentTemplate('incident_response.procedure', c(id), frameworks, TODAY));
    assert.match(procedure('anywhere', EU_ONLY)!, /^EU AI Act Art 73\(2\)–\(5\) applies to this system from 2027-12-02/, 'no jurisdictions: everywhere, as in the packs');
    assert.match(procedure('eu-hr', new Set(['eu-ai-act', 'nist-ai-rmf']))!, /^EU AI Act Art 73\(2\)–\(5\) applies to this system from 2027-12-02/);
    assert.equal(procedure('eu-hr', new Set()), PROMPT, 'the EU AI Act not selected');
    assert.equal(procedure('eu-hr', new Set(['core', 'nist-ai-rmf', 'iso-42001'])), PROMPT, 'other packs only');
    assert.equal(procedure('jp-only', new Set(['eu-ai-act', 'jp-ai-promotion-act', 'jp-ai-guidelines'])), PROMPT, 'outside the EU');
  });

  it('before the system\'s high-risk date they apply from that date; on and after it they bind; elsewhere they are good practice, never a duty', async () => {
    const c = await model();
    const at = (id: string, today: string, locale: 'en' | 'ja' = 'en') => reporting(documentTemplate('incident_response.procedure', c(id), EU_ONLY, today, undefined, locale), locale === 'en' ? REPORTING : '当局への報告');
    const before = (from: string) => `EU AI Act Art 73(2)–(5) applies to this system from ${from}, for incidents its provider becomes aware of from that day; until then its limits are good practice. ${LIMITS}\n\n${PROMPT}`;
    assert.equal(at('eu-hr', TODAY), before('2027-12-02'));
    assert.equal(at('eu-hr', '2027-12-01'), before('2027-12-02'), 'the day before');
    assert.equal(at('eu-hr', '2027-12-02'), `EU AI Act Art 73(2)–(5) binds this system. ${LIMITS}\n\n${PROMPT}`, 'from its date');
    assert.equal(at('eu-annex-i', '2027-12-10'), before('2028-08-02'), 'Annex I: its own date');
    assert.equal(
      at('eu-legacy', '2027-12-10'),
      `EU AI Act Art 73(2)–(5) does not bind this system: it was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); its limits are good practice. ${LIMITS}\n\n${PROMPT}`,
    );
    const scope = `EU AI Act Art 73(2)–(5) binds only providers of high-risk systems; for this system its limits are good practice. ${LIMITS}\n\n${PROMPT}`;
    assert.equal(at('eu-limited', '2028-01-10'), scope, 'not high-risk');
    // A deployer: Art 26(5) follows (see "what the documents say of an EU high-risk duty …").
    assert.equal(at('eu-deployer', '2028-01-10'), scope.replace('\n\n', "\n\nEU AI Act Art 26(5) binds this system's deployer. Inform the provider immediately of a serious incident, then the importer or distributor and the market surveillance authorities concerned.\n\n"), 'a deployer');
    // Nothing binds before 2 Dec 2027, whatever the component.
    for (const id of ['anywhere', 'eu-hr', 'eu-annex-i', 'eu-legacy', 'eu-limited', 'eu-deployer']) assert.doesNotMatch(at(id, '2027-12-01')!, /binds this system/, id);

    const LIMITS_JA =
      '重大インシデントは、システムとの因果関係（又はその合理的な可能性）を確認したら直ちに、遅くとも提供者（又は導入者）が認識してから15日以内（死亡の場合は10日、広範な侵害又は重要インフラの重大な混乱（第3条第49号(b)）の場合は2日）に、市場監視当局に報告します。初回の報告は不完全でも構いません。';
    const PROMPT_JA = 'TODO: 法令が当局への報告を求めるか。求める場合は、どの当局に、誰が、いつまでに報告するか。';
    assert.equal(at('eu-hr', TODAY, 'ja'), `EU AI法 第73条第2項～第5項は 2027-12-02 からこのシステムに適用されます（提供者がその日以降に認識したインシデントが対象）。それまでは、その期限はグッドプラクティスです。${LIMITS_JA}\n\n${PROMPT_JA}`);
    assert.equal(at('eu-hr', '2027-12-02', 'ja'), `EU AI法 第73条第2項～第5項がこのシステムを拘束します。${LIMITS_JA}\n\n${PROMPT_JA}`);
    assert.equal(
      at('eu-legacy', '2027-12-10', 'ja'),
      `EU AI法 第73条第2項～第5項はこのシステムを拘束しません。高リスクの適用日より前に上市され、その後設計が大幅に変更されていないためです（第111条第2項）。その期限はグッドプラクティスです。${LIMITS_JA}\n\n${PROMPT_JA}`,
    );
    assert.equal(at('eu-limited', TODAY, 'ja'), `EU AI法 第73条第2項～第5項が拘束するのは高リスクシステムの提供者だけです。このシステムでは、その期限はグッドプラクティスです。${LIMITS_JA}\n\n${PROMPT_JA}`);
  });

  it('says what art73Binding (AIGOV401) decides for an incident recorded that day, for every component and day', async () => {
    const c = await model();
    const ids = ['anywhere', 'eu-hr', 'eu-annex-i', 'eu-legacy', 'eu-limited', 'eu-deployer', 'eu-roleless', 'eu-authority', 'eu-changed'];
    const days = ['2026-11-25', '2027-12-01', '2027-12-02', '2028-01-09', '2028-01-10', '2028-08-01', '2028-08-02', '2030-08-01', '2030-08-02'];
    const seen = new Set<string>();
    for (const id of ids) {
      for (const day of days) {
        const b = art73Binding(c(id), undefined, day);
        const said = reporting(documentTemplate('incident_response.procedure', c(id), EU_ONLY, day))!.split('. Report a serious incident')[0];
        const expected = b.legal ? 'EU AI Act Art 73(2)–(5) binds this system' : b.reason === 'before' ? `EU AI Act Art 73(2)–(5) applies to this system from ${b.from}, for incidents its provider becomes aware of from that day; until then its limits are good practice` : b.reason === 'legacy' ? 'EU AI Act Art 73(2)–(5) does not bind this system: it was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); its limits are good practice' : 'EU AI Act Art 73(2)–(5) binds only providers of high-risk systems; for this system its limits are good practice';
        assert.equal(said, expected, `${id} on ${day}`);
        seen.add(b.legal ? 'legal' : `${b.reason}${b.from ? ` ${b.from}` : ''}`);
      }
    }
    assert.deepEqual([...seen].sort(), ['before 2027-12-02', 'before 2028-01-10', 'before 2028-08-02', 'before 2030-08-02', 'legacy', 'legal', 'scope']);
  });

  it('a component only in Japan: no document says the AI Promotion Act requires a registration, a report or a risk assessment', async () => {
    const c = await model();
    const JP = new Set(['jp-ai-promotion-act', 'jp-ai-guidelines']);
    const ACT = /AI Promotion Act|AI推進法|人工知能関連技術/;
    const DUTY = /\b(?:duty|duties|obligation|obliged|required|requires|must|binds?|registration)\b|義務|届出|登録|拘束/i;
    for (const locale of ['en', 'ja'] as const) {
      const docs = [riskAssessmentTemplate(c('jp-only'), JP, TODAY, undefined, locale), ...Object.keys(DOC_FIELDS).map((field) => documentTemplate(field, c('jp-only'), JP, TODAY, undefined, locale))];
      for (const md of docs) {
        const title = md.split('\n')[2];
        assert.doesNotMatch(md, ACT, title);
        // The only sentence that speaks of a duty asks whether a law makes one.
        const lines = md.split('\n').filter((l) => DUTY.test(l));
        assert.deepEqual(lines, locale === 'en' && md.includes(`## ${REPORTING}`) ? [PROMPT] : [], title);
      }
    }
  });
});

describe('what the documents say of an EU high-risk duty on the day they are written', () => {
  const COMPONENTS = `version: 1
frameworks: [eu-ai-act, jp-ai-promotion-act]
components:
  - { id: p-hr, roles: [provider], jurisdictions: [eu], risk: { level: high, basis: Annex III 5(b) } }
  - { id: d-hr, roles: [deployer], jurisdictions: [eu], risk: { level: high, basis: Annex III 5(b) } }
  - { id: d-annex-i, roles: [deployer], jurisdictions: [eu], risk: { level: high, basis: Annex I machinery } }
  - { id: d-legacy, roles: [deployer], jurisdictions: [eu], placed_on_market: 2026-09-01, risk: { level: high, basis: Annex III 5(b) } }
  - { id: d-limited, roles: [deployer], jurisdictions: [eu], risk: { level: limited } }
  - { id: d-jp, roles: [deployer], jurisdictions: [jp], risk: { level: high } }
  - { id: roleless, risk: { level: high } }
  - { id: jp-model, kind: model, jurisdictions: [jp] }
`;
  async function model() {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': COMPONENTS }), { today: TODAY });
    await e.indexAll();
    return { e, c: (id: string) => e.model.component(id)! };
  }
  /** The lines under a heading, up to the next one. */
  const body = (md: string, heading: string) => md.split(`## ${heading}\n\n`)[1]?.split('\n\n## ')[0];
  const BEFORE = (from: string) => `Applies to this system from ${from}; until then it is good practice.`;
  const BINDING = (from: string) => `Binds this system (it applies from ${from}).`;
  const LEGACY = 'Does not bind this system: it was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); it is good practice.';
  const PROVIDER = TEMPLATE_TEXT_EN.packs.euProviderHighRisk;
  const DEPLOYER = TEMPLATE_TEXT_EN.packs.euDeployerHighRisk;
  const todo = (prompt: string) => `TODO: ${prompt.charAt(0).toUpperCase()}${prompt.slice(1)}`;

  it('each high-risk section of the risk assessment says whether it binds on the day: applies from its date before it, binds from it, good practice when Art 111(2) leaves the system out', async () => {
    const { c } = await model();
    const sections = (id: string, today: string, list: typeof PROVIDER) => list.map((s) => body(riskAssessmentTemplate(c(id), EU_ONLY, today), s.heading));
    assert.deepEqual(sections('p-hr', TODAY, PROVIDER), PROVIDER.map((s) => `${BEFORE('2027-12-02')}\n\n${todo(s.prompt)}`));
    assert.deepEqual(sections('p-hr', '2027-12-01', PROVIDER), PROVIDER.map((s) => `${BEFORE('2027-12-02')}\n\n${todo(s.prompt)}`), 'the day before');
    assert.deepEqual(sections('p-hr', '2027-12-02', PROVIDER), PROVIDER.map((s) => `${BINDING('2027-12-02')}\n\n${todo(s.prompt)}`), 'on the day');
    assert.deepEqual(sections('d-hr', TODAY, DEPLOYER), DEPLOYER.map((s) => `${BEFORE('2027-12-02')}\n\n${todo(s.prompt)}`));
    assert.deepEqual(sections('d-hr', '2028-01-10', DEPLOYER), DEPLOYER.map((s) => `${BINDING('2027-12-02')}\n\n${todo(s.prompt)}`));
    assert.deepEqual(sections('d-annex-i', '2027-12-10', DEPLOYER), DEPLOYER.map((s) => `${BEFORE('2028-08-02')}\n\n${todo(s.prompt)}`), 'Annex I: its own date');
    assert.deepEqual(sections('d-legacy', '2028-01-10', DEPLOYER), DEPLOYER.map((s) => `${LEGACY}\n\n${todo(s.prompt)}`));
    assert.deepEqual(sections('roleless', '2028-08-02', [...PROVIDER, ...DEPLOYER]), [...PROVIDER, ...DEPLOYER].map((s) => `${BINDING('2027-12-02')}\n\n${todo(s.prompt)}`), 'no roles: both');
    const ja = riskAssessmentTemplate(c('p-hr'), EU_ONLY, TODAY, undefined, 'ja');
    assert.equal(body(ja, 'リスク管理システム（EU AI法 第9条）'), '2027-12-02 からこのシステムに適用されます。それまでは、グッドプラクティスです。\n\nTODO: ライフサイクル全体を通じたリスク管理の過程: 特定、見積もり、評価、措置、テスト。');
    assert.equal(body(riskAssessmentTemplate(c('d-hr'), EU_ONLY, '2027-12-02', undefined, 'ja'), '使用説明書に従った使用（EU AI法 第26条第1項）'), 'このシステムを拘束します（2027-12-02 から適用）。\n\nTODO: 提供者の使用説明書と、この導入がそれに従う方法。');
    assert.equal(body(riskAssessmentTemplate(c('d-legacy'), EU_ONLY, '2028-01-10', undefined, 'ja'), '使用説明書に従った使用（EU AI法 第26条第1項）'), 'このシステムを拘束しません。高リスクの適用日より前に上市され、その後設計が大幅に変更されていないためです（第111条第2項）。グッドプラクティスです。\n\nTODO: 提供者の使用説明書と、この導入がそれに従う方法。');
  });

  it('the fundamental rights impact assessment says under its purpose whether Art 27 binds on the day', async () => {
    const { c } = await model();
    /** What stands between the header and the first section. */
    const lead = (md: string) => md.split('\n\n## ')[0]!.split('\n\n').slice(3).join('\n\n');
    const under = (today: string, locale: 'en' | 'ja' = 'en') => lead(documentTemplate('impact_assessment.path', c('d-hr'), EU_ONLY, today, undefined, locale));
    assert.equal(under(TODAY), 'The assessment a deployer makes before putting a high-risk AI system into use (Art 27(1)(a)–(f)).\n\nApplies to this system from 2027-12-02; until then it is good practice.');
    assert.equal(under('2027-12-02'), 'The assessment a deployer makes before putting a high-risk AI system into use (Art 27(1)(a)–(f)).\n\nBinds this system (it applies from 2027-12-02).');
    assert.equal(under(TODAY, 'ja'), 'ハイリスク AI システムの使用を開始する前に導入者が行う評価（第27条第1項 (a)～(f)）。\n\n2027-12-02 からこのシステムに適用されます。それまでは、グッドプラクティスです。');
    assert.equal(lead(documentTemplate('impact_assessment.path', c('d-limited'), EU_ONLY, TODAY)), 'The impacts of the system on people, groups and society, and what limits them.', 'a plain impact assessment: no status');
  });

  it('the incident response procedure of a deployer in the EU adds Art 26(5) with how it stands on the day; not for a provider, outside the EU or without the EU AI Act', async () => {
    const { c } = await model();
    const reporting = (id: string, today: string, frameworks: ReadonlySet<string> = EU_ONLY, locale: 'en' | 'ja' = 'en') =>
      body(documentTemplate('incident_response.procedure', c(id), frameworks, today, undefined, locale), locale === 'en' ? 'Reporting to the authority' : '当局への報告');
    const INFORM = 'Inform the provider immediately of a serious incident, then the importer or distributor and the market surveillance authorities concerned.';
    const art265 = (id: string, today: string) => reporting(id, today)!.split('\n\n')[1];
    assert.equal(art265('d-hr', TODAY), `EU AI Act Art 26(5) applies to this system's deployer from 2027-12-02; until then it is good practice. ${INFORM}`);
    assert.equal(art265('d-hr', '2027-12-01'), `EU AI Act Art 26(5) applies to this system's deployer from 2027-12-02; until then it is good practice. ${INFORM}`);
    assert.equal(art265('d-hr', '2027-12-02'), `EU AI Act Art 26(5) binds this system's deployer. ${INFORM}`);
    assert.equal(art265('d-annex-i', '2027-12-10'), `EU AI Act Art 26(5) applies to this system's deployer from 2028-08-02; until then it is good practice. ${INFORM}`);
    assert.equal(art265('d-legacy', '2028-01-10'), `EU AI Act Art 26(5) does not bind this system's deployer: the system was placed on the market before its high-risk date and not significantly changed since (Art 111(2)); it is good practice. ${INFORM}`);
    assert.equal(art265('d-limited', '2028-01-10'), `EU AI Act Art 26(5) binds only deployers of high-risk systems; for this system it is good practice. ${INFORM}`);
    assert.equal(art265('roleless', '2028-01-10'), `EU AI Act Art 26(5) binds this system's deployer. ${INFORM}`, 'no roles: every role');
    const PROMPT = 'TODO: Whether a law requires a report to an authority and, if so, which authority is told, by whom, and by when.';
    // The whole section: Art 73, then Art 26(5), then the prompt.
    assert.equal(
      reporting('d-hr', TODAY),
      `EU AI Act Art 73(2)–(5) binds only providers of high-risk systems; for this system its limits are good practice. ${TEMPLATE_TEXT_EN.known.art73.limits}\n\nEU AI Act Art 26(5) applies to this system's deployer from 2027-12-02; until then it is good practice. ${INFORM}\n\n${PROMPT}`,
    );
    assert.doesNotMatch(reporting('p-hr', '2028-01-10')!, /26\(5\)/, 'a provider');
    assert.equal(reporting('d-hr', TODAY, new Set(['jp-ai-promotion-act'])), PROMPT, 'the EU AI Act not selected');
    assert.equal(reporting('d-jp', TODAY, new Set(['eu-ai-act', 'jp-ai-guidelines'])), PROMPT, 'outside the EU');
    assert.equal(
      reporting('d-hr', TODAY, EU_ONLY, 'ja')!.split('\n\n')[1],
      'EU AI法 第26条第5項は 2027-12-02 からこのシステムの導入者に適用されます。それまでは、グッドプラクティスです。重大インシデントを特定したら、直ちにまず提供者に、次に輸入者又は販売者及び関係する市場監視当局に知らせます。',
    );
    assert.equal(reporting('d-hr', '2027-12-02', EU_ONLY, 'ja')!.split('\n\n')[1], 'EU AI法 第26条第5項がこのシステムの導入者を拘束します。重大インシデントを特定したら、直ちにまず提供者に、次に輸入者又は販売者及び関係する市場監視当局に知らせます。');
  });

  it('the documents AIGOV501 creates say that Art 16 of Japan\'s AI Promotion Act asks nothing of businesses, in English and Japanese', async () => {
    const { e, c } = await model();
    const ART_16 = 'Japan AI Promotion Act (Act No. 53 of 2025) Art 16';
    const EN = '- Context: Japan AI Promotion Act (Act No. 53 of 2025) Art 16 has the State gather information on cases in which AI infringed rights and give guidance; it sets no duty for businesses. This document is kept by choice, to answer such an inquiry quickly.';
    const JA = '- 背景: 人工知能関連技術の研究開発及び活用の推進に関する法律（令和7年法律第53号） 第16条は、国が AI により権利が侵害された事案の情報を収集し、指導等を行うことを定めるもので、事業者に義務を課していません。この文書は、そのような照会に速やかに答えるために任意で備えるものです。';
    const row = (md: string) => md.split('\n').filter((l) => /^- (?:Context|Asked for by|背景|作成の理由): /.test(l));
    for (const field of ['incident_response.register', 'model.card']) {
      assert.deepEqual(row(documentTemplate(field, c('jp-model'), new Set(['jp-ai-promotion-act']), TODAY, ART_16)), [EN], field);
      assert.deepEqual(row(documentTemplate(field, c('jp-model'), new Set(['jp-ai-promotion-act']), TODAY, ART_16, 'ja')), [JA], field);
    }
    // Another article of the Act, or another framework's: the reason as before.
    assert.deepEqual(row(documentTemplate('model.card', c('jp-model'), new Set(), TODAY, 'Japan AI Promotion Act (Act No. 53 of 2025) Art 7')), ['- Asked for by: Japan AI Promotion Act (Act No. 53 of 2025) Art 7']);
    // The fix of AIGOV501 writes it.
    const f = e.findings().find((x) => x.code === 'AIGOV501' && x.data?.field === 'incident_response.register' && x.data?.id === 'jp-model')!;
    const created = e.fixesFor(f).flatMap((x) => x.edits).find((x) => x.kind === 'create');
    assert.deepEqual(row(created?.kind === 'create' ? created.text : ''), [EN]);
  });

  it('the reason of a duty that applies later says from when, until that day; the fix of a pack finding passes its date', async () => {
    const { e, c } = await model();
    const ART_11 = 'EU AI Act (Regulation (EU) 2024/1689) Art 11';
    const row = (md: string) => md.split('\n').filter((l) => /^- (?:Asked for by|作成の理由): /.test(l));
    const why = (today: string, locale: 'en' | 'ja' = 'en') => row(documentTemplate('docs.technical', c('p-hr'), EU_ONLY, today, ART_11, locale, '2027-12-02'));
    assert.deepEqual(why(TODAY), ['- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 11 (applies from 2027-12-02)']);
    assert.deepEqual(why('2027-12-01'), ['- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 11 (applies from 2027-12-02)']);
    assert.deepEqual(why('2027-12-02'), ['- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 11']);
    assert.deepEqual(why(TODAY, 'ja'), ['- 作成の理由: EU AI法（規則 (EU) 2024/1689） 第11条（2027-12-02 から適用）']);
    assert.deepEqual(why('2027-12-02', 'ja'), ['- 作成の理由: EU AI法（規則 (EU) 2024/1689） 第11条']);
    assert.deepEqual(row(documentTemplate('docs.technical', c('p-hr'), EU_ONLY, TODAY, ART_11)), ['- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 11'], 'no date given');
    // AIGOV525 (Art 11) on 2026-11-25: the technical documentation its fix writes says the date.
    const f = e.findings().find((x) => x.code === 'AIGOV525' && x.data?.id === 'p-hr')!;
    assert.equal(f.data?.appliesFrom, '2027-12-02');
    const created = e.fixesFor(f).flatMap((x) => x.edits).find((x) => x.kind === 'create');
    assert.deepEqual(row(created?.kind === 'create' ? created.text : ''), ['- Asked for by: EU AI Act (Regulation (EU) 2024/1689) Art 11, Annex IV (applies from 2027-12-02)']);
  });
});
