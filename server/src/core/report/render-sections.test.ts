import { strict as assert } from 'node:assert';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { ComponentReport, DocRef, ReportData } from './model.js';

/**
 * What a reader sees in each section of the rendered report, on report data built by hand: the
 * headings, the rows of each table, the counts, and what stands where a value is absent. Three
 * components: one with every part filled in (`chat-bot`), one with the other states and
 * variants (`legacy`), one with nothing but an id (`bare`). Each test renders its own report: a
 * report rendered in a `describe` block would run while the file loads, and the mutation run then
 * needs a fresh test process for every mutant of the renderers.
 */

const link = (value: string, extra: Partial<DocRef> = {}): DocRef => ({ field: 'doc', value, path: value, href: value, exists: true, ...extra });
const incident = (id: string, extra: Partial<ComponentReport['incidents'][number]>): ComponentReport['incidents'][number] => ({ index: 0, id, assumed: false, legal: true, state: 'due', ...extra });

function chatBot(): ComponentReport {
  return {
    id: 'chat-bot',
    name: 'Chat bot',
    kind: 'application',
    version: '2.1',
    registry: '.aigov.yaml',
    owner: { role: 'owner', value: 'ana@example.com', inherited: false },
    roles: ['provider', 'deployer'],
    jurisdictions: ['eu', 'kr'],
    intendedPurpose: 'Answers customers',
    risk: { level: 'high', basis: 'Annex III', annexIiiArea: 'employment', krHighImpact: false },
    assessments: [
      { kind: 'risk', label: 'Risk assessment', doc: link('docs/risk.md'), date: '2026-01-01', nextReview: '2027-01-01', state: 'ok' },
      { kind: 'impact', label: 'Impact assessment', doc: link('docs/fria.md', { draft: true }), state: 'draft' },
    ],
    contacts: [
      { role: 'incident', value: 'sec@example.com', inherited: false },
      { role: 'helpdesk', value: 'help@example.com', inherited: true },
    ],
    registrations: [
      { registry: 'EU database', id: 'EU-1', date: '2026-02-01', status: 'registered' },
      { registry: 'KR registry' },
    ],
    incidents: [
      incident('INC-1', { title: 'Leak', severity: 'serious', status: 'open', detected: '2026-11-01', deadline: '2026-11-16', daysLeft: -9, state: 'overdue', report: link('docs/inc-1.md', { exists: false }) }),
      incident('INC-2', { deadline: '2026-11-20', daysLeft: -5, state: 'overdue', legal: false }),
      incident('INC-3', { status: 'investigating', deadline: '2026-11-30', daysLeft: 5 }),
      incident('INC-4', { deadline: '2026-12-01', daysLeft: 6 }),
      incident('INC-5', { deadline: '2026-11-25', daysLeft: 0 }),
      incident('INC-6', { status: 'closed', state: 'closed' }),
      incident('INC-7', { status: 'reported', reported: '2026-11-10', state: 'reported' }),
      incident('INC-8', { severity: 'minor', state: 'not-serious' }),
      incident('INC-9', { state: 'undated' }),
    ],
    evidence: [
      { ...link('docs/card.md'), field: 'model.card' },
      { ...link('docs/eval.md'), field: 'evaluations[].path' },
    ],
    coverage: [
      {
        id: 'eu-ai-act',
        title: 'EU AI Act',
        kind: 'pack',
        rows: [
          { code: 'AIGOV301', title: 'Risk management', summary: 'A risk management system', citation: { framework: 'EU AI Act', article: 'Art 9' }, status: 'pass', gaps: [] },
          { code: 'AIGOV302', title: 'Data governance', summary: 'No data governance document', citation: { framework: 'EU AI Act', article: 'Art 10', unverified: true }, status: 'fail', gaps: ['data.governance', 'data.sources'] },
          { code: 'AIGOV303', title: 'Impact assessment', summary: 'Impact assessment', status: 'draft', gaps: [], drafts: ['docs/fria.md'] },
          { code: 'AIGOV304', title: 'Transparency', summary: 'Transparency', status: 'not-yet-applicable', appliesFrom: '2027-08-02', gaps: [] },
          { code: 'AIGOV563', title: 'Logging', summary: 'Logging', status: 'n.a.', gaps: [] },
          { code: 'AIGOV553', title: 'Oversight', summary: 'Oversight', status: 'n.a.', gaps: [] },
        ],
        counts: { pass: 1, fail: 1, draft: 1, 'not-yet-applicable': 1, 'n.a.': 2 },
      },
      {
        id: 'policy',
        title: 'Company policy',
        kind: 'policy',
        rows: [{ code: 'AIGOV601', title: 'Monitoring plan', summary: 'Monitoring plan', citation: { framework: 'policy', article: '§4' }, status: 'fail', gaps: ['monitoring.plan'] }],
        counts: { pass: 0, fail: 1, draft: 0, 'not-yet-applicable': 0, 'n.a.': 0 },
      },
    ],
    findings: [
      { code: 'AIGOV101', severity: 'error', message: 'No owner', line: 3 },
      { code: 'AIGOV102', severity: 'hint', message: 'Add a card', line: 7 },
    ],
    counts: { error: 1, warning: 0, info: 2, hint: 1 },
    files: 4,
  };
}

function legacy(): ComponentReport {
  return {
    id: 'legacy',
    name: 'Legacy scorer',
    kind: 'model',
    registry: '.aigov.yaml',
    owner: { role: 'owner', value: 'office@example.com', inherited: true },
    roles: ['deployer'],
    jurisdictions: ['kr'],
    risk: { level: 'limited', krHighImpact: true },
    assessments: [
      { kind: 'risk', label: 'Risk assessment', doc: { field: 'risk.assessment.path', value: '../outside.md', exists: true }, date: '2025-01-01', nextReview: '2026-01-01', state: 'overdue' },
      { kind: 'impact', label: 'Impact assessment', state: 'missing' },
      { kind: 'risk', label: 'Risk assessment', doc: link('docs/a:b.md'), state: 'undated' },
    ],
    contacts: [],
    registrations: [],
    incidents: [incident('INC-10', { status: 'mitigated', state: 'closed' })],
    evidence: [],
    coverage: [],
    findings: [{ code: 'AIGOV103', severity: 'warning', message: 'Old card', line: 12 }],
    counts: { error: 0, warning: 1, info: 0, hint: 0 },
    files: 0,
  };
}

function bare(): ComponentReport {
  return {
    id: 'bare',
    name: 'Bare',
    registry: 'sub/.aigov.yaml',
    roles: [],
    jurisdictions: [],
    risk: { level: 'unassessed' },
    assessments: [],
    contacts: [],
    registrations: [],
    incidents: [],
    evidence: [],
    coverage: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
    files: 1,
  };
}

function report(): ReportData {
  return {
    locale: 'en',
    workspace: 'acme',
    today: '2026-11-25',
    generator: 'aigov 1.2.3',
    frameworks: ['eu-ai-act', 'kr-ai-basic-act'],
    totals: { components: 3, findings: { error: 1, warning: 4, info: 2, hint: 1 }, openIncidents: 6, overdueReports: 1, failingObligations: 2 },
    components: [chatBot(), legacy(), bare()],
  };
}

/** A report with one bare component and nothing to count. */
function quiet(): ReportData {
  return { ...report(), frameworks: [], totals: { components: 1, findings: { error: 0, warning: 0, info: 0, hint: 0 }, openIncidents: 0, overdueReports: 0, failingObligations: 0 }, components: [bare()] };
}

// --- markdown ------------------------------------------------------------------------------

/** The markdown of one component: from its anchor to the next component's. */
function mdComponent(md: string, id: string): string {
  const start = md.indexOf(`<a id="component-${id}"></a>`);
  assert.ok(start >= 0, id);
  const next = md.indexOf('<a id="component-', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
}

/** A section: its heading line and every line up to the next heading (of any level), blank lines included. */
function mdSection(text: string, heading: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  assert.ok(at >= 0, heading);
  const end = lines.findIndex((l, i) => i > at && (l.startsWith('#') || l.startsWith('<a id=')));
  return lines.slice(at, end < 0 ? undefined : end).join('\n');
}

describe('markdown report: what each section shows', () => {
  it('title, generator and day, the summary table with info and hints counted together, the frameworks', () => {
    const md = renderMarkdown(report());
    assert.ok(md.startsWith('# AI governance report: acme\n\nGenerated by aigov 1.2.3 for 2026-11-25; deadlines and statuses are computed for that day.\n\n## Summary\n\n'), 'title and generator');
    assert.equal(
      mdSection(md, '## Summary'),
      [
        '## Summary',
        '',
        '| Components | Errors | Warnings | Info | Open incidents | Overdue reports | Failing obligations |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 3 | 1 | 4 | 3 | 6 | 1 | 2 |',
        '',
        'Frameworks: `eu-ai-act`, `kr-ai-basic-act`.',
        '',
        '| Component | Kind | Risk | Owner | Findings | Open incidents |',
        '| --- | --- | --- | --- | --- | --- |',
        '| [Chat bot](#component-chat-bot) | application | high | ana@example.com | 1 E / 0 W / 3 I | 8 |',
        '| [Legacy scorer](#component-legacy) | model | limited | office@example.com | 0 E / 1 W / 0 I | 0 |',
        '| [Bare](#component-bare) | — | unassessed | — | 0 E / 0 W / 0 I | 0 |',
        '',
      ].join('\n'),
    );
    assert.ok(renderMarkdown(quiet()).includes('\n\nFrameworks: none selected (core checks only).\n\n'), 'no frameworks');
    assert.ok(!renderMarkdown(quiet()).includes('Also governed by'), 'nothing above');
    const above = renderMarkdown({ ...quiet(), governedFrom: ['../.aigov.yaml', '../../x`y.yaml'] });
    assert.ok(
      above.includes('\n\nFrameworks: none selected (core checks only).\n\nAlso governed by `../.aigov.yaml`, `` ../../x`y.yaml ``, a registry in a folder above this one: its components are in the report of the folder that holds it.\n\n'),
      above,
    );
  });

  it('the facts of a component, with a dash for each one it lacks', () => {
    const md = renderMarkdown(report());
    assert.ok(mdComponent(md, 'bare').startsWith('<a id="component-bare"></a>\n\n## Bare (`bare`)\n\n- **Registry:**'), 'the anchor, a blank line, the heading');
    assert.equal(
      mdSection(mdComponent(md, 'chat-bot'), '## Chat bot (`chat-bot`)'),
      [
        '## Chat bot (`chat-bot`)',
        '',
        '- **Registry:** `.aigov.yaml`',
        '- **Kind:** application',
        '- **Version:** 2.1',
        '- **Owner:** ana@example.com',
        '- **Roles:** provider, deployer',
        '- **Jurisdictions:** eu, kr',
        '- **Intended purpose:** Answers customers',
        '- **Code:** 4 files',
        '',
      ].join('\n'),
    );
    assert.equal(
      mdSection(mdComponent(md, 'bare'), '## Bare (`bare`)'),
      [
        '## Bare (`bare`)',
        '',
        '- **Registry:** `sub/.aigov.yaml`',
        '- **Kind:** —',
        '- **Version:** —',
        '- **Owner:** —',
        '- **Roles:** —',
        '- **Jurisdictions:** —',
        '- **Intended purpose:** —',
        '- **Code:** 1 file',
        '',
      ].join('\n'),
    );
    assert.ok(mdComponent(md, 'legacy').includes('\n- **Owner:** office@example.com (organisation default)\n'), 'inherited owner');
  });

  it('risk and assessments: the level with its basis, area and Korean answer, one row per assessment', () => {
    const md = renderMarkdown(report());
    assert.equal(
      mdSection(mdComponent(md, 'chat-bot'), '### Risk and assessments'),
      [
        '### Risk and assessments',
        '',
        '- **Risk level:** high (basis: Annex III); Annex III area employment; Korean high-impact: no',
        '',
        '| Assessment | Document | Date | Next review | State |',
        '| --- | --- | --- | --- | --- |',
        '| Risk assessment | [docs/risk.md](docs/risk.md) | 2026-01-01 | 2027-01-01 | **ok** |',
        '| Impact assessment | [docs/fria.md](docs/fria.md) (draft) | — | — | **draft** |',
        '',
      ].join('\n'),
    );
    assert.equal(
      mdSection(mdComponent(md, 'legacy'), '### Risk and assessments'),
      [
        '### Risk and assessments',
        '',
        '- **Risk level:** limited; Korean high-impact: yes',
        '',
        '| Assessment | Document | Date | Next review | State |',
        '| --- | --- | --- | --- | --- |',
        '| Risk assessment | ../outside.md (outside the workspace) | 2025-01-01 | 2026-01-01 | **overdue** |',
        '| Impact assessment | — | — | — | **missing** |',
        '| Risk assessment | [docs/a:b.md](docs/a:b.md) | — | — | **undated** |',
        '',
      ].join('\n'),
    );
    assert.equal(mdSection(mdComponent(md, 'bare'), '### Risk and assessments'), '### Risk and assessments\n\n- **Risk level:** unassessed\n');
  });

  it('contacts and registrations: a row each, or a sentence saying there are none', () => {
    const md = renderMarkdown(report());
    const chat = mdComponent(md, 'chat-bot');
    assert.equal(
      mdSection(chat, '### Contacts'),
      ['### Contacts', '', '| Role | Contact | Source |', '| --- | --- | --- |', '| incident | sec@example.com | component |', '| helpdesk | help@example.com | organisation default |', ''].join('\n'),
    );
    assert.equal(
      mdSection(chat, '### Registrations'),
      ['### Registrations', '', '| Registry | ID | Date | Status |', '| --- | --- | --- | --- |', '| EU database | EU-1 | 2026-02-01 | registered |', '| KR registry | — | — | — |', ''].join('\n'),
    );
    const none = mdComponent(md, 'bare');
    assert.equal(mdSection(none, '### Contacts'), '### Contacts\n\nNo contacts recorded.\n');
    assert.equal(mdSection(none, '### Registrations'), '### Registrations\n\nNo registrations recorded.\n');
  });

  it('incidents: each with its reporting deadline in words, and its report', () => {
    const md = renderMarkdown(report());
    assert.equal(
      mdSection(mdComponent(md, 'chat-bot'), '### Incidents'),
      [
        '### Incidents',
        '',
        '| ID | Title | Severity | Detected | Status | Authority report |',
        '| --- | --- | --- | --- | --- | --- |',
        '| INC-1 | Leak | serious | 2026-11-01 | open | 2026-11-16 (9 days overdue) · [docs/inc-1.md](docs/inc-1.md) (missing) |',
        '| INC-2 | — | unset | — | open | 2026-11-20 (5 days overdue), good practice |',
        '| INC-3 | — | unset | — | investigating | 2026-11-30 (5 days left) |',
        '| INC-4 | — | unset | — | open | 2026-12-01 (6 days left) |',
        '| INC-5 | — | unset | — | open | 2026-11-25 (due today) |',
        '| INC-6 | — | unset | — | closed | closed |',
        '| INC-7 | — | unset | — | reported | reported 2026-11-10 |',
        '| INC-8 | — | minor | — | open | no deadline (minor) |',
        '| INC-9 | — | unset | — | open | no detection date |',
        '',
      ].join('\n'),
    );
    assert.equal(mdSection(mdComponent(md, 'bare'), '### Incidents'), '### Incidents\n\nNo incidents recorded.\n');
  });

  it('evidence: one line per document, or a sentence saying there is none', () => {
    const md = renderMarkdown(report());
    assert.equal(mdSection(mdComponent(md, 'chat-bot'), '### Evidence'), '### Evidence\n\n- `model.card`: [docs/card.md](docs/card.md)\n- `evaluations[].path`: [docs/eval.md](docs/eval.md)\n');
    assert.equal(mdSection(mdComponent(md, 'bare'), '### Evidence'), '### Evidence\n\nNo documents linked.\n');
  });

  it('coverage: counts, a table of the rows that apply, the n.a. ones in a sentence; a policy cites references', () => {
    const md = renderMarkdown(report());
    const chat = mdComponent(md, 'chat-bot');
    assert.equal(mdSection(chat, '### Framework coverage'), '### Framework coverage\n', 'no "none selected" sentence above the blocks');
    assert.equal(
      mdSection(chat, '#### EU AI Act'),
      [
        '#### EU AI Act',
        '',
        '1 pass · 1 fail · 1 draft · 1 not yet applicable · 2 n.a.',
        '',
        '| Obligation | Article | Status | Applies from | Missing | Rule |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Risk management | Art 9 | **pass** |  |  | `AIGOV301` |',
        '| Data governance | Art 10 (unverified) | **fail** |  | `data.governance`, `data.sources` | `AIGOV302` |',
        '| Impact assessment |  | **draft** |  | `docs/fria.md` (draft) | `AIGOV303` |',
        '| Transparency |  | **not yet applicable** | 2027-08-02 |  | `AIGOV304` |',
        '',
        'Not applicable to this component (role, jurisdiction or risk): Logging (`AIGOV563`); Oversight (`AIGOV553`).',
        '',
      ].join('\n'),
    );
    assert.equal(
      mdSection(chat, '#### Company policy'),
      [
        '#### Company policy',
        '',
        '0 pass · 1 fail · 0 not yet applicable · 0 n.a.',
        '',
        '| Obligation | Reference | Status | Applies from | Missing | Rule |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Monitoring plan | §4 | **fail** |  | `monitoring.plan` | `AIGOV601` |',
        '',
      ].join('\n'),
    );
    assert.equal(mdSection(mdComponent(md, 'bare'), '### Framework coverage'), '### Framework coverage\n\nNo framework pack or policy selected for this registry.\n');
    assert.equal(mdSection(mdComponent(md, 'legacy'), '### Framework coverage'), '### Framework coverage\n\nNo framework pack or policy selected for this registry.\n');
  });

  it('findings: the counts by severity, then one line each; the report ends with one line break', () => {
    const md = renderMarkdown(report());
    assert.equal(
      mdSection(mdComponent(md, 'chat-bot'), '### Findings'),
      ['### Findings', '', '1 error, 2 info, 1 hint.', '', '- `AIGOV101` error (line 3): No owner', '- `AIGOV102` hint (line 7): Add a card', '', ''].join('\n'),
    );
    assert.equal(mdSection(mdComponent(md, 'legacy'), '### Findings'), ['### Findings', '', '1 warning.', '', '- `AIGOV103` warning (line 12): Old card', '', ''].join('\n'));
    assert.equal(mdSection(mdComponent(md, 'bare'), '### Findings'), '### Findings\n\nNo findings.\n');
    assert.ok(md.endsWith('\n\nNo findings.\n'), 'the end');
    assert.ok(!md.includes('\n\n\n'), 'two blank lines');
  });

  it('a code span outlasts any run of backticks inside and keeps spaces at its ends; line breaks become spaces', () => {
    const heading = (id: string, name = 'X'): string => {
      const r = quiet();
      r.components = [{ ...bare(), id, name }];
      return renderMarkdown(r).split('\n').find((l) => l.startsWith('## X') || l.startsWith('## two'))!;
    };
    assert.equal(heading('plain'), '## X (`plain`)');
    assert.equal(heading('a`b'), '## X (`` a`b ``)');
    assert.equal(heading('x``y`z'), '## X (``` x``y`z ```)');
    assert.equal(heading('`x``'), '## X (``` `x`` ```)');
    assert.equal(heading(' lead'), '## X (`  lead `)');
    assert.equal(heading('trail '), '## X (` trail  `)');
    assert.equal(heading('p|q'), '## X (`p\\|q`)');
    assert.equal(heading('line\nbreak'), '## X (`line break`)');
    assert.equal(heading('cr\r\nlf'), '## X (`cr lf`)');
    assert.equal(heading('id', 'two\nlines\r\nhere'), '## two lines here (`id`)');
  });
});

// --- HTML ----------------------------------------------------------------------------------

const DASH = '<span class="muted">—</span>';
const cells = (...c: string[]): string => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
const heads = (...h: string[]): string => `<thead><tr>${h.map((x) => `<th>${x}</th>`).join('')}</tr></thead>`;
const tag = (cls: string, text: string): string => `<span class="tag ${cls}">${text}</span>`;

/** The HTML of one component, line by line (each part of it is a line). */
function htmlComponent(html: string, id: string): string[] {
  const start = html.indexOf(`<section class="component" id="component-${id}">`);
  assert.ok(start >= 0, id);
  const end = html.indexOf('\n</section>', start);
  return html.slice(start, end + '\n</section>'.length).split('\n');
}

/** The line after `line` in `lines`. */
function after(lines: string[], line: string): string {
  const at = lines.indexOf(line);
  assert.ok(at >= 0, line);
  return lines[at + 1]!;
}

describe('HTML report: what each section shows', () => {
  it('head, title, generator and day, frameworks', () => {
    const html = renderHtml(report());
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'), 'head');
    assert.ok(html.includes('\n<meta name="generator" content="aigov 1.2.3">\n<title>AI governance report: acme</title>\n<style>'), 'generator and title');
    assert.ok(
      html.includes(
        '\n<header>\n<h1>AI governance report: acme</h1>\n<p class="muted">Generated by aigov 1.2.3 for <strong>2026-11-25</strong>; deadlines and statuses are computed for that day.</p>\n<p>Frameworks: <code>eu-ai-act</code> <code>kr-ai-basic-act</code></p>\n</header>\n',
      ),
      'header',
    );
    assert.ok(renderHtml(quiet()).includes('\n<p>Frameworks: none selected (core checks only)</p>\n</header>'), 'no frameworks, nothing above');
    assert.ok(
      renderHtml({ ...quiet(), governedFrom: ['../<b>.aigov.yaml'] }).includes(
        '\n<p>Frameworks: none selected (core checks only)</p>\n<p>Also governed by <code>../&lt;b&gt;.aigov.yaml</code>, a registry in a folder above this one: its components are in the report of the folder that holds it</p>\n</header>',
      ),
      'above, escaped',
    );
    assert.ok(html.endsWith('\n</section>\n</body>\n</html>\n'), 'the end');
  });

  it('summary tiles: info and hints counted together; a tile is marked only when its count is not zero', () => {
    const tile = (cls: string, n: number, k: string): string => `<div class="tile ${cls}"><div class="n">${n}</div><div class="k">${k}</div></div>`;
    const line = (r: ReportData): string => renderHtml(r).split('\n').find((l) => l.startsWith('<section class="summary">'))!;
    assert.equal(
      line(report()),
      `<section class="summary">${tile('', 3, 'Components')}${tile('bad', 1, 'Errors')}${tile('warn', 4, 'Warnings')}${tile('', 3, 'Info')}${tile('warn', 6, 'Open incidents')}${tile('bad', 1, 'Overdue reports')}${tile('warn', 2, 'Failing obligations')}</section>`,
    );
    assert.equal(
      line(quiet()),
      `<section class="summary">${tile('', 1, 'Components')}${tile('', 0, 'Errors')}${tile('', 0, 'Warnings')}${tile('', 0, 'Info')}${tile('', 0, 'Open incidents')}${tile('', 0, 'Overdue reports')}${tile('', 0, 'Failing obligations')}</section>`,
    );
  });

  it('the index of components: a link to each, its kind, risk, owner, findings and open incidents', () => {
    const html = renderHtml(report());
    assert.equal(after(html.split('\n'), '<h2 class="index-title">Components</h2>'), [
      '<table>',
      heads('Component', 'Kind', 'Risk', 'Owner', 'Findings', 'Open incidents'),
      '<tbody>',
      cells('<a href="#component-chat-bot">Chat bot</a> <code>chat-bot</code>', 'application', '<span class="risk risk-high">high</span>', 'ana@example.com', '1 E / 0 W / 3 I', '8'),
      cells('<a href="#component-legacy">Legacy scorer</a> <code>legacy</code>', 'model', '<span class="risk risk-limited">limited</span>', 'office@example.com', '0 E / 1 W / 0 I', '0'),
      cells('<a href="#component-bare">Bare</a> <code>bare</code>', '', '<span class="risk risk-unassessed">unassessed</span>', '', '0 E / 0 W / 0 I', '0'),
      '</tbody></table>',
    ].join(''));
  });

  it('a component: its heading, and its facts with a dash for each one it lacks', () => {
    const html = renderHtml(report());
    const body = html.slice(html.indexOf('\n<body>\n'));
    assert.deepEqual(body.split('\n').filter((l) => l !== '' && !l.startsWith('<')), [], 'no text outside an element');
    const chat = htmlComponent(html, 'chat-bot');
    assert.equal(chat[0], '<section class="component" id="component-chat-bot">');
    assert.equal(chat[1], '<h2>Chat bot <code>chat-bot</code> <span class="risk risk-high">high</span></h2>');
    const fact = (k: string, v: string): string => `<dt>${k}</dt><dd>${v}</dd>`;
    assert.equal(
      chat[2],
      `<dl class="facts">${fact('Registry', '<code>.aigov.yaml</code>')}${fact('Kind', 'application')}${fact('Version', '2.1')}${fact('Owner', 'ana@example.com')}${fact('Roles', 'provider, deployer')}${fact('Jurisdictions', 'eu, kr')}${fact('Intended purpose', 'Answers customers')}${fact('Code', '4 files')}</dl>`,
    );
    assert.equal(
      htmlComponent(html, 'bare')[2],
      `<dl class="facts">${fact('Registry', '<code>sub/.aigov.yaml</code>')}${fact('Kind', DASH)}${fact('Version', DASH)}${fact('Owner', DASH)}${fact('Roles', DASH)}${fact('Jurisdictions', DASH)}${fact('Intended purpose', DASH)}${fact('Code', '1 file')}</dl>`,
    );
    assert.ok(htmlComponent(html, 'legacy')[2]!.includes(fact('Owner', 'office@example.com <span class="muted">(organisation default)</span>')), 'inherited owner');
  });

  it('risk and assessments: the level with its basis, area and Korean answer; each state with its colour', () => {
    const html = renderHtml(report());
    const chat = htmlComponent(html, 'chat-bot');
    assert.equal(after(chat, '<h3>Risk and assessments</h3>'), '<p>Risk level <strong>high</strong> (basis: Annex III; Annex III area employment; Korean high-impact: no).</p>');
    const a = (doc: string): string => `<a href="${doc}"><code>${doc}</code></a>`;
    assert.equal(
      after(chat, after(chat, '<h3>Risk and assessments</h3>')),
      `<table>${heads('Assessment', 'Document', 'Date', 'Next review', 'State')}<tbody>${cells('Risk assessment', a('docs/risk.md'), '2026-01-01', '2027-01-01', tag('ok', 'ok'))}${cells('Impact assessment', `${a('docs/fria.md')} ${tag('warn', 'draft')}`, DASH, DASH, tag('warn', 'draft'))}</tbody></table>`,
    );
    const old = htmlComponent(html, 'legacy');
    assert.equal(after(old, '<h3>Risk and assessments</h3>'), '<p>Risk level <strong>limited</strong> (Korean high-impact: yes).</p>');
    assert.equal(
      after(old, after(old, '<h3>Risk and assessments</h3>')),
      `<table>${heads('Assessment', 'Document', 'Date', 'Next review', 'State')}<tbody>${cells('Risk assessment', `<code>../outside.md</code> ${tag('bad', 'outside the workspace')}`, '2025-01-01', '2026-01-01', tag('bad', 'overdue'))}${cells('Impact assessment', DASH, DASH, DASH, tag('bad', 'missing'))}${cells('Risk assessment', a('docs/a:b.md'), DASH, DASH, tag('later', 'undated'))}</tbody></table>`,
    );
    const none = htmlComponent(html, 'bare');
    assert.equal(after(none, '<h3>Risk and assessments</h3>'), '<p>Risk level <strong>unassessed</strong>.</p>');
    assert.equal(after(none, '<p>Risk level <strong>unassessed</strong>.</p>'), '', 'no table without assessments');
  });

  it('contacts and registrations side by side: a row each, or a sentence saying there are none', () => {
    const html = renderHtml(report());
    const chat = htmlComponent(html, 'chat-bot');
    assert.equal(
      after(chat, '<div class="two">'),
      `<div><h3>Contacts</h3><table>${heads('Role', 'Contact', 'Source')}<tbody>${cells('incident', 'sec@example.com', 'component')}${cells('helpdesk', 'help@example.com', 'organisation default')}</tbody></table></div>`,
    );
    assert.equal(
      after(chat, after(chat, '<div class="two">')),
      `<div><h3>Registrations</h3><table>${heads('Registry', 'ID', 'Date', 'Status')}<tbody>${cells('EU database', 'EU-1', '2026-02-01', 'registered')}${cells('KR registry', DASH, DASH, DASH)}</tbody></table></div>`,
    );
    const none = htmlComponent(html, 'bare');
    assert.equal(after(none, '<div class="two">'), '<div><h3>Contacts</h3><p class="muted">No contacts recorded.</p></div>');
    assert.equal(after(none, '<div><h3>Contacts</h3><p class="muted">No contacts recorded.</p></div>'), '<div><h3>Registrations</h3><p class="muted">No registrations recorded.</p></div>');
    assert.equal(after(none, '<div><h3>Registrations</h3><p class="muted">No registrations recorded.</p></div>'), '</div>');
  });

  it('incidents: the deadline coloured by how pressing it is, and the report linked', () => {
    const html = renderHtml(report());
    const row = (id: string, title: string, severity: string, detected: string, status: string, deadline: string): string => cells(id, title, severity, detected, status, deadline);
    assert.equal(
      after(htmlComponent(html, 'chat-bot'), '<h3>Incidents</h3>'),
      [
        `<table class="incidents">${heads('ID', 'Title', 'Severity', 'Detected', 'Status', 'Authority report')}<tbody>`,
        row('INC-1', 'Leak', 'serious', '2026-11-01', 'open', `${tag('bad', '2026-11-16 (9 days overdue)')} <a href="docs/inc-1.md"><code>docs/inc-1.md</code></a> ${tag('bad', 'missing')}`),
        row('INC-2', DASH, 'unset', DASH, 'open', tag('warn', '2026-11-20 (5 days overdue), good practice')),
        row('INC-3', DASH, 'unset', DASH, 'investigating', tag('warn', '2026-11-30 (5 days left)')),
        row('INC-4', DASH, 'unset', DASH, 'open', tag('later', '2026-12-01 (6 days left)')),
        row('INC-5', DASH, 'unset', DASH, 'open', tag('warn', '2026-11-25 (due today)')),
        row('INC-6', DASH, 'unset', DASH, 'closed', tag('na', 'closed')),
        row('INC-7', DASH, 'unset', DASH, 'reported', tag('na', 'reported 2026-11-10')),
        row('INC-8', DASH, 'minor', DASH, 'open', tag('na', 'no deadline (minor)')),
        row('INC-9', DASH, 'unset', DASH, 'open', tag('na', 'no detection date')),
        '</tbody></table>',
      ].join(''),
    );
    assert.equal(after(htmlComponent(html, 'bare'), '<h3>Incidents</h3>'), '<p class="muted">No incidents recorded.</p>');
  });

  it('evidence: one item per document, or a sentence saying there is none', () => {
    const html = renderHtml(report());
    assert.equal(after(htmlComponent(html, 'chat-bot'), '<h3>Evidence</h3>'), '<ul class="evidence"><li><code>model.card</code> <a href="docs/card.md"><code>docs/card.md</code></a></li><li><code>evaluations[].path</code> <a href="docs/eval.md"><code>docs/eval.md</code></a></li></ul>');
    assert.equal(after(htmlComponent(html, 'bare'), '<h3>Evidence</h3>'), '<p class="muted">No documents linked.</p>');
  });

  it('coverage: counts, the rows that apply with what they miss, the n.a. ones listed; a policy cites references', () => {
    const html = renderHtml(report());
    const na = tag('na', 'n.a.');
    const pack = [
      '<section class="pack"><h4>EU AI Act</h4>',
      `<p class="counts">${tag('ok', 'pass')} 1 ${tag('bad', 'fail')} 1 ${tag('warn', 'draft')} 1 ${tag('later', 'not yet applicable')} 1 ${na} 2</p>`,
      `<table class="coverage">${heads('Obligation', 'Article', 'Status', 'Applies from', 'Missing', 'Rule')}<tbody>`,
      cells('Risk management', 'Art 9', tag('ok', 'pass'), '', '', '<code>AIGOV301</code>'),
      cells('Data governance<div class="muted small">No data governance document</div>', 'Art 10 (unverified)', tag('bad', 'fail'), '', '<code>data.governance</code> <code>data.sources</code>', '<code>AIGOV302</code>'),
      cells('Impact assessment', '', tag('warn', 'draft'), '', `<code>docs/fria.md</code> ${tag('warn', 'draft')}`, '<code>AIGOV303</code>'),
      cells('Transparency', '', tag('later', 'not yet applicable'), '2027-08-02', '', '<code>AIGOV304</code>'),
      '</tbody></table>',
      `<p class="na-list">${na} Not applicable to this component (role, jurisdiction or risk): Logging <span class="muted">(AIGOV563)</span> · Oversight <span class="muted">(AIGOV553)</span></p>`,
      '</section>',
    ].join('');
    const policy = [
      '<section class="pack"><h4>Company policy</h4>',
      `<p class="counts">${tag('ok', 'pass')} 0 ${tag('bad', 'fail')} 1 ${tag('later', 'not yet applicable')} 0 ${na} 0</p>`,
      `<table class="coverage">${heads('Obligation', 'Reference', 'Status', 'Applies from', 'Missing', 'Rule')}<tbody>`,
      cells('Monitoring plan', '§4', tag('bad', 'fail'), '', '<code>monitoring.plan</code>', '<code>AIGOV601</code>'),
      '</tbody></table></section>',
    ].join('');
    assert.equal(after(htmlComponent(html, 'chat-bot'), '<h3>Framework coverage</h3>'), pack + policy);
    assert.equal(after(htmlComponent(html, 'bare'), '<h3>Framework coverage</h3>'), '<p class="muted">No framework pack or policy selected for this registry.</p>');
  });

  it('findings: the counts by severity, one item each; none said in a sentence, with no empty list', () => {
    const html = renderHtml(report());
    const chat = htmlComponent(html, 'chat-bot');
    assert.deepEqual(chat.slice(chat.indexOf('<h3>Findings</h3>')), [
      '<h3>Findings</h3>',
      '<p><span class="sev sev-error">1 error</span> <span class="sev sev-info">2 info</span> <span class="sev sev-hint">1 hint</span></p>',
      '<ul class="findings"><li><span class="sev sev-error">error</span> <code>AIGOV101</code> <span class="muted">line 3</span> No owner</li><li><span class="sev sev-hint">hint</span> <code>AIGOV102</code> <span class="muted">line 7</span> Add a card</li></ul>',
      '</section>',
    ]);
    const none = htmlComponent(html, 'bare');
    assert.deepEqual(none.slice(none.indexOf('<h3>Findings</h3>')), ['<h3>Findings</h3>', '<p class="muted">No findings.</p>', '</section>']);
  });
});
