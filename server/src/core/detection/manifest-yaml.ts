/**
 * YAML flow collections in dependency manifests (`[numpy, openai]`, `{pip: [openai]}`), read
 * line by line as a collection may run over lines. Each character is read once or twice: a
 * hostile manifest costs time in proportion to its length.
 */
import { yamlQuoted } from './manifest-scan.js';

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Where a YAML quoted scalar with quote `q` closes on a line, read from `i` (past its opening
 * quote, or the line's start when it runs on from the line before), or -1 when it runs on.
 */
function yamlQuoteEnd(line: string, i: number, q: number): number {
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 92 /* \ */ && q === 34) i += 2;
    else if (c !== q) i++;
    else if (q === 39 && line.charCodeAt(i + 1) === 39) i += 2;
    else return i;
  }
  return -1;
}

/** A YAML flow collection being read, line by line (`[a, b]`, `{pip: [c]}`, over lines or not). */
export interface YamlFlow {
  /** The collections open, innermost last, by their opening character (`[` or `{`). */
  open: number[];
  /** Whether the next scalar is a value: a `:` after a key went before it. */
  value: boolean;
  /** The quote of a quoted scalar that runs on from the line before, or 0. */
  quote: number;
}

interface YamlFlowEntry {
  /** The scalar's value, escapes decoded. */
  value: string;
  /** Where each character of the value starts in the line, and then where the scalar ends. */
  offsets: number[];
}

function isFlowIndicator(c: number): boolean {
  return c === 44 /* , */ || c === 91 /* [ */ || c === 93 /* ] */ || c === 123 /* { */ || c === 125; /* } */
}

/** Whether the `:` at `i` ends a plain scalar: a blank, a flow indicator or the line's end follows. */
function isKeyColon(line: string, i: number): boolean {
  const d = line.charCodeAt(i + 1);
  return i + 1 >= line.length || isBlank(d) || isFlowIndicator(d);
}

/**
 * Reads a line of a YAML flow collection from `from`, and pushes the entries of its sequences
 * (`[a, "b"]`; not the keys or values of a mapping, `[a: b]` or `{a: b}`, though a sequence
 * nested in one counts). True when the outermost collection closes on the line; what follows it
 * is not read. A `#` where a scalar could start begins a comment; a quoted scalar that runs over
 * lines names nothing. Each character is read once (a quoted scalar's twice).
 */
export function yamlFlowLine(line: string, from: number, flow: YamlFlow, entries: YamlFlowEntry[]): boolean {
  const n = line.length;
  let i = from;
  if (flow.quote) {
    const end = yamlQuoteEnd(line, 0, flow.quote);
    if (end < 0) return false;
    flow.quote = 0;
    i = end + 1;
  }
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isBlank(c)) {
      i++;
    } else if (c === 35 /* # */) {
      return false;
    } else if (c === 91 || c === 123) {
      flow.open.push(c);
      flow.value = false;
      i++;
    } else if (c === 93 || c === 125) {
      flow.open.pop();
      flow.value = false;
      i++;
      if (flow.open.length === 0) return true;
    } else if (c === 44) {
      flow.value = false;
      i++;
    } else if (c === 58 /* : */ && isKeyColon(line, i)) {
      flow.value = true;
      i++;
    } else {
      // A scalar, quoted or plain, then a `:` when it is a key.
      let entry: YamlFlowEntry | undefined;
      let j: number;
      if (c === 34 || c === 39) {
        const end = yamlQuoteEnd(line, i + 1, c);
        if (end < 0) {
          flow.quote = c;
          return false;
        }
        entry = yamlQuoted(line, i);
        j = end + 1;
      } else {
        j = i;
        while (j < n) {
          const d = line.charCodeAt(j);
          if (isFlowIndicator(d) || (d === 58 && isKeyColon(line, j)) || (d === 35 && isBlank(line.charCodeAt(j - 1)))) break;
          j++;
        }
        let k = j;
        while (isBlank(line.charCodeAt(k - 1))) k--;
        const offsets: number[] = [];
        for (let p = i; p <= k; p++) offsets.push(p);
        entry = { value: line.slice(i, k), offsets };
      }
      let k = j;
      while (k < n && isBlank(line.charCodeAt(k))) k++;
      if (line.charCodeAt(k) === 58) {
        flow.value = true;
        i = k + 1;
        continue;
      }
      if (entry && !flow.value && flow.open[flow.open.length - 1] === 91) entries.push(entry);
      flow.value = false;
      i = j;
    }
  }
  return false;
}
