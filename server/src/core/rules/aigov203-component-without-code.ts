import type { RegistryRule } from './types.js';

export const aigov203: RegistryRule = {
  code: 'AIGOV203',
  slug: 'component-without-code',
  defaultSeverity: 'info',
  pack: 'core',
  scope: 'registry',
  summary: 'No file belongs to this component',
  description:
    'A component that no annotation names and whose `paths` match no file cannot be traced to code: reviews, references and the AI-BOM will show it as an empty shell. Add `paths` or an `@aigov <id>` annotation. Datasets are exempt.',
  check(ctx) {
    for (const c of ctx.registry.components) {
      if (c.data.kind === 'dataset') continue;
      if (ctx.model.filesOf(c.id).length > 0) continue;
      const hasPaths = (c.data.paths ?? []).length > 0;
      ctx.report({
        file: ctx.registry.path,
        range: c.idRange,
        message: hasPaths
          ? `No file matches the paths of '${c.id}' and no annotation names it.`
          : `Component '${c.id}' has no paths and no annotation names it, so no code is linked to it.`,
        data: { id: c.id },
        tags: ['unnecessary'],
      });
    }
  },
};
