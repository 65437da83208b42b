import type { Locale } from './locale.js';

/**
 * The text of one catalogue entry: a template with `{name}` holes, or one template per plural
 * category (CLDR: `one`, `other`, …) when the wording depends on a count. `other` is always there.
 */
type PluralTemplate = { readonly [K in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Template = string | PluralTemplate;

/** A catalogue: message id → template. */
export type Catalog = Readonly<Record<string, Template>>;

/** A hole is `{` + a name + `}`; anything else (`{ a: 1 }`) is text. One pass, linear. */
const HOLE = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The hole names of a template (of every plural form). */
export function holesOf(t: Template): Set<string> {
  const out = new Set<string>();
  for (const text of typeof t === 'string' ? [t] : Object.values(t)) {
    for (const m of (text as string).matchAll(HOLE)) out.add(m[1] as string);
  }
  return out;
}

/** The names a template's holes take, as a type: `Holes<"'{id}' has no {field}">` is `'id' | 'field'`. */
export type Holes<S> = S extends `${string}{${infer P}}${infer R}` ? (P extends `${string}${' ' | '{' | ':'}${string}` ? never : P) | Holes<R> : never;

/** The texts of a template, as a type. */
export type TextsOf<T> = T extends string ? T : T extends PluralTemplate ? Exclude<T[keyof T], undefined> : never;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The text of a template for a count: the locale's CLDR plural form for it, else `other`. */
export function pickForm(t: Template, locale: Locale, count: number | undefined): string {
  if (typeof t === 'string') return t;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return t[rules.select(count ?? 0)] ?? t.other;
}

/** Fills each hole with `value(name)` in one pass (a value is never filled again); a hole without a value stays as written. */
export function fillHoles(text: string, value: (name: string) => string | undefined): string {
  return text.replace(HOLE, (hole, name: string) => value(name) ?? hole);
}
