import { KR_FROM, KR_GRACE_NOTE, KR_PACK, isKrHighImpact, krCitation, krGraceNote, krOperator } from './packs/kr.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { capability, need, presumedNote } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov571 = obligationRule({
  code: 'AIGOV571',
  slug: 'kr-prior-notice-labels',
  title: 'Prior notice and output labels',
  pack: KR_PACK,
  summary: 'High-impact or generative AI is offered without prior notice or output labels',
  description: `Operators give users prior notice that a product or service uses high-impact or generative AI, label generated output, and give notice of realistic synthetic media (Korea AI Basic Act Art 31, Enforcement Decree Art 23). Missing prior notice is one of the few breaches with a fine (up to KRW 30m, Art 43). aigov asks for \`transparency.user_notice\`, and for generative systems (capability \`generates-content\`, presumed for \`llm-app\` and \`agent\`) \`labeling.visible\` or \`labeling.machine_readable\`. ${KR_GRACE_NOTE}`,
  citation: krCitation('31', '23'),
  defaultSeverity: 'warning',
  appliesFrom: KR_FROM,
  dateNote: krGraceNote,
  howToFix: 'Link the prior notice as `transparency.user_notice`; label generated output and record `labeling: { visible: true }` and/or `machine_readable: true`.',
  appliesTo: (c) => krOperator(c) && (isKrHighImpact(c) || capability(c, 'generates-content').has),
  gaps: (c) => {
    const gen = capability(c, 'generates-content');
    const what = isKrHighImpact(c) ? msg('AIGOV571.highImpact') : msg('AIGOV571.generative', { presumed: presumedNote(c, gen) });
    const out: Gap[] = [...need(c, 'transparency.user_notice', msg('AIGOV571.notice', { id: c.id, what }))];
    if (gen.has && c.data.labeling?.visible !== true && c.data.labeling?.machine_readable !== true) {
      out.push({ field: 'labeling', message: msg('AIGOV571.labels', { id: c.id, presumed: presumedNote(c, gen) }) });
    }
    return out;
  },
});
