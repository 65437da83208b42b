import type { RegistryRule } from './types.js';

export const aigov003: RegistryRule = {
  code: 'AIGOV003',
  slug: 'duplicate-component-id',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'Two components share an id',
  description:
    'Component ids are unique across the workspace: annotations, reports and the AI-BOM refer to components by id, so a duplicate makes every reference ambiguous.',
  check(ctx) {
    for (const c of ctx.registry.components) {
      const all = ctx.model.componentsWithId(c.id);
      const first = all[0];
      if (all.length < 2 || first === c || !first) continue;
      ctx.report({
        file: ctx.registry.path,
        range: c.idRange,
        messageId: 'AIGOV003.duplicate',
        args: { id: c.id, file: first.registry.path, line: first.idRange.start.line + 1 },
        data: { id: c.id },
        related: [{ file: first.registry.path, range: first.idRange, messageId: 'AIGOV003.firstDefinition', args: { id: c.id } }],
      });
    }
  },
};
