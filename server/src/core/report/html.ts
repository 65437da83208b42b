import type { ObligationStatus } from '../rules/packs/obligation.js';
import { articleText, deadlineText } from './markdown.js';
import { STATUS_LABEL, severityOrder, type ComponentReport, type CoverageBlock, type DocRef, type ReportData } from './model.js';
import { REPORT_CSS } from './style.js';

/** The report as one self-contained HTML file: inline CSS, no scripts, no external resources. */

/** Escapes text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A relative href, percent-encoded; anything URL-like is refused (the model never produces one). */
function href(p: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('//')) return undefined;
  return esc(encodeURI(p));
}

function anchor(id: string): string {
  return `component-${esc(id)}`;
}

function doc(ref: DocRef | undefined): string {
  if (!ref) return '<span class="muted">—</span>';
  const h = ref.href ? href(ref.href) : undefined;
  if (!h) return `<code>${esc(ref.value)}</code> <span class="tag bad">outside the workspace</span>`;
  return `<a href="${h}"><code>${esc(ref.value)}</code></a>${ref.exists ? '' : ' <span class="tag bad">missing</span>'}`;
}

function table(head: string[], rows: string[][], cls = ''): string {
  if (rows.length === 0) return '';
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const STATUS_CLASS: Record<ObligationStatus, string> = { pass: 'ok', fail: 'bad', 'not-yet-applicable': 'later', 'n.a.': 'na' };

function status(s: ObligationStatus): string {
  return `<span class="tag ${STATUS_CLASS[s]}">${STATUS_LABEL[s]}</span>`;
}

function coverage(b: CoverageBlock): string {
  const c = b.counts;
  const na = b.rows.filter((r) => r.status === 'n.a.');
  const rows = b.rows.filter((r) => r.status !== 'n.a.').map((r) => [
    `${esc(r.title)}${r.gaps.length > 0 && r.summary !== r.title ? `<div class="muted small">${esc(r.summary)}</div>` : ''}`,
    esc(articleText(r.citation)),
    status(r.status),
    r.appliesFrom ? esc(r.appliesFrom) : '',
    r.status === 'n.a.' ? '' : r.gaps.map((g) => `<code>${esc(g)}</code>`).join(' '),
    `<code>${r.code}</code>`,
  ]);
  return `<section class="pack"><h4>${esc(b.title)}</h4><p class="counts">${status('pass')} ${c.pass} ${status('fail')} ${c.fail} ${status('not-yet-applicable')} ${c['not-yet-applicable']} ${status('n.a.')} ${c['n.a.']}</p>${table(
    ['Obligation', b.kind === 'pack' ? 'Article' : 'Reference', 'Status', 'Applies from', 'Missing', 'Rule'],
    rows,
    'coverage',
  )}${na.length ? `<p class="na-list">${status('n.a.')} Not applicable to this component (role, jurisdiction or risk): ${na.map((r) => `${esc(r.title)} <span class="muted">(${r.code})</span>`).join(' · ')}</p>` : ''}</section>`;
}

function assessmentState(s: string): string {
  const cls = s === 'ok' ? 'ok' : s === 'overdue' || s === 'missing' ? 'bad' : 'later';
  return `<span class="tag ${cls}">${esc(s)}</span>`;
}

function incidentCell(i: ComponentReport['incidents'][number]): string {
  const cls = i.state === 'overdue' ? (i.legal ? 'bad' : 'warn') : i.state === 'due' ? ((i.daysLeft ?? 0) <= 5 ? 'warn' : 'later') : 'na';
  return `<span class="tag ${cls}">${esc(deadlineText(i))}</span>${i.report ? ` ${doc(i.report)}` : ''}`;
}

function component(c: ComponentReport): string {
  const dl = (pairs: [string, string][]): string => `<dl class="facts">${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const dash = '<span class="muted">—</span>';
  const r = c.risk;
  const parts: string[] = [];
  parts.push(`<section class="component" id="${anchor(c.id)}">`);
  parts.push(`<h2>${esc(c.name)} <code>${esc(c.id)}</code> <span class="risk risk-${esc(r.level)}">${esc(r.level)}</span></h2>`);
  parts.push(
    dl([
      ['Registry', `<code>${esc(c.registry)}</code>`],
      ['Kind', c.kind ? esc(c.kind) : dash],
      ['Version', c.version ? esc(c.version) : dash],
      ['Owner', c.owner ? `${esc(c.owner.value)}${c.owner.inherited ? ' <span class="muted">(organisation default)</span>' : ''}` : dash],
      ['Roles', c.roles.length ? esc(c.roles.join(', ')) : dash],
      ['Jurisdictions', c.jurisdictions.length ? esc(c.jurisdictions.join(', ')) : dash],
      ['Intended purpose', c.intendedPurpose ? esc(c.intendedPurpose) : dash],
      ['Code', `${c.files} file${c.files === 1 ? '' : 's'}`],
    ]),
  );
  parts.push('<h3>Risk and assessments</h3>');
  const riskBits = [r.basis ? `basis: ${esc(r.basis)}` : '', r.annexIiiArea ? `Annex III area ${esc(r.annexIiiArea)}` : '', r.krHighImpact !== undefined ? `Korean high-impact: ${r.krHighImpact ? 'yes' : 'no'}` : ''].filter(Boolean);
  parts.push(`<p>Risk level <strong>${esc(r.level)}</strong>${riskBits.length ? ` (${riskBits.join('; ')})` : ''}.</p>`);
  parts.push(table(['Assessment', 'Document', 'Date', 'Next review', 'State'], c.assessments.map((a) => [esc(a.label), doc(a.doc), a.date ?? dash, a.nextReview ?? dash, assessmentState(a.state)])));
  parts.push('<div class="two">');
  parts.push(`<div><h3>Contacts</h3>${c.contacts.length ? table(['Role', 'Contact', 'Source'], c.contacts.map((x) => [esc(x.role), esc(x.value), x.inherited ? 'organisation default' : 'component'])) : '<p class="muted">No contacts recorded.</p>'}</div>`);
  parts.push(
    `<div><h3>Registrations</h3>${c.registrations.length ? table(['Registry', 'ID', 'Date', 'Status'], c.registrations.map((x) => [esc(x.registry), x.id ? esc(x.id) : dash, x.date ?? dash, x.status ? esc(x.status) : dash])) : '<p class="muted">No registrations recorded.</p>'}</div>`,
  );
  parts.push('</div>');
  parts.push('<h3>Incidents</h3>');
  parts.push(
    c.incidents.length
      ? table(
          ['ID', 'Title', 'Severity', 'Detected', 'Status', 'Authority report'],
          c.incidents.map((i) => [esc(i.id), i.title ? esc(i.title) : dash, esc(i.severity ?? 'unset'), i.detected ?? dash, esc(i.status ?? 'open'), incidentCell(i)]),
          'incidents',
        )
      : '<p class="muted">No incidents recorded.</p>',
  );
  parts.push('<h3>Evidence</h3>');
  parts.push(c.evidence.length ? `<ul class="evidence">${c.evidence.map((e) => `<li><code>${esc(e.field)}</code> ${doc(e)}</li>`).join('')}</ul>` : '<p class="muted">No documents linked.</p>');
  parts.push('<h3>Framework coverage</h3>');
  parts.push(c.coverage.length ? c.coverage.map(coverage).join('') : '<p class="muted">No framework pack or policy selected for this registry.</p>');
  parts.push('<h3>Findings</h3>');
  const sev = severityOrder().filter((s) => c.counts[s] > 0).map((s) => `<span class="sev sev-${s}">${c.counts[s]} ${s}</span>`).join(' ');
  parts.push(sev ? `<p>${sev}</p>` : '<p class="muted">No findings.</p>');
  if (c.findings.length) {
    parts.push(`<ul class="findings">${c.findings.map((f) => `<li><span class="sev sev-${f.severity}">${f.severity}</span> <code>${f.code}</code> <span class="muted">line ${f.line}</span> ${esc(f.message)}</li>`).join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function renderHtml(r: ReportData): string {
  const t = r.totals;
  const tiles: [string, number, string][] = [
    ['Components', t.components, ''],
    ['Errors', t.findings.error, t.findings.error ? 'bad' : ''],
    ['Warnings', t.findings.warning, t.findings.warning ? 'warn' : ''],
    ['Info', t.findings.info + t.findings.hint, ''],
    ['Open incidents', t.openIncidents, t.openIncidents ? 'warn' : ''],
    ['Overdue reports', t.overdueReports, t.overdueReports ? 'bad' : ''],
    ['Failing obligations', t.failingObligations, t.failingObligations ? 'warn' : ''],
  ];
  const index = table(
    ['Component', 'Kind', 'Risk', 'Owner', 'Findings', 'Open incidents'],
    r.components.map((c) => [
      `<a href="#${anchor(c.id)}">${esc(c.name)}</a> <code>${esc(c.id)}</code>`,
      c.kind ? esc(c.kind) : '',
      `<span class="risk risk-${esc(c.risk.level)}">${esc(c.risk.level)}</span>`,
      c.owner ? esc(c.owner.value) : '',
      `${c.counts.error} E · ${c.counts.warning} W · ${c.counts.info + c.counts.hint} I`,
      String(c.incidents.filter((i) => i.status !== 'closed').length),
    ]),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(r.generator)}">
<title>AI governance report: ${esc(r.workspace)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>AI governance report: ${esc(r.workspace)}</h1>
<p class="muted">Generated by ${esc(r.generator)} for <strong>${esc(r.today)}</strong>; deadlines and statuses are computed for that day.</p>
<p>Frameworks: ${r.frameworks.length ? r.frameworks.map((f) => `<code>${esc(f)}</code>`).join(' ') : 'none selected (core checks only)'}</p>
</header>
<section class="summary">${tiles.map(([k, v, cls]) => `<div class="tile ${cls}"><div class="n">${v}</div><div class="k">${k}</div></div>`).join('')}</section>
<h2 class="index-title">Components</h2>
${index}
${r.components.map(component).join('\n')}
</body>
</html>
`;
}
