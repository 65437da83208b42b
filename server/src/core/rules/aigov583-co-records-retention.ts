import { CO_FROM, CO_NOTE, CO_PACK, coCitation, coConsequential } from './packs/us-co.js';
import { obligationRule } from './packs/obligation.js';
import { needAtLeast } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov583 = obligationRule({
  code: 'AIGOV583',
  slug: 'co-records-retention',
  title: 'Records kept 3 years',
  pack: CO_PACK,
  summary: 'Records of automated decision-making are kept for less than 3 years',
  description: `Under Colorado SB 26-189, as secondary sources summarise it, records are kept for at least 3 years. aigov asks components with \`consequential_decision: true\` for \`records.retention_years\` of at least 3. Effective 1 Jan 2027. ${CO_NOTE}`,
  citation: coCitation('record retention'),
  defaultSeverity: 'info',
  appliesFrom: CO_FROM,
  howToFix: 'Set `records: { retention_years: 3 }` or more.',
  appliesTo: coConsequential,
  gaps: (c) =>
    needAtLeast(c, 'records.retention_years', 3, (n) =>
      n === undefined
        ? msg('AIGOV583.retentionUnset', { id: c.id })
        : msg('AIGOV583.retentionShort', { id: c.id, years: n }, n),
    ),
});
