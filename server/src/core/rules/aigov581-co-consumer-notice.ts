import { CO_FROM, CO_NOTE, CO_PACK, coCitation, coConsequential } from './packs/us-co.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov581 = obligationRule({
  code: 'AIGOV581',
  slug: 'co-consumer-notice',
  title: 'Consumer notice',
  pack: CO_PACK,
  summary: 'Consumers are not told that automated decision-making is used',
  description: `Under Colorado SB 26-189, as secondary sources summarise it, deployers notify consumers that automated decision-making technology is used in a consequential decision. aigov asks deployer components with \`consequential_decision: true\` for \`transparency.user_notice\`. Effective 1 Jan 2027. ${CO_NOTE}`,
  citation: coCitation('deployer consumer notice'),
  defaultSeverity: 'info',
  appliesFrom: CO_FROM,
  howToFix: 'Link the consumer notice as `transparency.user_notice`.',
  appliesTo: (c) => coConsequential(c) && hasRole(c, 'deployer'),
  gaps: (c) => need(c, 'transparency.user_notice', msg('AIGOV581.notice', { id: c.id })),
});
