import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov535 = obligationRule({
  code: 'AIGOV535',
  slug: 'eu-post-market-monitoring',
  title: 'Post-market monitoring plan',
  pack: EU_PACK,
  summary: 'A high-risk system has no post-market monitoring plan',
  description: `Providers of high-risk systems establish a post-market monitoring system based on a plan, which is part of the technical documentation (EU AI Act Art 72). \`monitoring.plan\` points at it. Art 72 attaches to a system classified high-risk, so it binds from the same date as the high-risk duties. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 72'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Write the post-market monitoring plan (what is measured, how often, thresholds, who acts) and link it as `monitoring.plan`.',
  appliesTo: hrProvider,
  gaps: (c) => need(c, 'monitoring.plan', msg('AIGOV535.plan', { id: c.id })),
});
