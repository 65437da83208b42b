import type * as EnCatalog from './catalog/en.js';
import type { MessageId } from './catalog/en.js';
import type * as JaCatalog from './catalog/ja.js';
import { jaArticle } from './ja-obligations.js';
import type { Locale } from './locale.js';
import { fillHoles, pickForm, type Catalog, type Holes, type TextsOf } from './template.js';

/**
 * Text as data: a catalogue id and the values for its holes, turned into words only when shown,
 * in the reader's locale. Findings carry one; report headings, statuses, CLI errors, template
 * sections and code-action titles can carry one the same way.
 */
export interface Message {
  readonly messageId: MessageId;
  readonly args?: MessageArgs;
  /** Picks the plural form of a template that has them (required there). */
  readonly count?: number;
}

/**
 * Articles of a framework as its obligations cite them ('clause 6.1.4, controls A.5.2–A.5.5'),
 * shown in the reader's language ('箇条 6.1.4、管理策 A.5.2–A.5.5') and joined with the
 * locale's `common.articleSeparator`.
 */
interface ArticlesArg {
  readonly articles: readonly string[];
}

/**
 * A hole's value: text that reads the same in every language (an id, a path, a date, a code, a
 * user's own words), a number, a nested message (translated too), articles of a framework, or a
 * list of these (joined with the locale's `common.listSeparator`).
 */
export type MessageArg = string | number | Message | ArticlesArg | readonly MessageArg[];

/** Articles as a message argument (see `ArticlesArg`). */
export function articles(list: readonly string[]): ArticlesArg {
  return { articles: list };
}
export type MessageArgs = Readonly<Record<string, MessageArg>>;

export type { MessageId } from './catalog/en.js';

type En = typeof EnCatalog.EN;
/** The hole names of a message, from its English template. */
type ArgNames<K extends MessageId> = Holes<TextsOf<En[K]>>;
type ArgsPart<K extends MessageId> = [ArgNames<K>] extends [never] ? { readonly args?: undefined } : { readonly args: { readonly [P in ArgNames<K>]: MessageArg } };
type CountPart<K extends MessageId> = En[K] extends string ? { readonly count?: undefined } : { readonly count: number };
/** A message whose args the compiler checks against its English template's holes. */
type TypedMessage<K extends MessageId> = { readonly messageId: K } & ArgsPart<K> & CountPart<K>;
/** A typed message for a literal id; any `Message` when the id is not known until run time. */
export type MessageOf<K extends MessageId> = MessageId extends K ? Message : K extends MessageId ? TypedMessage<K> : never;

type MsgRest<K extends MessageId> = [ArgNames<K>] extends [never]
  ? En[K] extends string
    ? []
    : [args: undefined, count: number]
  : En[K] extends string
    ? [args: { readonly [P in ArgNames<K>]: MessageArg }]
    : [args: { readonly [P in ArgNames<K>]: MessageArg }, count: number];

/** Builds a message; the compiler checks the id and that `args` fills exactly the template's holes. */
export function msg<K extends MessageId>(messageId: K, ...rest: MsgRest<K>): Message {
  const [args, count] = rest as [MessageArgs | undefined, number | undefined];
  return { messageId, ...(args !== undefined ? { args } : {}), ...(count !== undefined ? { count } : {}) };
}

let en: typeof EnCatalog.EN | undefined;
let ja: typeof JaCatalog.JA | undefined;

/** The English catalogue: the message ids, and every message's words when a locale lacks them. */
function english(): typeof EnCatalog.EN {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
  en ??= (require('./catalog/en.js') as typeof EnCatalog).EN;
  return en;
}

/**
 * The catalogues per locale, each evaluated on first use: a run that puts no message into words
 * (a check that finds nothing) builds neither, and a run in English never builds the Japanese one.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  get en() {
    return english();
  },
  get ja() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use (docs/performance.md)
    ja ??= (require('./catalog/ja.js') as typeof JaCatalog).JA;
    return ja;
  },
};

/** The message in a locale; English where a catalogue lacks the id. A hole without a value stays as written. */
export function formatMessage(m: Message, locale: Locale): string {
  const t = CATALOGS[locale][m.messageId] ?? english()[m.messageId];
  if (t === undefined) return m.messageId;
  const args = m.args;
  return fillHoles(pickForm(t, locale, m.count), (name) => {
    const v = args && Object.hasOwn(args, name) ? args[name] : undefined;
    return v === undefined ? undefined : formatArg(v, locale);
  });
}

function formatArg(v: MessageArg, locale: Locale): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isMessageList(v)) return v.map((x) => formatArg(x, locale)).join(formatMessage({ messageId: 'common.listSeparator' }, locale));
  if ('articles' in v) return v.articles.map((a) => (locale === 'ja' ? jaArticle(a) : a)).join(formatMessage({ messageId: 'common.articleSeparator' }, locale));
  return formatMessage(v, locale);
}

function isMessageList(v: MessageArg): v is readonly MessageArg[] {
  return Array.isArray(v);
}

/** True when `v` is a message (data that crossed a boundary, e.g. a diagnostic's, is checked before use). */
export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as { messageId?: unknown }).messageId === 'string' && Object.hasOwn(english(), (v as { messageId: string }).messageId);
}
