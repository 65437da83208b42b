import { KR_FROM, KR_PACK, krCitation, krOperator } from './packs/kr.js';
import { obligationRule } from './packs/obligation.js';
import { msg } from '../i18n/format.js';

/** Art 32 (decree Art 24): safety duties above 10^26 FLOP of training compute. */
const KR_SAFETY_FLOPS = 1e26;

export const aigov574 = obligationRule({
  code: 'AIGOV574',
  slug: 'kr-compute-threshold',
  title: 'Compute threshold (10^26 FLOP)',
  pack: KR_PACK,
  summary: 'A model above 10^26 FLOP falls under the safety duties of the Korean Act',
  description:
    'AI trained with more than 10^26 FLOP of compute is subject to safety duties (Korea AI Basic Act Art 32, Enforcement Decree Art 24). The rule applies to models with a `gpai` block in Korean scope: it asks for `gpai.compute_flops` so the threshold can be checked, and reports at info level when a model is above it, so that the safety duties are reviewed.',
  citation: krCitation('32', '24'),
  defaultSeverity: 'info',
  appliesFrom: KR_FROM,
  howToFix: 'Record the training compute in `gpai.compute_flops`; above 10^26 FLOP, review the Art 32 safety duties and record how they are met (then suppress this finding with that reason).',
  appliesTo: (c) => krOperator(c) && c.raw.gpai !== undefined && c.raw.gpai !== null,
  gaps: (c) => {
    const flops = c.data.gpai?.compute_flops;
    if (flops === undefined) return [{ field: 'gpai.compute_flops', message: msg('AIGOV574.unset', { id: c.id }) }];
    if (flops <= KR_SAFETY_FLOPS) return [];
    return [{ field: 'gpai.compute_flops', at: 'value', message: msg('AIGOV574.above', { id: c.id, flops: flops.toExponential(1) }) }];
  },
});
