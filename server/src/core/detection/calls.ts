/**
 * Tier 2 (client calls of an imported library) and tier 4 (model-id strings) evidence.
 * Calls are looked for with `indexOf` on code-only text; model ids are matched against the whole
 * content of each string literal with anchored, linear patterns.
 */
import type { Span } from '../text/line-index.js';
import { isIdentChar, prevNonWs, stringContent } from './cursor.js';

/** Calls recorded per library and file; more add nothing for a reviewer. */
const MAX_CALLS = 3;

export interface CallHit {
  needle: string;
  span: Span;
}

/** The first occurrences of the given call shapes in code, as whole words at their edges. */
export function findCalls(code: string, needles: readonly string[]): CallHit[] {
  const out: CallHit[] = [];
  for (const needle of needles) {
    const wordStart = isIdentChar(needle.charCodeAt(0));
    const wordEnd = isIdentChar(needle.charCodeAt(needle.length - 1));
    let at = code.indexOf(needle);
    while (at >= 0) {
      const okStart = !wordStart || at === 0 || !isIdentChar(code.charCodeAt(at - 1));
      const okEnd = !wordEnd || !isIdentChar(code.charCodeAt(at + needle.length));
      const overlaps = out.some((h) => h.span.start < at + needle.length && at < h.span.end);
      if (okStart && okEnd && !overlaps) {
        out.push({ needle, span: { start: at, end: at + needle.length } });
        break;
      }
      at = code.indexOf(needle, at + needle.length);
    }
    if (out.length >= MAX_CALLS) break;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** String arguments such as `client("bedrock-runtime")` or `service_name='bedrock'`. */
export function findServiceStrings(text: string, code: string, strings: readonly Span[], services: readonly string[]): CallHit[] {
  const out: CallHit[] = [];
  for (const s of strings) {
    const inner = stringContent(text, s);
    if (!inner) continue;
    const value = text.slice(inner.start, inner.end);
    if (!services.includes(value)) continue;
    const j = prevNonWs(code, s.start);
    const c = code.charCodeAt(j);
    if (c === 40 /* ( */ || c === 61 /* = */ || c === 44 /* , */) {
      out.push({ needle: value, span: inner });
      if (out.length >= MAX_CALLS) break;
    }
  }
  return out;
}

/** Model ids by provider; each pattern is anchored and has no nested quantifiers. */
const MODEL_IDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:gpt-(?:3\.5|4|4o|4\.1|4\.5|5)(?:[-.][\w.-]*)?|chatgpt-4o[\w.-]*|o[134]-(?:mini|pro|preview)[\w.-]*|text-embedding-(?:3-small|3-large|ada-002)|dall-e-[23]|whisper-1|tts-1(?:-hd)?)$/, 'openai'],
  [/^(?:anthropic\.)?claude-(?:instant|[1-9]|opus|sonnet|haiku)[\w.:@-]*$/, 'anthropic'],
  [/^(?:models\/)?gemini-(?:[1-9]|pro|ultra|flash|exp)[\w.-]*$/, 'google'],
  [/^(?:mistral-(?:large|medium|small|tiny|embed)|open-mistral-|open-mixtral-|mixtral-|codestral)[\w.-]*$/, 'mistral'],
  [/^command-(?:r|a|light|nightly)[\w.+-]*$/, 'cohere'],
  [/^(?:meta-llama\/|meta\.)?(?:meta-)?llama-?[234][\w.:-]*$/i, 'meta'],
];

/** Quick raw-text check before lexing for model ids. */
export const MODEL_ID_HINT = /gpt-|claude-|gemini-|o[134]-|mistral-|mixtral-|codestral|command-|llama/i;

export interface ModelIdHit {
  id: string;
  provider: string;
  span: Span;
}

export function findModelIds(text: string, strings: readonly Span[]): ModelIdHit[] {
  const out: ModelIdHit[] = [];
  for (const s of strings) {
    const inner = stringContent(text, s);
    if (!inner || inner.end - inner.start < 4 || inner.end - inner.start > 80) continue;
    const value = text.slice(inner.start, inner.end);
    for (const [re, provider] of MODEL_IDS) {
      if (re.test(value)) {
        out.push({ id: value, provider, span: inner });
        break;
      }
    }
  }
  return out;
}
