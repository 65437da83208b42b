import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, needList, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov562 = voluntary(
  obligationRule({
    code: 'AIGOV562',
    slug: 'iso-lifecycle-documentation',
    title: 'Lifecycle documentation and V&V',
    pack: ISO_PACK,
    summary: 'Requirements, design or verification and validation are not documented (A.6.2.2–A.6.2.5)',
    description: `ISO/IEC 42001 controls A.6.2.2–A.6.2.5 cover requirements, design and development, verification and validation, and deployment of AI systems. aigov asks for \`docs.technical\` and at least one \`evaluations\` entry. ${ISO_NOTE}`,
    citation: isoCitation('controls A.6.2.2–A.6.2.5'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'Link the design documentation as `docs.technical` and record verification and validation results in `evaluations`.',
    appliesTo: notDataset,
    gaps: (c) => [
      ...need(c, 'docs.technical', msg('AIGOV562.technical', { id: c.id })),
      ...needList(c, 'evaluations', msg('AIGOV562.evaluations', { id: c.id })),
    ],
  }),
);
