import { EU_GENERAL_FROM, EU_PACK, euCitation, hrProvider } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need, q } from './packs/scope.js';

export const aigov535 = obligationRule({
  code: 'AIGOV535',
  slug: 'eu-post-market-monitoring',
  title: 'Post-market monitoring plan',
  pack: EU_PACK,
  summary: 'A high-risk system has no post-market monitoring plan',
  description:
    'Providers of high-risk systems establish a post-market monitoring system based on a plan, which is part of the technical documentation (EU AI Act Art 72). `monitoring.plan` points at it. Art 72 applies from 2 Aug 2026 (general application).',
  citation: euCitation('Art 72'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  howToFix: 'Write the post-market monitoring plan (what is measured, how often, thresholds, who acts) and link it as `monitoring.plan`.',
  appliesTo: hrProvider,
  gaps: (c) => need(c, 'monitoring.plan', `High-risk system ${q(c)} has no post-market monitoring plan (monitoring.plan). Art 72 requires one to collect and analyse performance data over the system's lifetime.`),
});
