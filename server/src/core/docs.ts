import type { Locale } from './i18n/locale.js';

/**
 * Where each rule's documentation page is published. Diagnostics (`codeDescription.href`) and
 * SARIF (`helpUri`) link here; the pages are `docs/rules/<CODE>.md` in this repository, and
 * `docs/rules/<locale>/<CODE>.md` in another language.
 */
export const DOCS_BASE_URL = 'https://github.com/aigov-dev/aigov/blob/main/docs/rules/';

/** The page of a rule in the reader's language: English at the base, Japanese under `ja/`. */
export function docsUrl(code: string, locale: Locale = 'en', base = DOCS_BASE_URL): string {
  return `${base}${locale === 'en' ? '' : `${locale}/`}${code}.md`;
}
