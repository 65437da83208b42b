import { isRegistryPath } from '../manifest/registry.js';
import { MAX_TEXT_BYTES } from '../text/source-file.js';
import type { SourceRule } from './types.js';

/** The reasons a registry is not read, each with its own sentence in the catalogues. */
const REASONS = ['not-utf8', 'too-large', 'binary', 'unreadable', 'symlink-loop', 'outside-workspace'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (r: string): r is Reason => (REASONS as readonly string[]).includes(r);

export const aigov008: SourceRule = {
  code: 'AIGOV008',
  slug: 'registry-unreadable',
  defaultSeverity: 'error',
  pack: 'core',
  scope: 'source',
  summary: 'A registry file cannot be read',
  description:
    'A `.aigov.yaml` (or `.aigov.yml`) that is not valid UTF-8, is too large, holds binary data, cannot be opened, or is a symbolic link leading outside the workspace is not read, so the components it declares are governed by nothing and the folders below it fall back to a registry further up.',
  check(ctx) {
    const reason = ctx.facts.skipped;
    // A folder in the registry's place is AIGOV007.
    if (reason === undefined || reason === 'not-a-file' || !isRegistryPath(ctx.facts.path)) return;
    ctx.report({
      file: ctx.facts.path,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      messageId: `AIGOV008.${isReason(reason) ? reason : 'unreadable'}`,
      args: { path: ctx.facts.path, mib: MAX_TEXT_BYTES / (1024 * 1024) },
      data: { reason },
    });
  },
};
