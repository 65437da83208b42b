import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov517 = voluntary(
  obligationRule({
    code: 'AIGOV517',
    slug: 'jp-guideline-literacy',
    title: 'Education and literacy records',
    pack: JP_GUIDELINES_PACK,
    summary: 'No education or literacy record (education and literacy principle)',
    description:
      'The education and literacy principle of the AI Guidelines for Business (Part 2, principle 8) asks that the people involved understand AI and its risks. aigov asks for training records (`training.records`). Principles 9 (fair competition) and 10 (innovation) are not checked per component. Voluntary; selecting the pack opts in.',
    citation: principle(8, 'education and literacy'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Keep a record of the training of the people who build, run or use the system and link it as `training.records`.',
    appliesTo: jpGuidelinesScope,
    gaps: (c) => need(c, 'training.records', msg('AIGOV517.training', { id: c.id })),
  }),
);
