import type { FileEdit } from '../finding.js';
import type { Range } from '../text/line-index.js';

export function replaceText(file: string, range: Range, newText: string): FileEdit {
  return { kind: 'replace', file, range, newText };
}

export function createFile(file: string, text: string): FileEdit {
  return { kind: 'create', file, text };
}
