import { JP_GUIDELINES_FROM, JP_GUIDELINES_PACK, jpGuidelinesScope, jpHasRole, principle } from './packs/jp.js';
import { obligationRule, type Gap } from './packs/obligation.js';
import { voluntary } from './packs/voluntary.js';
import { need, present } from './packs/scope.js';
import { msg } from '../i18n/format.js';
import { pushAll } from '../arrays.js';

export const aigov512 = voluntary(
  obligationRule({
    code: 'AIGOV512',
    slug: 'jp-guideline-fairness',
    title: 'Fairness: bias review and human judgement',
    pack: JP_GUIDELINES_PACK,
    summary: 'No bias review, or no human judgement over the output (fairness principle)',
    description:
      'The fairness principle of the AI Guidelines for Business (Part 2, principle 3) addresses bias in data and models and keeps human judgement in the loop. aigov maps it by role: developers record a bias review (`data.bias_review`); providers and business users record human oversight (any of `human_oversight.assignee`, `.measures`, `.stop_mechanism`, `.review_path`). The per-role mapping is aigov\'s; the Guidelines\' per-role item codes are not used because they are unverified. Voluntary; selecting the pack opts in.',
    citation: principle(3, 'fairness'),
    defaultSeverity: 'warning',
    appliesFrom: JP_GUIDELINES_FROM,
    howToFix: 'Developers: link the bias review as `data.bias_review`. Providers and business users: name who reviews outputs in `human_oversight.assignee` and describe how in `human_oversight.measures`.',
    appliesTo: (c) => jpGuidelinesScope(c) && (jpHasRole(c, 'developer') || (c.data.kind !== 'dataset' && jpHasRole(c, 'provider', 'business-user'))),
    gaps: (c) => {
      const out: Gap[] = [];
      if (jpHasRole(c, 'developer')) {
        pushAll(out, need(c, 'data.bias_review', msg('AIGOV512.biasReview', { id: c.id })));
      }
      const oversight = ['assignee', 'measures', 'stop_mechanism', 'review_path'].some((k) => present(c, `human_oversight.${k}`));
      if (c.data.kind !== 'dataset' && jpHasRole(c, 'provider', 'business-user') && !oversight) {
        out.push({ field: 'human_oversight', message: msg('AIGOV512.oversight', { id: c.id }) });
      }
      return out;
    },
  }),
);
