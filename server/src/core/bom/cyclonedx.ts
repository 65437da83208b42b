import type { Locale } from '../i18n/messages.js';
import { ui, type UiArgs, type UiId } from '../i18n/ui.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { componentDocPaths } from '../model/doc-paths.js';
import type { ProjectModel } from '../model/project-model.js';
import { resolveFrom } from '../paths.js';
import { sha1, toHex, uuidV5 } from './uuid.js';

/**
 * The AI-BOM as CycloneDX 1.6 JSON, built from the registry model. Pure and deterministic: the
 * same registries and date give the same bytes, and the serial number is a version-5 UUID of the
 * content unless the caller passes one.
 */

type Json = Record<string, unknown>;

interface BomInput {
  model: ProjectModel;
  /** 'YYYY-MM-DD': becomes metadata.timestamp (midnight UTC), so the BOM is reproducible. */
  today: string;
  workspace: string;
  toolVersion: string;
  /** A serial number 'urn:uuid:…' to use instead of the content-derived one. */
  serialNumber?: string;
  /** The language of the model cards' human-readable descriptions (default English). */
  locale?: Locale;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const IN_HOUSE = /^(?:in[- ]?house|internal|self|ours?)$/i;

const REF_TYPES: Record<string, string> = {
  'model.card': 'model-card',
  'risk.assessment.path': 'risk-assessment',
  'impact_assessment.path': 'risk-assessment',
  'evaluations[].path': 'quality-metrics',
  'incidents[].report': 'evidence',
  'incident_response.register': 'evidence',
  'conformity.doc_path': 'certification-report',
};

function prop(name: string, value: unknown): Json | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return { name, value: String(value) };
}

function slug(s: string): string {
  return s.trim().toLowerCase().replace(/[^a-z0-9._@/-]+/g, '-');
}

/**
 * A bom-ref from readable parts: each part's slug, joined by `separators`. When a slug lost
 * something (case, a character outside a-z 0-9 . _ -, a separator inside a part), a hash of the
 * exact parts follows after `~`, so two distinct names never share a ref (`顧客データ` and
 * `購買履歴`, `Customer DB` and `customer-db`) and the same name always gets the same one.
 */
function refOf(prefix: string, parts: readonly string[], separators: readonly string[]): string {
  let readable = '';
  let exact = true;
  parts.forEach((p, i) => {
    const s = slug(p);
    if (s !== p || separators.some((sep) => p.includes(sep))) exact = false;
    readable += `${i > 0 ? (separators[i - 1] ?? '/') : ''}${s}`;
  });
  if (exact) return `${prefix}${readable}`;
  const hash = toHex(sha1(new TextEncoder().encode(JSON.stringify(parts)))).slice(0, 16);
  return `${prefix}${readable}~${hash}`;
}

function modelRef(provider: string, name: string | undefined, version: string | undefined): string {
  const parts = [provider, name ?? provider, ...(version ? [version] : [])];
  return refOf('aigov:model:', parts, ['/', '@']);
}

interface Upstream {
  ref: string;
  provider: string;
  name?: string;
  version?: string;
  license?: string;
}

function upstreamOf(c: ComponentEntry): Upstream[] {
  const out: Upstream[] = [];
  for (const m of c.data.upstream_models ?? []) {
    const version = m.version !== undefined ? String(m.version) : undefined;
    out.push({ ref: modelRef(m.provider, m.name, version), provider: m.provider, ...(m.name ? { name: m.name } : {}), ...(version ? { version } : {}), ...(m.license ? { license: m.license } : {}) });
  }
  const own = c.data.model;
  if (own?.provider && !IN_HOUSE.test(own.provider) && c.data.kind !== 'model') {
    const version = own.version !== undefined ? String(own.version) : undefined;
    out.push({ ref: modelRef(own.provider, own.name, version), provider: own.provider, ...(own.name ? { name: own.name } : {}), ...(version ? { version } : {}) });
  }
  return out;
}

function externalRefs(c: ComponentEntry): Json[] {
  return componentDocPaths(c)
    .map((ref) => {
      const p = resolveFrom(c.registry.dir, ref.value);
      if (p === undefined) return undefined;
      return { type: REF_TYPES[ref.field] ?? 'documentation', url: p, comment: ref.field.replace('[]', '') };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
}

function modelCard(c: ComponentEntry, dataRefs: string[], locale: Locale): Json | undefined {
  const d = c.data;
  const t = (id: UiId, args?: UiArgs): string => ui(locale, id, args);
  const considerations: Json = {};
  if (d.intended_purpose) considerations.useCases = [d.intended_purpose];
  const users = (d.roles ?? []).map((role) => t('bom.role', { role }));
  if (users.length) considerations.users = users;
  const ethical: Json[] = [];
  if (d.foreseeable_misuse) ethical.push({ name: t('bom.misuse', { misuse: d.foreseeable_misuse }), ...(d.human_oversight?.measures ? { mitigationStrategy: d.human_oversight.measures } : {}) });
  if (d.risk?.level) ethical.push({ name: d.risk.basis ? t('bom.riskLevelBasis', { level: d.risk.level, basis: d.risk.basis }) : t('bom.riskLevel', { level: d.risk.level }), ...(d.risk.assessment?.path ? { mitigationStrategy: t('bom.riskAssessment', { path: d.risk.assessment.path }) } : {}) });
  if (d.data?.personal_data) ethical.push({ name: t('bom.personalData'), ...(d.contacts?.privacy ? { mitigationStrategy: t('bom.privacyContact', { contact: d.contacts.privacy }) } : {}) });
  if (ethical.length) considerations.ethicalConsiderations = ethical;
  if (d.data?.bias_review) considerations.fairnessAssessments = [{ mitigationStrategy: t('bom.biasReview', { path: d.data.bias_review }) }];
  const limits = [d.human_oversight?.stop_mechanism ? t('bom.stopMechanism', { mechanism: d.human_oversight.stop_mechanism }) : undefined].filter((x): x is string => !!x);
  if (limits.length) considerations.technicalLimitations = limits;
  const card: Json = {};
  if (dataRefs.length) card.modelParameters = { datasets: dataRefs.map((ref) => ({ ref })) };
  const metrics = (d.evaluations ?? [])
    .filter((e) => e.value !== undefined)
    .map((e) => ({ type: e.metric ?? e.name, value: String(e.value), slice: e.name }));
  if (metrics.length) card.quantitativeAnalysis = { performanceMetrics: metrics };
  if (Object.keys(considerations).length) card.considerations = considerations;
  return Object.keys(card).length ? card : undefined;
}

function properties(c: ComponentEntry): Json[] {
  const d = c.data;
  const list: (Json | undefined)[] = [
    prop('aigov:id', c.id),
    prop('aigov:kind', d.kind),
    prop('aigov:registry', c.registry.path),
    prop('aigov:risk.level', d.risk?.level ?? 'unassessed'),
    prop('aigov:risk.basis', d.risk?.basis),
    prop('aigov:risk.assessment.date', d.risk?.assessment?.date),
    prop('aigov:risk.assessment.next_review', d.risk?.assessment?.next_review),
    ...(d.roles ?? []).map((r) => prop('aigov:role', r)),
    ...(d.jurisdictions ?? []).map((j) => prop('aigov:jurisdiction', j)),
    prop('aigov:owner', d.owner),
    prop('aigov:contacts.incident', d.contacts?.incident ?? c.registry.data?.organization?.contacts?.incident),
    prop('aigov:human_oversight.assignee', d.human_oversight?.assignee),
    ...(d.registrations ?? []).map((r) => prop(`aigov:registration:${r.registry}`, [r.id, r.status, r.date].filter(Boolean).join(' ') || 'recorded')),
    ...(d.incidents ?? []).map((i) => prop('aigov:incident', `${i.id} ${i.severity ?? 'unset'} ${i.status ?? 'open'} detected ${i.detected}${i.reported ? ` reported ${i.reported}` : ''}`)),
  ];
  return list.filter((x): x is Json => x !== undefined);
}

export function buildBom(input: BomInput): Json {
  const components: Json[] = [];
  const dependencies: Json[] = [];
  const shared = new Map<string, Json>();
  const usedRefs = new Set<string>();
  const topRefs: string[] = [];
  for (const c of input.model.components) {
    const d = c.data;
    let ref = `aigov:component:${c.id}`;
    for (let n = 2; usedRefs.has(ref); n++) ref = `aigov:component:${c.id}~${n}`;
    usedRefs.add(ref);
    topRefs.push(ref);
    const dataRefs = (d.data?.sources ?? []).map((s) => {
      const r = refOf('aigov:data:', [s], []);
      if (!shared.has(r)) {
        shared.set(r, { type: 'data', 'bom-ref': r, name: s, data: [{ type: 'dataset', name: s }] });
      }
      const entry = shared.get(r) as Json;
      const item = (entry.data as Json[])[0] as Json;
      if (d.data?.personal_data) item.sensitiveData = [ui(input.locale ?? 'en', 'bom.sensitivePersonal')];
      if (d.data?.provenance && !item.description) item.description = d.data.provenance;
      return r;
    });
    const ups = upstreamOf(c);
    for (const u of ups) {
      if (shared.has(u.ref)) continue;
      shared.set(u.ref, {
        type: 'machine-learning-model',
        'bom-ref': u.ref,
        supplier: { name: u.provider },
        name: u.name ?? u.provider,
        ...(u.version ? { version: u.version } : {}),
        ...(u.license ? { licenses: [{ license: { name: u.license } }] } : {}),
      });
    }
    const type = d.kind === 'model' ? 'machine-learning-model' : d.kind === 'dataset' ? 'data' : 'application';
    const version = d.version ?? d.model?.version;
    const orgName = c.registry.data?.organization?.name;
    const manufacturer = orgName || d.owner ? { name: orgName ?? d.owner, ...(d.owner && EMAIL.test(d.owner) ? { contact: [{ email: d.owner }] } : {}) } : undefined;
    const entry: Json = {
      type,
      'bom-ref': ref,
      name: d.name ?? c.id,
      ...(version !== undefined ? { version: String(version) } : {}),
      ...(d.intended_purpose ? { description: d.intended_purpose } : {}),
      ...(manufacturer ? { manufacturer } : {}),
    };
    if (type === 'data') {
      entry.data = [{ type: 'dataset', name: d.name ?? c.id, ...(d.data?.provenance ? { description: d.data.provenance } : {}), ...(d.data?.personal_data ? { sensitiveData: [ui(input.locale ?? 'en', 'bom.sensitivePersonal')] } : {}) }];
    } else {
      const card = modelCard(c, dataRefs, input.locale ?? 'en');
      if (card) entry.modelCard = card;
    }
    const refs = externalRefs(c);
    if (refs.length) entry.externalReferences = refs;
    const props = properties(c);
    if (props.length) entry.properties = props;
    components.push(entry);
    const dependsOn = [...new Set([...ups.map((u) => u.ref), ...dataRefs])];
    dependencies.push(dependsOn.length ? { ref, dependsOn } : { ref });
  }
  const sharedSorted = [...shared.values()].sort((a, b) => String(a['bom-ref']).localeCompare(String(b['bom-ref'])));
  for (const s of sharedSorted) dependencies.push({ ref: s['bom-ref'] });
  const body: Json = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      timestamp: `${input.today}T00:00:00Z`,
      tools: { components: [{ type: 'application', name: 'aigov', version: input.toolVersion }] },
      component: { type: 'application', 'bom-ref': 'aigov:workspace', name: input.workspace },
      properties: [
        { name: 'aigov:frameworks', value: [...new Set(input.model.registries.flatMap((r) => [...input.model.frameworksOf(r)]))].sort().join(',') },
        // A folder governed by registries above it: their components are in the BOM of their own folder.
        ...input.model.above.map((r) => ({ name: 'aigov:governedFrom', value: r.path })),
      ],
    },
    components: [...components, ...sharedSorted],
    dependencies: [{ ref: 'aigov:workspace', ...(topRefs.length ? { dependsOn: topRefs } : {}) }, ...dependencies],
  };
  const serialNumber = input.serialNumber ?? `urn:uuid:${uuidV5(`aigov-bom:${JSON.stringify(body)}`)}`;
  return { bomFormat: body.bomFormat, specVersion: body.specVersion, serialNumber, version: body.version, metadata: body.metadata, components: body.components, dependencies: body.dependencies };
}
