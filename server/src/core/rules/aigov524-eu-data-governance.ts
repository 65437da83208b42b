import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov524 = obligationRule({
  code: 'AIGOV524',
  slug: 'eu-data-governance',
  title: 'Data governance and bias examination',
  pack: EU_PACK,
  summary: 'A high-risk system does not record its data sources, provenance or bias examination',
  description: `Training, validation and testing data of high-risk systems are subject to data governance: their origin, preparation and an examination for possible biases (EU AI Act Art 10(2)–(3)). aigov asks for \`data.sources\`, \`data.provenance\` and \`data.bias_review\`. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 10(2)–(3)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Record the data sets in `data.sources`, where they come from in `data.provenance`, and link the bias examination in `data.bias_review`.',
  appliesTo: (c) => hrProvider(c) && c.data.kind !== 'api-integration',
  gaps: (c) => {
    const why = msg('AIGOV524.why');
    return [
      ...need(c, 'data.sources', msg('AIGOV524.sources', { id: c.id, why: why })),
      ...need(c, 'data.provenance', msg('AIGOV524.provenance', { id: c.id, why: why })),
      ...need(c, 'data.bias_review', msg('AIGOV524.biasReview', { id: c.id, why: why })),
    ];
  },
});
