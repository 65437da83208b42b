import { EU_PACK, HIGH_RISK_DATES, OMNIBUS_NOTE, annexIiiNotPoint2, annexIiiPoint, euCitation, hrDeployer } from './packs/eu.js';
import { obligationRule } from './packs/obligation.js';
import { msg } from '../i18n/format.js';
import { need, present } from './packs/scope.js';

/** Annex III 5(b) (creditworthiness) and 5(c) (life and health insurance): every deployer assesses. */
const POINT_5BC = new Set(['5(b)', '5(c)']);

export const aigov534 = obligationRule({
  code: 'AIGOV534',
  slug: 'eu-fundamental-rights-impact-assessment',
  title: 'Fundamental-rights impact assessment',
  pack: EU_PACK,
  summary: 'A deployer that must assess fundamental-rights impact has no FRIA',
  description: `Before first use of a high-risk system referred to in Art 6(2) (Annex III), except Annex III point 2 (critical infrastructure), deployers that are bodies governed by public law or private entities providing public services, and every deployer of an Annex III 5(b) (creditworthiness, except fraud detection) or 5(c) (life and health insurance pricing) system, assess the impact on fundamental rights and notify the market surveillance authority of the results (EU AI Act Art 27(1)). Annex I systems are not covered. The rule applies to deployer components of such systems that set \`public_sector\` or whose Annex III point (\`risk.annex_iii_area\` or \`risk.basis\`) is 5(b) or 5(c), and asks for \`impact_assessment.path\` and \`.date\`. ${OMNIBUS_NOTE}`,
  citation: euCitation('Art 27'),
  defaultSeverity: 'warning',
  ...HIGH_RISK_DATES,
  howToFix: 'Carry out the fundamental-rights impact assessment, notify the market surveillance authority, and link it: `impact_assessment: { path: docs/fria/x.md, date: 2027-10-01 }`.',
  appliesTo: (c) => hrDeployer(c) && annexIiiNotPoint2(c) && (c.data.public_sector !== undefined || POINT_5BC.has(annexIiiPoint(c) ?? '')),
  gaps: (c) => {
    const who = c.data.public_sector ? msg('AIGOV534.publicSector') : msg('AIGOV534.annexIii', { point: annexIiiPoint(c) ?? '' });
    const why = msg('AIGOV534.why');
    if (!present(c, 'impact_assessment.path')) return need(c, 'impact_assessment.path', msg('AIGOV534.path', { id: c.id, who, why }));
    return need(c, 'impact_assessment.date', msg('AIGOV534.date', { id: c.id, why }));
  },
});
