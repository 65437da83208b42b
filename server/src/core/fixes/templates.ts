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

const DOC_TITLES: Record<string, string> = {
  'risk.assessment.path': 'AI risk assessment',
  'impact_assessment.path': 'Impact assessment',
  'model.card': 'Model card',
  'data.bias_review': 'Bias review',
  'monitoring.plan': 'Monitoring plan',
  'transparency.user_notice': 'User notice',
  'docs.technical': 'Technical documentation',
  'docs.instructions_for_use': 'Instructions for use',
  'incident_response.procedure': 'Incident response procedure',
  'incident_response.register': 'Incident register',
};

export function documentTemplate(field: string, c: ComponentEntry, frameworks: ReadonlySet<string>, today: string): string {
  if (field === 'risk.assessment.path') return riskAssessmentTemplate(c, frameworks, today);
  const title = DOC_TITLES[field] ?? 'Document';
  return [...header(title, c, today), '## Content', '', 'TODO', ''].join('\n');
}
