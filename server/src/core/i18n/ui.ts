import type { Locale } from './messages.js';
import { fillTemplate, type UiArgs, type UiTemplate } from './ui-text.js';
import { CLI_EN } from './ui/cli-en.js';
import { CLI_JA } from './ui/cli-ja.js';
import { HELP_EN } from './ui/help-en.js';
import { HELP_JA } from './ui/help-ja.js';

/** Every interface text in English, by id. */
export const UI_EN = { ...CLI_EN, ...HELP_EN } as const;

export type UiId = keyof typeof UI_EN;

/** The catalogues per locale (a translation has every English id: the compiler checks). */
export const UI_CATALOGS: Readonly<Record<Locale, Readonly<Record<UiId, UiTemplate>>>> = {
  en: UI_EN,
  ja: { ...CLI_JA, ...HELP_JA },
};

/** An interface text in a locale, its holes filled from `args` (`args.count` picks the plural form). */
export function ui(locale: Locale, id: UiId, args?: UiArgs): string {
  return fillTemplate(UI_CATALOGS[locale][id], locale, args);
}

/** A text that is put into words later, in the reader's locale (a CLI error, a heading). */
export interface UiText {
  id: UiId;
  args?: UiArgs;
}

export function uiText(id: UiId, args?: UiArgs): UiText {
  return args ? { id, args } : { id };
}

export function formatUi(t: UiText, locale: Locale): string {
  return ui(locale, t.id, t.args);
}
