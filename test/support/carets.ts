/**
 * Inline expectations in fixture files, readable by a reviewer:
 *
 *     owner: 42
 *     #      ^^ AIGOV002
 *
 * marks columns of the nearest line above that is not itself a marker. A marker may name several
 * codes. `#@expect 3:1-3:8 AIGOV004` (1-based, inclusive start, exclusive end column) marks a
 * range the carets cannot reach (column 0). Any line comment leader works (`#`, `//`, `--`).
 */
import type { Finding } from '../../server/src/core/finding.js';

export interface Expectation {
  file: string;
  line: number;
  start: number;
  end: number;
  code: string;
}

const CARET = /^(\s*)(?:#|\/\/|--|;|%)(\s*)(\^+)\s+((?:AIGOV\d{3}\s*)+)$/;
const EXPLICIT = /^\s*(?:#|\/\/|--)@expect\s+(\d+):(\d+)-(\d+):(\d+)\s+((?:AIGOV\d{3}\s*)+)$/;

export function isMarkerLine(line: string): boolean {
  return CARET.test(line) || EXPLICIT.test(line);
}

export function readExpectations(file: string, text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  let target = -1;
  lines.forEach((line, i) => {
    const caret = CARET.exec(line);
    const explicit = EXPLICIT.exec(line);
    if (caret) {
      const col = line.indexOf('^');
      const len = caret[3]?.length ?? 0;
      for (const code of (caret[4] ?? '').trim().split(/\s+/)) out.push({ file, line: target, start: col, end: col + len, code });
    } else if (explicit) {
      const [, l, c1, , c2, codes] = explicit;
      for (const code of (codes ?? '').trim().split(/\s+/)) out.push({ file, line: Number(l) - 1, start: Number(c1) - 1, end: Number(c2) - 1, code });
    } else {
      target = i;
    }
  });
  return out;
}

export function findingKey(f: Finding): string {
  const r = f.range;
  const end = r.end.line === r.start.line ? r.end.character : -1;
  return `${f.file}:${r.start.line + 1}:${r.start.character + 1}-${end + 1} ${f.code}`;
}

export function expectationKey(e: Expectation): string {
  return `${e.file}:${e.line + 1}:${e.start + 1}-${e.end + 1} ${e.code}`;
}
