import type { RegistryRule } from './types.js';
import { fieldValueRange, hasField, missingFieldRange } from './util.js';

export const aigov106: RegistryRule = {
  code: 'AIGOV106',
  slug: 'risk-unassessed',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A component has no risk level',
  description:
    'The risk level (`prohibited`, `high`, `limited`, `minimal`) decides which obligations apply: under the EU AI Act the tier (Art 5, Art 6, Art 50) decides almost everything. `unassessed` or a missing level means nobody has classified the system yet.',
  check(ctx) {
    for (const c of ctx.registry.components) {
      if (c.data.kind === 'dataset') continue;
      const level = c.data.risk?.level;
      if (level && level !== 'unassessed') continue;
      if (!level && hasField(c, 'risk.level')) continue; // invalid value: AIGOV002 reports it
      ctx.report({
        file: ctx.registry.path,
        range: level ? fieldValueRange(c, 'risk.level') : missingFieldRange(c, 'risk.level'),
        messageId: level ? 'AIGOV106.unassessed' : 'AIGOV106.missing',
        args: { id: c.id },
        data: { id: c.id },
      });
    }
  },
};
