import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { need, present, q } from './packs/scope.js';

export const aigov523 = obligationRule({
  code: 'AIGOV523',
  slug: 'eu-risk-management',
  title: 'Risk management system',
  pack: EU_PACK,
  summary: 'A high-risk system has no dated, reviewed risk management record',
  description: `Providers of high-risk systems run a risk management system over the whole lifecycle, with testing (EU AI Act Art 9). aigov asks for the assessment (\`risk.assessment.path\`, which AIGOV101 reports when missing), its \`date\` and a \`next_review\` that keeps it iterative. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 9'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Link the risk assessment under `risk.assessment` with `path`, `date` and `next_review` (the AIGOV101 quick-fix writes all three).',
  appliesTo: hrProvider,
  gaps: (c) => {
    const why = 'Art 9 requires a risk management system run across the whole lifecycle of a high-risk system.';
    if (!present(c, 'risk.assessment.path')) return need(c, 'risk.assessment.path', `High-risk system ${q(c)} has no risk assessment. ${why}`, 'AIGOV101');
    const out: Gap[] = [];
    out.push(...need(c, 'risk.assessment.date', `The risk assessment of high-risk system ${q(c)} has no date. ${why}`));
    out.push(...need(c, 'risk.assessment.next_review', `The risk assessment of high-risk system ${q(c)} has no next_review. ${why}`));
    return out;
  },
});
