import { isRegistryPath } from '../manifest/registry.js';
import { shownPath } from '../text/shown-path.js';
import type { SourceRule } from './types.js';

export const aigov009: SourceRule = {
  code: 'AIGOV009',
  slug: 'file-not-analysed',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'source',
  summary: 'A file could not be analysed',
  description:
    'A file whose name is not valid UTF-8, or whose reading or analysis failed, is not analysed: AI use or annotations in it would go unseen. It is reported on the file, and every other file is still checked.',
  check(ctx) {
    const { path, skipped } = ctx.facts;
    // An unreadable registry is AIGOV008.
    if (isRegistryPath(path)) return;
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (skipped === 'name-not-utf8') {
      ctx.report({
        file: path,
        range: at,
        messageId: 'AIGOV009.nameNotUtf8',
        args: { path: shownPath(path) },
        data: { reason: skipped },
      });
    } else if (skipped === 'unreadable') {
      ctx.report({
        file: path,
        range: at,
        messageId: 'AIGOV009.unreadable',
        args: { path: shownPath(path) },
        data: { reason: skipped },
      });
    }
  },
};
