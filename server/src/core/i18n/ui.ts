import type { Locale } from './messages.js';
import { fillTemplate, type FlatArgs, type UiTemplate } from './ui-text.js';
import type * as UiEn from './ui-en.js';
import type * as UiJa from './ui-ja.js';

/** The id of an interface text: a key of the English catalogue (ui-en.ts). */
export type UiId = keyof typeof UiEn.UI_EN;

let uiEn: Readonly<Record<UiId, UiTemplate>> | undefined;
let uiJa: Readonly<Record<UiId, UiTemplate>> | undefined;

/**
 * The catalogues per locale (a translation has every English id: the compiler checks), each
 * evaluated on first use (ui-en.ts, ui-ja.ts): a check that prints no text needs neither, a run in
 * English never needs the Japanese one.
 */
export const UI_CATALOGS: Readonly<Record<Locale, Readonly<Record<UiId, UiTemplate>>>> = {
  get en() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
    uiEn ??= (require('./ui-en.js') as typeof UiEn).UI_EN;
    return uiEn;
  },
  get ja() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
    uiJa ??= (require('./ui-ja.js') as typeof UiJa).UI_JA;
    return uiJa;
  },
};

/** A hole's value: words that read the same in every language (a path, an id), a number, or a text to translate too. */
type UiArg = string | number | UiText;
export type UiArgs = Readonly<Record<string, UiArg>>;

/** A text that is put into words later, in the reader's locale (a CLI error, a heading). */
export interface UiText {
  id: UiId;
  args?: UiArgs;
}

/** An interface text in a locale, its holes filled from `args` (`args.count` picks the plural form). */
export function ui(locale: Locale, id: UiId, args?: UiArgs): string {
  let flat: FlatArgs | undefined;
  if (args) {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(args)) out[k] = typeof v === 'object' ? formatUi(v, locale) : v;
    flat = out;
  }
  return fillTemplate(UI_CATALOGS[locale][id], locale, flat);
}

export function uiText(id: UiId, args?: UiArgs): UiText {
  return args ? { id, args } : { id };
}

export function formatUi(t: UiText, locale: Locale): string {
  return ui(locale, t.id, t.args);
}
