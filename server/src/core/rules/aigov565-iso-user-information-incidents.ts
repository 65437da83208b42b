import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov565 = voluntary(
  obligationRule({
    code: 'AIGOV565',
    slug: 'iso-user-information-incidents',
    title: 'User information and incident channel',
    pack: ISO_PACK,
    summary: 'No information for users, or no incident channel (A.8.2, A.8.4)',
    description: `ISO/IEC 42001 controls A.8.2 (system documentation and information for users) and A.8.4 (communication of incidents). aigov asks for \`docs.instructions_for_use\` and \`contacts.incident\` (reported by AIGOV102). ${ISO_NOTE}`,
    citation: isoCitation('controls A.8.2, A.8.4'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'Link the information given to users as `docs.instructions_for_use`; set `contacts.incident`.',
    appliesTo: notDataset,
    gaps: (c) => [
      ...need(c, 'docs.instructions_for_use', msg('AIGOV565.instructions', { id: c.id })),
      ...need(c, 'contacts.incident', msg('pack.noIncidentContact', { id: c.id }), 'AIGOV102'),
    ],
  }),
);
