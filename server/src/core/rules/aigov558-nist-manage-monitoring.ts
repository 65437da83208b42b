import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov558 = voluntary(
  obligationRule({
    code: 'AIGOV558',
    slug: 'nist-manage-monitoring',
    title: 'Post-deployment monitoring plan',
    pack: NIST_PACK,
    summary: 'No post-deployment monitoring plan (MANAGE 4.1)',
    description:
      'NIST AI RMF MANAGE 4.1 asks for post-deployment monitoring plans, including mechanisms for user input, appeal, incident response and decommissioning. aigov asks for `monitoring.plan`. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MANAGE 4.1'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Write the monitoring plan and link it as `monitoring.plan`.',
    appliesTo: notDataset,
    gaps: (c) => need(c, 'monitoring.plan', msg('AIGOV558.plan', { id: c.id })),
  }),
);
