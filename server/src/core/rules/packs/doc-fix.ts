import type { Finding, FixProposal } from '../../finding.js';
import { createFile } from '../../fixes/edits.js';
import { setMissing, toFileEdit } from '../../fixes/yaml-edit.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { joinPath } from '../../paths.js';
import type { FixContext } from '../types.js';
import { componentPath } from '../util.js';

/** Document fields a pack finding can fill from a template: the file name and the title. */
const DOC_FIELDS: Record<string, { file: (id: string) => string; title: string }> = {
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

export function docFieldTitle(field: string): string | undefined {
  return DOC_FIELDS[field]?.title;
}

function template(title: string, c: ComponentEntry, today: string, reason: string): string {
  const d = c.data;
  return [
    `# ${title}: ${d.name ?? c.id}`,
    '',
    `- Component: \`${c.id}\``,
    `- Owner: ${d.owner ?? 'TODO'}`,
    `- Date: ${today}`,
    `- Why: ${reason}`,
    '',
    '## Content',
    '',
    'TODO',
    '',
  ].join('\n');
}

/**
 * "Create <doc> from a template and link it" for a pack finding about a missing document field.
 * Never overwrites: a taken name gets a number.
 */
export function docGapFixes(f: Finding, ctx: FixContext): FixProposal[] {
  const id = f.data?.id;
  const field = f.data?.field;
  if (typeof id !== 'string' || typeof field !== 'string') return [];
  const spec = DOC_FIELDS[field];
  if (!spec) return [];
  const c = ctx.model.componentsWithId(id).find((x) => x.registry.path === f.file);
  const text = ctx.textOf(f.file);
  if (!c || text === undefined) return [];
  const first = spec.file(id);
  let rel = first;
  for (let n = 2; ctx.exists(joinPath(c.registry.dir, rel)) && n < 100; n++) rel = first.replace(/\.md$/, `-${n}.md`);
  const target = joinPath(c.registry.dir, rel);
  if (ctx.exists(target)) return [];
  // A new impact_assessment block gets its date too; an existing one only its path.
  const newBlock = field === 'impact_assessment.path' && (c.raw.impact_assessment === undefined || c.raw.impact_assessment === null);
  const value = newBlock ? { path: rel, date: ctx.today } : rel;
  const yamlPath = newBlock ? componentPath(c, 'impact_assessment') : componentPath(c, field);
  const change = setMissing(text, yamlPath, value);
  if (!change) return [];
  const reason = f.citation ? `${f.citation.framework} ${f.citation.article}` : f.code;
  return [
    {
      title: `Create ${target} from a template and link it as ${field}`,
      code: f.code,
      isPreferred: true,
      safe: true,
      edits: [createFile(target, template(spec.title, c, ctx.today, reason)), toFileEdit(f.file, text, change)],
    },
  ];
}
