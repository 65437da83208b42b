/**
 * Line structure around a comment: the line a suppression applies to, and the lines of the block
 * an `@aigov <id> scope=block` annotation covers. Best effort, but deterministic and linear per
 * query.
 */
import type { LineIndex, Span } from '../text/line-index.js';
import { blankSpans, codeOnly } from './blank.js';
import type { LexResult } from './scanner.js';

/** Line openers that decorate the next declaration: `@decorator`, Rust `#[attr]`, C# `[Attr]`. */
const ATTRIBUTE_START = ['@', '#[', '['];
/** A declaration header longer than this is not looked through for its block. */
const MAX_HEADER_LINES = 200;
const CLOSER_WORDS = ['end', 'End', 'END', 'fi', 'done', 'esac'];

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 13 && c !== 10) return false;
  }
  return true;
}

function indentOf(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

export class CodeLayout {
  private withStrings: string | undefined;
  private code: string | undefined;
  private nextCode: Int32Array | undefined;
  private braces: Map<number, number> | undefined;
  private lastCode: number | undefined;

  constructor(
    private readonly text: string,
    private readonly lexed: LexResult,
    private readonly index: LineIndex,
  ) {}

  /** The text with comments blanked; string literals still count as code. */
  private get masked(): string {
    this.withStrings ??= blankSpans(
      this.text,
      this.lexed.comments.map((c) => c.span),
    );
    return this.withStrings;
  }

  /** The text with comments and strings blanked, for brackets. */
  private get codeText(): string {
    this.code ??= codeOnly(this.text, this.lexed);
    return this.code;
  }

  private lineOf(text: string, line: number): string {
    return text.slice(this.index.lineStart(line), this.index.lineEnd(line));
  }

  /** The first line at or after `line` with code, or -1. */
  nextCodeLine(line: number): number {
    const count = this.index.lineCount;
    if (!this.nextCode) {
      const next = new Int32Array(count + 1).fill(-1);
      for (let l = count - 1; l >= 0; l--) {
        next[l] = isBlank(this.lineOf(this.masked, l)) ? (next[l + 1] ?? -1) : l;
      }
      this.nextCode = next;
    }
    return line >= count ? -1 : (this.nextCode[Math.max(0, line)] ?? -1);
  }

  /**
   * The line a comment applies to: its own line when code precedes it there (a trailing comment)
   * or follows it on its last line, otherwise the next line with code.
   */
  targetLine(comment: Span): number | undefined {
    const masked = this.masked;
    const startLine = this.index.positionAt(comment.start).line;
    if (!isBlank(masked.slice(this.index.lineStart(startLine), comment.start))) return startLine;
    const endLine = this.index.positionAt(comment.end).line;
    if (!isBlank(masked.slice(comment.end, this.index.lineEnd(endLine)))) return endLine;
    const next = this.nextCodeLine(endLine + 1);
    return next < 0 ? undefined : next;
  }

  /** First and last line of the block that starts at the comment's target line. */
  blockLines(comment: Span): { start: number; end: number } | undefined {
    const start = this.targetLine(comment);
    if (start === undefined) return undefined;
    return { start, end: this.blockEnd(start) };
  }

  private blockEnd(start: number): number {
    const code = this.codeText;
    const count = this.index.lineCount;
    let depth = 0;
    const stop = Math.min(count, start + MAX_HEADER_LINES);
    for (let line = start; line < stop; line++) {
      const lineStart = this.index.lineStart(line);
      const lt = this.lineOf(code, line);
      if (line > start && depth === 0 && isBlank(lt)) continue;
      for (let col = 0; col < lt.length; col++) {
        const c = lt[col];
        if (c === '(' || c === '[') depth++;
        else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
        else if (depth === 0 && c === '{') return this.matchBrace(lineStart + col);
        else if (depth === 0 && c === ';') return line;
      }
      if (depth > 0) continue;
      const trimmed = lt.trim();
      if (trimmed.endsWith(':')) return this.indentedEnd(start, line);
      const next = this.nextCodeLine(line + 1);
      const nextText = next < 0 ? '' : this.lineOf(code, next).trim();
      if (nextText.startsWith('{')) continue; // Allman braces
      if (ATTRIBUTE_START.some((a) => trimmed.startsWith(a)) && next >= 0) continue;
      return this.indentedEnd(start, line);
    }
    return stop < count ? start : this.lastCodeLine(start);
  }

  /** Line of the brace that closes the one at `offset`; the last code line when none does. */
  private matchBrace(offset: number): number {
    if (!this.braces) {
      // All pairs in one pass, so many annotations cost no more than one.
      const code = this.codeText;
      const braces = new Map<number, number>();
      const open: number[] = [];
      for (let i = 0; i < code.length; i++) {
        const c = code.charCodeAt(i);
        if (c === 123) open.push(i);
        else if (c === 125 && open.length > 0) braces.set(open.pop() ?? 0, i);
      }
      this.braces = braces;
    }
    const close = this.braces.get(offset);
    return close === undefined ? this.lastCodeLine(this.index.positionAt(offset).line) : this.index.positionAt(close).line;
  }

  /** After the header ending on `headerEnd`: the lines indented deeper than `start`, plus an `end`/`}` closer. */
  private indentedEnd(start: number, headerEnd: number): number {
    const masked = this.masked;
    const base = indentOf(this.lineOf(masked, start));
    let end = headerEnd;
    for (let line = this.nextCodeLine(headerEnd + 1); line >= 0; line = this.nextCodeLine(line + 1)) {
      const lt = this.lineOf(masked, line);
      const indent = indentOf(lt);
      if (indent > base) {
        end = line;
        continue;
      }
      const first = lt.slice(indent);
      const word = /^[A-Za-z]+/.exec(first.slice(0, 8))?.[0];
      if (indent === base && (/^[)\]}]/.test(first) || (word !== undefined && CLOSER_WORDS.includes(word)))) end = line;
      break;
    }
    return end;
  }

  private lastCodeLine(from: number): number {
    if (this.lastCode === undefined) {
      let last = -1;
      for (let line = this.index.lineCount - 1; line >= 0 && last < 0; line--) if (this.nextCodeLine(line) === line) last = line;
      this.lastCode = last;
    }
    return Math.max(from, this.lastCode);
  }
}
