import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pinnedToday } from '../core/dates.js';
import type { Locale } from '../core/i18n/messages.js';
import { formatUi, ui, uiText, type UiArgs, type UiId, type UiText } from '../core/i18n/ui.js';
import { visible } from '../core/text/visible.js';
import type { ReadFs } from '../node/read-fs.js';
import { isInside, whyOf, WriteError, WritePlanError, writeOutput } from '../node/safe-write.js';

/**
 * A usage error: printed in the run's locale, exit code 2. Made from an interface text (`usage()`),
 * or from English words that have no translation yet; `message` is always the English.
 */
export class UsageError extends Error {
  readonly text: UiText | undefined;
  constructor(what: string | UiText) {
    super(typeof what === 'string' ? what : formatUi(what, 'en'));
    this.text = typeof what === 'string' ? undefined : what;
  }

  /** The error in a locale. */
  in(locale: Locale): string {
    return this.text ? formatUi(this.text, locale) : this.message;
  }
}

/** A usage error from the interface catalogue. */
export function usage(id: UiId, args?: UiArgs): UsageError {
  return new UsageError(uiText(id, args));
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(argv: string[], options: Options): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (err) {
    throw usage('cli.badArguments', { detail: err instanceof Error ? err.message : String(err) });
  }
}

/** `--today`, else AIGOV_TODAY, else undefined (the engine uses the current date). */
export function resolveToday(flag: unknown): string | undefined {
  const given = typeof flag === 'string' ? flag : undefined;
  const { today, error } = pinnedToday(given, process.env.AIGOV_TODAY);
  // The catalogue's words for the reason pinnedToday gives (its English is the same sentence).
  if (error) throw usage('cli.today', { value: given ?? process.env.AIGOV_TODAY ?? '' });
  return today;
}

export function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw usage('cli.oneOf', { name, allowed: allowed.join(', '), value: String(v) });
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The language of what the command prints and writes for people (set by `main` from --locale and the environment). */
  locale?: Locale;
  /** The environment the locale is read from (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** What the checked folders' files are read with (default `node:fs`; tests pass one that fails). */
  readFs?: ReadFs;
}

/** The run's locale. */
export function localeOf(io: Io): Locale {
  return io.locale ?? 'en';
}

/**
 * Writes a command's result to `--output` (creating its folder; `note` goes to standard error)
 * or, without one, to standard output. The file is written atomically; a path inside the working
 * folder must stay inside it (no symlinked folder carries it out). Throws WritePlanError.
 */
export async function writeResult(io: Io, output: string | undefined, text: string, note?: (shown: string) => string): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  const cwd = path.resolve(io.cwd);
  writeOutput(isInside(target, cwd) ? cwd : path.parse(target).root, target, text);
  if (note) io.stderr(note(path.relative(io.cwd, target) || target));
  return Promise.resolve();
}

/**
 * An error of the file system (or a write the product refused) as lines naming the path and the
 * reason, shown relative to `cwd`; undefined for anything else (a bug, which keeps its stack).
 */
export function ioError(err: unknown, cwd: string, locale: Locale = 'en'): string[] | undefined {
  const shown = (p: string): string => {
    const rel = path.relative(cwd, p);
    // Relative when inside the working folder, absolute otherwise (no `../../proc/1`).
    return visible(rel === '' ? p : rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? path.resolve(cwd, p) : rel);
  };
  if (err instanceof WritePlanError) return err.problems.map((p) => ui(locale, 'cli.cannotWrite', { file: shown(p.target), reason: p.why }));
  if (err instanceof WriteError) return [ui(locale, 'cli.cannotWrite', { file: shown(err.target), reason: err.why })];
  const e = err as NodeJS.ErrnoException | undefined;
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') {
    const reason = whyOf(e);
    return [e.path ? ui(locale, 'cli.ioError', { file: shown(e.path), reason, syscall: e.syscall }) : ui(locale, 'cli.ioErrorNoPath', { reason, syscall: e.syscall })];
  }
  return undefined;
}
