import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov560 = voluntary(
  obligationRule({
    code: 'AIGOV560',
    slug: 'iso-risk-assessment',
    title: 'AI risk assessment',
    pack: ISO_PACK,
    summary: 'The AI risk assessment is missing or undated (6.1.2)',
    description: `ISO/IEC 42001 clause 6.1.2 asks for an AI risk assessment process, carried out at planned intervals (8.2). aigov asks for \`risk.assessment.path\` (reported by AIGOV101) and its \`date\`. ${ISO_NOTE}`,
    citation: isoCitation('clause 6.1.2'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'Link the risk assessment under `risk.assessment` with `path` and `date`.',
    appliesTo: notDataset,
    gaps: (c) =>
      present(c, 'risk.assessment.path')
        ? need(c, 'risk.assessment.date', msg('AIGOV560.date', { id: c.id }))
        : need(c, 'risk.assessment.path', msg('pack.noRiskAssessment', { id: c.id }), 'AIGOV101'),
  }),
);
