import { pushAll } from '../arrays.js';
import { asIsoDate } from '../dates.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { CN_FROM } from '../rules/packs/cn.js';
import { annexIiiNotPoint2, annexIiiPoint, art50MarkingFrom, EU_GENERAL_FROM, EU_PROHIBITIONS_FROM, highRiskFrom, hrDeployer, isHighRisk, prohibitionFrom } from '../rules/packs/eu.js';
import { JP_ACT } from '../rules/packs/jp.js';
import { KR_FROM } from '../rules/packs/kr.js';
import { CO_FROM } from '../rules/packs/us-co.js';
import { capability, declaresRole, hasRole, inJurisdiction } from '../rules/packs/scope.js';
import { JA_PACK_TITLES, jaArticle } from '../i18n/ja-obligations.js';
import type { Locale } from '../i18n/messages.js';
import { PACKS } from '../packs.js';
import { TEMPLATE_TEXT, type DocumentText, type SectionText, type TemplateText } from './template-text.js';
import { TEMPLATE_TEXT_JA } from './template-text-ja.js';

/**
 * The documents fixes create. Sections follow the document, the component's roles and risk level
 * and the packs its registry selected; what the registry already knows is written in, the rest
 * says TODO. Every document starts with the `aigov:draft` marker (see model/drafts.ts). The words
 * are in template-text.ts.
 */

/** The template words per locale. */
export const TEMPLATES: Readonly<Record<Locale, TemplateText>> = { en: TEMPLATE_TEXT, ja: TEMPLATE_TEXT_JA };

/** What a fix writes after `TODO: ` in a registry field it adds, in the run's language; undefined for a field without one. */
export function fieldHint(field: string, locale: Locale = 'en'): string | undefined {
  const hints: Readonly<Record<string, string>> = TEMPLATES[locale].fieldHints;
  return Object.hasOwn(hints, field) ? hints[field] : undefined;
}

/** Where a renewed assessment comes from: the document and date it replaces. */
interface PreviousAssessment {
  path: string;
  date?: string;
}

const fill = (s: string, values: Record<string, string>): string => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

const todo = (T: TemplateText, prompt: string): string => `${T.todo}: ${prompt.charAt(0).toUpperCase()}${prompt.slice(1)}`;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

/** A section: its heading, then the known lines, or a TODO when nothing is known (or `alwaysTodo`). */
function section(T: TemplateText, s: SectionText, known: string[] = [], alwaysTodo = false): string[] {
  const body = known.length > 0 ? [...known] : [];
  if (known.length > 0 && alwaysTodo) body.push('');
  if (known.length === 0 || alwaysTodo) body.push(todo(T, s.prompt));
  return [`## ${s.heading}`, '', ...body, ''];
}

function list(items: readonly (string | undefined)[]): string[] {
  return items.filter((x): x is string => x !== undefined).map((x) => `- ${x}`);
}

function header(T: TemplateText, title: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, extra: [string, string][] = []): string[] {
  const d = c.data;
  const h = T.header;
  const packs = [...frameworks].filter((p) => p !== 'core').sort();
  const rows: [string, string | undefined][] = [
    [h.component, `\`${c.id}\``],
    [h.owner, text(d.owner) ?? text(c.registry.data?.organization?.owner) ?? T.todo],
    [h.date, today],
    [h.riskLevel, d.risk?.level ?? h.unassessed],
    [h.basis, text(d.risk?.basis)],
    [h.roles, (d.roles ?? []).join(', ') || h.none],
    [h.jurisdictions, (d.jurisdictions ?? []).join(', ') || h.none],
    [h.frameworks, packs.join(', ') || undefined],
    ...extra,
  ];
  return [
    fill(T.marker, { date: today }),
    '',
    `# ${title}: ${text(d.name) ?? c.id}`,
    '',
    ...rows.filter(([, v]) => v !== undefined).map(([k, v]) => `- ${k}: ${v}`),
    '',
  ];
}

// ------------------------------------------------------------------ risk assessment

function oversightLines(T: TemplateText, c: ComponentEntry): string[] {
  const o = c.data.human_oversight;
  const t = T.riskAssessment.oversight;
  return list([o?.assignee ? `${t.assignee}: ${o.assignee}` : undefined, text(o?.measures) ? `${t.measures}: ${text(o?.measures)}` : undefined, text(o?.stop_mechanism) ? `${t.stop}: ${text(o?.stop_mechanism)}` : undefined]);
}

/** The words of a duty's status on a day: before its date, from it, or never (Art 111(2)). */
interface StatusText {
  before: string;
  binding: string;
  legacy: string;
}

/**
 * How an EU high-risk duty stands for this component on `today`, from the day the EU pack's
 * high-risk rules take (`highRiskFrom`): binding from that day, applying from it before, good
 * practice when Art 111(2) leaves the system out.
 */
function hrStatus(S: StatusText, c: ComponentEntry, today: string): string {
  const from = highRiskFrom(c);
  if (from === undefined) return S.legacy;
  return fill(today < from ? S.before : S.binding, { from });
}

/**
 * Art 50(1)–(2) for a provider, from the day Art 50 applies; a generative system placed on the
 * market before that day has until a later one for Art 50(2) (Art 111(4)), as AIGOV539 decides
 * (`art50MarkingFrom`): the section says so until that day.
 */
function providerTransparency(T: TemplateText, c: ComponentEntry, generates: boolean, today: string): string[] {
  const P = T.packs;
  const s = P.euTransparencyProvider;
  const marking = generates ? art50MarkingFrom(c) : EU_GENERAL_FROM;
  const L = P.euMarkingLater;
  if (today < marking && marking !== EU_GENERAL_FROM) return section(T, s, [fill(today < EU_GENERAL_FROM ? L.before : L.after, { general: EU_GENERAL_FROM, from: marking })], true);
  return today < EU_GENERAL_FROM ? section(T, s, [fill(P.appliesFrom, { from: EU_GENERAL_FROM })], true) : section(T, s);
}

/**
 * The sections a pack adds to the risk assessment of this component; the EU high-risk ones say how
 * they stand on `today`, and those of a law with a date in the packs say from when it applies
 * until that day.
 */
function packSections(T: TemplateText, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): string[] {
  const P = T.packs;
  const out: string[] = [];
  const dated = (s: SectionText, from: string): string[] => (today < from ? section(T, s, [fill(P.appliesFrom, { from })], true) : section(T, s));
  const level = c.data.risk?.level;
  const interacts = capability(c, 'interacts-with-people').has;
  const generates = capability(c, 'generates-content').has;
  if (frameworks.has('eu-ai-act') && inJurisdiction(c, 'eu')) {
    const basis = text(c.data.risk?.basis);
    const recorded = level && level !== 'unassessed' && basis ? [fill(P.euClassification.recorded, { level, basis })] : [];
    pushAll(out, section(T, P.euClassification, recorded));
    if (level === 'prohibited') pushAll(out, dated(P.euProhibited, prohibitionFrom(c)));
    const status = [hrStatus(P.hrStatus, c, today)];
    if (level === 'high' && hasRole(c, 'provider')) for (const s of P.euProviderHighRisk) pushAll(out, section(T, s, status, true));
    if (level === 'high' && hasRole(c, 'deployer')) for (const s of P.euDeployerHighRisk) pushAll(out, section(T, s, status, true));
    const transparency = level === 'limited' || interacts || generates;
    if (transparency && hasRole(c, 'provider')) pushAll(out, providerTransparency(T, c, generates, today));
    if (transparency && hasRole(c, 'deployer') && !(declaresRole(c, 'provider') && !declaresRole(c, 'deployer'))) pushAll(out, dated(P.euTransparencyDeployer, EU_GENERAL_FROM));
    if (level === 'minimal' && !transparency) pushAll(out, dated(P.euMinimal, EU_PROHIBITIONS_FROM));
  }
  if (frameworks.has('jp-ai-guidelines') && inJurisdiction(c, 'jp')) {
    for (const s of P.jpGuidelines) pushAll(out, section(T, s));
    if (declaresRole(c, 'developer')) pushAll(out, section(T, P.jpDeveloper));
  }
  if (frameworks.has('nist-ai-rmf')) for (const s of P.nist) pushAll(out, section(T, s));
  if (frameworks.has('iso-42001')) for (const s of P.iso) pushAll(out, section(T, s));
  if (frameworks.has('kr-ai-basic-act') && inJurisdiction(c, 'kr')) {
    if (c.data.risk?.kr_high_impact === true || level === 'high') pushAll(out, dated(P.krHighImpact, KR_FROM));
    if (generates) pushAll(out, dated(P.krNotice, KR_FROM));
  }
  if (frameworks.has('us-co-adm') && inJurisdiction(c, 'us-co') && c.data.consequential_decision === true) pushAll(out, dated(P.coConsequential, CO_FROM));
  if (frameworks.has('cn-labeling') && inJurisdiction(c, 'cn') && generates) pushAll(out, dated(P.cnLabels, CN_FROM));
  return out;
}

/**
 * A risk assessment for the component: purpose, misuse and oversight from the registry, hazards and
 * the risk table to write, then the sections of the selected packs that concern its role and risk
 * level. `previous`: the assessment this one renews (its review was due).
 */
export function riskAssessmentTemplate(c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, previous?: PreviousAssessment, locale: Locale = 'en'): string {
  const T = TEMPLATES[locale];
  const R = T.riskAssessment;
  const prev = previous ? `${previous.path}${previous.date ? ` (${previous.date})` : ''}` : undefined;
  const lines = header(T, R.title, c, frameworks, today, prev ? [[T.header.previous, prev]] : []);
  // The path is filled in after the TODO line is made: a prompt that starts with it (Japanese)
  // must not have the path's first letter capitalised.
  if (previous) pushAll(lines, section(T, R.previous).map((l) => fill(l, { path: previous.path, date: previous.date ?? R.previous.undated })));
  const purpose = text(c.data.intended_purpose);
  pushAll(lines, section(T, R.purpose, purpose ? [`${purpose}${T.fromRegistry}`] : []));
  const misuse = text(c.data.foreseeable_misuse);
  pushAll(lines, section(T, R.misuse, misuse ? [`${misuse}${T.fromRegistry}`] : []));
  pushAll(lines, section(T, R.hazards));
  const cols = R.table.columns;
  lines.push(`## ${R.table.heading}`, '', `| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, `| ${T.todo} |${' |'.repeat(cols.length - 1)}`, '');
  pushAll(lines, section(T, { heading: R.oversight.heading, prompt: R.oversight.prompt }, oversightLines(T, c)));
  pushAll(lines, packSections(T, c, frameworks, today));
  pushAll(lines, section(T, R.residual));
  return lines.join('\n');
}

// ------------------------------------------------------------------ other documents

/** Document fields a pack finding can fill from a template: the file name and the title. */
export const DOC_FIELDS: Record<string, { file: (id: string) => string; title: string }> = {
  'docs.technical': { file: (id) => `docs/technical/${id}.md`, title: 'Technical documentation' },
  'docs.instructions_for_use': { file: (id) => `docs/instructions/${id}.md`, title: 'Instructions for use' },
  'docs.terms': { file: (id) => `docs/terms/${id}.md`, title: 'Terms of use' },
  'model.card': { file: (id) => `docs/cards/${id}.md`, title: 'Model card' },
  'data.bias_review': { file: (id) => `docs/bias/${id}.md`, title: 'Bias review' },
  'monitoring.plan': { file: (id) => `docs/monitoring/${id}.md`, title: 'Post-market monitoring plan' },
  'transparency.user_notice': { file: (id) => `docs/notices/${id}.md`, title: 'User notice' },
  'transparency.deepfake_disclosure': { file: (id) => `docs/notices/${id}-disclosure.md`, title: 'Disclosure of generated or manipulated content' },
  'security.review': { file: (id) => `docs/security/${id}.md`, title: 'Security review' },
  'training.records': { file: (id) => `docs/training/${id}.md`, title: 'AI literacy and training records' },
  'conformity.doc_path': { file: (id) => `docs/conformity/${id}.md`, title: 'EU declaration of conformity' },
  'gpai.technical_docs': { file: (id) => `docs/gpai/${id}-technical.md`, title: 'GPAI model technical documentation' },
  'gpai.copyright_policy': { file: (id) => `docs/gpai/${id}-copyright.md`, title: 'Copyright policy' },
  'gpai.training_data_summary': { file: (id) => `docs/gpai/${id}-training-data.md`, title: 'Training data summary' },
  'gpai.incidents': { file: (id) => `docs/gpai/${id}-incidents.md`, title: 'Serious incident reporting to the AI Office' },
  'incident_response.procedure': { file: (id) => `docs/incidents/${id}-procedure.md`, title: 'Incident response procedure' },
  'incident_response.register': { file: (id) => `docs/incidents/${id}-register.md`, title: 'Incident register' },
  'impact_assessment.path': { file: (id) => `docs/impact/${id}.md`, title: 'Impact assessment' },
};

/** Annex III 5(b) (creditworthiness) and 5(c) (life and health insurance): every deployer assesses. */
const FRIA_EVERY_DEPLOYER = new Set(['5(b)', '5(c)']);

/**
 * A fundamental rights impact assessment where EU AI Act Art 27 asks the deployer for one, as
 * AIGOV534 decides (its `appliesTo` and high-risk date; the rules import the templates, so the
 * test holds the two together): public bodies and providers of public services deploying an
 * Annex III system other than point 2, and any deployer of Annex III 5(b) or 5(c); not a system
 * that Art 111(2) leaves out.
 */
function isFria(c: ComponentEntry, frameworks: ReadonlySet<string>): boolean {
  if (!frameworks.has('eu-ai-act') || !hrDeployer(c) || !annexIiiNotPoint2(c) || highRiskFrom(c) === undefined) return false;
  return c.data.public_sector !== undefined || FRIA_EVERY_DEPLOYER.has(annexIiiPoint(c) ?? '');
}

function documentText(T: TemplateText, field: string, c: ComponentEntry, frameworks: ReadonlySet<string>): DocumentText {
  const documents: Record<string, DocumentText> = T.documents;
  if (field === 'impact_assessment.path' && isFria(c, frameworks)) return T.documents['impact_assessment.path:fria'];
  const own = documents[field];
  if (own) return own;
  return { ...T.documents.default, title: T.docTitles[field] ?? T.documents.default.title };
}

/**
 * The Art 73 limits, where the EU AI Act is selected and the component is in EU scope (as in the
 * packs: it lists `eu`, or no jurisdictions), said as they stand on `today`, decided as
 * `art73Binding` (incidents.ts, which imports the templates; the test holds the two together)
 * decides for an incident recorded today: binding for a high-risk provider system from its
 * high-risk date, applying from that date before it, or good practice and why.
 */
function art73Lines(T: TemplateText, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): string[] {
  if (!frameworks.has('eu-ai-act') || !inJurisdiction(c, 'eu')) return [];
  const A = T.known.art73;
  const provider = isHighRisk(c) && hasRole(c, 'provider');
  const from = provider ? highRiskFrom(c) : undefined;
  const head = !provider ? A.scope : from === undefined ? A.legacy : today < from ? fill(A.before, { from }) : A.binding;
  return [`${head}${A.separator}${A.limits}`];
}

/**
 * The deployer's Art 26(5) duty to inform the provider and the authorities of a serious incident,
 * where the EU AI Act is selected and a deployer (or a component without roles) is in EU scope:
 * binding for a high-risk system from its high-risk date (`highRiskFrom`, as the EU pack's
 * deployer rules), applying from that date before it, or good practice and why.
 */
function art26Lines(T: TemplateText, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): string[] {
  if (!frameworks.has('eu-ai-act') || !inJurisdiction(c, 'eu') || !hasRole(c, 'deployer')) return [];
  const A = T.known.art26_5;
  const head = isHighRisk(c) ? hrStatus(A, c, today) : A.scope;
  return [`${head}${A.separator}${A.inform}`];
}

/** The rows of the incident register; entries that are not incident records are named in a note below it. */
function incidentRows(T: TemplateText, c: ComponentEntry): string[] {
  const raw = Array.isArray(c.raw.incidents) ? (c.raw.incidents as unknown[]) : [];
  const cols = T.known.incidentsTable;
  const cell = (v: unknown) => (asIsoDate(v) ?? text(v) ?? '').replace(/\|/g, '\\|');
  const rows: string[] = [];
  const skipped: string[] = [];
  raw.forEach((x, i) => {
    if (x === null || typeof x !== 'object' || Array.isArray(x)) {
      skipped.push(`#${i + 1}`);
      return;
    }
    const r = x as Record<string, unknown>;
    rows.push(`| ${[text(r.id) ?? `#${i + 1}`, r.title, r.detected, r.severity, r.reported, r.status].map(cell).join(' | ')} |`);
  });
  const table = rows.length > 0 ? [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows] : [];
  const note = skipped.length > 0 ? [fill(T.known.notIncidents, { entries: skipped.join(', ') })] : [];
  return table.length > 0 && note.length > 0 ? [...table, '', ...note] : [...table, ...note];
}

/** What the registry knows for each section of a document, by heading; absent: TODO only. */
function knownFor(T: TemplateText, field: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): Map<string, { lines: string[]; alwaysTodo?: boolean }> {
  const d = c.data;
  const K = T.known;
  const out = new Map<string, { lines: string[]; alwaysTodo?: boolean }>();
  const doc = (T.documents as Record<string, DocumentText>)[field];
  const at = (i: number, lines: string[], alwaysTodo = false) => {
    const h = doc?.sections[i]?.heading;
    if (h !== undefined && lines.length > 0) out.set(h, { lines, alwaysTodo });
  };
  const purpose = text(d.intended_purpose);
  const misuse = text(d.foreseeable_misuse);
  const contacts = { ...(c.registry.data?.organization?.contacts ?? {}), ...(d.contacts ?? {}) } as Record<string, unknown>;
  switch (field) {
    case 'incident_response.procedure': {
      at(1, list([text(contacts.incident) ? `${K.incidentContact}: ${text(contacts.incident)}` : undefined, text(contacts.escalation) ? `${K.escalation}: ${text(contacts.escalation)}` : undefined]), true);
      const art26 = art26Lines(T, c, frameworks, today);
      at(3, art26.length > 0 ? [...art73Lines(T, c, frameworks, today), '', ...art26] : art73Lines(T, c, frameworks, today), true);
      at(4, text(d.human_oversight?.stop_mechanism) ? [`${K.stop}: ${text(d.human_oversight?.stop_mechanism)}`] : [], true);
      break;
    }
    case 'model.card': {
      const m = d.model;
      const details = [text(m?.provider), text(m?.name), text(m?.version)].filter((x): x is string => x !== undefined);
      at(0, details.length ? [details.join(' / ')] : [], true);
      at(1, purpose ? [purpose] : []);
      at(2, misuse ? [misuse] : [], true);
      at(3, list([(d.data?.sources ?? []).length ? `${K.sources}: ${(d.data?.sources ?? []).join(', ')}` : undefined, text(d.data?.provenance) ? `${K.provenance}: ${text(d.data?.provenance)}` : undefined]), true);
      at(4, (d.evaluations ?? []).length ? [`${K.evaluations}: ${(d.evaluations ?? []).map((e) => e.name).join(', ')}`] : [], true);
      break;
    }
    case 'monitoring.plan': {
      at(2, list([d.human_oversight?.assignee, text(contacts.incident) ? `${K.incidentContact}: ${text(contacts.incident)}` : undefined]), true);
      at(3, d.logging?.retention_days !== undefined ? [fill(K.retention, { days: String(d.logging.retention_days) })] : [], true);
      break;
    }
    case 'data.bias_review':
      break;
    case 'incident_response.register': {
      const lines = incidentRows(T, c);
      if (lines.length > 0) out.set('', { lines });
      break;
    }
  }
  return out;
}

/** "EU AI Act (Regulation (EU) 2024/1689) Art 43": the framework and article as the reader writes them. */
function reasonIn(reason: string, locale: Locale): string {
  if (locale === 'en') return reason;
  for (const p of PACKS) {
    if (reason.startsWith(`${p.title} `) && JA_PACK_TITLES[p.id]) return `${JA_PACK_TITLES[p.id]} ${jaArticle(reason.slice(p.title.length + 1))}`;
  }
  return jaArticle(reason);
}

/**
 * A starter document for a document field, in `locale`; `reason` says which obligation asked for
 * it, and `appliesFrom` from when that obligation applies to the component (the finding's date):
 * a later day is said after the reason.
 */
export function documentTemplate(field: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, reason?: string, locale: Locale = 'en', appliesFrom?: string): string {
  if (field === 'risk.assessment.path') return riskAssessmentTemplate(c, frameworks, today, undefined, locale);
  const T = TEMPLATES[locale];
  const doc = documentText(T, field, c, frameworks);
  // Art 16 of Japan's Act is a task of the State: the header says so rather than name it as what asks for the document.
  const why: [string, string][] = reason === `${JP_ACT} Art 16` ? [[T.header.context, T.header.jpAct16]] : reason ? [[T.header.why, appliesFrom !== undefined && today < appliesFrom ? fill(T.header.whyFrom, { reason: reasonIn(reason, locale), date: appliesFrom }) : reasonIn(reason, locale)]] : [];
  const lines = header(T, doc.title, c, frameworks, today, why);
  lines.push(doc.purpose, '');
  // Art 27 is a high-risk duty: the assessment says how it stands on the day.
  if (doc === T.documents['impact_assessment.path:fria']) lines.push(hrStatus(T.packs.hrStatus, c, today), '');
  const known = knownFor(T, field, c, frameworks, today);
  const table = known.get('');
  if (table) pushAll(lines, table.lines).push('');
  for (const s of doc.sections) {
    const k = known.get(s.heading);
    pushAll(lines, section(T, s, k?.lines ?? [], k?.alwaysTodo ?? false));
  }
  return lines.join('\n');
}
