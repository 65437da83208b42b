import { resolveLocale } from '../core/i18n/resolve-locale.js';
import type { Locale } from '../core/i18n/messages.js';
import { ui, UI_CATALOGS, type UiId } from '../core/i18n/ui.js';
import { pushAll } from '../core/arrays.js';
import { ioError, UsageError, type Io } from './args.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

/** The general help, in a locale: each command's line from the registry, its summary from the catalogue. */
function help(locale: Locale): string {
  const lines = COMMANDS.map((c) => {
    const id = `cli.command.${c.name}`;
    return `  ${c.usage.padEnd(20)}${id in UI_CATALOGS.en ? ui(locale, id as UiId) : c.summary}`;
  });
  return ui(locale, 'cli.help', { version: VERSION, commands: lines.join('\n') });
}

const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));

/**
 * Takes `--locale X` / `--locale=X` out of a command's arguments (every command has it; the
 * commands' own parsers never see it). Arguments after `--` are left alone. `value` is `''` when
 * the option has no value.
 */
export function takeLocale(argv: readonly string[]): { value?: string; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      pushAll(rest, argv.slice(i));
      break;
    }
    if (a === '--locale') {
      const next = argv[i + 1];
      value = next === undefined || next.startsWith('-') ? '' : next;
      if (value !== '') i++;
    } else if (a.startsWith('--locale=')) value = a.slice('--locale='.length);
    else rest.push(a);
  }
  return value === undefined ? { rest } : { value, rest };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { value: flag, rest: args } = takeLocale(argv);
  const resolved = resolveLocale(flag, io.env ?? process.env);
  if ('error' in resolved) {
    // Said in both languages: the reader's language is what is in doubt.
    const { source, value } = resolved.error;
    io.stderr(`aigov: ${ui('en', 'cli.locale', { source, value })}\naigov: ${ui('ja', 'cli.locale', { source, value })}\n`);
    return 2;
  }
  const locale = resolved.locale;
  io = { ...io, locale };
  const [cmd, ...rest] = args;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(help(locale));
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = BY_NAME.get(cmd);
  if (!command) {
    io.stderr(`${ui(locale, 'cli.unknownCommand', { command: cmd })}\n\n${help(locale)}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${ui(locale, 'cli.usageError', { command: cmd, message: err.in(locale) })}\n${cmd === 'check' ? `\n${ui(locale, 'help.check')}` : ''}`);
      return 2;
    }
    const io2 = ioError(err, io.cwd, locale);
    if (io2) {
      io.stderr(io2.map((line) => `aigov ${cmd}: ${line}\n`).join(''));
      return 2;
    }
    io.stderr(`${ui(locale, 'cli.internalError', { command: cmd, detail: err instanceof Error ? err.stack ?? err.message : String(err) })}\n`);
    return 2;
  }
}

/** Entry point of the bundled CLI. */
export function cli(): void {
  const io: Io = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`aigov: internal error: ${String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
