import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, annexIiiNotPoint2, euCitation, euDbRegistration, inEu, isHighRisk } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { msg } from '../i18n/format.js';
import { declaresRole, hasRole } from './packs/scope.js';

/** A deployer that registers its use (Art 49(3)): a public authority (or a body acting on its behalf). */
const authorityDeployer = (c: Parameters<typeof inEu>[0]): boolean => declaresRole(c, 'deployer') && c.data.public_sector === 'authority';

export const aigov533 = obligationRule({
  code: 'AIGOV533',
  slug: 'eu-database-registration',
  title: 'EU database registration',
  pack: EU_PACK,
  summary: 'A high-risk Annex III system is not registered in the EU database',
  description: `Before placing on the market or putting into service a high-risk system listed in Annex III, the provider registers it, with the Annex VIII data, in the EU database (EU AI Act Art 49(1), database under Art 71); deployers that are public authorities register their use before putting it into use (Art 49(3)). Both cover Annex III systems except point 2 (critical infrastructure), which are registered at national level (Art 49(5)); Annex I systems (Art 6(1)) are not registered in the EU database. The rule applies to high-risk provider components, and to deployer components with \`public_sector: authority\`, whose route is Annex III (assumed when \`risk.basis\` names no Annex) and whose Annex III point is not 2. It looks for a \`registrations\` entry with \`registry: eu-ai-database\` and an \`id\` or status \`registered\`. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 49, 71'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Register before placing on the market or putting into use, and record it: `registrations: [{ registry: eu-ai-database, id: EU-DB-0042, date: 2027-11-01, status: registered }]`. If the system is Annex III point 2 (national registration) or Annex I, say so in `risk.basis` or `risk.annex_iii_area`.',
  appliesTo: (c) => inEu(c) && isHighRisk(c) && annexIiiNotPoint2(c) && (hasRole(c, 'provider') || authorityDeployer(c)),
  gaps: (c) => {
    const r = euDbRegistration(c);
    if (r && (r.id || r.status === 'registered')) return [];
    const why = msg(hasRole(c, 'provider') ? 'AIGOV533.whyProvider' : 'AIGOV533.whyAuthority');
    return [
      {
        field: 'registrations',
        ...(r ? { path: ['registrations', r.index] } : {}),
        message: r ? msg('AIGOV533.noId', { id: c.id, status: r.status ?? msg('AIGOV533.withoutStatus'), why }) : msg('AIGOV533.none', { id: c.id, why }),
      },
    ];
  },
});
