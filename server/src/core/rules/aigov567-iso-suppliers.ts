import { ISO_FROM, ISO_NOTE, ISO_PACK, isoCitation } from './packs/iso.js';
import { upstreamDeclared, upstreamItemGaps } from './packs/nist.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov567 = voluntary(
  obligationRule({
    code: 'AIGOV567',
    slug: 'iso-suppliers',
    title: 'Suppliers',
    pack: ISO_PACK,
    summary: 'Suppliers of models are not declared, or their terms are unknown (A.10.2–A.10.3)',
    description: `ISO/IEC 42001 controls A.10.2–A.10.3 cover the allocation of responsibilities with, and the selection of, suppliers. aigov asks components of kind \`llm-app\`, \`agent\` and \`api-integration\` to declare their upstream models and each upstream model to carry a \`license\`. ${ISO_NOTE}`,
    citation: isoCitation('controls A.10.2–A.10.3'),
    defaultSeverity: 'info',
    appliesFrom: ISO_FROM,
    howToFix: 'List each supplier model under `upstream_models` with `provider`, `name`, `version` and `license`.',
    appliesTo: notDataset,
    gaps: (c) => {
      const why = msg('AIGOV567.why');
      return [...upstreamDeclared(c, why), ...upstreamItemGaps(c, 'license', (m) => msg('AIGOV567.license', { model: m, id: c.id, why }))];
    },
  }),
);
