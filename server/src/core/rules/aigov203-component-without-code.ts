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
        messageId: hasPaths ? 'AIGOV203.pathsMatchNothing' : 'AIGOV203.noPaths',
        args: { id: c.id },
        data: { id: c.id },
        tags: ['unnecessary'],
      });
    }
  },
};
