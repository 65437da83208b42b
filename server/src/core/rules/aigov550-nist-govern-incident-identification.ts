import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov550 = voluntary(
  obligationRule({
    code: 'AIGOV550',
    slug: 'nist-govern-incident-identification',
    title: 'Incident identification',
    pack: NIST_PACK,
    summary: 'No procedure for identifying and handling AI incidents (GOVERN 4.3)',
    description:
      'NIST AI RMF GOVERN 4.3 asks for organisational practices that enable AI testing, identification of incidents and information sharing. aigov asks for a linked incident procedure (`incident_response.procedure`). GOVERN 2.1 (roles and responsibilities) is covered by the core rules AIGOV105 (owner) and AIGOV102 (incident contact). The AI RMF is voluntary; selecting the pack opts in.',
    citation: nistCitation('GOVERN 4.3'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Write how incidents are recognised, triaged and escalated and link it as `incident_response.procedure`.',
    appliesTo: notDataset,
    gaps: (c) => need(c, 'incident_response.procedure', msg('AIGOV550.procedure', { id: c.id })),
  }),
);
