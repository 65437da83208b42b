import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov525 = obligationRule({
  code: 'AIGOV525',
  slug: 'eu-technical-documentation',
  title: 'Technical documentation',
  pack: EU_PACK,
  summary: 'A high-risk system has no technical documentation',
  description: `Providers draw up the technical documentation of a high-risk system, with the contents of Annex IV, before it is placed on the market and keep it up to date (EU AI Act Art 11). \`docs.technical\` points at it. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 11, Annex IV'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Write the technical documentation following Annex IV and link it as `docs.technical` (the quick-fix creates a template).',
  appliesTo: hrProvider,
  gaps: (c) => need(c, 'docs.technical', msg('AIGOV525.technical', { id: c.id })),
});
