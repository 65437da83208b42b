import type { Citation } from '../finding.js';
import type { IncidentInfo } from '../rules/packs/incidents.js';
import { STATUS_LABEL, severityOrder, type ComponentReport, type CoverageBlock, type DocRef, type ReportData } from './model.js';

/** The report as GitHub-flavoured markdown. Every user value is escaped. */

/** Escapes text for a markdown paragraph or table cell: no HTML, no table breaks, no stray emphasis. */
export function mdText(s: string): string {
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

function code(s: string): string {
  const clean = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`;
}

/** A markdown link with an escaped label and a percent-encoded relative href. */
function mdLink(label: string, href: string): string {
  const safe = encodeURI(href).replace(/[()]/g, (ch) => (ch === '(' ? '%28' : '%29'));
  return `[${mdText(label)}](${safe})`;
}

export function citationText(c: Citation | undefined): string {
  if (!c) return '';
  return `${c.framework} ${c.article}${c.unverified ? ' (unverified)' : ''}`;
}

/** The article alone (the block names the framework), labelled when unverified. */
export function articleText(c: Citation | undefined): string {
  if (!c) return '';
  return `${c.article}${c.unverified ? ' (unverified)' : ''}`;
}

export function anchorOf(id: string): string {
  return `component-${id}`;
}

function doc(ref: DocRef | undefined): string {
  if (!ref) return '—';
  const label = ref.value;
  if (!ref.href) return `${mdText(label)} (outside the workspace)`;
  return `${mdLink(label, ref.href)}${ref.exists ? '' : ' (missing)'}`;
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

export function deadlineText(i: IncidentInfo): string {
  if (i.state === 'closed') return 'closed';
  if (i.state === 'reported') return `reported ${i.reported}`;
  if (i.state === 'not-serious') return 'no deadline (minor)';
  if (i.state === 'undated') return 'no detection date';
  const left = i.daysLeft ?? 0;
  const when = left < 0 ? `${-left} day${left === -1 ? '' : 's'} overdue` : left === 0 ? 'due today' : `${left} day${left === 1 ? '' : 's'} left`;
  return `${i.deadline} (${when})${i.legal ? '' : ', good practice'}`;
}

function coverageBlock(b: CoverageBlock): string[] {
  const c = b.counts;
  const lines = [`#### ${mdText(b.title)}`, '', `${c.pass} pass · ${c.fail} fail · ${c['not-yet-applicable']} not yet applicable · ${c['n.a.']} n.a.`, ''];
  lines.push(
    ...table(
      ['Obligation', b.kind === 'pack' ? 'Article' : 'Reference', 'Status', 'Applies from', 'Missing', 'Rule'],
      b.rows.filter((r) => r.status !== 'n.a.').map((r) => [
        mdText(r.title),
        mdText(articleText(r.citation)),
        `**${STATUS_LABEL[r.status]}**`,
        r.appliesFrom ?? '',
        r.status === 'n.a.' ? '' : r.gaps.map(code).join(', '),
        code(r.code),
      ]),
    ),
  );
  const na = b.rows.filter((r) => r.status === 'n.a.');
  if (na.length) lines.push(`Not applicable to this component (role, jurisdiction or risk): ${na.map((r) => `${mdText(r.title)} (${code(r.code)})`).join('; ')}.`, '');
  return lines;
}

function component(c: ComponentReport): string[] {
  const out: string[] = [`<a id="${anchorOf(c.id)}"></a>`, '', `## ${mdText(c.name)} (${code(c.id)})`, ''];
  const facts: [string, string][] = [
    ['Registry', code(c.registry)],
    ['Kind', c.kind ? mdText(c.kind) : '—'],
    ['Version', c.version ? mdText(c.version) : '—'],
    ['Owner', c.owner ? `${mdText(c.owner.value)}${c.owner.inherited ? ' (organisation default)' : ''}` : '—'],
    ['Roles', c.roles.length ? c.roles.map(mdText).join(', ') : '—'],
    ['Jurisdictions', c.jurisdictions.length ? c.jurisdictions.map(mdText).join(', ') : '—'],
    ['Intended purpose', c.intendedPurpose ? mdText(c.intendedPurpose) : '—'],
    ['Code', `${c.files} file${c.files === 1 ? '' : 's'}`],
  ];
  out.push(...facts.map(([k, v]) => `- **${k}:** ${v}`), '');

  out.push('### Risk and assessments', '');
  const r = c.risk;
  out.push(`- **Risk level:** ${mdText(r.level)}${r.basis ? ` (basis: ${mdText(r.basis)})` : ''}${r.annexIiiArea ? `; Annex III area ${mdText(r.annexIiiArea)}` : ''}${r.krHighImpact !== undefined ? `; Korean high-impact: ${r.krHighImpact ? 'yes' : 'no'}` : ''}`, '');
  out.push(...table(['Assessment', 'Document', 'Date', 'Next review', 'State'], c.assessments.map((a) => [a.label, doc(a.doc), a.date ?? '—', a.nextReview ?? '—', `**${a.state}**`])));

  out.push('### Contacts', '');
  out.push(...(c.contacts.length ? table(['Role', 'Contact', 'Source'], c.contacts.map((x) => [x.role, mdText(x.value), x.inherited ? 'organisation default' : 'component'])) : ['No contacts recorded.', '']));

  out.push('### Registrations', '');
  out.push(...(c.registrations.length ? table(['Registry', 'ID', 'Date', 'Status'], c.registrations.map((x) => [mdText(x.registry), x.id ? mdText(x.id) : '—', x.date ?? '—', x.status ?? '—'])) : ['No registrations recorded.', '']));

  out.push('### Incidents', '');
  out.push(
    ...(c.incidents.length
      ? table(
          ['ID', 'Title', 'Severity', 'Detected', 'Status', 'Authority report'],
          c.incidents.map((i) => [mdText(i.id), i.title ? mdText(i.title) : '—', mdText(i.severity ?? 'unset'), i.detected ?? '—', mdText(i.status ?? 'open'), `${mdText(deadlineText(i))}${i.report ? ` · ${doc(i.report)}` : ''}`]),
        )
      : ['No incidents recorded.', '']),
  );

  out.push('### Evidence', '');
  out.push(...(c.evidence.length ? [...c.evidence.map((e) => `- ${code(e.field)}: ${doc(e)}`), ''] : ['No documents linked.', '']));

  out.push('### Framework coverage', '');
  if (c.coverage.length === 0) out.push('No framework pack or policy selected for this registry.', '');
  for (const b of c.coverage) out.push(...coverageBlock(b));

  out.push('### Findings', '');
  const sev = severityOrder().filter((s) => c.counts[s] > 0).map((s) => `${c.counts[s]} ${s}`).join(', ');
  out.push(sev ? `${sev}.` : 'No findings.', '');
  for (const f of c.findings) out.push(`- ${code(f.code)} ${f.severity} (line ${f.line}): ${mdText(f.message)}`);
  if (c.findings.length) out.push('');
  return out;
}

export function renderMarkdown(r: ReportData): string {
  const t = r.totals;
  const out: string[] = [
    `# AI governance report: ${mdText(r.workspace)}`,
    '',
    `Generated by ${mdText(r.generator)} for ${r.today}; deadlines and statuses are computed for that day.`,
    '',
    '## Summary',
    '',
    ...table(
      ['Components', 'Errors', 'Warnings', 'Info', 'Open incidents', 'Overdue reports', 'Failing obligations'],
      [[String(t.components), String(t.findings.error), String(t.findings.warning), String(t.findings.info + t.findings.hint), String(t.openIncidents), String(t.overdueReports), String(t.failingObligations)]],
    ),
    `Frameworks: ${r.frameworks.length ? r.frameworks.map(code).join(', ') : 'none selected (core checks only)'}.`,
    '',
  ];
  out.push(
    ...table(
      ['Component', 'Kind', 'Risk', 'Owner', 'Findings', 'Open incidents'],
      r.components.map((c) => [
        `[${mdText(c.name)}](#${anchorOf(c.id)})`,
        c.kind ? mdText(c.kind) : '—',
        mdText(c.risk.level),
        c.owner ? mdText(c.owner.value) : '—',
        `${c.counts.error} E / ${c.counts.warning} W / ${c.counts.info + c.counts.hint} I`,
        String(c.incidents.filter((i) => i.status !== 'closed').length),
      ]),
    ),
  );
  for (const c of r.components) out.push(...component(c));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
