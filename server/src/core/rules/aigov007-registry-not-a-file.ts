import { isRegistryPath } from '../manifest/registry.js';
import type { SourceRule } from './types.js';

export const aigov007: SourceRule = {
  code: 'AIGOV007',
  slug: 'registry-not-a-file',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'source',
  summary: 'A registry path is a folder, not a file',
  description:
    'A folder named `.aigov.yaml` (or `.aigov.yml`) looks like a registry but cannot be read as one, so the components its team meant to declare are governed by nothing. Usually a tool created the folder by mistake.',
  check(ctx) {
    if (ctx.facts.skipped !== 'not-a-file' || !isRegistryPath(ctx.facts.path)) return;
    ctx.report({
      file: ctx.facts.path,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      messageId: 'AIGOV007.folder',
      args: { path: ctx.facts.path },
    });
  },
};
