import { CO_FROM, CO_NOTE, CO_PACK, coCitation, coConsequential } from './packs/us-co.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov582 = obligationRule({
  code: 'AIGOV582',
  slug: 'co-adverse-outcome-review',
  title: 'Explanation, correction and human review',
  pack: CO_PACK,
  summary: 'No process for explaining, correcting and reviewing an adverse decision',
  description: `Under Colorado SB 26-189, as secondary sources summarise it, a consumer who receives an adverse outcome gets an explanation within 30 days, and can correct data and ask for human review and reconsideration. aigov asks deployer components with \`consequential_decision: true\` for \`human_oversight.review_path\`. Effective 1 Jan 2027. ${CO_NOTE}`,
  citation: coCitation('adverse-outcome explanation and review'),
  defaultSeverity: 'info',
  appliesFrom: CO_FROM,
  howToFix: 'Describe how a consumer gets an explanation within 30 days, corrects data and obtains human review, and record it in `human_oversight.review_path`.',
  appliesTo: (c) => coConsequential(c) && hasRole(c, 'deployer'),
  gaps: (c) =>
    need(c, 'human_oversight.review_path', msg('AIGOV582.reviewPath', { id: c.id })),
});
