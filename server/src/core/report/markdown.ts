import type { Citation } from '../finding.js';
import { isOpenIncident } from '../model/component-view.js';
import type { IncidentInfo } from '../rules/packs/incidents.js';
import { visible } from '../text/visible.js';
import { severityOrder, type ComponentReport, type CoverageBlock, type DocRef, type ReportData } from './model.js';
import { reportWords, type Words } from './words.js';
import { pushAll } from '../arrays.js';

/** The report as GitHub-flavoured markdown. Every user value is escaped. */

/**
 * Escapes text for a markdown paragraph or table cell: no HTML, no table breaks, no stray
 * emphasis; line breaks become spaces and other control characters visible escapes.
 */
function mdText(s: string): string {
  return visible(s.replace(/\r?\n/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

/** The longest run of backticks in the text. */
function longestBacktickRun(s: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = s.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A code span: its fence is longer than any run of backticks inside, so the text cannot close it early. */
function code(s: string): string {
  const clean = visible(s.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
  const run = longestBacktickRun(clean);
  const fence = '`'.repeat(run + 1);
  // A space on each side keeps a backtick at either end off the fence (CommonMark strips one).
  const pad = run > 0 || clean.startsWith(' ') || clean.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A markdown link with an escaped label. Only a relative path or an http(s) URL becomes a link:
 * a path that a renderer could read as a scheme (`javascript:x`, `data:…`) is written `./javascript:x`,
 * which stays a relative path.
 */
function mdLink(label: string, href: string): string {
  const web = /^https?:\/\//i.test(href);
  const relative = web ? href : /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') ? `./${href}` : href;
  // (encodeURI throws on a lone surrogate: `visible` has written those out.)
  const safe = encodeURI(visible(relative)).replace(/[()]/g, (ch) => (ch === '(' ? '%28' : '%29'));
  return `[${mdText(label)}](${safe})`;
}

/** The article alone (the block names the framework), labelled when unverified, in the report's words. */
export function articleText(c: Citation | undefined, w: Words = reportWords('en')): string {
  if (!c) return '';
  return `${w.article(c.article)}${c.unverified ? w.t('report.unverified') : ''}`;
}

function anchorOf(id: string): string {
  return `component-${id}`;
}

function doc(ref: DocRef | undefined, w: Words): string {
  if (!ref) return '—';
  const label = ref.value;
  if (!ref.href) return `${mdText(label)}${w.paren(w.t('report.outsideWorkspace'))}`;
  return `${mdLink(label, ref.href)}${ref.exists ? (ref.draft ? w.paren(w.t('report.draft')) : '') : w.paren(w.t('report.missing'))}`;
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

/** The incident's reporting deadline in words (closed, reported, days left or overdue). */
export function deadlineText(i: IncidentInfo, w: Words = reportWords('en')): string {
  const { t } = w;
  if (i.state === 'closed') return t('report.deadline.closed');
  if (i.state === 'reported') return t('report.deadline.reported', { date: w.date(i.reported) });
  if (i.state === 'not-serious') return t('report.deadline.minor');
  if (i.state === 'undated') return t('report.deadline.undated');
  const left = i.daysLeft ?? 0;
  const when = left < 0 ? t('report.deadline.overdue', { count: -left }) : left === 0 ? t('report.deadline.today') : t('report.deadline.left', { count: left });
  const text = t('report.deadline.when', { deadline: w.date(i.deadline), when });
  return i.legal ? text : t('report.deadline.goodPractice', { text });
}

function coverageBlock(b: CoverageBlock, w: Words): string[] {
  const { t } = w;
  const c = b.counts;
  const lines = [`#### ${mdText(b.title)}`, '', t(c.draft ? 'report.coverageCountsDraft' : 'report.coverageCounts', { pass: c.pass, fail: c.fail, draft: c.draft ?? 0, later: c['not-yet-applicable'], na: c['n.a.'] }), ''];
  pushAll(
    lines,
    table(
      [t('report.obligation'), t(b.kind === 'pack' ? 'report.article' : 'report.reference'), t('report.status'), t('report.appliesFrom'), t('report.missingFields'), t('report.rule')],
      b.rows.filter((r) => r.status !== 'n.a.').map((r) => [
        mdText(r.title),
        mdText(articleText(r.citation, w)),
        `**${w.status(r.status)}**`,
        r.appliesFrom ? w.date(r.appliesFrom) : '',
        r.status === 'n.a.' ? '' : [...r.gaps.map(code), ...(r.drafts ?? []).map((d) => `${code(d)}${w.paren(w.t('report.draft'))}`)].join(', '),
        code(r.code),
      ]),
    ),
  );
  const na = b.rows.filter((r) => r.status === 'n.a.');
  if (na.length) lines.push(w.sentence(t('report.notApplicable', { list: na.map((r) => `${mdText(r.title)}${w.paren(code(r.code))}`).join(w.semi) })), '');
  return lines;
}

function component(c: ComponentReport, w: Words): string[] {
  const { t } = w;
  const out: string[] = [`<a id="${anchorOf(c.id)}"></a>`, '', `## ${mdText(c.name)}${w.paren(code(c.id))}`, ''];
  const facts: [string, string][] = [
    [t('report.registry'), code(c.registry)],
    [t('report.kind'), c.kind ? mdText(c.kind) : '—'],
    [t('report.version'), c.version ? mdText(c.version) : '—'],
    [t('report.owner'), c.owner ? `${mdText(c.owner.value)}${c.owner.inherited ? `${w.paren(t('report.organisationDefault'))}` : ''}` : '—'],
    [t('report.roles'), c.roles.length ? c.roles.map(mdText).join(', ') : '—'],
    [t('report.jurisdictions'), c.jurisdictions.length ? c.jurisdictions.map(mdText).join(', ') : '—'],
    [t('report.intendedPurpose'), c.intendedPurpose ? mdText(c.intendedPurpose) : '—'],
    [t('report.code'), t('report.files', { count: c.files })],
  ];
  pushAll(out, facts.map(([k, v]) => `- **${k}${w.colon}** ${v}`)).push('');

  out.push(`### ${t('report.riskAndAssessments')}`, '');
  const r = c.risk;
  const riskBits = [
    r.basis ? w.paren(t('report.basis', { basis: mdText(r.basis) })) : '',
    r.annexIiiArea ? `${w.semi}${t('report.annexIiiArea', { area: mdText(r.annexIiiArea) })}` : '',
    r.krHighImpact !== undefined ? `${w.semi}${t('report.krHighImpact', { answer: t(r.krHighImpact ? 'report.yes' : 'report.no') })}` : '',
  ].join('');
  out.push(`- **${t('report.riskLevel')}${w.colon}** ${mdText(r.level)}${riskBits}`, '');
  pushAll(
    out,
    table(
      [t('report.assessment'), t('report.document'), t('report.date'), t('report.nextReview'), t('report.state')],
      c.assessments.map((a) => [t(`report.assessment.${a.kind}`), doc(a.doc, w), a.date ? w.date(a.date) : '—', a.nextReview ? w.date(a.nextReview) : '—', `**${t(`report.assessmentState.${a.state}`)}**`]),
    ),
  );

  out.push(`### ${t('report.contacts')}`, '');
  pushAll(
    out,
    c.contacts.length
      ? table([t('report.role'), t('report.contact'), t('report.source')], c.contacts.map((x) => [w.contactRole(x.role), mdText(x.value), t(x.inherited ? 'report.organisationDefault' : 'report.componentSource')]))
      : [t('report.noContacts'), ''],
  );

  out.push(`### ${t('report.registrations')}`, '');
  pushAll(
    out,
    c.registrations.length
      ? table([t('report.registry'), t('report.id'), t('report.date'), t('report.status')], c.registrations.map((x) => [mdText(x.registry), x.id ? mdText(x.id) : '—', x.date ? w.date(x.date) : '—', x.status ?? '—']))
      : [t('report.noRegistrations'), ''],
  );

  out.push(`### ${t('report.incidents')}`, '');
  pushAll(
    out,
    c.incidents.length
      ? table(
          [t('report.id'), t('report.incidentTitle'), t('report.severity'), t('report.detected'), t('report.status'), t('report.authorityReport')],
          c.incidents.map((i) => [
            mdText(i.id),
            i.title ? mdText(i.title) : '—',
            mdText(i.severity ?? t('report.unset')),
            i.detected ? w.date(i.detected) : '—',
            mdText(i.status ?? t('report.open')),
            `${mdText(deadlineText(i, w))}${i.report ? ` · ${doc(i.report, w)}` : ''}`,
          ]),
        )
      : [t('report.noIncidents'), ''],
  );

  out.push(`### ${t('report.evidence')}`, '');
  pushAll(out, c.evidence.length ? [...c.evidence.map((e) => `- ${code(e.field)}${w.lead}${doc(e, w)}`), ''] : [t('report.noEvidence'), '']);

  out.push(`### ${t('report.coverage')}`, '');
  if (c.coverage.length === 0) out.push(t('report.noCoverage'), '');
  for (const b of c.coverage) pushAll(out, coverageBlock(b, w));

  out.push(`### ${t('report.findings')}`, '');
  const sev = severityOrder().filter((s) => c.counts[s] > 0).map((s) => t(`report.severityCount.${s}`, { count: c.counts[s] })).join(w.comma);
  out.push(sev ? w.sentence(sev) : t('report.noFindings'), '');
  for (const f of c.findings) out.push(`- ${code(f.code)} ${w.severity(f.severity)}${w.paren(t('report.line', { line: f.line }))}${w.lead}${mdText(f.message)}`);
  if (c.findings.length) out.push('');
  return out;
}

export function renderMarkdown(r: ReportData): string {
  const w = reportWords(r.locale);
  const { t } = w;
  const n = r.totals;
  const out: string[] = [
    `# ${t('report.title', { workspace: mdText(r.workspace) })}`,
    '',
    t('report.generated', { generator: mdText(r.generator), today: w.date(r.today) }),
    '',
    `## ${t('report.summary')}`,
    '',
    ...table(
      [t('report.components'), t('report.errors'), t('report.warnings'), t('report.info'), t('report.openIncidents'), t('report.overdueReports'), t('report.failingObligations')],
      [[String(n.components), String(n.findings.error), String(n.findings.warning), String(n.findings.info + n.findings.hint), String(n.openIncidents), String(n.overdueReports), String(n.failingObligations)]],
    ),
    w.sentence(t('report.frameworks', { list: r.frameworks.length ? r.frameworks.map(code).join(w.comma) : t('report.frameworksNone') })),
    '',
    ...(r.governedFrom ? [w.sentence(t('report.governedFrom', { list: r.governedFrom.map(code).join(w.comma) })), ''] : []),
  ];
  pushAll(
    out,
    table(
      [t('report.component'), t('report.kind'), t('report.risk'), t('report.owner'), t('report.findings'), t('report.openIncidents')],
      r.components.map((c) => [
        `[${mdText(c.name)}](#${anchorOf(c.id)})`,
        c.kind ? mdText(c.kind) : '—',
        mdText(c.risk.level),
        c.owner ? mdText(c.owner.value) : '—',
        t('report.findingCounts', { errors: c.counts.error, warnings: c.counts.warning, infos: c.counts.info + c.counts.hint }),
        String(c.incidents.filter((i) => isOpenIncident(i.status)).length),
      ]),
    ),
  );
  for (const c of r.components) pushAll(out, component(c, w));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
