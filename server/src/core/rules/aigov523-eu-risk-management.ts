import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { need, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';
import { pushAll } from '../arrays.js';

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
    const why = msg('AIGOV523.why');
    if (!present(c, 'risk.assessment.path')) return need(c, 'risk.assessment.path', msg('AIGOV523.path', { id: c.id, why: why }), 'AIGOV101');
    const out: Gap[] = [];
    pushAll(out, need(c, 'risk.assessment.date', msg('AIGOV523.date', { id: c.id, why: why })));
    pushAll(out, need(c, 'risk.assessment.next_review', msg('AIGOV523.nextReview', { id: c.id, why: why })));
    return out;
  },
});
