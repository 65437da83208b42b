import { CO_FROM, CO_PACK, coCitation } from './packs/us-co.js';
import { obligationRule } from './packs/obligation.js';
import { inJurisdiction, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov584 = obligationRule({
  code: 'AIGOV584',
  slug: 'co-consequential-decision-undeclared',
  title: 'Consequential decisions declared',
  pack: CO_PACK,
  summary: 'A Colorado component does not say whether it makes consequential decisions',
  description:
    'Colorado SB 26-189 applies to automated decision-making technology used in consequential decisions. The other rules of the pack key on `consequential_decision`; this one asks components in Colorado scope to declare it (`true` or `false`). Effective 1 Jan 2027.',
  citation: coCitation('scope: consequential decisions'),
  defaultSeverity: 'info',
  appliesFrom: CO_FROM,
  howToFix: 'Declare `consequential_decision: true` when the system makes or substantially supports decisions on employment, lending, housing, insurance, education, health care or similar; otherwise `false`.',
  appliesTo: (c) => inJurisdiction(c, 'us-co') && notDataset(c),
  gaps: (c) =>
    typeof c.data.consequential_decision === 'boolean'
      ? []
      : [{ field: 'consequential_decision', message: msg('AIGOV584.declare', { id: c.id }) }],
});
