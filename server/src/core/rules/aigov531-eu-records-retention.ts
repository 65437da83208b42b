import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { needAtLeast } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov531 = obligationRule({
  code: 'AIGOV531',
  slug: 'eu-records-retention',
  title: 'Documentation kept 10 years',
  pack: EU_PACK,
  summary: 'A high-risk system keeps its documentation for less than 10 years',
  description: `Providers of high-risk systems run a quality management system (EU AI Act Art 17) and keep the technical documentation, QMS documentation and declaration of conformity for 10 years after the system is placed on the market (Art 18). aigov asks for \`records.retention_years\` of at least 10. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 17, 18'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Set `records: { retention_years: 10 }` (or more) and make sure the QMS keeps the documents that long.',
  appliesTo: hrProvider,
  gaps: (c) =>
    needAtLeast(c, 'records.retention_years', 10, (n) =>
      n === undefined
        ? msg('AIGOV531.retentionUnset', { id: c.id })
        : msg('AIGOV531.retentionShort', { id: c.id, years: n }, n),
    ),
});
