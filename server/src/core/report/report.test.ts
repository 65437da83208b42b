import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildReport, type ComponentReport, type ReportData } from './model.js';
import type { Locale } from '../i18n/messages.js';
import { JA_OBLIGATION_TITLES, JA_PACK_TITLES } from '../i18n/ja-obligations.js';
import { PACKS } from '../packs.js';
import { FRAMEWORK_RULES } from '../rules/packs/all.js';
import { isPackRule } from '../rules/packs/obligation.js';

const EVIL = `<script>alert("x")</script> | **bold** [link](javascript:alert(1))`;

async function reportFor(files: Record<string, string>, today = '2026-11-25', locale: Locale = 'en'): Promise<ReportData> {
  const engine = new Engine(new InMemoryWorkspace(files), { today });
  await engine.indexAll();
  return buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today, workspace: 'ws', generator: 'aigov test', link: (p) => `../${p}`, locale });
}

const REGISTRY = `version: 1
organization:
  name: Example KK
  contacts: { incident: ai-incidents@example.co.jp }
frameworks: [eu-ai-act, jp-ai-guidelines]
policy:
  require:
    - when: { risk.level: high }
      fields: [monitoring.plan]
      message: High-risk systems need a monitoring plan
      framework: Example Policy
      article: "§4"
components:
  - id: scorer
    name: ${JSON.stringify(EVIL)}
    kind: model
    owner: team@example.co.jp
    roles: [provider]
    jurisdictions: [eu]
    intended_purpose: ${JSON.stringify(EVIL)}
    risk:
      level: high
      basis: Annex III 5(b)
      assessment: { path: docs/risk.md, date: 2026-01-01, next_review: 2026-06-01 }
    registrations:
      - { registry: eu-ai-database, id: EU-1, status: registered }
    incidents:
      - { id: INC-1, title: ${JSON.stringify(EVIL)}, detected: 2026-11-20, severity: widespread, reported: null, status: open }
  - id: helper
    kind: llm-app
    roles: [deployer]
    jurisdictions: [jp]
`;

describe('report model', () => {
  it('computes coverage per selected pack, assessment states, incidents and evidence', async () => {
    const r = await reportFor({ '.aigov.yaml': REGISTRY, 'docs/risk.md': '# risk' });
    assert.equal(r.totals.components, 2);
    const c = r.components[0]!;
    assert.deepEqual(c.coverage.map((b) => b.id), ['jp-ai-guidelines', 'eu-ai-act', 'Example Policy']);
    const eu = c.coverage.find((b) => b.id === 'eu-ai-act')!;
    const row = (code: string) => eu.rows.find((x) => x.code === code)!;
    // Before the EU high-risk date (2027-12-02) the high-risk rows are not yet applicable, gaps and all.
    assert.equal(row('AIGOV533').status, 'not-yet-applicable');
    assert.equal(row('AIGOV535').status, 'not-yet-applicable');
    assert.deepEqual(row('AIGOV535').gaps, ['monitoring.plan']);
    assert.equal(row('AIGOV525').status, 'not-yet-applicable');
    assert.equal(row('AIGOV543').status, 'fail');
    const later = (await reportFor({ '.aigov.yaml': REGISTRY, 'docs/risk.md': '# risk' }, '2027-12-02')).components[0]!.coverage.find((b) => b.id === 'eu-ai-act')!;
    assert.equal(later.rows.find((x) => x.code === 'AIGOV533')!.status, 'pass');
    assert.equal(later.rows.find((x) => x.code === 'AIGOV535')!.status, 'fail');
    assert.equal(row('AIGOV529').status, 'n.a.');
    assert.equal(c.coverage.find((b) => b.kind === 'policy')!.rows[0]!.status, 'fail');
    assert.equal(c.assessments[0]!.state, 'overdue');
    assert.equal(c.assessments[0]!.doc?.href, '../docs/risk.md');
    assert.equal(c.assessments[0]!.doc?.exists, true);
    // Widespread, aware on Friday 2026-11-20: the 2 days end on Sunday, so the last day is Monday.
    assert.equal(c.incidents[0]!.deadline, '2026-11-23');
    assert.equal(c.incidents[0]!.state, 'overdue');
    assert.equal(r.totals.overdueReports, 1);
    assert.deepEqual(c.contacts[0], { role: 'incident', value: 'ai-incidents@example.co.jp', inherited: true });
    assert.equal(r.components[1]!.coverage.find((b) => b.id === 'eu-ai-act')!.rows.every((x) => x.status === 'n.a.'), true);
  });
});

const DETAILED = `version: 1
organization:
  name: Example KK
  owner: org-owner@example.com
  contacts: { incident: org-incident@example.com, privacy: org-privacy@example.com }
frameworks: [eu-ai-act]
policy:
  require:
    - when: { risk.level: high }
      fields: [monitoring.plan, monitoring.plan]
      message: Needs a monitoring plan
      id: pol-one
    - when: { risk.level: high }
      fields: [docs.terms]
      message: Needs terms
      framework: House rules
    - when: { risk.level: minimal }
      fields: [docs.terms]
      message: Minimal needs terms
      framework: House rules
components:
  - id: scorer
    name: Scorer
    kind: model
    version: 1.5
    roles: [provider]
    jurisdictions: [eu]
    intended_purpose: Scores
    contacts: { privacy: dpo@example.com }
    human_oversight: { assignee: ops@example.com }
    risk:
      level: high
      basis: Annex III 5(b)
      annex_iii_area: 5(b)
      kr_high_impact: false
      assessment: { path: docs/risk.md, date: 2026-01-01, next_review: 2027-01-01 }
    impact_assessment: { path: ../outside.md }
    model: { card: docs/card.md }
    registrations:
      - { registry: eu-ai-database, id: EU-1, date: 2026-02-01, status: registered }
      - { registry: national }
    incidents:
      - { id: INC-1, detected: 2026-11-20, severity: serious, status: open, report: docs/inc1.md }
      - { id: INC-2, detected: 2026-11-24, severity: widespread, status: investigating }
      - { id: INC-3, detected: 2026-01-01, severity: minor, status: closed }
  - id: helper
    kind: llm-app
    roles: [deployer]
    jurisdictions: [jp]
`;

describe('report model: each field as the registry gives it', () => {
  it('a component with every part: facts, assessments, contacts, registrations, incidents, evidence, policy, findings', async () => {
    const files = { '.aigov.yaml': DETAILED, 'docs/risk.md': '# Risk\nDone.\n', 'docs/card.md': '# Card\n' };
    const engine = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await engine.indexAll();
    const all = engine.findings();
    // The rules in reverse: the rows come out by code whatever order the engine lists the rules in.
    const r = buildReport({ model: engine.model, findings: all, rules: [...engine.allRules].reverse(), today: '2026-11-25', workspace: 'ws' });
    assert.equal(r.locale, 'en');
    assert.equal(r.generator, 'aigov');
    assert.deepEqual(r.frameworks, ['eu-ai-act']);
    const tally = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of all) tally[f.severity]++;
    assert.deepEqual(r.totals, { components: 2, findings: tally, openIncidents: 2, overdueReports: 0, failingObligations: 3 });
    const [c, helper] = r.components as [ComponentReport, ComponentReport];
    const { assessments, contacts, registrations, incidents, evidence, coverage, findings, counts, ...facts } = c;
    assert.deepEqual(facts, {
      id: 'scorer',
      name: 'Scorer',
      kind: 'model',
      version: '1.5',
      registry: '.aigov.yaml',
      owner: { role: 'owner', value: 'org-owner@example.com', inherited: true },
      roles: ['provider'],
      jurisdictions: ['eu'],
      intendedPurpose: 'Scores',
      risk: { level: 'high', basis: 'Annex III 5(b)', annexIiiArea: '5(b)', krHighImpact: false },
      files: 0,
    });
    assert.deepEqual(assessments, [
      { kind: 'risk', label: 'Risk assessment', doc: { field: 'risk.assessment.path', value: 'docs/risk.md', path: 'docs/risk.md', href: 'docs/risk.md', exists: true }, date: '2026-01-01', nextReview: '2027-01-01', state: 'ok' },
      { kind: 'impact', label: 'Impact assessment', doc: { field: 'impact_assessment.path', value: '../outside.md', exists: false }, state: 'undated' },
    ]);
    assert.deepEqual(contacts, [
      { role: 'incident', value: 'org-incident@example.com', inherited: true },
      { role: 'privacy', value: 'dpo@example.com', inherited: false },
      { role: 'oversight', value: 'ops@example.com', inherited: false },
    ]);
    assert.deepEqual(registrations, [{ registry: 'eu-ai-database', id: 'EU-1', date: '2026-02-01', status: 'registered' }, { registry: 'national' }]);
    assert.deepEqual(
      incidents.map((i) => [i.id, i.state, i.deadline, i.daysLeft, i.report]),
      [
        ['INC-1', 'due', '2026-12-07', 12, { field: 'incidents[0].report', value: 'docs/inc1.md', path: 'docs/inc1.md', href: 'docs/inc1.md', exists: false }],
        ['INC-2', 'due', '2026-11-26', 1, undefined],
        ['INC-3', 'closed', undefined, undefined, undefined],
      ],
    );
    assert.deepEqual(
      evidence.map((e) => [e.field, e.value, e.href, e.exists]),
      [
        ['risk.assessment.path', 'docs/risk.md', 'docs/risk.md', true],
        ['impact_assessment.path', '../outside.md', undefined, false],
        ['model.card', 'docs/card.md', 'docs/card.md', true],
        ['incidents[].report', 'docs/inc1.md', 'docs/inc1.md', false],
      ],
    );
    const eu = coverage.find((b) => b.id === 'eu-ai-act')!;
    assert.equal(eu.kind, 'pack');
    assert.equal(eu.title, 'EU AI Act (Regulation (EU) 2024/1689)');
    const codes = eu.rows.map((x) => x.code);
    assert.deepEqual(codes, [...codes].sort(), 'rows by code');
    assert.deepEqual(eu.counts, { pass: 0, fail: 1, draft: 0, 'not-yet-applicable': 12, 'n.a.': 13 });
    assert.deepEqual(
      coverage.filter((b) => b.kind === 'policy'),
      [
        {
          id: 'Organisation policy',
          title: 'Organisation policy',
          kind: 'policy',
          rows: [{ code: 'AIGOV601', title: 'Needs a monitoring plan', summary: 'Needs a monitoring plan', citation: { framework: 'Organisation policy', article: 'pol-one' }, status: 'fail', gaps: ['monitoring.plan'] }],
          counts: { pass: 0, fail: 1, draft: 0, 'not-yet-applicable': 0, 'n.a.': 0 },
        },
        {
          id: 'House rules',
          title: 'House rules',
          kind: 'policy',
          rows: [
            { code: 'AIGOV601', title: 'Needs terms', summary: 'Needs terms', citation: { framework: 'House rules', article: 'require[1]' }, status: 'fail', gaps: ['docs.terms'] },
            { code: 'AIGOV601', title: 'Minimal needs terms', summary: 'Minimal needs terms', citation: { framework: 'House rules', article: 'require[2]' }, status: 'n.a.', gaps: [] },
          ],
          counts: { pass: 0, fail: 1, draft: 0, 'not-yet-applicable': 0, 'n.a.': 1 },
        },
      ],
    );
    const own = all.filter((f) => f.data?.id === 'scorer');
    assert.equal(findings.length, own.length);
    const climb = findings.find((f) => f.code === 'AIGOV109')!;
    assert.deepEqual(climb, { code: 'AIGOV109', severity: 'error', message: own.find((f) => f.code === 'AIGOV109')!.message, line: DETAILED.split('\n').findIndex((l) => l.includes('impact_assessment:')) + 1 });
    assert.deepEqual(findings.find((f) => f.code === 'AIGOV543')!.citation, { framework: 'EU AI Act (Regulation (EU) 2024/1689)', article: 'Art 4' });
    const ownCounts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of own) ownCounts[f.severity]++;
    assert.deepEqual(counts, ownCounts);
    assert.ok(helper.findings.length > 0 && helper.findings.every((f) => !f.message.includes("'scorer'")), 'each component lists its own findings');
    assert.deepEqual([helper.owner, helper.kind, helper.version, helper.intendedPurpose], [{ role: 'owner', value: 'org-owner@example.com', inherited: true }, 'llm-app', undefined, undefined]);
    assert.deepEqual(helper.risk, { level: 'unassessed' });
  });
});

describe('report model: drafts, bare components and the reader\'s language', () => {
  it('marks draft documents, names a bare component by its id, sorts frameworks, words rows in Japanese', async () => {
    const draft = '<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->\n## Purpose\nTODO\n';
    const reg = `version: 1
frameworks: [jp-ai-guidelines, eu-ai-act]
policy:
  require:
    - fields: [risk.basis]
      message: Needs a basis
components:
  - id: bare
  - id: drafted
    roles: [provider]
    jurisdictions: [jp]
    risk: { level: minimal, basis: b, assessment: { path: docs/risk.md, date: 2026-01-01 } }
    model: { card: docs/card.md }
`;
    // A second registry with a component of the same id: its findings stay its own.
    const sub = 'version: 1\ncomponents:\n  - id: bare\n    owner: not-an-address\n';
    const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': reg, 'sub/.aigov.yaml': sub, 'docs/risk.md': draft, 'docs/card.md': draft }), { today: '2026-11-25' });
    await engine.indexAll();
    const rules = engine.allRules;
    const half = rules.length >> 1;
    // The rules rotated: the rows still come out by code.
    const r = buildReport({ model: engine.model, findings: engine.findings(), rules: [...rules.slice(half), ...rules.slice(0, half)], today: '2026-11-25', workspace: 'ws', locale: 'ja' });
    assert.deepEqual(r.frameworks, ['eu-ai-act', 'jp-ai-guidelines']);
    const [bare, drafted] = r.components as [ComponentReport, ComponentReport];
    assert.deepEqual([bare.name, bare.roles, bare.jurisdictions, bare.evidence], ['bare', [], [], []]);
    const other = r.components.find((c) => c.registry === 'sub/.aigov.yaml')!;
    assert.ok(other.findings.some((f) => f.code === 'AIGOV107'), 'the owner of the second is not an address');
    assert.ok(bare.findings.length > 0 && !bare.findings.some((f) => f.code === 'AIGOV107'), 'each keeps the findings of its own registry');
    assert.deepEqual(drafted.assessments[0], {
      kind: 'risk',
      label: 'Risk assessment',
      doc: { field: 'risk.assessment.path', value: 'docs/risk.md', path: 'docs/risk.md', href: 'docs/risk.md', exists: true, draft: true },
      date: '2026-01-01',
      state: 'draft',
    });
    assert.deepEqual(drafted.evidence.map((e) => [e.field, e.draft]), [['risk.assessment.path', true], ['model.card', true]]);
    const policy = (c: ComponentReport) => c.coverage.find((b) => b.kind === 'policy')!.rows.map((x) => x.status);
    assert.deepEqual([policy(bare), policy(drafted)], [['fail'], ['pass']]);
    const jp = bare.coverage.find((b) => b.id === 'jp-ai-guidelines')!;
    assert.equal(jp.title, JA_PACK_TITLES['jp-ai-guidelines']);
    const codes = jp.rows.map((x) => x.code);
    assert.deepEqual(codes, [...codes].sort());
    for (const row of jp.rows) {
      const rule = rules.find((x) => x.code === row.code)!;
      assert.equal(row.title, JA_OBLIGATION_TITLES[row.code], row.code);
      assert.deepEqual(row.citation, rule.citation, row.code);
    }
    const en = buildReport({ model: engine.model, findings: engine.findings(), rules, today: '2026-11-25', workspace: 'ws' });
    for (const row of en.components[0]!.coverage.find((b) => b.id === 'jp-ai-guidelines')!.rows) {
      const rule = rules.find((x) => x.code === row.code)!;
      assert.ok(isPackRule(rule) && row.title === rule.obligation.title, row.code);
    }
  });
});

describe('report model: rows met by drafts, incident reports', () => {
  it('a pack row whose fields are met by a document still a template is a draft naming it; a report of only spaces is none', async () => {
    const draft = '<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->\n## Purpose\nTODO\n';
    const reg = `version: 1
frameworks: [jp-ai-guidelines]
components:
  - id: drafted
    roles: [provider]
    jurisdictions: [jp]
    risk: { level: minimal, assessment: { path: docs/risk.md, date: 2026-01-01, next_review: 2027-01-01 } }
    incidents:
      - { id: INC-1, title: Blank, detected: 2026-11-20, severity: minor, status: open, report: "   " }
      - { id: INC-2, title: Filed, detected: 2026-11-20, severity: minor, status: open, report: docs/inc-2.md }
`;
    const rows = async (risk: string, registry = reg) => {
      const r = await reportFor({ '.aigov.yaml': registry, 'docs/risk.md': risk, 'docs/inc-2.md': '# INC-2\n' });
      const c = r.components[0]!;
      return { c, row: c.coverage.find((b) => b.id === 'jp-ai-guidelines')!.rows.find((x) => x.code === 'AIGOV511')! };
    };
    const drafted = await rows(draft);
    assert.deepEqual([drafted.row.status, drafted.row.drafts, drafted.row.gaps], ['draft', ['docs/risk.md'], []]);
    assert.equal(drafted.c.coverage.find((b) => b.id === 'jp-ai-guidelines')!.counts.draft, 1);
    const written = await rows('# Risk\n\nFloods.\n');
    assert.deepEqual([written.row.status, 'drafts' in written.row], ['pass', false]);
    // A row that fails is a failure, drafts or not: only a met obligation rests on its drafts.
    const undated = await rows(draft, reg.replace(', next_review: 2027-01-01', ''));
    assert.deepEqual([undated.row.status, 'drafts' in undated.row, undated.row.gaps], ['fail', false, ['risk.assessment.next_review']]);
    assert.deepEqual(
      drafted.c.incidents.map((i) => [i.id, i.report?.value]),
      [['INC-1', undefined], ['INC-2', 'docs/inc-2.md']],
    );
  });
});

describe('report renderers', () => {
  it('markdown has the sections, the matrix and escapes user text', async () => {
    const md = renderMarkdown(await reportFor({ '.aigov.yaml': REGISTRY }));
    for (const h of ['# AI governance report: ws', '## Summary', '### Risk and assessments', '### Contacts', '### Registrations', '### Incidents', '### Evidence', '### Framework coverage', '#### EU AI Act', '### Findings']) {
      assert.ok(md.includes(h), h);
    }
    assert.ok(md.includes('2026-11-23 (2 days overdue)'));
    assert.ok(!md.includes('<script>'), 'no raw HTML from user text');
    assert.ok(md.includes('&lt;script&gt;'));
    assert.ok(md.includes('\\| \\*\\*bold\\*\\* \\[link\\]'), 'table and emphasis characters escaped');
    assert.ok(md.includes('[docs/risk.md](../docs/risk.md) (missing)'));
  });

  it('HTML is one self-contained document that escapes every user string', async () => {
    const html = renderHtml(await reportFor({ '.aigov.yaml': REGISTRY, 'docs/risk.md': '# risk' }));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes('<style>') && html.includes('@media print'));
    assert.ok(!/<script|<link |src=|@import|url\(/i.test(html), 'no scripts or external resources');
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(!html.includes('href="javascript'), 'no script URLs');
    assert.ok(html.includes('href="../docs/risk.md"'));
    assert.ok(html.includes('id="component-scorer"') && html.includes('href="#component-scorer"'));
    assert.ok(html.includes('2026-11-23 (2 days overdue)'));
  });

  it('shows a workspace with no registry without failing', async () => {
    const r = await reportFor({ 'src/a.py': 'print(1)\n' });
    assert.equal(r.components.length, 0);
    assert.ok(renderMarkdown(r).includes('none selected'));
    assert.ok(renderHtml(r).includes('</html>'));
  });
});

/** Words a Japanese heading may hold in Latin letters: names and abbreviations Japanese readers use as they are. */
const LATIN_OK = new Set(['AI', 'EU', 'ID', 'NIST', 'RMF', 'ISO', 'IEC', 'SB', 'CE', 'ws', 'aigov']);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

function untranslated(line: string): string[] {
  return (line.replace(/`[^`]*`/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_OK.has(w));
}

describe('report in Japanese', () => {
  it('every pack and every obligation has a Japanese name', () => {
    for (const p of PACKS) assert.ok(JA_PACK_TITLES[p.id], p.id);
    for (const r of FRAMEWORK_RULES) if (isPackRule(r)) assert.ok(JA_OBLIGATION_TITLES[r.code], r.code);
    assert.equal(Object.keys(JA_OBLIGATION_TITLES).length, FRAMEWORK_RULES.filter(isPackRule).length, 'no stale entries');
  });

  it('markdown: no heading, table head or label left in English; dates in Japanese form', async () => {
    const md = renderMarkdown(await reportFor({ '.aigov.yaml': REGISTRY }, '2026-11-25', 'ja'));
    const lines = md.split('\n');
    const checked = [
      ...lines.filter((l) => /^#{1,4} /.test(l) && !l.startsWith('## ') && !l.includes('Example Policy')),
      ...lines.filter((_l, i) => lines[i + 1]?.startsWith('| ---')),
      ...lines.filter((l) => /^- \*\*/.test(l)).map((l) => l.replace(/\*\* .*$/, '')),
    ];
    assert.ok(checked.length > 30, `${checked.length} lines checked`);
    for (const l of checked) {
      assert.deepEqual(untranslated(l), [], l);
      assert.match(l, JAPANESE, l);
    }
    assert.ok(md.includes('# AI ガバナンスレポート: ws'));
    assert.ok(md.includes('#### EU AI法（規則 (EU) 2024/1689）'));
    assert.ok(md.includes('2026年11月23日（2 日超過）'), 'deadline in Japanese form');
    assert.ok(md.includes('| 第5条 |') || md.includes('第4条'), 'articles as 第N条');
    assert.doesNotMatch(md, /\b(pass|fail|not yet applicable|overdue|missing)\b/);
    assert.ok(md.includes('&lt;script&gt;'), 'user text still escaped');
  });

  it('HTML: lang="ja", Japanese headings and table heads, user text escaped', async () => {
    const html = renderHtml(await reportFor({ '.aigov.yaml': REGISTRY, 'docs/risk.md': '# risk' }, '2026-11-25', 'ja'));
    assert.match(html, /<html lang="ja">/);
    // h2 names a component (user text); every other heading, table head and label is the report's own.
    const heads = [...html.matchAll(/<(h[134]|th|dt)(?:\s[^>]*)?>(.*?)<\/\1>/g)].map((m) => m[2]!.replace(/<code>.*?<\/code>|<span.*?<\/span>/g, ''));
    assert.ok(heads.length > 30);
    for (const h of heads) {
      if (h.includes('Example Policy') || h.includes('&lt;script&gt;')) continue; // user text
      assert.deepEqual(untranslated(h), [], h);
    }
    assert.ok(html.includes('<strong>2026年11月25日</strong>'));
    assert.ok(!html.includes('<script>alert'));
  });

  it('HTML keeps user text with $ patterns as written', async () => {
    const reg = `version: 1
policy:
  require:
    - when: { risk.level: high }
      fields: [monitoring.plan]
      message: "Costs $' and $& stay"
      framework: Example Policy
components:
  - id: a
    risk: { level: minimal }
`;
    const html = renderHtml(await reportFor({ '.aigov.yaml': reg }, '2026-11-25', 'ja'));
    assert.ok(html.includes('Costs $&#39; and $&amp; stay <span class="muted">（AIGOV601）</span>'), 'n.a. list text intact');
  });
});

describe('report of a folder below a registry of its repository', () => {
  it('names the registries above it, and lists only its own components', async () => {
    const engine = new Engine(new InMemoryWorkspace({ 'app/main.py': 'import openai\n' }), {
      today: '2026-11-25',
      above: [{ path: '../.aigov.yaml', offset: 'svc/', text: 'version: 1\ncomponents:\n  - id: svc-bot\n    kind: llm-app\n    paths: ["svc/app/**"]\n' }],
    });
    await engine.indexAll();
    const r = buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today: '2026-11-25', workspace: 'svc' });
    assert.deepEqual(r.governedFrom, ['../.aigov.yaml']);
    assert.deepEqual(r.components, []);
    assert.equal(r.totals.findings.warning, 0, 'app/main.py is covered from above');
    const own = new Engine(new InMemoryWorkspace({ 'app/main.py': 'import openai\n' }), { today: '2026-11-25' });
    await own.indexAll();
    assert.equal(buildReport({ model: own.model, findings: own.findings(), rules: own.allRules, today: '2026-11-25', workspace: 'svc' }).governedFrom, undefined);
  });
});
