import { EU_GPAI_FROM, EU_GPAI_LEGACY_BY, EU_PACK, euCitation, gpaiFrom, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need, needList } from './packs/scope.js';
import { msg } from '../i18n/format.js';

/** Art 51: systemic risk is presumed above 10^25 FLOP of training compute. */
export const SYSTEMIC_RISK_FLOPS = 1e25;

export const aigov542 = obligationRule({
  code: 'AIGOV542',
  slug: 'eu-gpai-systemic-risk',
  title: 'Systemic-risk GPAI duties',
  pack: EU_PACK,
  summary: 'A GPAI model with systemic risk lacks evaluations, incident reporting or a security review',
  description: `Providers of GPAI models with systemic risk (presumed above 10^25 FLOP of training compute, Art 51) evaluate the model including adversarial testing, report serious incidents to the AI Office without undue delay, and ensure cybersecurity (EU AI Act Art 55). The Art 53(2) open-source exemption does not extend to these models. The rule applies when \`gpai.systemic_risk\` is true or \`gpai.compute_flops\` exceeds 10^25, and asks for \`evaluations\`, \`gpai.incidents\` and \`security.review\`. Applies since ${EU_GPAI_FROM}; a model placed on the market before that date (\`placed_on_market\`) complies by ${EU_GPAI_LEGACY_BY} (Art 111(3)).`,
  citation: euCitation('Art 55'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GPAI_FROM,
  appliesFromFor: gpaiFrom,
  howToFix: 'Record the model evaluations and adversarial tests in `evaluations`, link the AI Office incident procedure as `gpai.incidents` and the cybersecurity review as `security.review`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && (c.data.gpai?.systemic_risk === true || (c.data.gpai?.compute_flops ?? 0) > SYSTEMIC_RISK_FLOPS),
  gaps: (c) => [
    ...needList(c, 'evaluations', msg('AIGOV542.evaluations', { id: c.id })),
    ...need(c, 'gpai.incidents', msg('AIGOV542.incidents', { id: c.id })),
    ...need(c, 'security.review', msg('AIGOV542.security', { id: c.id })),
  ],
});
