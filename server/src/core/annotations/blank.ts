/**
 * What the lexer's answer is used for: the comment and string spans in text order, and a copy of
 * the text with them blanked out (offsets and line breaks kept), for the detectors that read code.
 */
import type { Span } from '../text/line-index.js';
import { NextIndex } from '../text/next-index.js';
import type { LexResult } from './scanner.js';

const LF = 10;
const CR = 13;

/** Comment and string spans in text order (they never overlap). */
export function lexSpans(result: LexResult): Span[] {
  const out: Span[] = [];
  const { comments, strings } = result;
  let a = 0;
  let b = 0;
  while (a < comments.length || b < strings.length) {
    const c = comments[a];
    const s = strings[b];
    if (c !== undefined && (s === undefined || c.span.start <= s.start)) {
      out.push(c.span);
      a++;
    } else if (s !== undefined) {
      out.push(s);
      b++;
    }
  }
  return out;
}

/** The first line break in `[i, end)`, or -1. */
function breakBefore(text: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || c === CR) return j;
  }
  return -1;
}

/** Runs of spaces of each length up to 128, made once. */
const SPACES: string[] = Array.from({ length: 129 }, (_, k) => ' '.repeat(k));

function spaces(k: number): string {
  return k < SPACES.length ? (SPACES[k] as string) : ' '.repeat(k);
}

/**
 * `text` with the given spans replaced by spaces, line breaks kept, offsets unchanged. A span
 * that covers lines (a docstring) becomes one run of spaces per line, found by `indexOf`, never
 * a replacement per character.
 */
export function blankSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  const lf = text.indexOf('\r') < 0 ? new NextIndex(text, '\n') : undefined;
  let pos = 0;
  for (const sp of spans) {
    const start = Math.max(pos, Math.min(sp.start, text.length));
    const end = Math.max(start, Math.min(sp.end, text.length));
    if (start > pos) parts.push(text.slice(pos, start));
    let i = start;
    while (i < end) {
      const br = lf ? lf.from(i) : breakBefore(text, i, end);
      if (br < 0 || br >= end) {
        parts.push(spaces(end - i));
        break;
      }
      if (br > i) parts.push(spaces(br - i));
      parts.push(text.charCodeAt(br) === LF ? '\n' : '\r');
      i = br + 1;
    }
    pos = end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return parts.join('');
}

/** The text with every comment and string literal replaced by spaces (newlines kept), offsets unchanged; for import detection. */
export function codeOnly(text: string, lex: LexResult): string {
  return blankSpans(text, lexSpans(lex));
}
