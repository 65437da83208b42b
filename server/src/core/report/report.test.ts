import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildReport, type ReportData } from './model.js';

const EVIL = `<script>alert("x")</script> | **bold** [link](javascript:alert(1))`;

async function reportFor(files: Record<string, string>, today = '2026-11-25'): Promise<ReportData> {
  const engine = new Engine(new InMemoryWorkspace(files), { today });
  await engine.indexAll();
  return buildReport({ model: engine.model, findings: engine.findings(), rules: engine.allRules, today, workspace: 'ws', generator: 'aigov test', link: (p) => `../${p}` });
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
