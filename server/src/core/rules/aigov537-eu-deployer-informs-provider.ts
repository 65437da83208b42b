import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, euCitation, hrDeployer } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { declaresRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov537 = obligationRule({
  code: 'AIGOV537',
  slug: 'eu-deployer-informs-provider',
  title: 'Deployer can inform the provider',
  pack: EU_PACK,
  summary: "A deployer of a high-risk system has no contact at the system's provider",
  description: `A deployer that identifies a serious incident informs first the provider immediately, and then the importer or distributor and the market surveillance authorities concerned (EU AI Act Art 26(5)). \`contacts.provider\` records where the first report goes. Components that are their own provider are exempt. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 26(5)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: "Record the provider's incident channel in `contacts.provider`.",
  appliesTo: (c) => hrDeployer(c) && declaresRole(c, 'deployer') && !declaresRole(c, 'provider'),
  gaps: (c) => need(c, 'contacts.provider', msg('AIGOV537.providerContact', { id: c.id })),
});
