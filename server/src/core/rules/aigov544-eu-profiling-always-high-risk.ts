import { EU_HR_ANNEX_III_FROM, EU_PACK, HIGH_RISK_DATES, euCitation, inAnnexIii, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { capability } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov544 = obligationRule({
  code: 'AIGOV544',
  slug: 'eu-profiling-always-high-risk',
  title: 'Profiling systems are high-risk',
  pack: EU_PACK,
  summary: 'An Annex III system that profiles people is classified below high-risk',
  description: `The Art 6(3) derogation never applies to an Annex III system that performs profiling of natural persons: such a system is always high-risk (EU AI Act Art 6(3)). The rule reports a component in an Annex III area that declares the capability \`profiling\` while its \`risk.level\` is below \`high\`. Art 6 is in Chapter III, Section 1: from ${EU_HR_ANNEX_III_FROM} (Digital Omnibus, Annex III), and like the other high-risk duties not for a system placed on the market or put into service before that date until it is significantly changed in design (Art 111(2); \`placed_on_market\`, \`significant_change\`).`,
  citation: euCitation('Art 6(3)'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Classify the system as `risk.level: high` and meet the high-risk duties, or, if it does not profile people, remove `profiling` from `capabilities`.',
  appliesTo: (c) => inEu(c) && inAnnexIii(c) && capability(c, 'profiling', false).has,
  gaps: (c) =>
    c.data.risk?.level === 'high' || c.data.risk?.level === 'prohibited'
      ? []
      : [
          {
            field: 'risk.level',
            at: 'value',
            message: msg('AIGOV544.level', { id: c.id, level: c.data.risk?.level ?? msg('AIGOV544.unset') }),
          },
        ],
});
