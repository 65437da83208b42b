import type { Locale } from './messages.js';

/**
 * The words of the interface (CLI help and errors, report headings and statuses, hover cards,
 * code-action titles, templates) as data: one catalogue per locale and area under `ui/`, keyed
 * by id, with `{name}` holes. English is the source; a translation must have every English id
 * (the compiler checks) with the same holes (ui-text.test.ts checks). The CLI, the reports and
 * the language server all read these catalogues: there is no second translation path.
 */

/** A template, or one template per plural category (CLDR `one`, `other`) chosen by `args.count`. */
export type UiTemplate = string | { readonly one?: string; readonly other: string };

/** A translation of a catalogue: every id of the English one. */
export type UiTranslation<E> = { readonly [K in keyof E]: UiTemplate };

/** Hole values once put into words. */
export type FlatArgs = Readonly<Record<string, string | number>>;

/** A hole is `{` + a name + `}`; anything else is text. */
export const UI_HOLE = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The hole names of a template (of every plural form). */
export function uiHoles(t: UiTemplate): Set<string> {
  const out = new Set<string>();
  for (const text of typeof t === 'string' ? [t] : [t.one ?? '', t.other]) for (const m of text.matchAll(UI_HOLE)) out.add(m[1]!);
  return out;
}

const plurals = new Map<Locale, Intl.PluralRules>();

/** Fills a template: the plural form for `args.count`, each hole with its value (a hole without one stays as written). */
export function fillTemplate(t: UiTemplate, locale: Locale, args?: FlatArgs): string {
  let text: string;
  if (typeof t === 'string') text = t;
  else {
    let rules = plurals.get(locale);
    if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
    const count = typeof args?.count === 'number' ? args.count : 0;
    text = rules.select(count) === 'one' && t.one !== undefined ? t.one : t.other;
  }
  if (!args) return text;
  return text.replace(UI_HOLE, (hole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : hole));
}
