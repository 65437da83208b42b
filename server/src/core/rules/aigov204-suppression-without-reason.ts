import { msg } from '../i18n/format.js';
import type { SourceRule } from './types.js';

export const aigov204: SourceRule = {
  code: 'AIGOV204',
  slug: 'suppression-without-reason',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'A suppression does not say why',
  description:
    'A suppression hides a governance gap from reviewers and reports. Write the reason after ` -- ` so that the next reader can judge it; until then the suppression has no effect.',
  check(ctx) {
    for (const s of ctx.facts.annotations.suppressions) {
      if (s.reason !== undefined && s.reason.trim() !== '') continue;
      ctx.report({
        file: ctx.facts.path,
        range: s.range,
        messageId: 'AIGOV204.noReason',
        args: { codes: s.codes.length > 0 ? s.codes : msg('AIGOV204.aFinding') },
        data: { codes: s.codes },
      });
    }
  },
};
