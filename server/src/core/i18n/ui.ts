import type { Locale } from './messages.js';
import { fillTemplate, type FlatArgs, type UiTemplate } from './ui-text.js';
import type * as UiJa from './ui-ja.js';
import { CLI_EN } from './ui/cli-en.js';
import { ACTION_EN } from './ui/action-en.js';
import { FIX_EN } from './ui/fix-en.js';
import { BOM_EN } from './ui/bom-en.js';
import { HELP_EN } from './ui/help-en.js';
import { LSP_EN } from './ui/lsp-en.js';
import { REPORT_EN } from './ui/report-en.js';

/** Every interface text in English, by id. */
export const UI_EN = { ...CLI_EN, ...HELP_EN, ...REPORT_EN, ...BOM_EN, ...LSP_EN, ...ACTION_EN, ...FIX_EN } as const;

export type UiId = keyof typeof UI_EN;

let uiJa: Readonly<Record<UiId, UiTemplate>> | undefined;

/**
 * The catalogues per locale (a translation has every English id: the compiler checks). The
 * Japanese one (ui-ja.ts) is evaluated on first use: a run in English never needs it.
 */
export const UI_CATALOGS: Readonly<Record<Locale, Readonly<Record<UiId, UiTemplate>>>> = {
  en: UI_EN,
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
