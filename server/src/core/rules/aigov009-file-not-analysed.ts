import { isRegistryPath } from '../manifest/registry.js';
import { shownPath } from '../text/shown-path.js';
import type { SourceRule } from './types.js';

/** The skips this rule reports and their messages; the other skips are counted, not reported. */
const MESSAGE_IDS = { 'name-not-utf8': 'AIGOV009.nameNotUtf8', unreadable: 'AIGOV009.unreadable' } as const;

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
    if (isRegistryPath(path) || (skipped !== 'name-not-utf8' && skipped !== 'unreadable')) return;
    ctx.report({
      file: path,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      messageId: MESSAGE_IDS[skipped],
      args: { path: shownPath(path) },
      data: { reason: skipped },
    });
  },
};
