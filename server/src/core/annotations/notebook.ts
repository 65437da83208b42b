/**
 * Jupyter notebooks: the code cells' sources, decoded from their JSON string literals, with a map
 * from every decoded UTF-16 unit back to its offsets in the raw `.ipynb` text, so findings point
 * into the real file.
 */
import { visit } from '../text/jsonc.js';
import type { Span } from '../text/line-index.js';
import { languageForId } from './languages.js';

export interface NotebookCell {
  /** Position of the cell in `cells`. */
  index: number;
  /** The decoded source. */
  text: string;
  /**
   * The cell's own language when it names one: a `#!csharp`-style magic on its first line (.NET
   * polyglot notebooks), else its metadata (`polyglot_notebook.kernelName`,
   * `dotnet_interactive.language`, VS Code's `vscode.languageId`).
   */
  language?: string;
  /** Raw offset where the encoding of each decoded unit starts; one extra entry for the end. */
  rawStarts: Int32Array;
  /** Raw offset just after the encoding of each decoded unit. */
  rawEnds: Int32Array;
}

interface Notebook {
  /**
   * The first of `metadata.language_info.name`, `metadata.kernelspec.language`, the polyglot
   * notebook's default kernel and the kernelspec's name that is a language aigov knows (a .NET
   * polyglot notebook's `language_info.name` is `polyglot-notebook`, its kernel `.net-csharp`);
   * the first one written when none is known; else C# for a polyglot notebook, `python` for others.
   */
  language: string;
  /** Code cells only, in order. */
  cells: NotebookCell[];
}

interface CellParts {
  type?: string;
  /** Language names from the cell's metadata, by source (see `CELL_LANGUAGE_KEYS`). */
  languages: (string | undefined)[];
  tokens: Span[];
}

/** Where a cell's metadata names its language, most specific first. */
const CELL_LANGUAGE_KEYS: readonly (readonly [string, string])[] = [
  ['polyglot_notebook', 'kernelName'],
  ['dotnet_interactive', 'language'],
  ['vscode', 'languageId'],
];

/** A `#!csharp` / `#!fsharp` / `#!pwsh` … first line: the kernel of a polyglot notebook cell. */
const KERNEL_MAGIC = /^[ \t]*#!([A-Za-z][\w.#+-]{0,40})[ \t]*(?:\r?\n|$)/;

/**
 * A language name as notebooks write it, made one that `languageForId` reads: without the
 * `.net-` (kernelspec) and `dotnet-interactive.` (older VS Code) prefixes; `polyglot-notebook`
 * names the container, not a language.
 */
function notebookLanguageName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const n = name.trim().toLowerCase().replace(/^(?:\.net-|dotnet-interactive\.)/, '');
  return n === '' || n === 'polyglot-notebook' ? undefined : n;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The notebook's code cells, or undefined when the text is not valid notebook JSON. Never throws. */
export function parseNotebook(raw: string): Notebook | undefined {
  const parts = new Map<number, CellParts>();
  // language_info.name, kernelspec.language, the polyglot default kernel, kernelspec.name.
  const fileLanguages: (string | undefined)[] = [];
  let failed = false;
  const cell = (n: number): CellParts => {
    let c = parts.get(n);
    if (!c) {
      c = { languages: [], tokens: [] };
      parts.set(n, c);
    }
    return c;
  };
  try {
    visit(
      raw,
      {
        onLiteralValue(value: unknown, offset, length, _line, _col, pathSupplier) {
          if (typeof value !== 'string') return;
          const path = pathSupplier();
          const [p0, p1, p2, p3, p4] = path;
          if (p0 === 'cells' && typeof p1 === 'number') {
            if (p2 === 'source' && (path.length === 3 || (path.length === 4 && typeof p3 === 'number'))) {
              cell(p1).tokens.push({ start: offset, end: offset + length });
            } else if (p2 === 'cell_type' && path.length === 3) {
              cell(p1).type = value;
            } else if (p2 === 'metadata' && path.length === 5) {
              const k = CELL_LANGUAGE_KEYS.findIndex(([a, b]) => a === p3 && b === p4);
              if (k >= 0) cell(p1).languages[k] = value;
            }
          } else if (p0 === 'metadata') {
            if (path.length === 3 && p1 === 'language_info' && p2 === 'name') fileLanguages[0] = value;
            else if (path.length === 3 && p1 === 'kernelspec' && p2 === 'language') fileLanguages[1] = value;
            else if (path.length === 4 && p1 === 'polyglot_notebook' && p2 === 'kernelInfo' && p3 === 'defaultKernelName') fileLanguages[2] = value;
            else if (path.length === 3 && p1 === 'kernelspec' && p2 === 'name') fileLanguages[3] = value;
          }
        },
        onError() {
          failed = true;
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    return undefined;
  }
  if (failed) return undefined;
  const cells: NotebookCell[] = [];
  for (const [index, p] of [...parts.entries()].sort((a, b) => a[0] - b[0])) {
    if (p.type !== 'code' || p.tokens.length === 0) continue;
    const decoded = decodeTokens(raw, p.tokens);
    const magic = KERNEL_MAGIC.exec(decoded.text)?.[1];
    const language = notebookLanguageName(magic) ?? p.languages.map(notebookLanguageName).find((l) => l !== undefined);
    cells.push(language === undefined ? { index, ...decoded } : { index, language, ...decoded });
  }
  const named = fileLanguages.map(notebookLanguageName).filter((l): l is string => l !== undefined);
  // A polyglot notebook that names no kernel runs C#, .NET Interactive's default.
  const fallback = fileLanguages.some((l) => l?.trim().toLowerCase() === 'polyglot-notebook') ? 'csharp' : 'python';
  return { language: named.find((l) => languageForId(l) !== undefined) ?? named[0] ?? fallback, cells };
}

/** Decodes consecutive JSON string tokens (quotes included) into one text with its offset map. */
function decodeTokens(raw: string, tokens: readonly Span[]): { text: string; rawStarts: Int32Array; rawEnds: Int32Array } {
  const chunks: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let endOfLast = 0;
  for (const tok of tokens) {
    const stop = tok.end - 1; // the closing quote
    let k = tok.start + 1;
    let chunkStart = k;
    const flush = (upTo: number): void => {
      if (upTo > chunkStart) chunks.push(raw.slice(chunkStart, upTo));
    };
    while (k < stop) {
      if (raw.charCodeAt(k) !== 92 /* \ */) {
        starts.push(k);
        ends.push(k + 1);
        k++;
        continue;
      }
      flush(k);
      const e = raw[k + 1] ?? '';
      const simple = SIMPLE_ESCAPES[e];
      let unit: string;
      let len: number;
      if (simple !== undefined) {
        unit = simple;
        len = 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(k + 2, k + 6))) {
        unit = String.fromCharCode(parseInt(raw.slice(k + 2, k + 6), 16));
        len = 6;
      } else {
        unit = e;
        len = 2;
      }
      chunks.push(unit);
      starts.push(k);
      ends.push(Math.min(k + len, stop));
      k += len;
      chunkStart = k;
    }
    flush(Math.min(k, stop));
    endOfLast = stop;
  }
  starts.push(endOfLast);
  return { text: chunks.join(''), rawStarts: Int32Array.from(starts), rawEnds: Int32Array.from(ends) };
}

/** Raw offset for a decoded offset used as a start. */
export function rawStart(cell: NotebookCell, offset: number): number {
  const o = Math.max(0, Math.min(offset, cell.text.length));
  return cell.rawStarts[o] ?? 0;
}

/** Raw offset for a decoded offset used as an exclusive end (stays on the last character's line). */
function rawEnd(cell: NotebookCell, offset: number): number {
  const o = Math.max(0, Math.min(offset, cell.text.length));
  return o === 0 ? rawStart(cell, 0) : (cell.rawEnds[o - 1] ?? 0);
}

/** A decoded span as a raw span. */
export function rawSpan(cell: NotebookCell, span: Span): Span {
  const start = rawStart(cell, span.start);
  return { start, end: span.end > span.start ? Math.max(start, rawEnd(cell, span.end)) : start };
}
