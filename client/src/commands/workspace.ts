import * as vscode from 'vscode';
import { runCli } from './cli.js';

/** What the workspace-level commands need from the extension. */
export interface CommandContext {
  cliPath: string;
  output: vscode.OutputChannel;
}

/** Arguments the report/BOM/init commands accept when run programmatically (tests, other extensions). */
interface FolderArgs {
  folder?: vscode.Uri | string;
  /** Where to write the result; asked with a save dialog when absent. */
  target?: vscode.Uri | string;
  format?: 'html' | 'md';
}

function asUri(v: vscode.Uri | string): vscode.Uri {
  return typeof v === 'string' ? (/^[a-z][a-z0-9+.-]*:/i.test(v) ? vscode.Uri.parse(v) : vscode.Uri.file(v)) : v;
}

function asArgs(arg: unknown): FolderArgs {
  if (arg instanceof vscode.Uri) return { folder: arg };
  return arg !== null && typeof arg === 'object' ? (arg as FolderArgs) : {};
}

/** Commands that write files or run the CLI need a trusted workspace on disk. */
export function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(vscode.l10n.t('AI Governance: this command writes files or runs the aigov CLI, which restricted mode does not allow. Trust the workspace first.'));
  return false;
}

/** The folder to work on: the given one, the only one, or the user's choice. Only `file:` folders. */
async function pickFolder(given?: vscode.Uri | string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (given) {
    // Any folder on disk, also one below a workspace folder (a monorepo's service).
    const uri = asUri(given);
    const root = vscode.workspace.getWorkspaceFolder(uri);
    return root && root.uri.toString() === uri.toString() ? root : { uri, name: uri.path.split('/').pop() ?? '', index: root?.index ?? -1 };
  }
  if (!folders.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('AI Governance: open a folder on disk first.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Choose a workspace folder') });
}

/** `--today` from the folder's `aigov.today` setting, so the CLI agrees with the editor. */
function todayArgs(folder: vscode.Uri): string[] {
  const today = vscode.workspace.getConfiguration('aigov', folder).get<string>('today');
  return today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? ['--today', today] : [];
}

/** `aigov init`: writes a commented starter `.aigov.yaml` (never overwrites) and opens it. */
export async function initRegistry(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  if (!requireTrust()) return undefined;
  const folder = await pickFolder(asArgs(arg).folder);
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, '.aigov.yaml');
  const r = await runCli(ctx.cliPath, ['init', folder.uri.fsPath, ...todayArgs(folder.uri)], folder.uri.fsPath, ctx.output);
  if (r.code !== 0) {
    try {
      await vscode.workspace.fs.stat(target);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it was left as it is.', vscode.workspace.asRelativePath(target)));
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('aigov init failed: {0}', r.stderr.trim() || String(r.code)));
      return undefined;
    }
  }
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

type Artefact = 'report' | 'bom';

async function exportArtefact(ctx: CommandContext, kind: Artefact, arg: unknown): Promise<vscode.Uri | undefined> {
  if (!requireTrust()) return undefined;
  const args = asArgs(arg);
  const folder = await pickFolder(args.folder);
  if (!folder) return undefined;
  let format = args.format;
  if (kind === 'report' && !format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'HTML', description: vscode.l10n.t('one self-contained file, prints well'), format: 'html' as const },
        { label: 'Markdown', description: vscode.l10n.t('for a pull request or a wiki'), format: 'md' as const },
      ],
      { placeHolder: vscode.l10n.t('Report format') },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  const fileName = kind === 'bom' ? 'aigov-bom.cdx.json' : `aigov-report.${format ?? 'html'}`;
  let target = args.target ? asUri(args.target) : undefined;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder.uri, fileName),
      filters: kind === 'bom' ? { 'CycloneDX JSON': ['json'] } : format === 'md' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
      title: kind === 'bom' ? vscode.l10n.t('Export AI-BOM') : vscode.l10n.t('Save governance report'),
    });
    if (!target) return undefined;
  }
  // On disk the CLI writes the file itself, so the report's evidence links are relative to it.
  const direct = target.scheme === 'file';
  const cliArgs = [kind, folder.uri.fsPath, ...(kind === 'report' ? ['--format', format ?? 'html'] : []), ...(direct ? ['--output', target.fsPath] : [])];
  const title = kind === 'bom' ? vscode.l10n.t('Exporting the AI-BOM…') : vscode.l10n.t('Generating the governance report…');
  const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_p, token) =>
    runCli(ctx.cliPath, [...cliArgs, ...todayArgs(folder.uri)], folder.uri.fsPath, ctx.output, token),
  );
  if (r.code !== 0 || (!direct && !r.stdout.trim())) {
    const why = r.stderr.trim().split('\n')[0] || vscode.l10n.t('exit code {0}', r.code);
    const show = vscode.l10n.t('Show Output');
    void vscode.window.showErrorMessage(vscode.l10n.t('aigov {0} failed: {1}', kind, why), show).then((c) => c === show && ctx.output.show(true));
    return undefined;
  }
  if (!direct) await vscode.workspace.fs.writeFile(target, Buffer.from(r.stdout, 'utf8'));
  const written = vscode.workspace.asRelativePath(target);
  if (kind === 'report' && (format ?? 'html') === 'html') {
    // An HTML report is read in a browser; its source is one click away.
    const browser = vscode.l10n.t('Open in Browser');
    const source = vscode.l10n.t('Show Source');
    void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}.', written), browser, source).then(async (choice) => {
      if (choice === browser) await vscode.env.openExternal(target);
      else if (choice === source) await vscode.window.showTextDocument(target, { preview: false });
    });
    return target;
  }
  await vscode.window.showTextDocument(target, { preview: false });
  void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}.', written));
  return target;
}

export function generateReport(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  return exportArtefact(ctx, 'report', arg);
}

export function exportBom(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  return exportArtefact(ctx, 'bom', arg);
}
