import { NIST_FROM, NIST_PACK, nistCitation, upstreamItemGaps } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { msg } from '../i18n/format.js';

export const aigov554 = voluntary(
  obligationRule({
    code: 'AIGOV554',
    slug: 'nist-map-component-legal-risk',
    title: 'Licences of upstream models',
    pack: NIST_PACK,
    summary: 'An upstream model has no recorded license (MAP 4.1)',
    description:
      'NIST AI RMF MAP 4.1 asks that legal risks of components, including intellectual-property rights of third-party models and data, be mapped. aigov asks for `license` on every `upstream_models` entry. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MAP 4.1'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Record the license of each upstream model (`license: apache-2.0`, `license: proprietary`, …).',
    appliesTo: (c) => (c.data.upstream_models ?? []).length > 0,
    gaps: (c) => upstreamItemGaps(c, 'license', (m) => msg('AIGOV554.license', { model: m, id: c.id })),
  }),
);
