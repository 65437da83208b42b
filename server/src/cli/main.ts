import { UsageError, type Io } from './args.js';
import { CHECK_HELP } from './commands/check.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

const HELP = `aigov ${VERSION}: AI governance checks for the repository.

Usage: aigov <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.usage.padEnd(20)}${c.summary}`).join('\n')}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or internal error.
Run 'aigov <command> --help' for a command's options.
`;

const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));

export async function main(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(HELP);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = BY_NAME.get(cmd);
  if (!command) {
    io.stderr(`aigov: unknown command '${cmd}'.\n\n${HELP}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`aigov ${cmd}: ${err.message}\n${cmd === 'check' ? `\n${CHECK_HELP}` : ''}`);
      return 2;
    }
    io.stderr(`aigov ${cmd}: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
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
