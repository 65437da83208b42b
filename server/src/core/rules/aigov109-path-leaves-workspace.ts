import { componentDocPaths } from '../model/doc-paths.js';
import { isAbsoluteLike, resolveFrom } from '../paths.js';
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
        const how = target === undefined ? (isAbsoluteLike(ref.value) ? 'is absolute' : "climbs out with '..'") : ctx.model.escapes(target) ? 'is a symbolic link to a place outside the workspace' : undefined;
        if (!how) continue;
        ctx.report({ file: reg.path, range: reg.locate(ref.yamlPath, 'value'), message: `${ref.field} of '${c.id}' ('${ref.value}') ${how}; it was not read. Keep evidence inside the repository.`, data: { id: c.id, field: ref.field } });
      }
      (c.data.paths ?? []).forEach((glob, i) => {
        if (isAbsoluteLike(glob) || glob.split(/[\\/]/).includes('..')) {
          ctx.report({ file: reg.path, range: reg.locate(['components', c.index, 'paths', i], 'value'), message: `paths glob '${glob}' of '${c.id}' leaves the folder of this registry; globs are relative to it and cannot climb out.`, data: { id: c.id, field: 'paths' } });
        }
      });
    }
  },
};
