import { strict as assert } from 'node:assert';
import type { Locale } from '../i18n/messages.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { ComponentReport, DocRef, ReportData } from './model.js';
import { reportWords } from './words.js';

/**
 * The renderers on report data built by hand, so that every string a reader's registry (or the
 * workspace's name) can put into a report carries markup: each must come out escaped, in every
 * place it is shown. Values the schema keeps to a closed list (kinds, roles, statuses) and dates
 * get markup too in HTML, which escapes every value; the markdown keeps those as written (the
 * schema allows no markup in them), so they stay plain in its data.
 */

/** A value that says which field it is, with every character either format must escape. */
const MARK = (field: string): string => `<i>${field}</i>&"'*|\u202e`;
const HTML_MARK = (field: string): string => `&lt;i&gt;${field}&lt;/i&gt;&amp;&quot;&#39;*|\\u202e`;
const MD_MARK = (field: string): string => `&lt;i&gt;${field}&lt;/i&gt;&amp;"'\\*\\|\\\\u202e`;

/** Report data with `mark(field)` in every free-text field; `all` puts it into the closed-list fields and dates too. */
function data(mark: (field: string) => string, all: boolean, locale: Locale = 'en'): ReportData {
  const closed = (field: string, value: string): string => (all ? mark(field) : value);
  const docRef = (field: string, plain: boolean): DocRef => ({ field: plain ? field.replace(/[^a-z.]/g, '') : mark(`${field}-field`), value: mark(`${field}-value`), path: `docs/${field}.md`, href: `../docs/${field}.md`, exists: true });
  const full: ComponentReport = {
    id: 'full',
    name: mark('name'),
    kind: closed('kind', 'model'),
    version: mark('version'),
    registry: '.aigov.yaml',
    owner: { role: 'owner', value: mark('owner'), inherited: true },
    roles: [closed('role', 'provider')],
    jurisdictions: [closed('jurisdiction', 'eu')],
    intendedPurpose: mark('purpose'),
    risk: { level: closed('level', 'high'), basis: mark('basis'), annexIiiArea: mark('area'), krHighImpact: true },
    assessments: [
      { kind: 'risk', label: 'Risk assessment', doc: docRef('risk', true), date: closed('assessed', '2026-01-01'), nextReview: closed('review', '2026-06-01'), state: 'overdue' },
      { kind: 'impact', label: 'Impact assessment', state: 'missing' },
    ],
    contacts: [
      { role: 'incident', value: mark('incident-contact'), inherited: true },
      { role: 'privacy', value: mark('privacy-contact'), inherited: false },
    ],
    registrations: [{ registry: mark('registry'), id: mark('registration-id'), date: closed('registered', '2026-02-01'), status: closed('registration-status', 'registered') }],
    incidents: [
      {
        index: 0,
        id: mark('incident-id'),
        title: mark('incident-title'),
        detected: closed('detected', '2026-11-20'),
        severity: closed('severity', 'serious'),
        status: closed('incident-status', 'open'),
        assumed: false,
        deadline: closed('deadline', '2026-11-30'),
        daysLeft: 5,
        state: 'due',
        legal: true,
        report: docRef('incident-report', true),
      },
    ],
    evidence: [docRef('card', !all)],
    coverage: [
      {
        id: mark('policy'),
        title: mark('policy-title'),
        kind: 'policy',
        rows: [
          { code: 'AIGOV601', title: mark('requirement'), summary: mark('requirement'), citation: { framework: mark('policy'), article: mark('article') }, status: 'fail', gaps: ['monitoring.plan'] },
          { code: 'AIGOV601', title: mark('other-requirement'), summary: mark('other-requirement'), status: 'n.a.', gaps: [] },
        ],
        counts: { pass: 0, fail: 1, draft: 0, 'not-yet-applicable': 0, 'n.a.': 1 },
      },
    ],
    findings: [{ code: 'AIGOV101', severity: 'error', message: mark('message'), line: 3 }],
    counts: { error: 1, warning: 1, info: 0, hint: 0 },
    files: 2,
  };
  return {
    locale,
    workspace: mark('workspace'),
    today: closed('today', '2026-11-25'),
    generator: mark('generator'),
    frameworks: ['eu-ai-act'],
    totals: { components: 1, findings: { error: 1, warning: 0, info: 0, hint: 0 }, openIncidents: 1, overdueReports: 0, failingObligations: 1 },
    components: [full],
  };
}

const FREE_TEXT = [
  'workspace',
  'generator',
  'name',
  'version',
  'owner',
  'purpose',
  'basis',
  'area',
  'risk-value',
  'incident-contact',
  'privacy-contact',
  'registry',
  'registration-id',
  'incident-id',
  'incident-title',
  'incident-report-value',
  'card-value',
  'policy-title',
  'requirement',
  'other-requirement',
  'article',
  'message',
];
const CLOSED = ['kind', 'role', 'jurisdiction', 'level', 'assessed', 'review', 'registered', 'registration-status', 'detected', 'severity', 'incident-status', 'today', 'card-field'];

describe('report renderers escape every value of the registry', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`HTML (${locale}): each value escaped where it is shown, no markup of the registry's`, () => {
      const html = renderHtml(data(MARK, true, locale));
      assert.doesNotMatch(html, /<\/?i>|\u202e/, 'raw markup or an invisible character of the registry');
      for (const field of [...FREE_TEXT, ...CLOSED]) assert.ok(html.includes(HTML_MARK(field)), field);
    });

    it(`markdown (${locale}): each free-text value escaped where it is shown`, () => {
      const md = renderMarkdown(data(MARK, false, locale));
      assert.doesNotMatch(md, /<\/?i>|\u202e/, 'raw markup or an invisible character of the registry');
      for (const field of FREE_TEXT) assert.ok(md.includes(MD_MARK(field)), field);
    });
  }
});

/** Plain values: the field's name. */
const PLAIN = (field: string): string => field;

describe('report renderers: punctuation and dates in each language', () => {
  it('markdown in English: colons, parentheses, semicolons, commas and full stops', () => {
    const lines = renderMarkdown(data(PLAIN, false, 'en')).split('\n');
    for (const line of [
      '- **Risk level:** high (basis: basis); Annex III area area; Korean high-impact: yes',
      '- **Owner:** owner (organisation default)',
      '| Risk assessment | [risk-value](../docs/risk.md) | 2026-01-01 | 2026-06-01 | **overdue** |',
      '- `card`: [card-value](../docs/card.md)',
      'Not applicable to this component (role, jurisdiction or risk): other-requirement (`AIGOV601`).',
      '1 error, 1 warning.',
      '- `AIGOV101` error (line 3): message',
    ]) {
      assert.ok(lines.includes(line), line);
    }
  });

  it('markdown in Japanese: full-width punctuation and dates as 2026年1月1日', () => {
    const lines = renderMarkdown(data(PLAIN, false, 'ja')).split('\n');
    for (const line of [
      '- **リスクレベル：** high（根拠: basis）；附属書III の分野 area；韓国の高影響 AI: 該当',
      '- **責任者：** owner（組織の既定値）',
      '| リスク評価 | [risk-value](../docs/risk.md) | 2026年1月1日 | 2026年6月1日 | **期限切れ** |',
      '- `card`：[card-value](../docs/card.md)',
      'このコンポーネントには適用されません（役割、法域又はリスクによる）: other-requirement（`AIGOV601`）。',
      'エラー 1 件、警告 1 件。',
      '- `AIGOV101` エラー（3 行目）：message',
    ]) {
      assert.ok(lines.includes(line), line);
    }
  });

  it('a date the report does not know stays as given, and no date is empty', () => {
    assert.equal(reportWords('ja').date('2026-W48'), '2026-W48');
    assert.equal(reportWords('ja').date(undefined), '');
    assert.equal(reportWords('en').date(undefined), '');
  });
});

describe('report renderers: links to documents', () => {
  /** The report data with the card's link (href) set to `href`. */
  const linked = (href: string | undefined, extra: Partial<DocRef> = {}): ReportData => {
    const r = data(PLAIN, false);
    const c = r.components[0]!;
    c.evidence = [{ field: 'model.card', value: 'card value', ...(href === undefined ? {} : { path: 'docs/card.md', href }), exists: true, ...extra }];
    return r;
  };
  const htmlLine = (r: ReportData): string => renderHtml(r).split('<li>').find((l) => l.startsWith('<code>model.card</code>'))!.replace(/<\/li>.*$/s, '');
  const mdLine = (r: ReportData): string => renderMarkdown(r).split('\n').find((l) => l.startsWith('- `model.card`'))!;

  it('HTML: a relative path (a colon further on too) becomes a percent-encoded link; a URL or a scheme never does', () => {
    assert.equal(htmlLine(linked("../docs/a card's (1).md")), '<code>model.card</code> <a href="../docs/a%20card&#39;s%20(1).md"><code>card value</code></a>');
    for (const bad of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'https://example.com/a', '//example.com/a']) {
      assert.equal(htmlLine(linked(bad)), '<code>model.card</code> <code>card value</code> <span class="tag bad">outside the workspace</span>', bad);
    }
    assert.equal(htmlLine(linked(undefined)), '<code>model.card</code> <code>card value</code> <span class="tag bad">outside the workspace</span>');
    assert.equal(htmlLine(linked('docs/a:b.md')), '<code>model.card</code> <a href="docs/a:b.md"><code>card value</code></a>');
    assert.equal(htmlLine(linked('docs/card.md', { exists: false })), '<code>model.card</code> <a href="docs/card.md"><code>card value</code></a> <span class="tag bad">missing</span>');
    assert.equal(htmlLine(linked('docs/card.md', { draft: true })), '<code>model.card</code> <a href="docs/card.md"><code>card value</code></a> <span class="tag warn">draft</span>');
  });

  it('markdown: a path a renderer could read as a scheme stays relative, a colon further on does not; parentheses are encoded', () => {
    assert.equal(mdLine(linked('../docs/a card (1).md')), '- `model.card`: [card value](../docs/a%20card%20%281%29.md)');
    assert.equal(mdLine(linked('javascript:alert(1)')), '- `model.card`: [card value](./javascript:alert%281%29)');
    assert.equal(mdLine(linked('//example.com/a')), '- `model.card`: [card value](.///example.com/a)');
    assert.equal(mdLine(linked('https://example.com/a b')), '- `model.card`: [card value](https://example.com/a%20b)');
    assert.equal(mdLine(linked('http://example.com/a')), '- `model.card`: [card value](http://example.com/a)');
    assert.equal(mdLine(linked('javascript:https://example.com')), '- `model.card`: [card value](./javascript:https://example.com)');
    assert.equal(mdLine(linked('docs/a:b.md')), '- `model.card`: [card value](docs/a:b.md)');
    assert.equal(mdLine(linked(undefined)), '- `model.card`: card value (outside the workspace)');
    assert.equal(mdLine(linked('docs/card.md', { exists: false })), '- `model.card`: [card value](docs/card.md) (missing)');
    assert.equal(mdLine(linked('docs/card.md', { draft: true })), '- `model.card`: [card value](docs/card.md) (draft)');
  });
});
