import { KR_FROM, KR_GRACE_NOTE, KR_PACK, krCitation, krOperator } from './packs/kr.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';
import { pushAll } from '../arrays.js';

export const aigov570 = obligationRule({
  code: 'AIGOV570',
  slug: 'kr-high-impact-review',
  title: 'High-impact determination',
  pack: KR_PACK,
  summary: 'Whether the system is high-impact AI under the Korean Act is not determined',
  description: `Operators review in advance whether their AI is high-impact (Art 2(4): hiring, loans, health, energy, transport, public decisions, education, biometrics) and may ask MSIT to confirm; MSIT replies within 30 days, extendable by 30 (Korea AI Basic Act Art 33, Enforcement Decree Art 25). aigov asks for \`risk.kr_high_impact: true|false\` and the reasoning in \`risk.basis\`. ${KR_GRACE_NOTE}`,
  citation: krCitation('33', '25'),
  defaultSeverity: 'warning',
  appliesFrom: KR_FROM,
  howToFix: 'Record the determination: `risk: { kr_high_impact: false, basis: "not an Art 2(4) area: product search" }`.',
  appliesTo: krOperator,
  gaps: (c) => {
    const out: Gap[] = [];
    if (typeof c.data.risk?.kr_high_impact !== 'boolean') {
      out.push({ field: 'risk.kr_high_impact', message: msg('AIGOV570.highImpact', { id: c.id }) });
    }
    pushAll(out, need(c, 'risk.basis', msg('AIGOV570.basis', { id: c.id })));
    return out;
  },
});
