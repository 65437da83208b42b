import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, needList } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov552 = voluntary(
  obligationRule({
    code: 'AIGOV552',
    slug: 'nist-map-context',
    title: 'Purpose and legal context',
    pack: NIST_PACK,
    summary: 'The purpose or the legal context is not recorded (MAP 1.1)',
    description:
      'NIST AI RMF MAP 1.1 asks that intended purposes, context of use and applicable laws be understood and documented. aigov maps it to `intended_purpose` (reported by AIGOV108) and `jurisdictions`. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MAP 1.1'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'State the purpose in `intended_purpose` and where the system is used in `jurisdictions` (e.g. `[jp, eu]`).',
    appliesTo: () => true,
    gaps: (c) => [
      ...need(c, 'intended_purpose', msg('pack.noPurpose', { id: c.id }), 'AIGOV108'),
      ...needList(c, 'jurisdictions', msg('AIGOV552.jurisdictions', { id: c.id })),
    ],
  }),
);
