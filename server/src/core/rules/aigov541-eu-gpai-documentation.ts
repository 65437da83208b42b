import { EU_GPAI_FROM, EU_GPAI_LEGACY_BY, EU_PACK, euCitation, gpaiFrom, inEu } from './packs/eu.js';
import { SYSTEMIC_RISK_FLOPS } from './aigov542-eu-gpai-systemic-risk.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

/** Art 53(2): open-source models with public parameters skip Art 53(1)(a)–(b), unless they have systemic risk. */
function openSourceExempt(c: Parameters<typeof inEu>[0]): boolean {
  const g = c.data.gpai;
  return g?.open_source === true && g.systemic_risk !== true && (g.compute_flops ?? 0) <= SYSTEMIC_RISK_FLOPS;
}

export const aigov541 = obligationRule({
  code: 'AIGOV541',
  slug: 'eu-gpai-documentation',
  title: 'GPAI documentation, copyright, training summary',
  pack: EU_PACK,
  summary: 'A general-purpose AI model lacks its documentation, copyright policy or training-data summary',
  description: `Providers of general-purpose AI models keep technical documentation (Annex XI) and information for downstream providers (Annex XII), put in place a copyright policy, and publish a summary of the training content (EU AI Act Art 53(1)). A model released under a free and open-source licence with its parameters public (\`gpai.open_source: true\`) is exempt from the Annex XI/XII documentation (Art 53(2)) unless it has systemic risk; the copyright policy and the summary remain. A component is treated as a GPAI model when it has a \`gpai\` block. Applies since ${EU_GPAI_FROM}; a model placed on the market before that date (\`placed_on_market\`) complies by ${EU_GPAI_LEGACY_BY} (Art 111(3)).`,
  citation: euCitation('Art 53'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GPAI_FROM,
  appliesFromFor: gpaiFrom,
  howToFix: 'Link the Annex XI/XII documentation as `gpai.technical_docs`, the copyright policy as `gpai.copyright_policy` and the public training-content summary as `gpai.training_data_summary`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && c.raw.gpai !== undefined && c.raw.gpai !== null,
  gaps: (c) => [
    ...(openSourceExempt(c) ? [] : need(c, 'gpai.technical_docs', msg('AIGOV541.technicalDocs', { id: c.id }))),
    ...need(c, 'gpai.copyright_policy', msg('AIGOV541.copyright', { id: c.id })),
    ...need(c, 'gpai.training_data_summary', msg('AIGOV541.trainingSummary', { id: c.id })),
  ],
});
