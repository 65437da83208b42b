import { KR_FROM, KR_PACK, isKrHighImpact, krCitation, krOperator } from './packs/kr.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov573 = obligationRule({
  code: 'AIGOV573',
  slug: 'kr-impact-assessment',
  title: 'Fundamental-rights impact assessment',
  pack: KR_PACK,
  summary: 'High-impact AI has no fundamental-rights impact assessment (best effort)',
  description:
    'Operators of high-impact AI endeavour to assess its impact on fundamental rights before providing it (Korea AI Basic Act Art 35, Enforcement Decree Art 28). It is a best-efforts duty, so the rule reports at info level and asks for `impact_assessment.path`.',
  citation: krCitation('35', '28'),
  defaultSeverity: 'info',
  appliesFrom: KR_FROM,
  howToFix: 'Assess the impact on fundamental rights before provision and link it as `impact_assessment.path`.',
  appliesTo: (c) => krOperator(c) && isKrHighImpact(c),
  gaps: (c) => need(c, 'impact_assessment.path', msg('AIGOV573.impact', { id: c.id })),
});
