import { CN_FROM, CN_PACK, cnCitation, cnGenerative } from './packs/cn.js';
import { obligationRule } from './packs/obligation.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov592 = obligationRule({
  code: 'AIGOV592',
  slug: 'cn-user-agreement-labels',
  title: 'Labeling rules in the user agreement',
  pack: CN_PACK,
  summary: 'The user agreement does not state the labeling rules',
  description:
    'Providers state the methods, styles and rules of labeling in the user agreement (Labeling Measures Art 8; in force 1 Sep 2025). aigov asks generative provider components for a linked user agreement (`docs.terms`).',
  citation: cnCitation('Art 8'),
  defaultSeverity: 'warning',
  appliesFrom: CN_FROM,
  howToFix: 'Describe the labeling in the user agreement and link it as `docs.terms`.',
  appliesTo: cnGenerative,
  gaps: (c) => need(c, 'docs.terms', msg('AIGOV592.terms', { id: c.id })),
});
