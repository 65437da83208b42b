/**
 * `@aigov` annotations and `@aigov-ignore` suppressions in source comments (SPEC section 2).
 * Chooses the comment syntax by path, lexes, parses tags in comments only, and returns ranges in
 * the file's own text (for notebooks: in the raw `.ipynb` JSON).
 */
import type { Message } from '../i18n/format.js';
import { extname } from '../paths.js';
import { LineIndex, type Range, type Span } from '../text/line-index.js';
import type { SourceFile } from '../text/source-file.js';
import { languageForId, languageForPath } from './languages.js';
import { CodeLayout } from './layout.js';
import { parseNotebook, rawSpan, rawStart, type NotebookCell } from './notebook.js';
import { lex, type CommentToken, type LexResult } from './scanner.js';
import { parseTags } from './tags.js';
import { pushAll } from '../arrays.js';

interface Annotation {
  id: string;
  scope: 'file' | 'block';
  /** whole "@aigov id ..." tag */
  range: Range;
  idRange: Range;
  /**
   * for scope=block: the lines of the next block (the next non-blank line through the end of its
   * indented block / matching brace, best effort but deterministic)
   */
  blockRange?: Range;
}

interface Suppression {
  codes: string[];
  reason?: string;
  scope: 'line' | 'file';
  range: Range;
  /**
   * zero-based line the suppression applies to (scope line: the next non-blank, non-comment-only
   * line after the comment; also the same line when the comment trails code)
   */
  targetLine?: number;
}

type MalformedAnnotation = Message & {
  range: Range;
  /** e.g. a suggestion */
  data?: Record<string, unknown>;
};

export interface FileAnnotations {
  annotations: Annotation[];
  suppressions: Suppression[];
  malformed: MalformedAnnotation[];
  /** comment and string spans, for detection */
  lex?: LexResult;
  language?: string;
}

const NOTEBOOK_LANGUAGE_ID = 'jupyter';

/** The language id for a path (`python`, `typescript`, …), `jupyter` for notebooks, or undefined. */
export function languageIdForPath(path: string): string | undefined {
  if (extname(path) === '.ipynb') return NOTEBOOK_LANGUAGE_ID;
  return languageForPath(path)?.id;
}

/** Annotations, suppressions and malformed tags of one file. Never throws on any content. */
export function scanAnnotations(source: SourceFile): FileAnnotations {
  if (extname(source.path) === '.ipynb') return scanNotebook(source);
  const language = languageForPath(source.path);
  if (!language) return empty();
  const lexed = lex(source.text, language.syntax);
  const result = analyse(source.text, lexed, source.lineIndex, {
    range: (span) => source.rangeOf(span),
    line: (_offset, line) => line,
  });
  return { ...result, lex: lexed, language: language.id };
}

function empty(): FileAnnotations {
  return { annotations: [], suppressions: [], malformed: [] };
}

/** How positions in the analysed text become positions in the file. */
interface PositionMap {
  range(span: Span): Range;
  /** The file line for a line of the analysed text that starts at `offset`. */
  line(offset: number, line: number): number;
}

type Parts = Pick<FileAnnotations, 'annotations' | 'suppressions' | 'malformed'>;

function analyse(text: string, lexed: LexResult, index: LineIndex, map: PositionMap): Parts {
  const tags = parseTags(text, lexed.comments);
  const out: Parts = { annotations: [], suppressions: [], malformed: [] };
  if (tags.annotations.length + tags.suppressions.length + tags.malformed.length === 0) return out;
  const layout = new CodeLayout(text, lexed, index);
  for (const a of tags.annotations) {
    const ann: Annotation = { id: a.id, scope: a.scope, range: map.range(a.span), idRange: map.range(a.idSpan) };
    if (a.scope === 'block') {
      const block = layout.blockLines(a.comment);
      if (block) ann.blockRange = map.range({ start: index.lineStart(block.start), end: index.lineEnd(block.end) });
    }
    out.annotations.push(ann);
  }
  for (const s of tags.suppressions) {
    const sup: Suppression = { codes: s.codes, scope: s.scope, range: map.range(s.span) };
    if (s.reason !== undefined) sup.reason = s.reason;
    if (s.scope === 'line') {
      const line = layout.targetLine(s.comment);
      if (line !== undefined) sup.targetLine = map.line(index.lineStart(line), line);
    }
    out.suppressions.push(sup);
  }
  for (const m of tags.malformed) {
    const { span, ...rest } = m;
    out.malformed.push({ ...rest, range: map.range(span) });
  }
  return out;
}

function scanNotebook(source: SourceFile): FileAnnotations {
  const notebook = parseNotebook(source.text);
  if (!notebook) return empty();
  const fileLanguage = languageForId(notebook.language);
  const out: FileAnnotations = { annotations: [], suppressions: [], malformed: [], lex: { comments: [], strings: [] } };
  if (fileLanguage) out.language = fileLanguage.id;
  const rawIndex = source.lineIndex;
  for (const cell of notebook.cells) {
    // A cell in a language aigov does not know (`#!kql`) is not read as the notebook's.
    const language = cell.language !== undefined ? languageForId(cell.language) : fileLanguage;
    if (!language) continue;
    const cellIndex = new LineIndex(cell.text);
    const lexed = lex(cell.text, language.syntax);
    const parts = analyse(cell.text, lexed, cellIndex, {
      range: (span) => rawIndex.rangeOf(rawSpan(cell, span)),
      line: (offset) => rawIndex.positionAt(rawStart(cell, offset)).line,
    });
    pushAll(out.annotations, parts.annotations);
    pushAll(out.suppressions, parts.suppressions);
    pushAll(out.malformed, parts.malformed);
    if (out.lex) {
      pushAll(out.lex.comments, lexed.comments.map((c) => mapComment(cell, c)));
      pushAll(out.lex.strings, lexed.strings.map((s) => rawSpan(cell, s)));
    }
  }
  return out;
}

function mapComment(cell: NotebookCell, c: CommentToken): CommentToken {
  return { span: rawSpan(cell, c.span), contentSpan: rawSpan(cell, c.contentSpan), kind: c.kind };
}
