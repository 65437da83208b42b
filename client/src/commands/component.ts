import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import {
  AigovCodeActionKinds,
  AigovServerCommands,
  INCIDENT_SEVERITIES,
  ListComponentsRequest,
  UNCOVERED_CODES,
  type ComponentInfo,
  type IncidentInfo,
  type MarkReportedArgs,
  type MarkReportedResult,
  type RecordIncidentArgs,
  type RecordIncidentResult,
} from '../protocol.js';
import type { AigovServer } from '../server.js';
import { codeOf } from '../status.js';
import { toRange } from '../views/tree.js';
import { applyAction, chooseAction, codeActionsAt, runFindingFix, runKindAction, serverQuickFixes, waitForDiagnostics } from './fixes.js';
import { requireTrust } from './workspace.js';

/**
 * The component commands. Each takes what a tree context menu passes (the node), a component
 * id (`'fraud-scorer'`), or `{ id, auto }`; with nothing it asks with a quick pick.
 */

interface ComponentArg {
  id?: string;
  registryUri?: string;
  /** Apply the preferred fix without asking (tests, keybindings). */
  auto?: boolean;
}

function valueOf(arg: unknown): unknown {
  return arg !== null && typeof arg === 'object' && 'item' in arg && 'value' in arg ? (arg as { value: unknown }).value : arg;
}

function asComponentArg(arg: unknown): ComponentArg {
  const v = valueOf(arg);
  if (typeof v === 'string') return { id: v };
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : typeof o.componentId === 'string' ? o.componentId : undefined;
    return { ...(id ? { id } : {}), ...(typeof o.registryUri === 'string' ? { registryUri: o.registryUri } : {}), auto: o.auto === true };
  }
  return {};
}

async function allComponents(server: AigovServer): Promise<ComponentInfo[]> {
  const r = await server.request(ListComponentsRequest, {});
  return r ? r.folders.flatMap((f) => f.registries.flatMap((g) => g.components)) : [];
}

/** The component an argument names, or the user's pick (those `prefer` accepts listed first). */
async function resolveComponent(server: AigovServer, arg: unknown, placeHolder: string, prefer?: (c: ComponentInfo) => boolean): Promise<{ c: ComponentInfo; all: ComponentInfo[]; auto: boolean } | undefined> {
  const a = asComponentArg(arg);
  const all = await allComponents(server);
  if (a.id) {
    const c = all.find((x) => x.id === a.id && (!a.registryUri || x.registryUri === a.registryUri));
    if (!c) void vscode.window.showWarningMessage(vscode.l10n.t('No registry declares a component “{0}”.', a.id));
    return c ? { c, all, auto: a.auto === true || valueOf(arg) !== arg } : undefined;
  }
  if (!all.length) {
    const create = vscode.l10n.t('Create .aigov.yaml');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('No component is registered yet.'), create);
    if (choice === create) await vscode.commands.executeCommand('aigov.init');
    return undefined;
  }
  const ranked = prefer ? [...all.filter(prefer), ...all.filter((c) => !prefer(c))] : all;
  const picked = await vscode.window.showQuickPick(
    ranked.map((c) => ({ label: c.id, description: [c.name, c.risk.level].filter(Boolean).join(' · '), detail: c.registryPath, c })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return picked ? { c: picked.c, all, auto: false } : undefined;
}

async function reveal(uri: string, range: ComponentInfo['range']): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: toRange(range), preview: false });
}

/**
 * "New risk assessment": the server's `refactor.aigov.newRiskAssessment` actions on the component's
 * id. Without an assessment: its first one, from the template. With one (current, overdue or a
 * draft): the next dated review document from the template, or, when the user picks it and
 * confirms that the review was done in the existing document, new dates. Never a suppression.
 * The new document opens in the editor.
 */
export async function newRiskAssessment(server: AigovServer, arg?: unknown): Promise<boolean> {
  if (!requireTrust()) return false;
  const r = await resolveComponent(server, arg, vscode.l10n.t('Component that needs a risk assessment'), (c) => c.assessment.state !== 'ok');
  if (!r) return false;
  const { c } = r;
  // Only an explicit `{ auto: true }` (tests, keybindings) skips the choice for an assessed component.
  const auto = asComponentArg(arg).auto === true;
  const uri = vscode.Uri.parse(c.registryUri);
  const actions = (await codeActionsAt(server, uri, toRange(c.range), AigovCodeActionKinds.newRiskAssessment)).filter(
    (a) => a.kind !== undefined && vscode.CodeActionKind.Empty.append(AigovCodeActionKinds.newRiskAssessment).contains(a.kind),
  );
  if (!actions.length) {
    await reveal(c.registryUri, c.range);
    void vscode.window.showInformationMessage(vscode.l10n.t('The server offers no risk assessment for {0}; edit risk.assessment in the registry.', c.id));
    return false;
  }
  const next = actions.find((a) => a.isPreferred) ?? actions[0]!;
  const renew = actions.find((a) => a !== next && !a.isPreferred);
  let chosen: vscode.CodeAction | undefined = next;
  if (renew && !auto) {
    const path = c.assessment.path ?? '';
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Write the next review'), description: vscode.l10n.t('a new dated document from the template, linked in place of {0}', path), detail: next.title, action: next },
        { label: vscode.l10n.t('Record a review done in {0}', path), description: vscode.l10n.t('new date and next review date, no new document'), detail: renew.title, action: renew },
      ],
      { placeHolder: vscode.l10n.t('Risk assessment of {0} ({1})', c.id, assessmentWord(c)) },
    );
    chosen = picked?.action;
    if (chosen === renew) {
      const ok = await confirm(
        vscode.l10n.t('Record that {0} was reviewed today and is current?', path),
        vscode.l10n.t('Record review'),
        vscode.l10n.t('Only when the document was read and brought up to date: the registry will say it was assessed today, and the next review moves a full interval ahead.'),
      );
      if (!ok) return false;
    }
  }
  return chosen ? applyAction(chosen) : false;
}

function assessmentWord(c: ComponentInfo): string {
  switch (c.assessment.state) {
    case 'overdue':
      return vscode.l10n.t('review due {0}', c.assessment.due ?? '');
    case 'draft':
      return vscode.l10n.t('draft');
    case 'missing':
      return vscode.l10n.t('none yet');
    default:
      return vscode.l10n.t('current');
  }
}

/** "Add incident contact": the server's fix for AIGOV102. */
export async function addIncidentContact(server: AigovServer, arg?: unknown): Promise<boolean> {
  if (!requireTrust()) return false;
  const r = await resolveComponent(server, arg, vscode.l10n.t('Component without an incident contact'), (c) => !c.contacts.some((k) => k.role === 'incident'));
  if (!r) return false;
  if (await runFindingFix(server, r.c, r.all, ['AIGOV102'], { auto: r.auto })) return true;
  await reveal(r.c.registryUri, r.c.range);
  return false;
}

/**
 * Asks before a change the registry cannot take back by itself: a pick between doing it (with what
 * it means) and not. A quick pick rather than a modal dialog, so that it works in every VS Code
 * host (the test host refuses modal dialogs) and from the keyboard.
 */
async function confirm(question: string, yes: string, detail: string): Promise<boolean> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `$(check) ${yes}`, detail, ok: true },
      { label: `$(close) ${vscode.l10n.t('Cancel')}`, ok: false },
    ],
    { title: question, placeHolder: question, ignoreFocusOut: true },
  );
  return picked?.ok === true;
}

/** What each severity means, for the pick list. */
function severityDetail(severity: string): string {
  switch (severity) {
    case 'serious':
      return vscode.l10n.t('Harm to a person\'s health, serious harm to property or the environment, or a breach of fundamental-rights obligations (EU AI Act Art 3(49)).');
    case 'death':
      return vscode.l10n.t('A person died, or may have died, because of the system.');
    case 'widespread':
      return vscode.l10n.t('A widespread infringement affecting people in several countries.');
    case 'critical-infrastructure':
      return vscode.l10n.t('A serious and irreversible disruption of critical infrastructure.');
    default:
      return vscode.l10n.t('Not a serious incident: recorded and handled, not reported to an authority.');
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateProblem(v: string, today: string, notBefore?: string): string | undefined {
  if (!DATE.test(v.trim()) || Number.isNaN(Date.parse(`${v.trim()}T00:00:00Z`))) return vscode.l10n.t('Write the date as YYYY-MM-DD.');
  if (today && v.trim() > today) return vscode.l10n.t('The date cannot be after today ({0}).', today);
  if (notBefore && v.trim() < notBefore) return vscode.l10n.t('The date cannot be before {0}.', notBefore);
  return undefined;
}

async function serverToday(server: AigovServer): Promise<string> {
  return (await server.request(ListComponentsRequest, {}))?.today ?? new Date().toISOString().slice(0, 10);
}

/** Saves the registry when the command's edit left it dirty and it was clean before. */
async function saveIfItWasClean(uri: vscode.Uri, wasDirty: boolean): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty && !wasDirty) await doc.save();
}

function isDirty(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
}

/**
 * "Record incident": asks what happened, how serious it is (each severity with the report
 * deadline it starts) and the day of awareness; the server writes the entry; the new entry opens.
 */
export async function recordIncident(server: AigovServer, arg?: unknown): Promise<boolean> {
  if (!requireTrust()) return false;
  const r = await resolveComponent(server, arg, vscode.l10n.t('Component the incident concerns'));
  if (!r) return false;
  const { c } = r;
  const today = await serverToday(server);
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('Record an incident of {0} (1/3)', c.id),
    prompt: vscode.l10n.t('What happened? A short title; details go into the incident register.'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Write a short title.')),
  });
  if (title === undefined) return false;
  const binding = c.incidentDeadlinesBind === true;
  const picked = await vscode.window.showQuickPick(
    INCIDENT_SEVERITIES.map((s) => ({
      label: s.severity,
      description: s.days
        ? binding
          ? vscode.l10n.t('report to the authority within {0} days of awareness (EU AI Act Art 73)', s.days)
          : vscode.l10n.t('report within {0} days of awareness (Art 73 timeline, good practice here)', s.days)
        : vscode.l10n.t('no report deadline'),
      detail: severityDetail(s.severity),
      severity: s.severity,
    })),
    { title: vscode.l10n.t('Record an incident of {0} (2/3)', c.id), placeHolder: vscode.l10n.t('How serious is it?'), matchOnDetail: true },
  );
  if (!picked) return false;
  const detected = await vscode.window.showInputBox({
    title: vscode.l10n.t('Record an incident of {0} (3/3)', c.id),
    prompt: vscode.l10n.t('The day you became aware of it (YYYY-MM-DD): the report deadline counts from it.'),
    value: today,
    validateInput: (v) => dateProblem(v, today),
  });
  if (detected === undefined) return false;
  const uri = vscode.Uri.parse(c.registryUri);
  const wasDirty = isDirty(uri);
  const result = await executeServerCommand<RecordIncidentResult>(server, AigovServerCommands.recordIncident, {
    registryUri: c.registryUri,
    componentId: c.id,
    title: title.trim(),
    severity: picked.severity,
    detected: detected.trim(),
  } satisfies RecordIncidentArgs);
  if (!result?.incidentId) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The incident was not recorded: {0}', result?.error ?? vscode.l10n.t('no answer from the server')));
    return false;
  }
  await saveIfItWasClean(uri, wasDirty);
  // Open the new entry.
  const after = (await server.request(ListComponentsRequest, {}))?.folders.flatMap((f) => f.registries.flatMap((g) => g.components)) ?? [];
  const inc = after.find((x) => x.id === c.id && x.registryUri === c.registryUri)?.incidents.find((i) => i.id === result.incidentId);
  await vscode.window.showTextDocument(uri, { preview: false, ...(inc ? { selection: toRange(inc.range) } : {}) });
  return true;
}

/**
 * "Mark incident reported": asks for confirmation, the date of the report and the authority or
 * reference; the server writes `reported` and `authority`.
 */
export async function markReported(server: AigovServer, arg?: unknown): Promise<boolean> {
  if (!requireTrust()) return false;
  const i = valueOf(arg) as IncidentInfo | undefined;
  if (!i || typeof i.registryUri !== 'string' || !i.range) {
    void vscode.commands.executeCommand('aigov.incidents.focus');
    return false;
  }
  const confirmed = await confirm(
    vscode.l10n.t('Mark {0} reported to the authority?', i.id),
    vscode.l10n.t('Mark reported'),
    i.deadline
      ? vscode.l10n.t('Only once the report was made: its deadline ({0}) stops being tracked. The date and the authority or reference go into the registry.', i.deadline)
      : vscode.l10n.t('Only once the report was made. The date and the authority or reference go into the registry.'),
  );
  if (!confirmed) return false;
  const today = await serverToday(server);
  const reported = await vscode.window.showInputBox({
    title: vscode.l10n.t('{0} reported (1/2)', i.id),
    prompt: vscode.l10n.t('The date the report was made (YYYY-MM-DD).'),
    value: today,
    validateInput: (v) => dateProblem(v, today, i.detected || undefined),
  });
  if (reported === undefined) return false;
  const authority = await vscode.window.showInputBox({
    title: vscode.l10n.t('{0} reported (2/2)', i.id),
    prompt: vscode.l10n.t('The authority told, or the report\'s reference (may stay empty).'),
    placeHolder: vscode.l10n.t('e.g. market surveillance authority, ref. 2026-123'),
    value: i.authority ?? '',
  });
  if (authority === undefined) return false;
  const uri = vscode.Uri.parse(i.registryUri);
  const wasDirty = isDirty(uri);
  const result = await executeServerCommand<MarkReportedResult>(server, AigovServerCommands.markReported, {
    registryUri: i.registryUri,
    componentId: i.componentId,
    incidentId: i.id,
    reported: reported.trim(),
    ...(authority.trim() ? { authority: authority.trim() } : {}),
  } satisfies MarkReportedArgs);
  if (!result?.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not marked reported: {1}', i.id, result?.error ?? vscode.l10n.t('no answer from the server')));
    return false;
  }
  await saveIfItWasClean(uri, wasDirty);
  return true;
}

/** Runs one of the server's commands (`workspace/executeCommand`); undefined when it fails. */
async function executeServerCommand<R>(server: AigovServer, command: string, arg: object): Promise<R | undefined> {
  if (!server.client.isRunning()) return undefined;
  try {
    return (await server.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] })) as R;
  } catch (err) {
    server.client.warn(`${command} failed`, err, false);
    return undefined;
  }
}

interface RegisterArg {
  uri?: vscode.Uri | string;
  range?: vscode.Range;
  auto?: boolean;
}

/** Whether VS Code can open `uri` as text (model artefacts are binary: no code actions there). */
async function openAsText(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}

/**
 * "Register component" for the current file or selection: the server's
 * `refactor.aigov.registerComponent` actions there (a new component, or a link to an existing
 * one), else the fixes of the undeclared-AI findings (AIGOV301/302) in the selection or file.
 */
export async function registerComponent(server: AigovServer, arg?: unknown): Promise<boolean> {
  if (!requireTrust()) return false;
  // A tree node (an uncovered AI use) carries the place in its value.
  const v = valueOf(arg);
  const a: RegisterArg = v instanceof vscode.Uri ? { uri: v } : v !== null && typeof v === 'object' ? (v as RegisterArg) : {};
  const editor = vscode.window.activeTextEditor;
  const uri = a.uri ? (typeof a.uri === 'string' ? vscode.Uri.parse(a.uri) : a.uri) : editor?.document.uri;
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the file that uses AI, then run “Register component” again.'));
    return false;
  }
  const rel = vscode.workspace.asRelativePath(uri);
  const doc = await openAsText(uri);
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not a text file: add it to the paths of a component in its .aigov.yaml.', rel));
    return false;
  }
  const selection = a.range ?? (editor && editor.document.uri.toString() === uri.toString() ? editor.selection : new vscode.Range(0, 0, 0, 0));
  // A new component or a link to an existing one: the user chooses (the new one first).
  const opts = { auto: a.auto === true, choose: true, placeHolder: vscode.l10n.t('Register {0}', rel) };
  const byKind = await runKindAction(server, uri, selection, AigovCodeActionKinds.registerComponent, opts);
  if (byKind !== false) return byKind === true;
  const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => UNCOVERED_CODES.includes(codeOf(d) ?? '')), 3000);
  const uncovered = diags.filter((d) => UNCOVERED_CODES.includes(codeOf(d) ?? ''));
  const inSelection = selection.isEmpty ? uncovered : uncovered.filter((d) => d.range.intersection(selection));
  const actions: vscode.CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of inSelection.length ? inSelection : uncovered) {
    for (const act of await serverQuickFixes(server, uri, d)) {
      if (seen.has(act.title)) continue;
      seen.add(act.title);
      actions.push(act);
    }
  }
  const chosen = await chooseAction(actions, opts);
  if (chosen) return applyAction(chosen);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('aigov found no undeclared AI use in this {0} file. To put it under a component, add an “@aigov <id>” comment.', doc.languageId),
  );
  return false;
}
