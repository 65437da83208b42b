import { KR_FROM, KR_GRACE_NOTE, KR_PACK, isKrHighImpact, krCitation, krOperator } from './packs/kr.js';
import { obligationRule } from './packs/obligation.js';
import { need, needAtLeast } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov572 = obligationRule({
  code: 'AIGOV572',
  slug: 'kr-high-impact-measures',
  title: 'High-impact measures, records 5 years',
  pack: KR_PACK,
  summary: 'High-impact AI lacks its risk plan, a named overseer, or five years of records',
  description: `Operators of high-impact AI put in place a risk management plan, an explanation plan, user protection, human oversight, and documents evidencing them, publish a summary and the overseer's contact, and keep the records for 5 years (Korea AI Basic Act Art 34, Enforcement Decree Art 27). aigov asks for \`risk.assessment.path\` (reported by AIGOV101), \`human_oversight.assignee\` and \`records.retention_years\` of at least 5. ${KR_GRACE_NOTE}`,
  citation: krCitation('34', '27'),
  defaultSeverity: 'warning',
  appliesFrom: KR_FROM,
  howToFix: 'Link the risk management plan under `risk.assessment`, name the overseer in `human_oversight.assignee`, and set `records: { retention_years: 5 }` or more.',
  appliesTo: (c) => krOperator(c) && isKrHighImpact(c),
  gaps: (c) => [
    ...need(c, 'risk.assessment.path', msg('AIGOV572.plan', { id: c.id }), 'AIGOV101'),
    ...need(c, 'human_oversight.assignee', msg('AIGOV572.assignee', { id: c.id })),
    ...needAtLeast(c, 'records.retention_years', 5, (n) =>
      n === undefined
        ? msg('AIGOV572.retentionUnset', { id: c.id })
        : msg('AIGOV572.retentionShort', { id: c.id, years: n }, n),
    ),
  ],
});
