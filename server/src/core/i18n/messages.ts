import type { Finding, RelatedLocation } from '../finding.js';
import { CATALOGS, formatMessage, isMessage } from './format.js';
import type { Locale } from './locale.js';

export { normalizeLocale, type Locale } from './locale.js';

/**
 * The finding's message in a locale. English is the message the engine formatted; other locales
 * format the finding's `{ messageId, args }` from their catalogue. A finding without one (rebuilt
 * from elsewhere) gets the rule's summary in the locale followed by its English words.
 */
export function localizedMessage(f: Finding, locale: Locale): string {
  if (locale === 'en') return f.message;
  if (isMessage(f)) return formatMessage(f, locale);
  const summary = summaryIn(f.code, locale);
  return summary === undefined ? f.message : `${summary}（${f.message}）`;
}

/** A related location's message in a locale. */
export function localizedRelated(r: RelatedLocation, locale: Locale): string {
  return locale !== 'en' && isMessage(r) ? formatMessage(r, locale) : r.message;
}

/** The rule summary in a locale, for hovers, trees and reports. */
export function localizedSummary(code: string, english: string, locale: Locale): string {
  return locale === 'en' ? english : summaryIn(code, locale) ?? english;
}

function summaryIn(code: string, locale: Locale): string | undefined {
  const t = CATALOGS[locale][`${code}.summary`];
  return typeof t === 'string' ? t : undefined;
}
