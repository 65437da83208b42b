import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need, q } from './packs/scope.js';

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
    const why = 'Art 10(2)–(3) requires data governance for the data of high-risk systems.';
    return [
      ...need(c, 'data.sources', `High-risk system ${q(c)} does not list its data sets (data.sources). ${why}`),
      ...need(c, 'data.provenance', `High-risk system ${q(c)} does not record where its data comes from (data.provenance). ${why}`),
      ...need(c, 'data.bias_review', `High-risk system ${q(c)} has no bias examination (data.bias_review). ${why}`),
    ];
  },
});
