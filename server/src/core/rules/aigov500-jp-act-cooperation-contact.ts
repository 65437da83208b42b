import { HONEST_NOTE, JP_ACT_FROM, JP_ACT_PACK, inJp, jpActCitation } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov500 = obligationRule({
  code: 'AIGOV500',
  slug: 'jp-act-cooperation-contact',
  title: 'Cooperation with State measures: owner and contact',
  pack: JP_ACT_PACK,
  summary: 'No owner or contact through which to cooperate with State measures',
  description: `Art 7 of the AI Promotion Act says that business operators that develop, provide or use AI endeavour (努める) to use it actively, and shall cooperate (協力しなければならない) with the measures of the State (Art 4) and local governments (Art 5). The cooperation limb is mandatory in form; the Act attaches no penalty to it. Cooperation needs someone to answer: aigov looks for \`owner\` and \`contacts.incident\` (organisation defaults count) and reports at info level. ${HONEST_NOTE}`,
  citation: jpActCitation('Art 7'),
  defaultSeverity: 'info',
  appliesFrom: JP_ACT_FROM,
  howToFix: 'Set `owner` and `contacts.incident` on the component, or `organization.owner` and `organization.contacts.incident` for the whole file.',
  appliesTo: inJp,
  gaps: (c) => {
    const why = msg('AIGOV500.why', { note: msg('jp.honestNote') });
    return [
      ...need(c, 'owner', msg('AIGOV500.owner', { id: c.id, why: why })),
      ...need(c, 'contacts.incident', msg('AIGOV500.contact', { id: c.id, why: why })),
    ];
  },
});
