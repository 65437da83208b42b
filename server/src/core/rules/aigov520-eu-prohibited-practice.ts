import { EU_NEW_PROHIBITIONS_FROM, EU_PACK, EU_PROHIBITIONS_FROM, euCitation, inEu, prohibitionFrom } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { msg } from '../i18n/format.js';

export const aigov520 = obligationRule({
  code: 'AIGOV520',
  slug: 'eu-prohibited-practice',
  title: 'No prohibited practice',
  pack: EU_PACK,
  summary: 'A component is classified as a prohibited AI practice',
  description:
    `Art 5 of the EU AI Act lists AI practices that may not be placed on the market, put into service or used in the EU. It applies since ${EU_PROHIBITIONS_FROM} and carries the highest fines (Art 99: up to €35m or 7% of worldwide turnover); the Digital Omnibus adds Art 5(1)(ba) and (bb) (non-consensual intimate imagery, child sexual abuse material), which apply from ${EU_NEW_PROHIBITIONS_FROM}: the rule takes that date when \`risk.basis\` cites them. A component whose \`risk.level\` is \`prohibited\` and that is in EU scope is reported as an error.`,
  citation: euCitation('Art 5'),
  defaultSeverity: 'error',
  appliesFrom: EU_PROHIBITIONS_FROM,
  appliesFromFor: prohibitionFrom,
  howToFix:
    'Stop the practice in the EU, or, if the classification is wrong, record the correct `risk.level` with the reasoning in `risk.basis` and `intended_purpose`. Remove `eu` from `jurisdictions` only if the system is really not placed on the market, put into service or used in the EU.',
  appliesTo: (c) => inEu(c) && c.data.risk?.level === 'prohibited',
  gaps: (c) => [
    {
      field: 'risk.level',
      at: 'value',
      message: msg('AIGOV520.prohibited', { id: c.id }),
    },
  ],
});
