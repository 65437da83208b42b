import type { RegistryRule } from './types.js';
import { hasField, missingFieldRange, orgDefault } from './util.js';

export const aigov105: RegistryRule = {
  code: 'AIGOV105',
  slug: 'missing-owner',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A component has no accountable owner',
  description:
    'Every AI system needs an accountable owner (NIST AI RMF GOVERN 2.1, ISO/IEC 42001 A.3.2, AI Guidelines for Business accountability principle). Set `owner` on the component or `organization.owner` as the default.',
  check(ctx) {
    const org = orgDefault(ctx.registry, 'owner');
    if (typeof org === 'string' && org.trim()) return;
    for (const c of ctx.registry.components) {
      if (hasField(c, 'owner')) continue;
      ctx.report({
        file: ctx.registry.path,
        range: missingFieldRange(c, 'owner'),
        messageId: 'AIGOV105.missing',
        args: { id: c.id },
        data: { id: c.id },
      });
    }
  },
};
