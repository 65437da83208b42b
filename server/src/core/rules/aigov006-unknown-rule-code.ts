import { replaceText } from '../fixes/edits.js';
import { isWildcard, keyMatches } from '../severity.js';
import { didYouMean, suggest } from '../suggest.js';
import type { RegistryRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov006: RegistryRule = {
  code: 'AIGOV006',
  slug: 'unknown-rule-code',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A severity override names a code that does not exist',
  description: 'An override in `rules:` for a code aigov does not have, or for a family (`AIGOV5*`) that holds no code, changes nothing; usually the code is mistyped.',
  check(ctx) {
    const rules = ctx.registry.data?.rules ?? {};
    for (const code of Object.keys(rules)) {
      if (ctx.ruleCodes.has(code)) continue;
      if (isWildcard(code)) {
        if ([...ctx.ruleCodes].some((c) => keyMatches(code, c))) continue;
        ctx.report({
          file: ctx.registry.path,
          range: ctx.registry.locate(['rules', code], 'key'),
          messageId: 'AIGOV006.noFamily',
          args: { prefix: code.slice(0, -1) },
          data: { code },
        });
        continue;
      }
      const s = suggest(code, ctx.ruleCodes);
      ctx.report({
        file: ctx.registry.path,
        range: ctx.registry.locate(['rules', code], 'key'),
        messageId: 'AIGOV006.unknown',
        args: { code, didYouMean: didYouMean(s) },
        data: { code, ...(s ? { suggestion: s } : {}) },
      });
    }
  },
  fixes(f, ctx) {
    const s = f.data?.suggestion;
    return typeof s === 'string' ? [{ title: fixTitle(ctx, 'fix.changeTo', { value: s }), code: f.code, isPreferred: true, safe: true, edits: [replaceText(f.file, f.range, s)] }] : [];
  },
};
