import { languageForPath } from '../annotations/languages.js';

/** Wraps text in a comment of the file's language, or undefined when it has no comments. */
export function commentFor(path: string, body: string): string | undefined {
  const lang = languageForPath(path);
  if (!lang) return undefined;
  const line = lang.syntax.line[0];
  if (line) return `${line} ${body}`;
  const block = lang.syntax.block[0];
  if (block) return `${block.open} ${body} ${block.close}`;
  return undefined;
}

/** The zero-based line where a file-level annotation goes: after a shebang or encoding line. */
export function headerInsertLine(text: string): number {
  const lines = text.split(/\r?\n/, 3);
  let line = 0;
  if (lines[0]?.startsWith('#!')) line = 1;
  if (/^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/.test(lines[line] ?? '')) line++;
  return line;
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function indentOf(lineText: string): string {
  return /^[ \t]*/.exec(lineText)?.[0] ?? '';
}
