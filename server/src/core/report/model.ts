import type { Citation, Finding, Severity } from '../finding.js';
import type { ComponentEntry, ParsedRegistry } from '../manifest/registry.js';
import { assessmentOf, contactsOf, isOpenIncident, type AssessmentKind, type ContactView } from '../model/component-view.js';
import { componentDocPaths, getField } from '../model/doc-paths.js';
import type { ProjectModel } from '../model/project-model.js';
import { PACKS } from '../packs.js';
import { resolveFrom } from '../paths.js';
import { incidentsOf, type IncidentInfo } from '../rules/packs/incidents.js';
import { draftEvidenceOf } from '../rules/packs/evidence.js';
import { isPackRule, type ObligationStatus } from '../rules/packs/obligation.js';
import { POLICY_FRAMEWORK_DEFAULT, policyApplies, policyMisses, requirementsOf } from '../rules/packs/policy.js';
import type { Rule } from '../rules/types.js';
import { JA_OBLIGATION_TITLES, JA_PACK_TITLES } from '../i18n/ja-obligations.js';
import { localizedMessage, localizedSummary, type Locale } from '../i18n/messages.js';

/**
 * The report as data: everything a reader needs per component, computed once from the engine's
 * model and findings. The renderers (markdown, HTML) only format it. Pure: no I/O, no clock.
 */

interface ReportInput {
  model: ProjectModel;
  findings: readonly Finding[];
  rules: readonly Rule[];
  /** 'YYYY-MM-DD': the day statuses and deadlines are computed for. */
  today: string;
  workspace: string;
  /** 'aigov 0.1.0' */
  generator?: string;
  /** Turns a workspace-relative path into the href written in the report (relative to where it is saved). */
  link?: (workspacePath: string) => string;
  /** The reader's language: finding messages, obligation and pack names (default English). */
  locale?: Locale;
}

/** An obligation's status for a component; 'draft' when it is met only by documents that are still unfilled templates. */
export type CoverageStatus = ObligationStatus | 'draft';

interface CoverageRow {
  code: string;
  /** The obligation, named positively. */
  title: string;
  summary: string;
  citation?: Citation;
  status: CoverageStatus;
  appliesFrom?: string;
  gaps: string[];
  /** For 'draft': the documents that are still templates. */
  drafts?: string[];
}

export interface CoverageBlock {
  /** Pack id, or the policy framework label. */
  id: string;
  title: string;
  kind: 'pack' | 'policy';
  rows: CoverageRow[];
  counts: Record<CoverageStatus, number>;
}

export interface DocRef {
  field: string;
  /** As written in the registry. */
  value: string;
  /** Workspace-relative path, when it stays inside the workspace. */
  path?: string;
  href?: string;
  exists: boolean;
  /** The document is still an unfilled template (AIGOV110). */
  draft?: boolean;
}

interface AssessmentRow {
  kind: 'risk' | 'impact';
  label: string;
  doc?: DocRef;
  date?: string;
  nextReview?: string;
  /** 'overdue' when next_review passed or the policy interval ran out; 'missing' when there is none; 'draft' while its document is an unfilled template. */
  state: 'ok' | 'overdue' | 'missing' | 'undated' | 'draft';
}

type ContactRow = ContactView;

interface ReportFinding {
  code: string;
  severity: Severity;
  message: string;
  line: number;
  citation?: Citation;
}

export interface ComponentReport {
  id: string;
  name: string;
  kind?: string;
  version?: string;
  registry: string;
  owner?: ContactRow;
  roles: string[];
  jurisdictions: string[];
  intendedPurpose?: string;
  risk: { level: string; basis?: string; annexIiiArea?: string; krHighImpact?: boolean };
  assessments: AssessmentRow[];
  contacts: ContactRow[];
  registrations: { registry: string; id?: string; date?: string; status?: string }[];
  incidents: (IncidentInfo & { report?: DocRef })[];
  evidence: DocRef[];
  coverage: CoverageBlock[];
  findings: ReportFinding[];
  counts: Record<Severity, number>;
  files: number;
}

export interface ReportData {
  /** The language the report is written in. */
  locale: Locale;
  workspace: string;
  today: string;
  generator: string;
  frameworks: string[];
  /** Registries in folders above the reported one that govern it (paths from it, nearest first): their components are not in this report. */
  governedFrom?: string[];
  totals: {
    components: number;
    findings: Record<Severity, number>;
    openIncidents: number;
    overdueReports: number;
    failingObligations: number;
  };
  components: ComponentReport[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

function zeroCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

function statusCounts(rows: readonly CoverageRow[]): Record<CoverageStatus, number> {
  const out: Record<CoverageStatus, number> = { pass: 0, fail: 0, draft: 0, 'not-yet-applicable': 0, 'n.a.': 0 };
  for (const r of rows) out[r.status]++;
  return out;
}

function docRef(reg: ParsedRegistry, model: ProjectModel, field: string, value: string, link: (p: string) => string): DocRef {
  const path = resolveFrom(reg.dir, value);
  const inside = path !== undefined && !model.escapes(path);
  const exists = inside && model.exists(path);
  return { field, value, ...(inside ? { path, href: link(path) } : {}), exists, ...(exists && model.draftOf(path) ? { draft: true } : {}) };
}

function assessments(c: ComponentEntry, model: ProjectModel, today: string, link: (p: string) => string): AssessmentRow[] {
  const row = (kind: AssessmentKind, label: string, field: string): AssessmentRow => {
    const a = assessmentOf(c, kind, today, (p) => model.draftOf(p));
    const doc = a.path !== undefined ? docRef(c.registry, model, field, a.path, link) : undefined;
    return { kind, label, ...(doc ? { doc } : {}), ...(a.date ? { date: a.date } : {}), ...(a.nextReview ? { nextReview: a.nextReview } : {}), state: a.state };
  };
  return [row('risk', 'Risk assessment', 'risk.assessment.path'), row('impact', 'Impact assessment', 'impact_assessment.path')];
}

function coverage(c: ComponentEntry, model: ProjectModel, rules: readonly Rule[], today: string, locale: Locale): CoverageBlock[] {
  const selected = model.frameworksOf(c.registry);
  const blocks: CoverageBlock[] = [];
  for (const pack of PACKS) {
    if (pack.id === 'core' || !selected.has(pack.id)) continue;
    const rows: CoverageRow[] = [];
    for (const r of rules) {
      if (r.pack !== pack.id || !isPackRule(r)) continue;
      const ev = r.evaluate(c, today);
      const drafts = ev.status === 'pass' ? draftEvidenceOf(r.obligation, c, model).map((d) => d.path) : [];
      rows.push({
        code: r.code,
        title: locale === 'ja' ? JA_OBLIGATION_TITLES[r.code] ?? r.obligation.title : r.obligation.title,
        summary: localizedSummary(r.code, r.summary, locale),
        ...(r.citation ? { citation: r.citation } : {}),
        status: drafts.length > 0 ? 'draft' : ev.status,
        appliesFrom: ev.appliesFrom,
        gaps: ev.gaps.map((g) => g.field),
        ...(drafts.length > 0 ? { drafts } : {}),
      });
    }
    rows.sort((a, b) => (a.code < b.code ? -1 : 1));
    blocks.push({ id: pack.id, title: locale === 'ja' ? JA_PACK_TITLES[pack.id] ?? pack.title : pack.title, kind: 'pack', rows, counts: statusCounts(rows) });
  }
  const policy = new Map<string, CoverageRow[]>();
  requirementsOf(c.registry).forEach((entry, i) => {
    const label = entry.framework ?? POLICY_FRAMEWORK_DEFAULT;
    const applies = policyApplies(entry, c);
    const misses = applies ? policyMisses(entry, c) : [];
    const row: CoverageRow = {
      code: 'AIGOV601',
      title: entry.message,
      summary: entry.message,
      citation: { framework: label, article: entry.article ?? entry.id ?? `require[${i}]` },
      status: !applies ? 'n.a.' : misses.length > 0 ? 'fail' : 'pass',
      gaps: [...new Set(misses.map((m) => m.field))],
    };
    policy.set(label, [...(policy.get(label) ?? []), row]);
  });
  for (const [label, rows] of policy) blocks.push({ id: label, title: label, kind: 'policy', rows, counts: statusCounts(rows) });
  return blocks;
}

function componentReport(c: ComponentEntry, input: ReportInput, link: (p: string) => string): ComponentReport {
  const { model, today } = input;
  const locale = input.locale ?? 'en';
  const d = c.data;
  const reg = c.registry;
  const findings: ReportFinding[] = input.findings
    .filter((f) => f.file === reg.path && f.data?.id === c.id)
    .map((f) => ({ code: f.code, severity: f.severity, message: localizedMessage(f, locale), line: f.range.start.line + 1, ...(f.citation ? { citation: f.citation } : {}) }));
  const counts = zeroCounts();
  for (const f of findings) counts[f.severity]++;
  const who = contactsOf(c);
  const incidents = incidentsOf(c, today).map((i) => {
    const rep = getField((c.raw.incidents as unknown[] | undefined)?.[i.index], 'report');
    return typeof rep === 'string' && rep.trim() ? { ...i, report: docRef(reg, model, `incidents[${i.index}].report`, rep, link) } : i;
  });
  return {
    id: c.id,
    name: d.name ?? c.id,
    ...(d.kind ? { kind: d.kind } : {}),
    ...(d.version !== undefined ? { version: String(d.version) } : {}),
    registry: reg.path,
    ...(who.owner ? { owner: who.owner } : {}),
    roles: [...(d.roles ?? [])],
    jurisdictions: [...(d.jurisdictions ?? [])],
    ...(d.intended_purpose ? { intendedPurpose: d.intended_purpose } : {}),
    risk: {
      level: d.risk?.level ?? 'unassessed',
      ...(d.risk?.basis ? { basis: d.risk.basis } : {}),
      ...(d.risk?.annex_iii_area ? { annexIiiArea: d.risk.annex_iii_area } : {}),
      ...(d.risk?.kr_high_impact !== undefined ? { krHighImpact: d.risk.kr_high_impact } : {}),
    },
    assessments: assessments(c, model, today, link),
    contacts: who.contacts,
    registrations: (d.registrations ?? []).map((r) => ({ registry: r.registry, ...(r.id ? { id: r.id } : {}), ...(r.date ? { date: r.date } : {}), ...(r.status ? { status: r.status } : {}) })),
    incidents,
    evidence: componentDocPaths(c).map((ref) => docRef(reg, model, ref.field, ref.value, link)),
    coverage: coverage(c, model, input.rules, today, locale),
    findings,
    counts,
    files: model.filesOf(c.id).length,
  };
}

export function buildReport(input: ReportInput): ReportData {
  const link = input.link ?? ((p: string) => p);
  const components = input.model.components.map((c) => componentReport(c, input, link));
  const findings = zeroCounts();
  for (const f of input.findings) findings[f.severity]++;
  const frameworks = new Set<string>();
  for (const r of input.model.registries) for (const p of input.model.frameworksOf(r)) if (p !== 'core') frameworks.add(p);
  return {
    locale: input.locale ?? 'en',
    workspace: input.workspace,
    today: input.today,
    generator: input.generator ?? 'aigov',
    frameworks: [...frameworks].sort(),
    ...(input.model.above.length > 0 ? { governedFrom: input.model.above.map((r) => r.path) } : {}),
    totals: {
      components: components.length,
      findings,
      openIncidents: components.reduce((n, c) => n + c.incidents.filter((i) => isOpenIncident(i.status)).length, 0),
      overdueReports: components.reduce((n, c) => n + c.incidents.filter((i) => i.state === 'overdue').length, 0),
      failingObligations: components.reduce((n, c) => n + c.coverage.reduce((m, b) => m + b.counts.fail, 0), 0),
    },
    components,
  };
}

export function severityOrder(): Severity[] {
  return [...SEVERITIES];
}
