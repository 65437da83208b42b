import * as vscode from 'vscode';
import { CodeActionKind as LspKind, CodeActionRequest, CodeActionResolveRequest, type CodeAction as LspCodeAction, type Command as LspCommand } from 'vscode-languageclient';
import { AigovCodeActionKinds, isAigovSource, type ComponentInfo, type Range } from '../protocol.js';
import type { AigovServer } from '../server.js';
import { codeOf } from '../status.js';
import { toRange } from '../views/tree.js';

/**
 * Fixes come from the server as code actions; these helpers find the right one (by finding
 * code or by code action kind, never by title) and apply it the way the lightbulb would.
 */

/**
 * The aigov server's code actions of `kind` at a place, resolved (edits filled in). Asked of the
 * server itself, not through VS Code's `vscode.executeCodeActionProvider`: that one waits for every
 * extension's provider of the kind, and TypeScript's refactorings wait until its project is
 * loaded, which held "Register component" up for tens of seconds on a file just opened.
 */
export async function codeActionsAt(server: AigovServer, uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const client = server.client;
  if (!client.isRunning()) return [];
  const doc = await vscode.workspace.openTextDocument(uri);
  const c2p = client.code2ProtocolConverter;
  const params = { textDocument: { uri: c2p.asUri(doc.uri) }, range: c2p.asRange(range), context: { diagnostics: [], only: [kind], triggerKind: 1 as const } };
  return resolved(server, await client.sendRequest(CodeActionRequest.type, params));
}

/** The code actions of a server answer with their edits, bare commands and "Show documentation" left out. */
async function resolved(server: AigovServer, answer: (LspCodeAction | LspCommand)[] | null): Promise<vscode.CodeAction[]> {
  const client = server.client;
  const out: vscode.CodeAction[] = [];
  for (const item of answer ?? []) {
    if (typeof item.command === 'string') continue; // a bare command
    let action = item as LspCodeAction;
    if (!action.edit && action.data === undefined) continue; // "Show documentation"
    if (!action.edit) action = await client.sendRequest(CodeActionResolveRequest.type, action);
    out.push(await client.protocol2CodeConverter.asCodeAction(action));
  }
  return out;
}

/** Waits until `uri` has aigov diagnostics that satisfy `ready`, or the time is up. */
export async function waitForDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 5000): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri).filter((d) => isAigovSource(d.source));
  if (ready(get())) return get();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
      resolve(get());
    };
    const timer = setTimeout(done, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ready(get())) done();
    });
  });
}

/** The component id the server put in a diagnostic's data, when the client kept it. */
function dataId(d: vscode.Diagnostic): string | undefined {
  const data = (d as { data?: { data?: { id?: unknown } } }).data?.data;
  return typeof data?.id === 'string' ? data.id : undefined;
}

/**
 * The findings with one of `codes` that belong to component `c` of its registry. The server
 * names the component in the finding's data; when the client did not keep that, a finding
 * belongs to the component whose entry it sits in: the last component of the same registry
 * whose id is on or above the finding's line (`siblings` come from the same server answer).
 */
function findingsOf(c: ComponentInfo, siblings: ComponentInfo[], diags: vscode.Diagnostic[], codes: readonly string[]): vscode.Diagnostic[] {
  const lines = siblings
    .filter((s) => s.registryUri === c.registryUri)
    .map((s) => ({ id: s.id, line: s.range.start.line }))
    .sort((a, b) => a.line - b.line);
  const owner = (d: vscode.Diagnostic): string | undefined => {
    const id = dataId(d);
    if (id) return id;
    let found: string | undefined;
    for (const s of lines) if (s.line <= d.range.start.line) found = s.id;
    return found;
  };
  return diags.filter((d) => isAigovSource(d.source) && codes.includes(codeOf(d) ?? '') && owner(d) === c.id);
}

interface PickOptions {
  /** Apply the preferred action without asking (never a suppression). */
  auto?: boolean;
  /** Offer the choice even when one fix is preferred (it comes first, focused: Enter takes it). */
  choose?: boolean;
  placeHolder?: string;
}

const SUPPRESS = vscode.CodeActionKind.Empty.append(AigovCodeActionKinds.suppress);

/** A quick-fix that suppresses the finding (`@aigov-ignore`) rather than fixing it. */
function isSuppression(a: vscode.CodeAction): boolean {
  return a.kind !== undefined && SUPPRESS.contains(a.kind);
}

/**
 * Lets the user choose among actions (preferred first, suppressions last). A single preferred fix
 * is applied without asking, unless `choose` asks to show the other fixes too; unasked (`auto`)
 * only a fix, never a suppression, whatever else is on offer.
 */
export async function chooseAction(actions: vscode.CodeAction[], opts: PickOptions = {}): Promise<vscode.CodeAction | undefined> {
  if (!actions.length) return undefined;
  const rank = (a: vscode.CodeAction) => (isSuppression(a) ? 2 : a.isPreferred ? 0 : 1);
  const sorted = [...actions].sort((a, b) => rank(a) - rank(b));
  const preferred = sorted.filter((a) => a.isPreferred && !isSuppression(a));
  const fixes = sorted.filter((a) => !isSuppression(a));
  // One preferred fix: that is the fix (the server prefers at most one per finding).
  if (preferred.length === 1 && (opts.auto || !opts.choose || fixes.length === 1)) return preferred[0];
  if (opts.auto || (sorted.length === 1 && fixes.length === 1)) return fixes.length === 1 ? fixes[0] : undefined;
  const picked = await vscode.window.showQuickPick(
    sorted.map((a) => ({ label: a.title, description: a.isPreferred ? vscode.l10n.t('preferred') : undefined, action: a })),
    { placeHolder: opts.placeHolder ?? vscode.l10n.t('Choose a fix') },
  );
  return picked?.action;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies a code action: its edit, then its command. Documents the edit touched that had no
 * unsaved changes before are saved, so a created template is on disk; the first created file
 * opens in an editor.
 */
export async function applyAction(action: vscode.CodeAction, open = true): Promise<boolean> {
  if (action.disabled) {
    void vscode.window.showWarningMessage(action.disabled.reason);
    return false;
  }
  if (action.edit) {
    // entries() lists text edits only: a snippet edit (a suppression) shows up as a changed document.
    const touched = action.edit.entries().map(([uri]) => uri);
    const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const created: vscode.Uri[] = [];
    for (const uri of touched) if (!(await exists(uri))) created.push(uri);
    const keys = new Set(touched.map((u) => u.toString()));
    const changed = vscode.workspace.onDidChangeTextDocument((e) => keys.add(e.document.uri.toString()));
    let applied: boolean;
    try {
      applied = await vscode.workspace.applyEdit(action.edit);
    } finally {
      changed.dispose();
    }
    if (!applied) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not apply “{0}”.', action.title));
      return false;
    }
    for (const doc of vscode.workspace.textDocuments) {
      const key = doc.uri.toString();
      if (doc.isDirty && keys.has(key) && !dirtyBefore.has(key)) await doc.save();
    }
    if (open && created[0]) await vscode.window.showTextDocument(created[0], { preview: false });
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

/**
 * The server's quick-fixes for exactly one finding. VS Code's code action API answers for every
 * marker under a range and drops each action's `diagnostics`, so several findings on one key
 * could not be told apart; asking the server with just this diagnostic in the context can.
 * Only actions that change something (an edit, or one to resolve) are returned.
 */
export async function serverQuickFixes(server: AigovServer, uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const client = server.client;
  if (!client.isRunning()) return [];
  const doc = await vscode.workspace.openTextDocument(uri);
  const params = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
    range: client.code2ProtocolConverter.asRange(d.range),
    context: { diagnostics: [client.code2ProtocolConverter.asDiagnostic(d)], only: [LspKind.QuickFix], triggerKind: 1 as const },
  };
  return resolved(server, await client.sendRequest(CodeActionRequest.type, params));
}

/**
 * Runs the server's fix for one of `codes` on component `c`: finds the finding (waiting a
 * moment for it when the registry was not open), asks for its quick-fixes and applies one.
 * Returns false when no finding or no fix was found.
 */
export async function runFindingFix(server: AigovServer, c: ComponentInfo, siblings: ComponentInfo[], codes: readonly string[], opts: PickOptions = {}): Promise<boolean> {
  const uri = vscode.Uri.parse(c.registryUri);
  await vscode.workspace.openTextDocument(uri);
  const diags = await waitForDiagnostics(uri, (ds) => findingsOf(c, siblings, ds, codes).length > 0);
  for (const d of findingsOf(c, siblings, diags, codes)) {
    const chosen = await chooseAction(await serverQuickFixes(server, uri, d), opts);
    if (chosen) return applyAction(chosen);
  }
  return false;
}

/** Runs a code action of `kind` offered at `range` (e.g. "Record incident" on a component id). */
export async function runKindAction(server: AigovServer, uri: vscode.Uri, range: Range | vscode.Range, kind: string, opts: PickOptions = {}): Promise<boolean | undefined> {
  const r = range instanceof vscode.Range ? range : toRange(range);
  const actions = (await codeActionsAt(server, uri, r, kind)).filter((a) => a.kind && vscode.CodeActionKind.Empty.append(kind).contains(a.kind));
  const chosen = await chooseAction(actions, opts);
  if (!chosen) return actions.length ? undefined : false;
  return applyAction(chosen);
}
