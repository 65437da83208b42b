import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov511 = voluntary(
  obligationRule({
    code: 'AIGOV511',
    slug: 'jp-guideline-safety',
    title: 'Safety: dated and reviewed risk assessment',
    pack: JP_GUIDELINES_PACK,
    summary: 'The risk assessment is undated or has no next review (safety principle)',
    description:
      'The safety principle of the AI Guidelines for Business (Part 2, principle 2) asks every role to assess and reduce risks to life, body, property and mind, and to keep doing so as the system and its use change. aigov maps it to `risk.assessment` (path reported by AIGOV101), with a `date` and a `next_review`. The Guidelines are voluntary; selecting the pack opts in.',
    citation: principle(2, 'safety'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Date the risk assessment (`risk.assessment.date`) and schedule its review (`risk.assessment.next_review`).',
    appliesTo: (c) => jpGuidelinesScope(c) && notDataset(c),
    gaps: (c) => {
      if (!present(c, 'risk.assessment.path')) return need(c, 'risk.assessment.path', msg('pack.noRiskAssessment', { id: c.id }), 'AIGOV101');
      const why = msg('AIGOV511.why');
      return [
        ...need(c, 'risk.assessment.date', msg('AIGOV511.date', { id: c.id, why: why })),
        ...need(c, 'risk.assessment.next_review', msg('AIGOV511.nextReview', { id: c.id, why: why })),
      ];
    },
  }),
);
