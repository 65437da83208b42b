import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pinnedToday } from '../core/dates.js';

/** A usage error: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(argv: string[], options: Options): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** `--today`, else AIGOV_TODAY, else undefined (the engine uses the current date). */
export function resolveToday(flag: unknown): string | undefined {
  const { today, error } = pinnedToday(typeof flag === 'string' ? flag : undefined, process.env.AIGOV_TODAY);
  if (error) throw new UsageError(error);
  return today;
}

export function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got '${String(v)}'`);
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/**
 * Writes a command's result to `--output` (creating its folder; `note` goes to standard error)
 * or, without one, to standard output.
 */
export async function writeResult(io: Io, output: string | undefined, text: string, note?: (shown: string) => string): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, text);
  if (note) io.stderr(note(path.relative(io.cwd, target) || target));
}
