/**
 * Parses `@aigov` tags inside comment text. Works on offsets into the analysed text; the caller
 * turns them into ranges (directly for source files, through the JSON mapping for notebooks).
 */
import type { Span } from '../text/line-index.js';
import { didYouMean, suggest } from '../suggest.js';
import { msg, type Message } from '../i18n/format.js';
import type { CommentToken } from './scanner.js';

interface TagAnnotation {
  id: string;
  scope: 'file' | 'block';
  span: Span;
  idSpan: Span;
  /** The comment holding the tag, to find the block after it. */
  comment: Span;
}

interface TagSuppression {
  codes: string[];
  reason?: string;
  scope: 'line' | 'file';
  span: Span;
  comment: Span;
}

type TagMalformed = Message & {
  span: Span;
  data?: Record<string, unknown>;
};

interface ParsedTags {
  annotations: TagAnnotation[];
  suppressions: TagSuppression[];
  malformed: TagMalformed[];
}

const TAG = '@aigov';
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE = /^AIGOV\d{3}$/;
const CODE_ANY_CASE = /^aigov\d{3}$/i;
/** Characters that may sit right before a tag: comment decoration such as `/**@aigov` or `--@aigov`. */
const BEFORE_TAG = new Set(['*', '/', '#', '!', ';', '%', "'", '-', '(', '[']);
const SUB_TAGS = ['-ignore-file', '-ignore'];
const SCOPES = ['file', 'block'];
const MAX_ID_SUGGEST = 120;

interface Token {
  text: string;
  start: number;
  end: number;
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0';
}

/** Splits `text[from, to)` on whitespace (and commas when asked), with absolute offsets. */
function tokenize(text: string, from: number, to: number, commas = false): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (isSpaceChar(text[i]) || (commas && text[i] === ','))) i++;
    const start = i;
    while (i < to && !isSpaceChar(text[i]) && !(commas && text[i] === ',')) i++;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Offset of the ` -- ` separator (or an em dash) in `text[from, to)`, or -1. */
function findSeparator(text: string, from: number, to: number): { at: number; length: number } | undefined {
  for (let i = from; i < to; i++) {
    const c = text[i];
    const atWordStart = i === from || isSpaceChar(text[i - 1]) || text[i - 1] === ',';
    if (!atWordStart) continue;
    if (c === '-' && text[i + 1] === '-' && (i + 2 >= to || text[i + 2] !== '-')) return { at: i, length: 2 };
    if (c === '\u2014') return { at: i, length: 1 };
  }
  return undefined;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpaceChar(text[e - 1])) e--;
  return e;
}

function trimStart(text: string, from: number, to: number): number {
  let s = from;
  while (s < to && isSpaceChar(text[s])) s++;
  return s;
}

/** The kebab-case form of an id, e.g. `FraudScorer_v2` → `fraud-scorer-v2`. */
export function toKebab(id: string): string {
  const src = id.slice(0, MAX_ID_SUGGEST);
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    const prev = src[i - 1] ?? '';
    const next = src[i + 1] ?? '';
    const upper = c >= 'A' && c <= 'Z';
    if (upper && out !== '' && ((/[a-z0-9]/.test(prev)) || (/[A-Z]/.test(prev) && /[a-z]/.test(next)))) out += '-';
    if (/[A-Za-z0-9]/.test(c)) out += c.toLowerCase();
    else if (out !== '' && !out.endsWith('-')) out += '-';
  }
  return out.endsWith('-') ? out.slice(0, -1) : out;
}

function isKebabId(id: string): boolean {
  return KEBAB.test(id);
}

/** Parses every tag in the given comments of `text`. */
export function parseTags(text: string, comments: readonly CommentToken[]): ParsedTags {
  const out: ParsedTags = { annotations: [], suppressions: [], malformed: [] };
  // Every occurrence of the tag text, found once, then handed to the comments holding them.
  const hits: number[] = [];
  for (let at = text.indexOf(TAG); at >= 0; at = text.indexOf(TAG, at + TAG.length)) hits.push(at);
  let h = 0;
  for (const comment of comments) {
    if (h >= hits.length) break;
    const { start: cs, end: ce } = comment.contentSpan;
    let from = cs;
    for (; h < hits.length; h++) {
      const at = hits[h] ?? 0;
      if (at < from) continue;
      if (at + TAG.length > ce) break;
      const lineEnd = lineEndWithin(text, at, ce);
      const before = at > cs ? text[at - 1] : undefined;
      if (at === cs || isSpaceChar(before) || before === '\n' || before === '\r' || BEFORE_TAG.has(before ?? '')) {
        // One tag per line: the rest of the line belongs to this one (a reason may mention @aigov).
        if (parseTag(text, at, lineEnd, comment.span, out)) from = lineEnd;
      }
    }
  }
  return out;
}

function lineEndWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return to;
}

/** Parses the tag at `at`; false when the text there is not a tag (`@aigovernance`). */
function parseTag(text: string, at: number, lineEnd: number, comment: Span, out: ParsedTags): boolean {
  let p = at + TAG.length;
  const next = p < lineEnd ? text[p] : undefined;
  const end = trimEnd(text, at, lineEnd);
  const whole: Span = { start: at, end };
  if (next === undefined || isSpaceChar(next)) {
    parseAnnotation(text, at, p, end, comment, out);
    return true;
  }
  if (next === '-') {
    for (const sub of SUB_TAGS) {
      const after = p + sub.length;
      if (text.startsWith(sub, p) && (after >= lineEnd || isSpaceChar(text[after]))) {
        parseSuppression(text, at, after, end, sub === '-ignore-file' ? 'file' : 'line', comment, out);
        return true;
      }
    }
    // `@aigov-ingore`: a tag with an unknown name.
    let q = p + 1;
    while (q < lineEnd && /[A-Za-z-]/.test(text[q] ?? '')) q++;
    if (q === p + 1 || (q < lineEnd && !isSpaceChar(text[q]) && text[q] !== ':')) return false;
    const name = text.slice(at, q);
    const s = suggest(name, ['@aigov-ignore', '@aigov-ignore-file']);
    out.malformed.push({
      span: { start: at, end: q },
      ...msg('AIGOV202.unknownTag', { name, didYouMean: didYouMean(s) }),
      ...(s ? { data: { suggestion: s } } : {}),
    });
    return true;
  }
  if (next === ':') {
    p++;
    const rest = tokenize(text, p, end);
    const id = rest[0]?.text;
    out.malformed.push({
      span: whole,
      ...msg('AIGOV202.colon'),
      ...(id !== undefined ? { data: { suggestion: `@aigov ${id}` } } : {}),
    });
    return true;
  }
  // `@aigovernance`, `@aigov.example`: not a tag.
  return false;
}

function parseAnnotation(text: string, at: number, from: number, end: number, comment: Span, out: ParsedTags): void {
  const whole: Span = { start: at, end };
  const sep = findSeparator(text, from, end);
  const tokens = tokenize(text, from, sep ? sep.at : end);
  const idToken = tokens[0];
  if (idToken === undefined) {
    out.malformed.push({ span: whole, ...msg('AIGOV202.noId') });
    return;
  }
  if (!isKebabId(idToken.text)) {
    const suggestion = toKebab(idToken.text);
    out.malformed.push({
      span: { start: idToken.start, end: idToken.end },
      ...msg('AIGOV202.notKebab', { id: clip(idToken.text), didYouMean: didYouMean(suggestion) }),
      ...(suggestion ? { data: { suggestion } } : {}),
    });
    return;
  }
  let scope: 'file' | 'block' = 'file';
  for (const tok of tokens.slice(1)) {
    const eq = tok.text.indexOf('=');
    const span = { start: tok.start, end: tok.end };
    if (eq <= 0) {
      out.malformed.push({
        span,
        ...msg('AIGOV202.unexpected', { token: clip(tok.text) }),
      });
      continue;
    }
    const key = tok.text.slice(0, eq);
    const value = tok.text.slice(eq + 1);
    if (key !== 'scope') {
      const s = suggest(key, ['scope']);
      out.malformed.push({
        span,
        ...msg('AIGOV202.unknownOption', { option: clip(key), didYouMean: didYouMean(s) }),
        ...(s ? { data: { suggestion: `${s}=${value}` } } : {}),
      });
    } else if (value === 'file' || value === 'block') {
      scope = value;
    } else {
      const s = suggest(value, SCOPES);
      out.malformed.push({
        span,
        ...msg('AIGOV202.unknownScope', { scope: clip(value), didYouMean: didYouMean(s && `scope=${s}`) }),
        ...(s ? { data: { suggestion: `scope=${s}` } } : {}),
      });
    }
  }
  out.annotations.push({ id: idToken.text, scope, span: whole, idSpan: { start: idToken.start, end: idToken.end }, comment });
}

function parseSuppression(
  text: string,
  at: number,
  from: number,
  end: number,
  scope: 'line' | 'file',
  comment: Span,
  out: ParsedTags,
): void {
  const tag = scope === 'file' ? '@aigov-ignore-file' : '@aigov-ignore';
  const whole: Span = { start: at, end };
  const sep = findSeparator(text, from, end);
  const tokens = tokenize(text, from, sep ? sep.at : end, true);
  const codes: string[] = [];
  let reason: string | undefined;
  if (sep) {
    const rs = trimStart(text, sep.at + sep.length, end);
    if (rs < end) reason = text.slice(rs, end);
  }
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok === undefined) break;
    const span = { start: tok.start, end: tok.end };
    if (CODE.test(tok.text)) {
      if (!codes.includes(tok.text)) codes.push(tok.text);
    } else if (CODE_ANY_CASE.test(tok.text)) {
      const suggestion = tok.text.toUpperCase();
      codes.push(suggestion);
      out.malformed.push({ span, ...msg('AIGOV202.codeCase', { code: suggestion }), data: { suggestion } });
    } else if (!sep && codes.length > 0 && !/^[A-Za-z]+\d+$/.test(tok.text)) {
      // `@aigov-ignore AIGOV301 because …`: the reason without its separator.
      reason = text.slice(tok.start, end);
      out.malformed.push({
        span: { start: tok.start, end },
        ...msg('AIGOV202.reasonSeparator', { tag, codes: codes.join(',') }),
      });
      break;
    } else {
      out.malformed.push({ span, ...msg('AIGOV202.notACode', { token: clip(tok.text) }) });
    }
  }
  if (codes.length === 0) {
    if (tokens.length === 0) {
      out.malformed.push({ span: whole, ...msg('AIGOV202.noCode', { tag }) });
    }
    return;
  }
  out.suppressions.push(reason === undefined ? { codes, scope, span: whole, comment } : { codes, reason, scope, span: whole, comment });
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
