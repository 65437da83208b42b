import type { Citation } from './finding.js';
import { JA_FRAMEWORK_NAMES, JA_OBLIGATION_TITLES, JA_PACK_DESCRIPTIONS, JA_PACK_TITLES, jaArticle } from './i18n/ja-obligations.js';
import type { Locale } from './i18n/locale.js';
import { PACKS } from './packs.js';

/**
 * The names the editor's views and lists show for packs, obligations and citations, in the
 * reader's language: Japanese law by its official title, foreign law by the name Japanese
 * practitioners use (i18n/ja-obligations.ts), the English name otherwise.
 */

/** A pack's title in a locale. */
export function packTitleIn(id: string, english: string, locale: Locale): string {
  return locale === 'ja' ? (JA_PACK_TITLES[id] ?? english) : english;
}

/** What selecting a pack means, in a locale. */
export function packDescriptionIn(id: string, english: string, locale: Locale): string {
  return locale === 'ja' ? (JA_PACK_DESCRIPTIONS[id] ?? english) : english;
}

/** An obligation's name (a pack rule's, named positively) in a locale. */
export function obligationTitleIn(code: string, english: string, locale: Locale): string {
  return locale === 'ja' ? (JA_OBLIGATION_TITLES[code] ?? english) : english;
}

/** A citation with the framework named as the reader knows it (the pack that cites it) and the article as written in the locale (第9条). */
export function citationIn(c: Citation, locale: Locale): Citation {
  if (locale !== 'ja') return { ...c };
  const pack = PACKS.find((p) => p.framework === c.framework || p.title === c.framework);
  const framework = JA_FRAMEWORK_NAMES[c.framework] ?? (pack ? packTitleIn(pack.id, c.framework, locale) : c.framework);
  return { ...c, framework, article: jaArticle(c.article) };
}
