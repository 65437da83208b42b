import type { Locale } from './messages.js';
import { fillHoles, holesOf, pickForm } from './template.js';

/**
 * The words of the interface (CLI help and errors, report headings and statuses, hover cards,
 * code-action titles, templates) as data: one catalogue per locale and area under `ui/`, keyed
 * by id, with `{name}` holes. English is the source; a translation must have every English id
 * (the compiler checks) with the same holes (ui.test.ts checks). The template format, hole
 * syntax and plural choice are those of the finding messages (template.ts). The CLI, the reports and
 * the language server all read these catalogues: there is no second translation path.
 */

/** A template, or one template per plural category (CLDR `one`, `other`) chosen by `args.count`. */
export type UiTemplate = string | { readonly one?: string; readonly other: string };

/** A translation of a catalogue: every id of the English one. */
export type UiTranslation<E> = { readonly [K in keyof E]: UiTemplate };

/** Hole values once put into words. */
export type FlatArgs = Readonly<Record<string, string | number>>;

/** The hole names of a template (of every plural form). */
export function uiHoles(t: UiTemplate): Set<string> {
  return holesOf(t);
}

/** Fills a template: the plural form for `args.count`, each hole with its value (a hole without one stays as written). */
export function fillTemplate(t: UiTemplate, locale: Locale, args?: FlatArgs): string {
  const text = pickForm(t, locale, typeof args?.count === 'number' ? args.count : 0);
  return args ? fillHoles(text, (name) => (Object.hasOwn(args, name) ? String(args[name]) : undefined)) : text;
}
