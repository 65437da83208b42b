/**
 * User text shown to a person (a terminal, a report) with its invisible characters made visible:
 * control characters (C0, DEL, C1: an ESC sequence retitles a terminal, a line break forges a
 * line), line and paragraph separators, every bidirectional control (the marks U+061C, U+200E
 * and U+200F, and the embeddings, overrides and isolates that reorder what is shown),
 * noncharacters (which HTML and XML refuse) and lone surrogates. Each becomes an escape such as
 * `\n`, `\x1b`, `\u202e` or `\u{10ffff}`.
 */

/** The noncharacters U+nFFFE and U+nFFFF of the planes above the first. */
const HIGH_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join('');

const INVISIBLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufdd0-\\ufdef\\ufffe\\uffff\\ud800-\\udfff${HIGH_NONCHARACTERS}]`, 'gu');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/** The text with every invisible or reordering character written as a visible escape. */
export function visible(s: string): string {
  return s.replace(INVISIBLE, escapeOne);
}
