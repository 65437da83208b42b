import { HONEST_NOTE, JP_ACT_FROM, JP_ACT_PACK, inJp, jpActCitation } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { need, notDataset } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov501 = obligationRule({
  code: 'AIGOV501',
  slug: 'jp-act-information-readiness',
  title: 'Readiness for State information-gathering',
  pack: JP_ACT_PACK,
  summary: 'No incident register or model card to answer a State inquiry',
  description: `Under Art 16 of the AI Promotion Act the State collects information, analyses cases in which AI used for improper purposes or by improper methods infringed rights, and gives operators guidance, advice and information. Reports describe investigation and possible naming; the text sets no sanction and no incident-reporting duty. Being able to answer quickly takes an incident register (\`incident_response.register\`) and a model card (\`model.card\`); aigov reports their absence at info level. ${HONEST_NOTE}`,
  citation: jpActCitation('Art 16'),
  defaultSeverity: 'info',
  appliesFrom: JP_ACT_FROM,
  howToFix: 'Keep an incident register and link it as `incident_response.register`; keep a current model card and link it as `model.card`.',
  appliesTo: (c) => inJp(c) && notDataset(c),
  gaps: (c) => {
    const why = msg('AIGOV501.why', { note: msg('jp.honestNote') });
    return [
      ...need(c, 'incident_response.register', msg('AIGOV501.register', { id: c.id, why: why })),
      ...need(c, 'model.card', msg('AIGOV501.modelCard', { id: c.id, why: why })),
    ];
  },
});
