import { articleText, deadlineText } from './markdown.js';
import { severityOrder, type ComponentReport, type CoverageBlock, type CoverageStatus, type DocRef, type ReportData } from './model.js';
import { isOpenIncident } from '../model/component-view.js';
import { REPORT_CSS } from './style.js';
import { reportWords, type Words } from './words.js';
import { visible } from '../text/visible.js';

/** The report as one self-contained HTML file: inline CSS, no scripts, no external resources. */

/** Escapes text for HTML content and attribute values; control characters are made visible. */
function esc(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * A translated text with one hole (U+0000, never in user text once escaped): the text around it
 * escaped, the HTML put in the hole. The hole is found before escaping, which makes NUL visible.
 */
function withHole(text: string, html: () => string): string {
  const at = text.indexOf('\u0000');
  return at < 0 ? esc(text) : `${esc(text.slice(0, at))}${html()}${esc(text.slice(at + 1))}`;
}

/** A relative href, percent-encoded; anything URL-like is refused (the model never produces one). */
function href(p: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('//')) return undefined;
  return esc(encodeURI(visible(p)));
}

function anchor(id: string): string {
  return `component-${esc(id)}`;
}

function doc(ref: DocRef | undefined, w: Words): string {
  if (!ref) return '<span class="muted">—</span>';
  const h = ref.href ? href(ref.href) : undefined;
  if (!h) return `<code>${esc(ref.value)}</code> <span class="tag bad">${esc(w.t('report.outsideWorkspace'))}</span>`;
  return `<a href="${h}"><code>${esc(ref.value)}</code></a>${ref.exists ? (ref.draft ? ` <span class="tag warn">${esc(w.t('report.draft'))}</span>` : '') : ` <span class="tag bad">${esc(w.t('report.missing'))}</span>`}`;
}

function table(head: string[], rows: string[][], cls = ''): string {
  if (rows.length === 0) return '';
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const STATUS_CLASS: Record<CoverageStatus, string> = { pass: 'ok', fail: 'bad', draft: 'warn', 'not-yet-applicable': 'later', 'n.a.': 'na' };

function status(s: CoverageStatus, w: Words): string {
  return `<span class="tag ${STATUS_CLASS[s]}">${esc(w.status(s))}</span>`;
}

function coverage(b: CoverageBlock, w: Words): string {
  const { t } = w;
  const c = b.counts;
  const na = b.rows.filter((r) => r.status === 'n.a.');
  const rows = b.rows.filter((r) => r.status !== 'n.a.').map((r) => [
    `${esc(r.title)}${r.gaps.length > 0 && r.summary !== r.title ? `<div class="muted small">${esc(r.summary)}</div>` : ''}`,
    esc(articleText(r.citation, w)),
    status(r.status, w),
    r.appliesFrom ? esc(w.date(r.appliesFrom)) : '',
    r.status === 'n.a.' ? '' : [...r.gaps.map((g) => `<code>${esc(g)}</code>`), ...(r.drafts ?? []).map((d) => `<code>${esc(d)}</code> <span class="tag warn">${esc(w.t('report.draft'))}</span>`)].join(' '),
    `<code>${r.code}</code>`,
  ]);
  const head = [t('report.obligation'), t(b.kind === 'pack' ? 'report.article' : 'report.reference'), t('report.status'), t('report.appliesFrom'), t('report.missingFields'), t('report.rule')].map(esc);
  return `<section class="pack"><h4>${esc(b.title)}</h4><p class="counts">${status('pass', w)} ${c.pass} ${status('fail', w)} ${c.fail}${c.draft ? ` ${status('draft', w)} ${c.draft}` : ''} ${status('not-yet-applicable', w)} ${c['not-yet-applicable']} ${status('n.a.', w)} ${c['n.a.']}</p>${table(
    head,
    rows,
    'coverage',
  )}${na.length ? `<p class="na-list">${status('n.a.', w)} ${withHole(t('report.notApplicable', { list: '\u0000' }), () => na.map((r) => `${esc(r.title)} <span class="muted">${esc(w.paren(r.code).trim())}</span>`).join(' · '))}</p>` : ''}</section>`;
}

function assessmentState(s: ComponentReport['assessments'][number]['state'], w: Words): string {
  const cls = s === 'ok' ? 'ok' : s === 'overdue' || s === 'missing' ? 'bad' : s === 'draft' ? 'warn' : 'later';
  return `<span class="tag ${cls}">${esc(w.t(`report.assessmentState.${s}`))}</span>`;
}

function incidentCell(i: ComponentReport['incidents'][number], w: Words): string {
  const cls = i.state === 'overdue' ? (i.legal ? 'bad' : 'warn') : i.state === 'due' ? ((i.daysLeft ?? 0) <= 5 ? 'warn' : 'later') : 'na';
  return `<span class="tag ${cls}">${esc(deadlineText(i, w))}</span>${i.report ? ` ${doc(i.report, w)}` : ''}`;
}

function component(c: ComponentReport, w: Words): string {
  const { t } = w;
  const h = (id: Parameters<typeof t>[0]): string => esc(t(id));
  const dl = (pairs: [string, string][]): string => `<dl class="facts">${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const dash = '<span class="muted">—</span>';
  const r = c.risk;
  const parts: string[] = [];
  parts.push(`<section class="component" id="${anchor(c.id)}">`);
  parts.push(`<h2>${esc(c.name)} <code>${esc(c.id)}</code> <span class="risk risk-${esc(r.level)}">${esc(r.level)}</span></h2>`);
  parts.push(
    dl([
      [h('report.registry'), `<code>${esc(c.registry)}</code>`],
      [h('report.kind'), c.kind ? esc(c.kind) : dash],
      [h('report.version'), c.version ? esc(c.version) : dash],
      [h('report.owner'), c.owner ? `${esc(c.owner.value)}${c.owner.inherited ? ` <span class="muted">${esc(w.paren(t('report.organisationDefault')).trim())}</span>` : ''}` : dash],
      [h('report.roles'), c.roles.length ? esc(c.roles.join(', ')) : dash],
      [h('report.jurisdictions'), c.jurisdictions.length ? esc(c.jurisdictions.join(', ')) : dash],
      [h('report.intendedPurpose'), c.intendedPurpose ? esc(c.intendedPurpose) : dash],
      [h('report.code'), esc(t('report.files', { count: c.files }))],
    ]),
  );
  parts.push(`<h3>${h('report.riskAndAssessments')}</h3>`);
  const riskBits = [
    r.basis ? esc(t('report.basis', { basis: r.basis })) : '',
    r.annexIiiArea ? esc(t('report.annexIiiArea', { area: r.annexIiiArea })) : '',
    r.krHighImpact !== undefined ? esc(t('report.krHighImpact', { answer: t(r.krHighImpact ? 'report.yes' : 'report.no') })) : '',
  ].filter(Boolean);
  parts.push(`<p>${h('report.riskLevel')} <strong>${esc(r.level)}</strong>${riskBits.length ? w.paren(riskBits.join(w.semi)) : ''}${w.sentence('')}</p>`);
  parts.push(
    table(
      [h('report.assessment'), h('report.document'), h('report.date'), h('report.nextReview'), h('report.state')],
      c.assessments.map((a) => [h(`report.assessment.${a.kind}`), doc(a.doc, w), a.date ? esc(w.date(a.date)) : dash, a.nextReview ? esc(w.date(a.nextReview)) : dash, assessmentState(a.state, w)]),
    ),
  );
  parts.push('<div class="two">');
  parts.push(
    `<div><h3>${h('report.contacts')}</h3>${
      c.contacts.length
        ? table([h('report.role'), h('report.contact'), h('report.source')], c.contacts.map((x) => [esc(w.contactRole(x.role)), esc(x.value), h(x.inherited ? 'report.organisationDefault' : 'report.componentSource')]))
        : `<p class="muted">${h('report.noContacts')}</p>`
    }</div>`,
  );
  parts.push(
    `<div><h3>${h('report.registrations')}</h3>${
      c.registrations.length
        ? table([h('report.registry'), h('report.id'), h('report.date'), h('report.status')], c.registrations.map((x) => [esc(x.registry), x.id ? esc(x.id) : dash, x.date ? esc(w.date(x.date)) : dash, x.status ? esc(x.status) : dash]))
        : `<p class="muted">${h('report.noRegistrations')}</p>`
    }</div>`,
  );
  parts.push('</div>');
  parts.push(`<h3>${h('report.incidents')}</h3>`);
  parts.push(
    c.incidents.length
      ? table(
          [h('report.id'), h('report.incidentTitle'), h('report.severity'), h('report.detected'), h('report.status'), h('report.authorityReport')],
          c.incidents.map((i) => [esc(i.id), i.title ? esc(i.title) : dash, esc(i.severity ?? t('report.unset')), i.detected ? esc(w.date(i.detected)) : dash, esc(i.status ?? t('report.open')), incidentCell(i, w)]),
          'incidents',
        )
      : `<p class="muted">${h('report.noIncidents')}</p>`,
  );
  parts.push(`<h3>${h('report.evidence')}</h3>`);
  parts.push(c.evidence.length ? `<ul class="evidence">${c.evidence.map((e) => `<li><code>${esc(e.field)}</code> ${doc(e, w)}</li>`).join('')}</ul>` : `<p class="muted">${h('report.noEvidence')}</p>`);
  parts.push(`<h3>${h('report.coverage')}</h3>`);
  parts.push(c.coverage.length ? c.coverage.map((b) => coverage(b, w)).join('') : `<p class="muted">${h('report.noCoverage')}</p>`);
  parts.push(`<h3>${h('report.findings')}</h3>`);
  const sev = severityOrder()
    .filter((s) => c.counts[s] > 0)
    .map((s) => `<span class="sev sev-${s}">${esc(t(`report.severityCount.${s}`, { count: c.counts[s] }))}</span>`)
    .join(' ');
  parts.push(sev ? `<p>${sev}</p>` : `<p class="muted">${h('report.noFindings')}</p>`);
  if (c.findings.length) {
    parts.push(
      `<ul class="findings">${c.findings.map((f) => `<li><span class="sev sev-${f.severity}">${esc(w.severity(f.severity))}</span> <code>${f.code}</code> <span class="muted">${esc(t('report.line', { line: f.line }))}</span> ${esc(f.message)}</li>`).join('')}</ul>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderHtml(r: ReportData): string {
  const w = reportWords(r.locale);
  const { t } = w;
  const h = (id: Parameters<typeof t>[0]): string => esc(t(id));
  const n = r.totals;
  const tiles: [string, number, string][] = [
    [h('report.components'), n.components, ''],
    [h('report.errors'), n.findings.error, n.findings.error ? 'bad' : ''],
    [h('report.warnings'), n.findings.warning, n.findings.warning ? 'warn' : ''],
    [h('report.info'), n.findings.info + n.findings.hint, ''],
    [h('report.openIncidents'), n.openIncidents, n.openIncidents ? 'warn' : ''],
    [h('report.overdueReports'), n.overdueReports, n.overdueReports ? 'bad' : ''],
    [h('report.failingObligations'), n.failingObligations, n.failingObligations ? 'warn' : ''],
  ];
  const index = table(
    [h('report.component'), h('report.kind'), h('report.risk'), h('report.owner'), h('report.findings'), h('report.openIncidents')],
    r.components.map((c) => [
      `<a href="#${anchor(c.id)}">${esc(c.name)}</a> <code>${esc(c.id)}</code>`,
      c.kind ? esc(c.kind) : '',
      `<span class="risk risk-${esc(c.risk.level)}">${esc(c.risk.level)}</span>`,
      c.owner ? esc(c.owner.value) : '',
      esc(t('report.findingCounts', { errors: c.counts.error, warnings: c.counts.warning, infos: c.counts.info + c.counts.hint })),
      String(c.incidents.filter((i) => isOpenIncident(i.status)).length),
    ]),
  );
  return `<!DOCTYPE html>
<html lang="${r.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(r.generator)}">
<title>${esc(t('report.title', { workspace: r.workspace }))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(t('report.title', { workspace: r.workspace }))}</h1>
<p class="muted">${withHole(t('report.generated', { generator: r.generator, today: '\u0000' }), () => `<strong>${esc(w.date(r.today))}</strong>`)}</p>
<p>${withHole(t('report.frameworks', { list: '\u0000' }), () => (r.frameworks.length ? r.frameworks.map((f) => `<code>${esc(f)}</code>`).join(' ') : h('report.frameworksNone')))}</p>
${r.governedFrom ? `<p>${withHole(t('report.governedFrom', { list: '\u0000' }), () => r.governedFrom!.map((f) => `<code>${esc(f)}</code>`).join(' '))}</p>\n` : ''}</header>
<section class="summary">${tiles.map(([k, v, cls]) => `<div class="tile ${cls}"><div class="n">${v}</div><div class="k">${k}</div></div>`).join('')}</section>
<h2 class="index-title">${h('report.components')}</h2>
${index}
${r.components.map((c) => component(c, w)).join('\n')}
</body>
</html>
`;
}
