import type { RegistryRule } from './types.js';
import { hasField, missingFieldRange } from './util.js';

export const aigov108: RegistryRule = {
  code: 'AIGOV108',
  slug: 'missing-intended-purpose',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A component does not state its intended purpose',
  description:
    'The intended purpose is what risk is judged against: the EU AI Act defines risk tiers by use (Art 6, Annex III) and requires it in documentation (Art 13, Annex IV 1(a)); NIST AI RMF MAP 1.1 and ISO/IEC 42001 A.9.4 start from it.',
  check(ctx) {
    for (const c of ctx.registry.components) {
      if (hasField(c, 'intended_purpose')) continue;
      ctx.report({
        file: ctx.registry.path,
        range: missingFieldRange(c, 'intended_purpose'),
        messageId: 'AIGOV108.missing',
        args: { id: c.id },
        data: { id: c.id },
      });
    }
  },
};
