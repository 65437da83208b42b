import { CN_FROM, CN_PACK, cnCitation, cnGenerative } from './packs/cn.js';
import { obligationRule } from './packs/obligation.js';
import { capability, presumedNote } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov590 = obligationRule({
  code: 'AIGOV590',
  slug: 'cn-visible-label',
  title: 'Visible labels',
  pack: CN_PACK,
  summary: 'Generated content carries no visible label',
  description:
    'Where a service falls under Art 17(1) of the deep synthesis provisions (content that may confuse or mislead the public, such as text that simulates a natural person, synthetic voices or faces, or realistic scenes), providers add explicit, visible labels to the generated text, images, audio, video and virtual scenes, including in downloads (Labeling Measures Art 4, with mandatory standard GB 45438-2025; in force 1 Sep 2025). aigov cannot tell from the registry whether a service falls under Art 17(1), so it asks every generative provider component (capability `generates-content`, presumed for `llm-app` and `agent`) for `labeling.visible: true`; a service outside Art 17(1) suppresses the finding with that reason. Unlabeled output on a user\'s request is covered by Art 9 (AIGOV593).',
  citation: cnCitation('Art 4'),
  defaultSeverity: 'warning',
  appliesFrom: CN_FROM,
  howToFix: 'Add visible labels to generated content and record `labeling: { visible: true }`. If the service does not fall under Art 17(1) of the deep synthesis provisions, suppress the finding with that reason.',
  appliesTo: cnGenerative,
  gaps: (c) => {
    const v = c.data.labeling?.visible;
    if (v === true) return [];
    const note = presumedNote(c, capability(c, 'generates-content'));
    return [
      v === false
        ? { field: 'labeling.visible', at: 'value' as const, message: msg('AIGOV590.unlabeled', { id: c.id }) }
        : { field: 'labeling.visible', message: msg('AIGOV590.noLabel', { id: c.id, presumed: note }) },
    ];
  },
});
