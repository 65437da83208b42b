/**
 * The aigov language server: `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`), also
 * started by `aigov lsp --stdio`. `--today YYYY-MM-DD` (or AIGOV_TODAY) fixes the date.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { pinnedToday } from '../core/dates.js';
import { describeError } from './guard.js';
import { startServer } from './handlers.js';

declare const __AIGOV_VERSION__: string | undefined;

/** The value of `--today X` or `--today=X` on the command line (the last one wins). */
function todayFlag(argv: readonly string[]): string | undefined {
  let v: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--today') v = argv[i + 1];
    else if (a.startsWith('--today=')) v = a.slice('--today='.length);
  });
  return v;
}

const { today, error } = pinnedToday(todayFlag(process.argv), process.env.AIGOV_TODAY);
if (error) {
  // Before any connection: the client sees the server fail to start, with the reason on stderr.
  process.stderr.write(`aigov language server: ${error}\n`);
  process.exit(2);
}
const connection = createConnection(ProposedFeatures.all);
const version = typeof __AIGOV_VERSION__ === 'string' ? __AIGOV_VERSION__ : undefined;
startServer(connection, { ...(today ? { today } : {}), ...(version ? { version } : {}) });

// Bad input must never take the server down: log what escaped every guard and carry on.
process.on('uncaughtException', (err) => connection.console.error(`Uncaught: ${describeError(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`Unhandled rejection: ${describeError(err)}`));

connection.listen();
