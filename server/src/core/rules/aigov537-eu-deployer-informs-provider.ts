import { EU_HR_ANNEX_III_FROM, EU_PACK, OMNIBUS_NOTE, euCitation, highRiskFrom, hrDeployer } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { declaresRole, need, q } from './packs/scope.js';

export const aigov537 = obligationRule({
  code: 'AIGOV537',
  slug: 'eu-deployer-informs-provider',
  title: 'Deployer can inform the provider',
  pack: EU_PACK,
  summary: "A deployer of a high-risk system has no contact at the system's provider",
  description: `A deployer that identifies a serious incident informs the provider immediately (EU AI Act Art 26(5)). \`contacts.provider\` records where that report goes. Components that are their own provider are exempt. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 26(5)'),
  defaultSeverity: 'warning',
  appliesFrom: EU_HR_ANNEX_III_FROM,
  appliesFromFor: highRiskFrom,
  howToFix: "Record the provider's incident channel in `contacts.provider`.",
  appliesTo: (c) => hrDeployer(c) && declaresRole(c, 'deployer') && !declaresRole(c, 'provider'),
  gaps: (c) => need(c, 'contacts.provider', `Deployed high-risk system ${q(c)} has no provider contact (contacts.provider). Art 26(5) requires informing the provider immediately of a serious incident.`),
});
