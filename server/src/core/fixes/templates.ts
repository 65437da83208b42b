import type { ComponentEntry } from '../manifest/registry.js';

/** Markdown templates that fixes create. Headings follow the frameworks the registry selected. */

function header(title: string, c: ComponentEntry, today: string): string[] {
  const d = c.data;
  return [
    `# ${title}: ${d.name ?? c.id}`,
    '',
    `- Component: \`${c.id}\``,
    `- Owner: ${d.owner ?? 'TODO'}`,
    `- Date: ${today}`,
    `- Risk level: ${d.risk?.level ?? 'unassessed'}`,
    '',
  ];
}

const SECTIONS_BY_PACK: Record<string, string[]> = {
  'eu-ai-act': [
    '## Risk classification (EU AI Act Art 5, Art 6, Annex III)',
    '## Risk management measures (EU AI Act Art 9)',
    '## Data governance and bias examination (EU AI Act Art 10)',
    '## Human oversight (EU AI Act Art 14)',
    '## Accuracy, robustness and cybersecurity (EU AI Act Art 15)',
  ],
  'jp-ai-guidelines': [
    '## Human-centric use and foreseeable misuse (AI Guidelines for Business, principle 1)',
    '## Safety (principle 2)',
    '## Fairness and bias (principle 3)',
    '## Privacy (principle 4)',
    '## Security (principle 5)',
    '## Transparency and accountability (principles 6 and 7)',
  ],
  'nist-ai-rmf': ['## MAP: context, purpose and impacts (MAP 1.1, 5.1)', '## MEASURE: testing and evaluation (MEASURE 2)', '## MANAGE: deactivation and monitoring (MANAGE 2.4, 4.1)'],
  'iso-42001': ['## AI risk assessment (ISO/IEC 42001 6.1.2)', '## Risk treatment and Statement of Applicability (6.1.3)'],
  'kr-ai-basic-act': ['## High-impact determination (Korea AI Basic Act Art 33)', '## Risk management and user protection plan (Art 34)'],
};

export function riskAssessmentTemplate(c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): string {
  const lines = header('AI risk assessment', c, today);
  lines.push('## Intended purpose', '', c.data.intended_purpose ?? 'TODO: what the system is for, and for whom.', '');
  lines.push('## Hazards and foreseeable misuse', '', 'TODO', '');
  lines.push('## Likelihood and severity', '', '| Risk | Likelihood | Severity | Mitigation | Owner |', '| --- | --- | --- | --- | --- |', '| TODO | | | | |', '');
  for (const [pack, sections] of Object.entries(SECTIONS_BY_PACK)) {
    if (!frameworks.has(pack)) continue;
    for (const s of sections) lines.push(s, '', 'TODO', '');
  }
  lines.push('## Residual risk and sign-off', '', 'TODO: accepted by whom, on what date; next review.', '');
  return lines.join('\n');
}

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

/** A starter document for a document field; `reason` says which obligation asked for it. */
export function documentTemplate(field: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string, reason?: string): string {
  if (field === 'risk.assessment.path') return riskAssessmentTemplate(c, frameworks, today);
  const title = DOC_FIELDS[field]?.title ?? 'Document';
  const head = header(title, c, today);
  if (reason) head.splice(head.length - 1, 0, `- Why: ${reason}`);
  return [...head, '## Content', '', 'TODO', ''].join('\n');
}
