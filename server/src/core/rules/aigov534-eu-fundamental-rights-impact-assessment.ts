import { EU_HR_ANNEX_III_FROM, EU_PACK, annexIiiPoint, euCitation, hrDeployer } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { need, present, q } from './packs/scope.js';

export const aigov534 = obligationRule({
  code: 'AIGOV534',
  slug: 'eu-fundamental-rights-impact-assessment',
  title: 'Fundamental-rights impact assessment',
  pack: EU_PACK,
  summary: 'A deployer that must assess fundamental-rights impact has no FRIA',
  description:
    'Before first use, deployers of high-risk systems that are public bodies or private entities providing public services, and deployers of Annex III 5(b) and 5(c) systems (creditworthiness, life and health insurance pricing), assess the impact on fundamental rights and notify the market surveillance authority of the results (EU AI Act Art 27). The rule applies to deployer components with `public_sector` set or an Annex III point 5(b)/5(c) in `risk.annex_iii_area` or `risk.basis`, and asks for `impact_assessment.path` and `.date`. Art 27 is in Chapter III, Section 3: from 2 Dec 2027 (Digital Omnibus, Annex III).',
  citation: euCitation('Art 27'),
  defaultSeverity: 'warning',
  appliesFrom: EU_HR_ANNEX_III_FROM,
  howToFix: 'Carry out the fundamental-rights impact assessment, notify the market surveillance authority, and link it: `impact_assessment: { path: docs/fria/x.md, date: 2027-10-01 }`.',
  appliesTo: (c) => {
    if (!hrDeployer(c)) return false;
    const point = annexIiiPoint(c);
    return c.data.public_sector !== undefined || point === '5(b)' || point === '5(c)';
  },
  gaps: (c) => {
    const who = c.data.public_sector ? 'is deployed in the public sector' : `is an Annex III ${annexIiiPoint(c) ?? ''} system`;
    const why = 'Art 27 requires a fundamental-rights impact assessment before first use, and notice of it to the market surveillance authority.';
    if (!present(c, 'impact_assessment.path')) return need(c, 'impact_assessment.path', `High-risk system ${q(c)} ${who.trim()} but has no fundamental-rights impact assessment (impact_assessment.path). ${why}`);
    return need(c, 'impact_assessment.date', `The impact assessment of ${q(c)} has no date; ${why}`);
  },
});
