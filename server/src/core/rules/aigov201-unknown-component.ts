import { replaceText } from '../fixes/edits.js';
import { registerComponentFix } from '../fixes/register.js';
import type { FixProposal } from '../finding.js';
import type { SourceRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov201: SourceRule = {
  code: 'AIGOV201',
  slug: 'unknown-component',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'source',
  summary: 'An annotation names a component that no registry declares',
  description:
    'An `@aigov <id>` annotation puts the file under a component. If no `.aigov.yaml` declares that id, the file is governed by nothing: usually the id is misspelt, or the component was never registered.',
  check(ctx) {
    // While a registry does not parse, its ids are unknown: AIGOV001 says so once, not per annotation
    // (of a registry above the root, the check's warning does).
    if (ctx.model.registries.some((r) => r.syntaxErrors.length > 0) || ctx.model.aboveUnknown) return;
    for (const a of ctx.facts.annotations.annotations) {
      if (ctx.model.component(a.id)) continue;
      const s = ctx.model.closestId(a.id);
      ctx.report({
        file: ctx.facts.path,
        range: a.idRange,
        ...(s ? { messageId: 'AIGOV201.unknownDidYouMean' as const, args: { id: a.id, suggestion: s } } : { messageId: 'AIGOV201.unknown' as const, args: { id: a.id } }),
        data: { id: a.id, ...(s ? { suggestion: s } : {}) },
      });
    }
  },
  fixes(f, ctx) {
    const out: FixProposal[] = [];
    const id = f.data?.id;
    const s = f.data?.suggestion;
    if (typeof s === 'string') out.push({ title: fixTitle(ctx, 'fix.changeTo', { value: s }), code: f.code, isPreferred: true, safe: true, edits: [replaceText(f.file, f.range, s)] });
    if (typeof id === 'string') {
      const reg = registerComponentFix(ctx, f.code, f.file, { id }, false);
      if (reg) out.push(reg);
    }
    return out;
  },
};
