/**
 * Hand-written scanning steps for dependency manifests (TOML lines, YAML quoted scalars, XML
 * tags). Each one walks its text forward once: no regular expression that could backtrack, so a
 * hostile manifest costs time in proportion to its length.
 */

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The text without leading and trailing spaces and tabs. */
function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** A line of a text without its line break (and a `\r` before it), and where it starts. */
interface Line {
  text: string;
  start: number;
}

export function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    yield { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start };
    start = end + 1;
  }
}

interface Piece {
  /** Offset of the piece in the logical line. */
  at: number;
  /** Offset of the piece in the text. */
  from: number;
}

/**
 * The logical lines of a requirements file, as pip joins them: a line that ends in `\` goes on
 * with the next, its backslashes at both ends dropped, unless it is a comment line (`#` first
 * after blanks). Each piece keeps where it stands in the text.
 */
export function* requirementLines(text: string): Generator<{ text: string; pieces: Piece[] }> {
  let parts: string[] = [];
  let pieces: Piece[] = [];
  let length = 0;
  for (const line of lines(text)) {
    const s = line.text;
    let a = 0;
    let b = s.length;
    const goesOn = s.endsWith('\\') && !/^\s*#/.test(s);
    if (goesOn) {
      while (s.charCodeAt(a) === 92 /* \ */) a++;
      while (b > a && s.charCodeAt(b - 1) === 92) b--;
    }
    pieces.push({ at: length, from: line.start + a });
    parts.push(s.slice(a, b));
    length += b - a;
    if (goesOn) continue;
    yield { text: parts.join(''), pieces };
    parts = [];
    pieces = [];
    length = 0;
  }
  if (pieces.length > 0) yield { text: parts.join(''), pieces };
}

/**
 * The lines of a TOML file as code: a comment cut, a multi-line string blanked (offsets kept).
 * A `#` outside strings starts a comment wherever it stands; inside a "basic" or 'literal'
 * string, one-line or multi-line (`"""…"""`, `'''…'''`), it is text. A multi-line string
 * may run over lines, and no manifest writes a dependency in one: blanked, its lines are no keys
 * or headers, and its `]` closes no array. One-line strings stay for the readers; one left open
 * runs to the line's end. Each character is read once.
 */
export function* tomlLines(text: string): Generator<Line> {
  let open = 0; // the quote of a multi-line string that runs on from the line before
  for (const line of lines(text)) {
    const s = line.text;
    const n = s.length;
    let code = '';
    let from = 0; // where the text not yet copied into `code` starts
    let i = 0;
    let cut = n;
    if (open) {
      const end = multilineEnd(s, 0, open);
      if (end < 0) {
        yield { text: '', start: line.start };
        continue;
      }
      open = 0;
      code = ' '.repeat(end);
      from = i = end;
    }
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 35 /* # */) {
        cut = i;
        break;
      }
      if (c !== 34 && c !== 39) {
        i++;
      } else if (s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c) {
        const end = multilineEnd(s, i + 3, c);
        code += s.slice(from, i) + ' '.repeat((end < 0 ? n : end) - i);
        if (end < 0) {
          open = c;
          from = n;
          break;
        }
        from = i = end;
      } else {
        // A one-line string: `\` escapes the next character in a basic one only.
        let j = i + 1;
        while (j < n && s.charCodeAt(j) !== c) j += c === 34 && s.charCodeAt(j) === 92 /* \ */ ? 2 : 1;
        i = j + 1;
      }
    }
    yield { text: code + s.slice(from, cut), start: line.start };
  }
}

/**
 * Where a multi-line string with quote `q` ends on a line, read from `i` (past its closing
 * quotes), or -1 when it runs on. Up to two quotes more before the last three belong to the
 * string (`"""say "hi""""`); `\` escapes the next character in a basic one only.
 */
function multilineEnd(s: string, i: number, q: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 92 && q === 34) {
      i += 2;
    } else if (c === q && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) {
      i += 3;
      for (let k = 0; k < 2 && s.charCodeAt(i) === q; k++) i++;
      return i;
    } else {
      i++;
    }
  }
  return -1;
}

/**
 * The table a TOML header line opens (`[a.b]`, `[[a.b]]`), with quotes dropped and blanks around
 * the dots removed (`[ "tool" . poetry ]` is `tool.poetry`); undefined when the line is no header.
 */
export function tomlHeader(line: string): string | undefined {
  const n = line.length;
  let i = 0;
  while (i < n && isBlank(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 91 /* [ */) return undefined;
  i++;
  if (line.charCodeAt(i) === 91) i++;
  const close = line.indexOf(']', i);
  if (close < 0) return undefined;
  let j = close + 1;
  if (line.charCodeAt(j) === 93 /* ] */) j++;
  while (j < n && isBlank(line.charCodeAt(j))) j++;
  if (j !== n) return undefined;
  const inner = trimBlanks(line.slice(i, close));
  if (inner === '') return undefined;
  // One pass each, no string built character by character (a long header made that slower than linear).
  const unquoted = inner.includes('"') || inner.includes("'") ? inner.replace(/["']/g, '') : inner;
  return unquoted.includes(' ') || unquoted.includes('\t') ? unquoted.split('.').map(trimBlanks).join('.') : unquoted;
}

function isBareKeyChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

interface TomlKey {
  /** The part as written, without its quotes (escapes kept). */
  text: string;
  /** Offset of its first character in the line. */
  at: number;
}

interface TomlKeyValue {
  /** The key's parts: one, or more for a dotted key (`a."b c".d`). */
  keys: TomlKey[];
  /** Everything after `=` and the blanks that follow it. */
  value: string;
  valueAt: number;
}

/**
 * `key = value` at the start of a line, the key bare, "quoted" or 'literal', or dotted from such
 * parts with blanks around the dots; undefined otherwise. Each character is read once.
 */
export function tomlKeyValue(line: string): TomlKeyValue | undefined {
  const n = line.length;
  const keys: TomlKey[] = [];
  let i = 0;
  for (;;) {
    while (i < n && isBlank(line.charCodeAt(i))) i++;
    const q = line.charCodeAt(i);
    const at = q === 34 /* " */ || q === 39 /* ' */ ? i + 1 : i;
    if (at > i) {
      // `\` escapes the next character in a "basic" key only.
      let close = at;
      while (close < n && line.charCodeAt(close) !== q) close += q === 34 && line.charCodeAt(close) === 92 /* \ */ ? 2 : 1;
      if (close >= n || close === at) return undefined;
      keys.push({ text: line.slice(at, close), at });
      i = close + 1;
    } else {
      while (i < n && isBareKeyChar(line.charCodeAt(i))) i++;
      if (i === at) return undefined;
      keys.push({ text: line.slice(at, i), at });
    }
    while (i < n && isBlank(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) !== 46 /* . */) break;
    i++;
  }
  if (line.charCodeAt(i) !== 61 /* = */) return undefined;
  i++;
  while (i < n && isBlank(line.charCodeAt(i))) i++;
  return { keys, value: line.slice(i), valueAt: i };
}

interface TomlString {
  /** The string's content as written (escapes kept). */
  value: string;
  /** Offset of the opening quote. */
  at: number;
}

/**
 * The one-line strings of a TOML line ("basic" with `\` escapes, 'literal'), and whether a `]`
 * stands outside them (it closes an array). A string left open runs to the end of the line.
 */
export function tomlStrings(body: string): { strings: TomlString[]; closes: boolean } {
  const strings: TomlString[] = [];
  let closes = false;
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c === 93 /* ] */) {
      closes = true;
      continue;
    }
    if (c !== 34 && c !== 39) continue;
    let j = i + 1;
    while (j < n) {
      const d = body.charCodeAt(j);
      if (d === c) break;
      if (d === 10 || d === 13) {
        j = n;
        break;
      }
      j += c === 34 && d === 92 /* \ */ ? 2 : 1;
    }
    if (j >= n) break;
    strings.push({ value: body.slice(i + 1, j), at: i });
    i = j;
  }
  return { strings, closes };
}

/** The characters of the one-letter escapes of a YAML "double-quoted" scalar. */
const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const YAML_HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

interface YamlQuoted {
  /** The scalar's value, escapes decoded. */
  value: string;
  /** Where each character of the value starts in the line, and then the closing quote. */
  offsets: number[];
  /** Offset just past the closing quote. */
  end: number;
}

/**
 * The YAML quoted scalar whose opening quote is at `at`: "double-quoted" with `\` escapes, or
 * 'single-quoted' with `''` for a quote. Undefined when it does not close on the line (a scalar
 * folded over lines names no dependency) or holds an escape YAML does not have. Linear.
 */
export function yamlQuoted(line: string, at: number): YamlQuoted | undefined {
  const q = line.charCodeAt(at);
  if (q !== 34 && q !== 39) return undefined;
  const n = line.length;
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = at + 1;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === q && !(q === 39 && line.charCodeAt(i + 1) === 39)) {
      offsets.push(i);
      return { value: chars.join(''), offsets, end: i + 1 };
    }
    if (c !== 92 /* \ */ || q === 39) {
      // A character, or in a single-quoted scalar `''` for one quote.
      chars.push(line[i] ?? '');
      offsets.push(i);
      i += c === q ? 2 : 1;
      continue;
    }
    const e = line[i + 1] ?? '';
    const digits = YAML_HEX_DIGITS[e];
    if (digits === undefined) {
      const ch = YAML_ESCAPES[e];
      if (ch === undefined) return undefined;
      chars.push(ch);
      offsets.push(i);
      i += 2;
      continue;
    }
    const hex = line.slice(i + 2, i + 2 + digits);
    const code = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
    if (code < 0 || code > 0x10ffff) return undefined;
    const ch = String.fromCodePoint(code);
    chars.push(ch);
    for (let k = 0; k < ch.length; k++) offsets.push(i);
    i += 2 + digits;
  }
  return undefined;
}

/** XML text with `<!-- -->` comments blanked (line breaks kept), so offsets stay the same. */
export function blankXmlComments(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let at = text.indexOf('<!--');
  while (at >= 0) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    parts.push(text.slice(from, at));
    parts.push(text.slice(at, end).replace(/[^\r\n]/g, ' '));
    from = end;
    at = close < 0 ? -1 : text.indexOf('<!--', end);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isXmlNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58 || c > 127;
}

interface XmlAttribute {
  /** The start tag's name as written. */
  tag: string;
  name: string;
  value: string;
  /** Offset of the value's first character. */
  valueAt: number;
}

/**
 * For every start tag whose name is in `tags`, its first quoted attribute whose name is in
 * `attributes` (both compared lower-case). A tag ends at `>`, or where a stray `<` starts the next
 * one: each character is read once, and nothing is kept of the tags passed over.
 */
export function xmlTagAttributes(xml: string, tags: ReadonlySet<string>, attributes: ReadonlySet<string>): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  const n = xml.length;
  let i = xml.indexOf('<');
  while (i >= 0 && i < n) {
    let j = i + 1;
    while (j < n && isXmlNameChar(xml.charCodeAt(j))) j++;
    const tag = xml.slice(i + 1, j);
    let wanted = tag !== '' && tags.has(tag.toLowerCase());
    // Attributes: name [= "value" | 'value'], until `>` or a stray `<`.
    while (j < n) {
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */ || c === 60 /* < */) break;
      if (!isXmlNameChar(c)) {
        j++;
        continue;
      }
      const nameStart = j;
      while (j < n && isXmlNameChar(xml.charCodeAt(j))) j++;
      const nameEnd = j;
      while (j < n && isXmlSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 61 /* = */) continue;
      j++;
      while (j < n && isXmlSpace(xml.charCodeAt(j))) j++;
      const q = xml.charCodeAt(j);
      if (q !== 34 && q !== 39) continue;
      const close = xml.indexOf(q === 34 ? '"' : "'", j + 1);
      const end = close < 0 ? n : close;
      if (wanted && end > j + 1) {
        const name = xml.slice(nameStart, nameEnd);
        if (attributes.has(name.toLowerCase())) {
          out.push({ tag, name, value: xml.slice(j + 1, end), valueAt: j + 1 });
          wanted = false;
        }
      }
      j = end + 1;
    }
    i = j < n && xml.charCodeAt(j) === 60 ? j : xml.indexOf('<', j);
  }
  return out;
}
