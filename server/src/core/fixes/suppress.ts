import type { Finding, FixProposal } from '../finding.js';
import { type FixContext, fixTitle } from './context.js';
import { LineIndex } from '../text/line-index.js';
import { commentFor, eolOf, indentOf } from './comments.js';

/** Codes whose findings are about suppressions themselves. */
const NOT_SUPPRESSIBLE = new Set(['AIGOV204']);

/**
 * "Suppress here" and "Suppress in file": insert an `@aigov-ignore` comment with an empty reason
 * after `--`. AIGOV204 keeps reporting it until the reason is written, so nothing is silenced
 * without a word of why.
 */
export function suppressionFixes(f: Finding, ctx: FixContext): FixProposal[] {
  if (NOT_SUPPRESSIBLE.has(f.code)) return [];
  const text = ctx.textOf(f.file);
  if (text === undefined) return [];
  const lineBody = `@aigov-ignore ${f.code} -- `;
  const fileBody = `@aigov-ignore-file ${f.code} -- `;
  const lineComment = commentFor(f.file, lineBody);
  const fileComment = commentFor(f.file, fileBody);
  if (!lineComment || !fileComment) return [];
  const index = new LineIndex(text);
  const eol = eolOf(text);
  const line = f.range.start.line;
  const indent = indentOf(index.lineText(line));
  const at = { line, character: 0 };
  // The cursor goes where the reason is written: right after the body's `-- ` (inside a block comment too).
  const after = (comment: string, body: string): number => comment.indexOf(body) + body.length;
  return [
    {
      title: fixTitle(ctx, 'fix.suppressLine', { code: f.code }),
      code: f.code,
      kind: 'suppress',
      safe: false,
      edits: [{ kind: 'replace', file: f.file, range: { start: at, end: at }, newText: `${indent}${lineComment}${eol}`, cursor: indent.length + after(lineComment, lineBody) }],
    },
    {
      title: fixTitle(ctx, 'fix.suppressFile', { code: f.code }),
      code: f.code,
      kind: 'suppress',
      safe: false,
      edits: [{ kind: 'replace', file: f.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${fileComment}${eol}`, cursor: after(fileComment, fileBody) }],
    },
  ];
}
