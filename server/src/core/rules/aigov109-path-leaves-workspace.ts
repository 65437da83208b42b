import { componentDocPaths } from '../model/doc-paths.js';
import { isAbsoluteLike, resolveFrom } from '../paths.js';
import { msg } from '../i18n/format.js';
import type { RegistryRule } from './types.js';

export const aigov109: RegistryRule = {
  code: 'AIGOV109',
  slug: 'path-leaves-workspace',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'registry',
  summary: 'A path points outside the workspace',
  description:
    'Evidence must live in the repository so that it is reviewed and versioned with the code. aigov never reads a path that leaves the workspace through `..`, an absolute path or a symbolic link.',
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const ref of componentDocPaths(c)) {
        const target = resolveFrom(reg.dir, ref.value);
        const how = target === undefined ? (isAbsoluteLike(ref.value) ? 'AIGOV109.absolute' : 'AIGOV109.climbsOut') : ctx.model.escapes(target) ? 'AIGOV109.symlink' : undefined;
        if (!how) continue;
        ctx.report({ file: reg.path, range: reg.locate(ref.yamlPath, 'value'), messageId: 'AIGOV109.path', args: { field: ref.field, id: c.id, value: ref.value, how: msg(how) }, data: { id: c.id, field: ref.field } });
      }
      (c.data.paths ?? []).forEach((glob, i) => {
        if (isAbsoluteLike(glob) || glob.split(/[\\/]/).includes('..')) {
          ctx.report({ file: reg.path, range: reg.locate(['components', c.index, 'paths', i], 'value'), messageId: 'AIGOV109.glob', args: { glob, id: c.id }, data: { id: c.id, field: 'paths' } });
        }
      });
    }
  },
};
