import { NIST_FROM, NIST_PACK, nistCitation } from './packs/nist.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, notDataset, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov553 = voluntary(
  obligationRule({
    code: 'AIGOV553',
    slug: 'nist-map-limits-oversight',
    title: 'Knowledge limits and oversight',
    pack: NIST_PACK,
    summary: 'Knowledge limits or human oversight are not documented (MAP 2.2, 3.5)',
    description:
      'NIST AI RMF MAP 2.2 asks that the system\'s knowledge limits and how output may be used be documented; MAP 3.5 that processes for human oversight be defined. aigov maps them to `model.card` and to any `human_oversight` field. Voluntary; selecting the pack opts in.',
    citation: nistCitation('MAP 2.2, 3.5'),
    defaultSeverity: 'warning',
    appliesFrom: NIST_FROM,
    howToFix: 'Link a model card with the known limits as `model.card`; name the overseer and the measures under `human_oversight`.',
    appliesTo: notDataset,
    gaps: (c) => {
      const out: Gap[] = [...need(c, 'model.card', msg('AIGOV553.modelCard', { id: c.id }))];
      if (!['assignee', 'measures', 'stop_mechanism', 'review_path'].some((k) => present(c, `human_oversight.${k}`))) {
        out.push({ field: 'human_oversight', message: msg('AIGOV553.oversight', { id: c.id }) });
      }
      return out;
    },
  }),
);
