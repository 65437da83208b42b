import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov557 = voluntary(
  obligationRule({
    code: 'AIGOV557',
    slug: 'nist-manage-deactivation',
    title: 'Deactivation mechanism',
    pack: NIST_PACK,
    summary: 'No way to disengage or deactivate the system is recorded (MANAGE 2.4)',
    description:
      'NIST AI RMF MANAGE 2.4 asks for mechanisms to supersede, disengage or deactivate AI systems that behave inconsistently with their intended use. aigov asks for `human_oversight.stop_mechanism`. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MANAGE 2.4'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Record how the system is switched off or bypassed: `human_oversight: { stop_mechanism: feature flag CHAT_OFF }`.',
    appliesTo: notDataset,
    gaps: (c) => need(c, 'human_oversight.stop_mechanism', msg('AIGOV557.stop', { id: c.id })),
  }),
);
