import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov559 = voluntary(
  obligationRule({
    code: 'AIGOV559',
    slug: 'nist-manage-incidents',
    title: 'Incidents tracked and communicated',
    pack: NIST_PACK,
    summary: 'Incidents are not tracked, or nobody receives them (MANAGE 4.3)',
    description:
      'NIST AI RMF MANAGE 4.3 asks that incidents and errors be communicated to relevant parties and that processes for tracking them be followed. aigov asks for an incident register (`incident_response.register`) and an incident contact (`contacts.incident`, reported by AIGOV102). Voluntary; selecting the pack opts in.',
    citation: nistCitation('MANAGE 4.3'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Keep an incident register and link it as `incident_response.register`; set `contacts.incident`.',
    appliesTo: notDataset,
    gaps: (c) => [
      ...need(c, 'incident_response.register', msg('AIGOV559.register', { id: c.id })),
      ...need(c, 'contacts.incident', msg('pack.noIncidentContact', { id: c.id }), 'AIGOV102'),
    ],
  }),
);
