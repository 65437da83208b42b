import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, principle } from './packs/jp.js';
import { obligationRule } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { msg } from '../i18n/format.js';

export const aigov513 = voluntary(
  obligationRule({
    code: 'AIGOV513',
    slug: 'jp-guideline-privacy',
    title: 'Privacy: personal data declared',
    pack: JP_GUIDELINES_PACK,
    summary: 'Whether personal data is processed is not declared (privacy principle)',
    description:
      'The privacy principle of the AI Guidelines for Business (Part 2, principle 4) asks every role to respect privacy and handle personal data lawfully. The first step is knowing whether personal data is involved: aigov asks for `data.personal_data: true|false`. Voluntary; selecting the pack opts in.',
    citation: principle(4, 'privacy'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Declare `data: { personal_data: true }` or `false`; when true, name a privacy contact in `contacts.privacy`.',
    appliesTo: jpGuidelinesScope,
    gaps: (c) =>
      typeof c.data.data?.personal_data === 'boolean'
        ? []
        : [{ field: 'data.personal_data', message: msg('AIGOV513.personalData', { id: c.id }) }],
  }),
);
