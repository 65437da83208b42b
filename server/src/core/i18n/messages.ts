import type { Finding } from '../finding.js';
import { JA_CATALOG } from './ja.js';

/** Locales the finding messages are available in. */
export type Locale = 'en' | 'ja';

export function normalizeLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The finding's message in a locale. English is the message the rule wrote. For Japanese, the
 * catalog's template when the finding carries the data it needs; otherwise the Japanese summary
 * followed by the English detail, so no information is lost.
 */
export function localizedMessage(f: Finding, locale: Locale): string {
  if (locale === 'en') return f.message;
  const entry = JA_CATALOG[f.code];
  if (!entry) return f.message;
  const full = entry.message?.(f.data ?? {}, f);
  return full ?? `${entry.summary}（${f.message}）`;
}

/** The rule summary in a locale, for hovers, trees and reports. */
export function localizedSummary(code: string, english: string, locale: Locale): string {
  return locale === 'ja' ? JA_CATALOG[code]?.summary ?? english : english;
}
