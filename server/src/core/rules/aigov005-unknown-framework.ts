import { PACK_IDS } from '../packs.js';
import { replaceText } from '../fixes/edits.js';
import { didYouMean, suggest } from '../suggest.js';
import type { RegistryRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov005: RegistryRule = {
  code: 'AIGOV005',
  slug: 'unknown-framework',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'A selected framework pack does not exist',
  description:
    'A misspelt pack in `frameworks:` would silently switch its checks off. The known packs are: ' + PACK_IDS.join(', ') + '.',
  check(ctx) {
    const list = ctx.registry.data?.frameworks ?? [];
    list.forEach((name, i) => {
      if (PACK_IDS.includes(name)) return;
      const s = suggest(name, PACK_IDS);
      ctx.report({
        file: ctx.registry.path,
        range: ctx.registry.locate(['frameworks', i], 'value'),
        messageId: 'AIGOV005.unknown',
        args: { name, didYouMean: didYouMean(s), packs: PACK_IDS.filter((p) => p !== 'core') },
        data: { name, ...(s ? { suggestion: s } : {}) },
      });
    });
  },
  fixes(f, ctx) {
    const s = f.data?.suggestion;
    return typeof s === 'string' ? [{ title: fixTitle(ctx, 'fix.changeTo', { value: s }), code: f.code, isPreferred: true, safe: true, edits: [replaceText(f.file, f.range, s)] }] : [];
  },
};
