import type { Locale } from './messages.js';

/** Where the locale of a run came from, strongest first. */
type LocaleSource = '--locale' | 'AIGOV_LOCALE' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';

type LocaleResolution = { locale: Locale; source: LocaleSource } | { error: { source: '--locale' | 'AIGOV_LOCALE'; value: string } };

/** The locales a user may name: `en`, `ja`, or a tag of one (`ja-JP`, `en_US.UTF-8`). */
const EXPLICIT = /^(en|ja)(?:[-_.@][A-Za-z0-9_.@-]*)?$/i;

function explicit(value: string): Locale | undefined {
  const m = EXPLICIT.exec(value.trim());
  return m ? (m[1]!.toLowerCase() as Locale) : undefined;
}

/**
 * The locale of a command: `--locale`, else `AIGOV_LOCALE`, else the POSIX variables in their own
 * order (the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides, as for any program:
 * `LC_ALL=C` means English even when `LANG` is Japanese), else English. The two explicit settings
 * must name a locale aigov speaks; the POSIX ones choose Japanese for `ja…` and English otherwise.
 * Pure: the caller passes the flag and the environment.
 */
export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): LocaleResolution {
  if (flag !== undefined) {
    const l = explicit(flag);
    return l ? { locale: l, source: '--locale' } : { error: { source: '--locale', value: flag } };
  }
  const own = env.AIGOV_LOCALE;
  if (own !== undefined && own !== '') {
    const l = explicit(own);
    return l ? { locale: l, source: 'AIGOV_LOCALE' } : { error: { source: 'AIGOV_LOCALE', value: own } };
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    return { locale: /^ja(?:[-_.@]|$)/i.test(v) ? 'ja' : 'en', source: name };
  }
  return { locale: 'en', source: 'default' };
}
