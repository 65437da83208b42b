import { CO_FROM, CO_NOTE, CO_PACK, coCitation, coConsequential } from './packs/us-co.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov580 = obligationRule({
  code: 'AIGOV580',
  slug: 'co-developer-documentation',
  title: 'Developer documentation for deployers',
  pack: CO_PACK,
  summary: 'A developer of decision-making AI gives deployers no documentation',
  description: `Under Colorado SB 26-189, as secondary sources summarise it, developers give deployers documentation of intended uses, training-data categories, known limits and instructions, and notice of material updates. aigov asks developer and provider components used for consequential decisions for \`intended_purpose\` (reported by AIGOV108), \`data.sources\` and \`model.card\`. Effective 1 Jan 2027. ${CO_NOTE}`,
  citation: coCitation('developer documentation'),
  defaultSeverity: 'info',
  appliesFrom: CO_FROM,
  howToFix: 'Record the training-data categories in `data.sources` and link a model card with intended uses, known limits and instructions as `model.card`.',
  appliesTo: (c) => coConsequential(c) && hasRole(c, 'developer', 'provider'),
  gaps: (c) => {
    const why = msg('AIGOV580.why');
    return [
      ...need(c, 'intended_purpose', msg('pack.noPurpose', { id: c.id }), 'AIGOV108'),
      ...need(c, 'data.sources', msg('AIGOV580.sources', { id: c.id, why: why })),
      ...need(c, 'model.card', msg('AIGOV580.modelCard', { id: c.id, why: why })),
    ];
  },
});
