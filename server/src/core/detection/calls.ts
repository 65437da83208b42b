/**
 * Tier 2 (client calls of an imported library) and tier 4 (model-id strings) evidence.
 * Calls are looked for with `indexOf` on code-only text; model ids are matched against the whole
 * content of each string literal with anchored, linear patterns.
 */
import type { Span } from '../text/line-index.js';
import type { CodeText } from './code-view.js';
import { isIdentChar, prevNonWs, stringContent } from './cursor.js';

/** Calls recorded per library and file; more add nothing for a reviewer. */
const MAX_CALLS = 3;

interface CallHit {
  needle: string;
  span: Span;
}

/** The first occurrences of the given call shapes in code, as whole words at their edges. */
export function findCalls(code: CodeText, needles: readonly string[]): CallHit[] {
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

/** Factories that make an SDK client for a named service (`boto3.client("bedrock-runtime")`). */
const CLIENT_FACTORIES = new Set(['client', 'resource', 'create_client']);

/**
 * Clients made for the given services: a string naming one as the first argument of a client
 * factory (`boto3.client("bedrock-runtime")`, `session.client(\n  "bedrock")`) or as its
 * `service_name=` keyword. A service name anywhere else (a log message, a dictionary, a model
 * id) is no client.
 */
export function findServiceClients(text: string, code: CodeText, strings: readonly Span[], services: readonly string[]): CallHit[] {
  const out: CallHit[] = [];
  for (const s of strings) {
    const inner = stringContent(text, s);
    if (!inner) continue;
    const value = text.slice(inner.start, inner.end);
    if (!services.includes(value)) continue;
    const j = prevNonWs(code, s.start);
    const c = code.charCodeAt(j);
    let word = '';
    if (c === 40 /* ( */) word = wordBefore(code, j);
    else if (c === 61 /* = */ && code.charCodeAt(j - 1) !== 61 && wordBefore(code, j) === 'service_name') {
      // `client(service_name="bedrock-runtime")`: the keyword's call.
      word = 'client';
    }
    if (CLIENT_FACTORIES.has(word)) {
      out.push({ needle: value, span: inner });
      if (out.length >= MAX_CALLS) break;
    }
  }
  return out;
}

/** The identifier just before `at` (past blanks), or ''. */
function wordBefore(code: CodeText, at: number): string {
  const k = prevNonWs(code, at);
  if (k < 0 || !isIdentChar(code.charCodeAt(k))) return '';
  let s = k;
  while (s > 0 && k - s < 64 && isIdentChar(code.charCodeAt(s - 1))) s--;
  return code.slice(s, k + 1);
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

interface ModelIdHit {
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
