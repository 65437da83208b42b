import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, jpHasRole, principle } from './packs/jp.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, needTrue } from './packs/scope.js';
import { msg } from '../i18n/format.js';
import { pushAll } from '../arrays.js';

export const aigov515 = voluntary(
  obligationRule({
    code: 'AIGOV515',
    slug: 'jp-guideline-transparency',
    title: 'Transparency: model card and logs',
    pack: JP_GUIDELINES_PACK,
    summary: 'No model card, or logging not enabled (transparency principle)',
    description:
      'The transparency principle of the AI Guidelines for Business (Part 2, principle 6) covers documentation and traceability. aigov maps it to a model card (`model.card`) for developers and providers, and to `logging.enabled: true` for every role that runs the system. Datasets are exempt. Voluntary; selecting the pack opts in.',
    citation: principle(6, 'transparency'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Link a model card as `model.card`; enable logging and record it as `logging: { enabled: true }`.',
    appliesTo: (c) => jpGuidelinesScope(c) && c.data.kind !== 'dataset',
    gaps: (c) => {
      const out: Gap[] = [];
      if (jpHasRole(c, 'developer', 'provider')) {
        pushAll(out, need(c, 'model.card', msg('AIGOV515.modelCard', { id: c.id })));
      }
      pushAll(out, needTrue(c, 'logging.enabled', msg('AIGOV515.logging', { id: c.id })));
      return out;
    },
  }),
);
