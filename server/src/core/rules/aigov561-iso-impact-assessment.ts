import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov561 = voluntary(
  obligationRule({
    code: 'AIGOV561',
    slug: 'iso-impact-assessment',
    title: 'AI system impact assessment',
    pack: ISO_PACK,
    summary: 'No AI system impact assessment (6.1.4, A.5.2–A.5.5)',
    description: `ISO/IEC 42001 clause 6.1.4 asks for an AI system impact assessment, and Annex A controls A.5.2–A.5.5 for the impacts on individuals, groups and society to be assessed and documented (ISO/IEC 42005:2025 covers the method). aigov asks for \`impact_assessment.path\` and \`.date\`. ${ISO_NOTE}`,
    citation: isoCitation('clause 6.1.4, controls A.5.2–A.5.5'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'Carry out the impact assessment and link it: `impact_assessment: { path: docs/impact/x.md, date: 2026-06-01 }`.',
    appliesTo: notDataset,
    gaps: (c) =>
      present(c, 'impact_assessment.path')
        ? need(c, 'impact_assessment.date', msg('AIGOV561.date', { id: c.id }))
        : need(c, 'impact_assessment.path', msg('AIGOV561.path', { id: c.id })),
  }),
);
