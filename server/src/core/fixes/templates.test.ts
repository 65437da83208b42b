import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import type { FixProposal } from '../finding.js';
import { draftInfo } from '../model/drafts.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { nextReviewFix, renewDatesFix } from './assessment.js';
import { STARTER_WORDS, starterTemplate } from './starter.js';
import { DOC_FIELDS, documentTemplate, riskAssessmentTemplate, TEMPLATES } from './templates.js';
import { applyEdits } from './yaml-edit.js';

const TODAY = '2026-11-25';

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
    risk: { level: high, basis: Annex III 4(a) }
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
    assert.match(documentTemplate('incident_response.procedure', c, e.model.frameworksOf(c.registry), TODAY), /EU AI Act Art 73 deadlines/);
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
