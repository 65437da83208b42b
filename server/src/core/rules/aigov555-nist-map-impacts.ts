import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov555 = voluntary(
  obligationRule({
    code: 'AIGOV555',
    slug: 'nist-map-impacts',
    title: 'Impact assessment',
    pack: NIST_PACK,
    summary: 'Impacts on people and society are not assessed (MAP 5.1)',
    description:
      'NIST AI RMF MAP 5.1 asks that the likelihood and magnitude of each identified impact be identified and documented. aigov asks for a linked impact assessment (`impact_assessment.path`). Voluntary; selecting the pack opts in.',
    citation: nistCitation('MAP 5.1'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Assess the impacts on individuals, groups and society and link the assessment as `impact_assessment.path` (with `date`).',
    appliesTo: notDataset,
    gaps: (c) => need(c, 'impact_assessment.path', msg('AIGOV555.impact', { id: c.id })),
  }),
);
