/** Locales aigov speaks. English is the source every other catalogue translates. */
export type Locale = 'en' | 'ja';

export const LOCALES: readonly Locale[] = ['en', 'ja'];

/** A BCP 47 tag (`ja-JP`, `en-US`) to the locale aigov speaks for it; English by default. */
export function normalizeLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
