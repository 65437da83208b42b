/**
 * The script blocks of single-file components, for detection: `<script>` elements of Vue and
 * Svelte files (`lang="ts"` and the like), and Astro's `---` frontmatter as well. One forward pass
 * over the text; an HTML comment hides the elements in it.
 */
import type { Span } from '../text/line-index.js';

interface ScriptBlock {
  /** The code between the tags. */
  span: Span;
  languageId: 'javascript' | 'typescript';
}

const TAG = /<!--|<script(?=[\s>/])/gi;
const CLOSE = /<\/script\s*>/gi;

/** Script blocks of a `.vue`, `.svelte` or `.astro` file. Never throws. */
export function scriptBlocks(text: string, frontmatter = false): ScriptBlock[] {
  const out: ScriptBlock[] = [];
  let from = 0;
  if (frontmatter) {
    // Astro: code between a first line `---` and the next line `---`.
    const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
    if (m) {
      const start = m[0].length;
      const end = /^---[ \t]*$/m;
      end.lastIndex = 0;
      const rest = end.exec(text.slice(start));
      if (rest) {
        out.push({ span: { start, end: start + rest.index }, languageId: 'typescript' });
        from = start + rest.index;
      }
    }
  }
  TAG.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(text)) !== null) {
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', m.index + 4);
      if (close < 0) break;
      TAG.lastIndex = close + 3;
      continue;
    }
    const open = openingTag(text, m.index + m[0].length);
    if ('failedAt' in open) {
      // Not a tag: nothing up to where the look stopped is one either (each character is looked at once).
      TAG.lastIndex = Math.max(TAG.lastIndex, open.failedAt);
      continue;
    }
    CLOSE.lastIndex = open.end;
    const close = CLOSE.exec(text);
    const end = close ? close.index : text.length;
    if (open.languageId && !open.selfClosing) out.push({ span: { start: open.end, end }, languageId: open.languageId });
    TAG.lastIndex = close ? close.index + close[0].length : text.length;
  }
  return out;
}

/**
 * The rest of an opening `<script …>` tag from `at` (just after the name): where it ends, and the
 * language its `lang` / `type` attributes give (undefined for another language or for data).
 * Quoted attribute values may hold `>` (Vue's `generic="T extends Record<string, X>"`).
 */
function openingTag(text: string, at: number): { end: number; languageId: ScriptBlock['languageId'] | undefined; selfClosing: boolean } | { failedAt: number } {
  const limit = Math.min(text.length, at + MAX_TAG);
  let quote = 0;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      quote = c;
    } else if (c === 62 /* > */) {
      return { end: i + 1, languageId: languageOf(text.slice(at, i)), selfClosing: text.charCodeAt(i - 1) === 47 /* / */ };
    }
  }
  return { failedAt: limit };
}

/** Characters an opening tag may take. */
const MAX_TAG = 8000;

const ATTR = /\b(lang|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function languageOf(attrs: string): ScriptBlock['languageId'] | undefined {
  let lang: string | undefined;
  let type: string | undefined;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrs)) !== null) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim().toLowerCase();
    if (m[1]?.toLowerCase() === 'lang') lang = value;
    else type = value;
  }
  if (lang !== undefined) {
    if (lang === 'ts' || lang === 'tsx' || lang === 'typescript') return 'typescript';
    if (lang === 'js' || lang === 'jsx' || lang === 'javascript' || lang === '') return 'javascript';
    return undefined;
  }
  if (type === undefined || type === '' || type === 'module' || /^(?:text|application)\/(?:javascript|ecmascript|babel)$/.test(type)) return 'javascript';
  if (type === 'text/typescript' || type === 'application/typescript') return 'typescript';
  return undefined;
}
