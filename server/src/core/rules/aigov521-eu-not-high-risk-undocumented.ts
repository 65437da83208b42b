import { DEROGATION_DATES, EU_HR_ANNEX_III_FROM, EU_PACK, euCitation, inAnnexIii, inEu } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { hasRole, need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov521 = obligationRule({
  code: 'AIGOV521',
  slug: 'eu-not-high-risk-undocumented',
  title: 'Not-high-risk assessment documented',
  pack: EU_PACK,
  summary: 'An Annex III system judged not high-risk has no documented assessment',
  description: `A provider who considers that a system in an Annex III area is not high-risk (the Art 6(3) derogation) must document that assessment before placing it on the market or putting it into service (Art 6(4)), and stays subject to registration (Art 49(2), AIGOV522, from the same date). The rule applies to provider components in EU scope whose \`risk.annex_iii_area\` (or an "Annex III" \`risk.basis\`) is set while \`risk.level\` is \`limited\` or \`minimal\`, and asks for \`risk.basis\`. A basis that says the system is outside Annex III ("excepted from Annex III 5(b)", "not in Annex III") takes it out of scope. Art 6 sits in Chapter III, Section 1, which the Digital Omnibus (Reg (EU) 2026/1744) applies from ${EU_HR_ANNEX_III_FROM} for Annex III systems. The duty attaches to the moment before the system is placed on the market or put into service: a system placed before that date (\`placed_on_market\`) and not significantly changed in design since (\`significant_change\`) passed that moment before the duty applied and gets no finding, as Art 111(2) leaves such a system out of the high-risk duties; a significant change on or after the date dates the duty from the change, and a system without \`placed_on_market\` is treated as covered.`,
  citation: euCitation('Art 6(4)'),
  defaultSeverity: 'warning',
  ...DEROGATION_DATES,
  howToFix: 'Write down why the system is not high-risk (which Art 6(3) condition it meets) and point `risk.basis` at that reasoning, e.g. `basis: "Art 6(3)(a) narrow procedural task, see docs/risk/x.md"`.',
  appliesTo: (c) => inEu(c) && hasRole(c, 'provider') && inAnnexIii(c) && (c.data.risk?.level === 'limited' || c.data.risk?.level === 'minimal'),
  gaps: (c) =>
    need(
      c,
      'risk.basis',
      msg('AIGOV521.basis', { id: c.id, level: String(c.data.risk?.level) }),
    ),
});
