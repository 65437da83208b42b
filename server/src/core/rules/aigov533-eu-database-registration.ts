import { EU_GENERAL_FROM, EU_PACK, euCitation, euDbRegistration, hrProvider, inEu, isHighRisk } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { declaresRole, q } from './packs/scope.js';

export const aigov533 = obligationRule({
  code: 'AIGOV533',
  slug: 'eu-database-registration',
  title: 'EU database registration',
  pack: EU_PACK,
  summary: 'A high-risk system is not registered in the EU database',
  description:
    'Providers register high-risk systems, with the Annex VIII data, in the EU database before placing them on the market (EU AI Act Art 49, database under Art 71); deployers that are public authorities register their use. Art 49 applies from 2 Aug 2026. The rule looks for a `registrations` entry with `registry: eu-ai-database` and an `id` or status `registered`; for deployers it applies when `public_sector: authority`.',
  citation: euCitation('Art 49, 71'),
  defaultSeverity: 'warning',
  appliesFrom: EU_GENERAL_FROM,
  howToFix: 'Register before placing on the market or putting into use, and record it: `registrations: [{ registry: eu-ai-database, id: EU-DB-0042, date: 2026-09-01, status: registered }]`.',
  appliesTo: (c) => hrProvider(c) || (inEu(c) && isHighRisk(c) && declaresRole(c, 'deployer') && c.data.public_sector === 'authority'),
  gaps: (c) => {
    const r = euDbRegistration(c);
    if (r && (r.id || r.status === 'registered')) return [];
    const what = r ? `its EU database registration is '${r.status ?? 'without status'}' with no id` : 'no EU database registration is recorded';
    return [
      {
        field: 'registrations',
        ...(r ? { path: ['registrations', r.index] } : {}),
        message: `High-risk system ${q(c)}: ${what}. Art 49 requires registration (Annex VIII data) before it is placed on the market or put into use.`,
      },
    ];
  },
});
