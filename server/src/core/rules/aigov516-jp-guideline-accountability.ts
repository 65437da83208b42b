import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need } from './packs/scope.js';
import { msg } from '../i18n/format.js';

export const aigov516 = voluntary(
  obligationRule({
    code: 'AIGOV516',
    slug: 'jp-guideline-accountability',
    title: 'Accountability: responsible person and contact',
    pack: JP_GUIDELINES_PACK,
    summary: 'No responsible person or contact (accountability principle)',
    description:
      'The accountability principle of the AI Guidelines for Business (Part 2, principle 7) asks for a responsible person and a point of contact. aigov maps it to `owner` and `contacts.incident` (organisation defaults count). The core rules AIGOV105 and AIGOV102 already report these, so this rule only reports when the registry turns them off; it fills the pack\'s row of the coverage report. Voluntary; selecting the pack opts in.',
    citation: principle(7, 'accountability'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Set `owner` and `contacts.incident` on the component or as organisation defaults.',
    appliesTo: jpGuidelinesScope,
    gaps: (c) => [
      ...need(c, 'owner', msg('AIGOV516.owner', { id: c.id }), 'AIGOV105'),
      ...need(c, 'contacts.incident', msg('AIGOV516.contact', { id: c.id }), 'AIGOV102'),
    ],
  }),
);
