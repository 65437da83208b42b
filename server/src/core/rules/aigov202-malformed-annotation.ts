import { replaceText } from '../fixes/edits.js';
import type { SourceRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov202: SourceRule = {
  code: 'AIGOV202',
  slug: 'malformed-annotation',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'An @aigov annotation cannot be read',
  description:
    'Annotations are `@aigov <id>` (optionally `scope=block`), `@aigov-ignore <CODE> -- <reason>` and `@aigov-ignore-file <CODE> -- <reason>`. One that does not follow the grammar has no effect, which is rarely what its author meant.',
  check(ctx) {
    for (const m of ctx.facts.annotations.malformed) {
      ctx.report({ file: ctx.facts.path, range: m.range, messageId: m.messageId, ...(m.args ? { args: m.args } : {}), ...(m.data ? { data: m.data } : {}) });
    }
  },
  fixes(f, ctx) {
    const s = f.data?.suggestion;
    const r = f.data?.suggestionRange;
    if (typeof s !== 'string') return [];
    const range = r && typeof r === 'object' ? (r as typeof f.range) : f.range;
    return [{ title: fixTitle(ctx, 'fix.changeTo', { value: s }), code: f.code, isPreferred: true, safe: true, edits: [replaceText(f.file, range, s)] }];
  },
};
