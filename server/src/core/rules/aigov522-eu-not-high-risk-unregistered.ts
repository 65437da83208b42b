import { DEROGATION_DATES, EU_HR_ANNEX_III_FROM, EU_PACK, euCitation, euDbRegistration, inAnnexIii, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov522 = obligationRule({
  code: 'AIGOV522',
  slug: 'eu-not-high-risk-unregistered',
  title: 'Not-high-risk system registered',
  pack: EU_PACK,
  summary: 'An Annex III system judged not high-risk is not registered in the EU database',
  description: `A provider who relies on the Art 6(3) derogation for a system in an Annex III area must still register it in the EU database before placing it on the market or putting it into service (Art 49(2), referred to from Art 6(4)). The registration follows the same Art 6(3)/(4) assessment as AIGOV521, which sits in Chapter III, Section 1; both apply from ${EU_HR_ANNEX_III_FROM}, the Annex III date of the Digital Omnibus (Reg (EU) 2026/1744). Like the assessment, the registration attaches to the moment before the system is placed on the market or put into service: a system placed before that date (\`placed_on_market\`) and not significantly changed in design since (\`significant_change\`) gets no finding, as Art 111(2) leaves such a system out of the high-risk duties; a significant change on or after the date dates the duty from the change, and a system without \`placed_on_market\` is treated as covered. The rule looks for an entry in \`registrations\` whose \`registry\` is \`eu-ai-database\` with an \`id\` or status \`registered\`. A \`risk.basis\` that says the system is outside Annex III (for example "excepted from Annex III 5(b): fraud detection") takes it out of scope.`,
  citation: euCitation('Art 49(2)'),
  defaultSeverity: 'warning',
  ...DEROGATION_DATES,
  howToFix: 'Register the system in the EU database before placing it on the market or putting it into service, and record it: `registrations: [{ registry: eu-ai-database, id: <id>, date: <date>, status: registered }]`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && inAnnexIii(c) && (c.data.risk?.level === 'limited' || c.data.risk?.level === 'minimal'),
  gaps: (c) => {
    const r = euDbRegistration(c);
    if (r && (r.id || r.status === 'registered' || r.status === 'not-required')) return [];
    return [
      {
        field: 'registrations',
        ...(r ? { path: ['registrations', r.index] } : {}),
        message: msg('AIGOV522.registration', { id: c.id }),
      },
    ];
  },
});
