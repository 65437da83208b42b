/**
 * The aigov VS Code client: starts the bundled language server and shows what it knows.
 * Like rust-analyzer's client it keeps no model of its own: the three views ask the server
 * (`aigov/listComponents`, `aigov/listIncidents`, `aigov/frameworkCoverage`) and refresh
 * on `aigov/modelChanged`; fixes are the server's code actions; the status item counts the
 * diagnostics VS Code already holds.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands/index.js';
import { AigovClientCommands, type Range } from './protocol.js';
import { AigovServer } from './server.js';
import { StatusItem } from './status.js';
import { FrameworksProvider } from './views/frameworks.js';
import { IncidentsProvider } from './views/incidents.js';
import { RegistrationsProvider } from './views/registrations.js';
import type { Node } from './views/tree.js';

/** What `activate` returns: the extension-host tests reach the providers through it. */
export interface AigovApi {
  server: AigovServer;
  status: StatusItem;
  registrations: RegistrationsProvider;
  incidents: IncidentsProvider;
  frameworks: FrameworksProvider;
  /** Resolves once the server answered its first request (or failed to start). */
  ready: Promise<void>;
}

let server: AigovServer | undefined;

/** The commands the server's code lenses name: plain JSON arguments turned into editor objects. */
function registerLensCommands(context: vscode.ExtensionContext): void {
  const range = (r: Range | undefined) => (r ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined);
  context.subscriptions.push(
    vscode.commands.registerCommand(AigovClientCommands.openLocation, async (uri: string, r?: Range) => {
      const selection = range(r);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false, ...(selection ? { selection } : {}) });
    }),
    vscode.commands.registerCommand(AigovClientCommands.showLocations, async (uri: string, at: Range['start'], locations: { uri: string; range: Range }[]) => {
      const locs = locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), range(l.range)!));
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(at.line, at.character), locs);
    }),
  );
}

export function activate(context: vscode.ExtensionContext): AigovApi {
  // A log channel: the language client writes its own lines and the server's trace to it too.
  const output = vscode.window.createOutputChannel(vscode.l10n.t('AI Governance'), { log: true });
  context.subscriptions.push(output);
  output.info(vscode.l10n.t('AI Governance {0} in VS Code {1} ({2})', String(context.extension.packageJSON.version), vscode.version, vscode.env.appHost));
  if (!vscode.workspace.isTrusted) {
    output.info(vscode.l10n.t('Restricted mode: findings are shown, but commands that write files or run the CLI are off until the workspace is trusted.'));
  }

  server = new AigovServer(context, output);
  const status = new StatusItem(server);
  const registrations = new RegistrationsProvider(server, context.workspaceState);
  const incidents = new IncidentsProvider(server);
  const frameworks = new FrameworksProvider(server);

  const regView = vscode.window.createTreeView<Node>('aigov.registrations', { treeDataProvider: registrations, showCollapseAll: true });
  registrations.view = regView;
  registrations.updateDescription();
  context.subscriptions.push(
    server,
    status,
    registrations,
    incidents,
    frameworks,
    regView,
    vscode.window.createTreeView<Node>('aigov.incidents', { treeDataProvider: incidents }),
    vscode.window.createTreeView<Node>('aigov.frameworks', { treeDataProvider: frameworks, showCollapseAll: true }),
    // Trust granted: the commands' `enablement` follows by itself; views may show more.
    vscode.workspace.onDidGrantWorkspaceTrust(() => server?.refresh()),
  );

  const refreshAll = () => {
    incidents.resetOrder();
    registrations.refresh();
    incidents.refresh();
    frameworks.refresh();
  };
  registerCommands(context, server, status, { registrations, refreshAll }, { cliPath: context.asAbsolutePath('dist/cli.js'), output });
  registerLensCommands(context);

  const ready = server.start();
  return { server, status, registrations, incidents, frameworks, ready };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
