import { createFile } from '../fixes/edits.js';
import { documentTemplate } from '../fixes/templates.js';
import { componentDocPaths } from '../model/doc-paths.js';
import { resolveFrom } from '../paths.js';
import type { RegistryRule } from './types.js';
import { fixTitle } from '../fixes/context.js';

export const aigov103: RegistryRule = {
  code: 'AIGOV103',
  slug: 'document-not-found',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A referenced document does not exist',
  description:
    'A registry entry that points at a missing file claims evidence that is not there; an auditor following the link finds nothing. Paths are relative to the folder of the `.aigov.yaml`.',
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const ref of componentDocPaths(c)) {
        const target = resolveFrom(reg.dir, ref.value);
        if (target === undefined || ctx.model.escapes(target) || ctx.model.exists(target)) continue;
        // `card: .` or `card: docs`: the folder is there, the document is not named (no file
        // to create then, so no fix).
        const folder = ctx.model.isFolder(target);
        const args = { field: ref.field, id: c.id, value: ref.value };
        const data = { id: c.id, field: ref.field, target };
        ctx.report({
          file: reg.path,
          range: reg.locate(ref.yamlPath, 'value'),
          ...(folder
            ? { messageId: 'AIGOV103.folder', args, data: { ...data, folder: true } }
            : { messageId: 'AIGOV103.notFound', args: { ...args, target: target || '.' }, data }),
        });
      }
    }
  },
  fixes(f, ctx) {
    const { id, field, target } = f.data ?? {};
    if (typeof id !== 'string' || typeof field !== 'string' || typeof target !== 'string' || f.data?.folder === true || ctx.exists(target)) return [];
    const c = ctx.model.componentIn(f.file, id);
    if (!c) return [];
    return [
      {
        title: fixTitle(ctx, 'fix.createFromTemplate', { path: target }),
        code: f.code,
        isPreferred: true,
        safe: true,
        edits: [createFile(target, documentTemplate(field, c, ctx.model.frameworksOf(c.registry), ctx.today, undefined, ctx.locale))],
      },
    ];
  },
};
