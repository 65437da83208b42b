import * as path from 'node:path';
import { ui } from '../../core/i18n/ui.js';
import { type Io, localeOf, parse, resolveToday } from '../args.js';

/**
 * \`aigov lsp\`: runs the language server bundle that sits next to the CLI bundle
 * (dist/server.js). It is loaded at run time, not imported: the CLI never depends on the server's
 * sources, and the server reads its transport from the command line as any LSP server does.
 */
export async function lspCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    stdio: { type: 'boolean' },
    'node-ipc': { type: 'boolean' },
    socket: { type: 'string' },
    today: { type: 'string' },
    clientProcessId: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ui(localeOf(io), 'help.lsp'));
    return 0;
  }
  // Checked here so that a bad date is a usage error; the server reads it from its command line.
  const today = resolveToday(values.today);
  const transport = values['node-ipc'] ? '--node-ipc' : typeof values.socket === 'string' ? `--socket=${values.socket}` : '--stdio';
  const serverPath = path.join(__dirname, 'server.js');
  const parent = typeof values.clientProcessId === 'string' ? [`--clientProcessId=${values.clientProcessId}`] : [];
  process.argv = [process.argv[0] ?? 'node', serverPath, transport, ...parent, ...(today ? ['--today', today] : [])];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the server is a separate bundle, loaded at run time
    require(serverPath);
  } catch (err) {
    io.stderr(`${ui(localeOf(io), 'cli.lsp.cannotStart', { path: serverPath, detail: err instanceof Error ? err.message : String(err) })}\n`);
    return 2;
  }
  // The server owns the process from here and exits it on `exit` or when the client goes away.
  return new Promise<number>(() => undefined);
}
