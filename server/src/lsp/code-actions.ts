import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type ExecuteCommandParams,
  type Range,
} from 'vscode-languageserver/node';
import { docsUrl } from '../core/docs.js';
import { ui } from '../core/i18n/ui.js';
import type { Engine } from '../core/engine.js';
import type { Finding, FixProposal } from '../core/finding.js';
import { z } from 'zod';
import { AigovCodeActionKinds, AigovServerCommands, isAigovSource } from '../protocol/methods.js';
import { findingFromDiagnostic, isDiagnosticData, openCreatedCommand, refusedEdit, toWorkspaceEdit } from './convert.js';
import type { Folder } from './folder.js';
import { guard } from './guard.js';
import { incidentCommand } from './incident-commands.js';
import { refactorActions } from './refactor-actions.js';
import type { AigovServer } from './server.js';
import { pushAll } from '../core/arrays.js';

/**
 * What `codeAction/resolve` needs to compute the edit later. It comes back from the client, so it
 * is checked against this schema and used only to find the live finding again: the edit is
 * computed from the engine's own finding, never from data the client sent.
 */
const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const resolveDataSchema = z.object({
  uri: z.string().max(8192),
  index: z.number().int().min(0).max(1000),
  title: z.string().max(2000),
  finding: z.object({
    code: z.string().regex(/^AIGOV\d{3}$/),
    file: z.string().max(8192),
    range: z.object({ start: position, end: position }),
  }),
});
type ResolveData = z.infer<typeof resolveDataSchema>;

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The findings the client asks about: its diagnostics, or, without any, the findings under the range. */
function targetsOf(folder: Folder, path: string, params: CodeActionParams): { finding: Finding; diagnostic?: Diagnostic }[] {
  const findings = folder.findingsFor(path);
  const diags = params.context.diagnostics.filter((d) => isAigovSource(d.source));
  if (diags.length === 0) return findings.filter((f) => overlaps(f.range, params.range)).map((finding) => ({ finding }));
  const out: { finding: Finding; diagnostic?: Diagnostic }[] = [];
  for (const d of diags) {
    const code = typeof d.code === 'string' ? d.code : undefined;
    const live = findings.find((f) => f.code === code && sameRange(f.range, d.range));
    if (live) out.push({ finding: live, diagnostic: d });
    else if (isDiagnosticData(d.data)) out.push({ finding: findingFromDiagnostic(d, d.data), diagnostic: d });
  }
  return out;
}

function creates(fix: FixProposal): boolean {
  return fix.edits.some((e) => e.kind === 'create');
}


export function registerCodeActions(server: AigovServer): void {
  const { connection, log, caps } = server;
  const editOptions = {
    documentChanges: caps.documentChanges,
    versionOf: (uri: string) => server.versionOf(uri),
    snippets: caps.snippetEdits,
  };

  connection.onCodeAction(
    guard(log, 'textDocument/codeAction', [] as CodeAction[], async (params: CodeActionParams): Promise<CodeAction[]> => {
      const only = params.context.only;
      const quickFixes = !only || only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty);
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return [];
      const actions: CodeAction[] = [];
      const docsFor = new Set<string>();
      for (const { finding, diagnostic } of quickFixes ? targetsOf(at.folder, at.path, params) : []) {
        const fixes = safeFixes(server, at.engine, finding);
        fixes.forEach((fix, index) => {
          // A client that cannot create files cannot apply a template fix.
          if (creates(fix) && !(caps.documentChanges && caps.createFiles)) return;
          // Nothing is offered that would write outside the folder (a symlinked folder too).
          const refused = refusedEdit(at.folder, fix.edits);
          if (refused !== undefined) {
            log.warn(`The fix '${fix.title}' is not offered: ${refused}`);
            return;
          }
          const kind = fix.kind === 'suppress' ? AigovCodeActionKinds.suppress : CodeActionKind.QuickFix;
          const action: CodeAction = { title: fix.title, kind, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
          if (fix.isPreferred && fix.kind !== 'suppress') action.isPreferred = true;
          const open = openCreatedCommand(caps.showDocument, at.folder, fix, caps.locale);
          if (open) action.command = open;
          if (caps.codeActionResolveEdit) {
            const data: ResolveData = { uri: params.textDocument.uri, finding: { code: finding.code, file: finding.file, range: finding.range }, index, title: fix.title };
            action.data = data;
          } else {
            const edit = toWorkspaceEdit(at.folder, fix.edits, editOptions);
            if (!edit) return;
            action.edit = edit;
          }
          actions.push(action);
        });
        if (!docsFor.has(finding.code)) {
          docsFor.add(finding.code);
          const title = ui(caps.locale, 'lsp.action.showDocs', { code: finding.code });
          actions.push({
            title,
            kind: CodeActionKind.QuickFix,
            ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
            command: { title, command: AigovServerCommands.showRuleDocumentation, arguments: [finding.code] },
          });
        }
      }
      pushAll(actions, refactorActions(server, at.folder, at.engine, at.path, params));
      return actions;
    }),
  );

  connection.onCodeActionResolve(
    guard(log, 'codeAction/resolve', {} as CodeAction, async (action: CodeAction): Promise<CodeAction> => {
      if (action.edit) return action;
      const parsed = resolveDataSchema.safeParse(action.data);
      if (!parsed.success) return action;
      const data = parsed.data;
      const at = await server.engineAt(data.uri);
      if (!at) return action;
      // The engine's own finding at that place, with the engine's data: the client's is not used.
      const live = at.folder.findingsFor(data.finding.file).find((f) => f.code === data.finding.code && sameRange(f.range, data.finding.range));
      const fixes = live ? safeFixes(server, at.engine, live) : [];
      const fix = fixes.find((f, i) => f.title === data.title && i === data.index) ?? fixes.find((f) => f.title === data.title);
      const edit = fix ? toWorkspaceEdit(at.folder, fix.edits, editOptions) : undefined;
      if (edit) action.edit = edit;
      else log.warn(`The fix '${data.title}' no longer applies`);
      return action;
    }),
  );

  connection.onExecuteCommand(
    guard(log, 'workspace/executeCommand', null as unknown, async (params: ExecuteCommandParams) => {
      const incident = incidentCommand(server, params);
      if (incident) return incident;
      if (params.command === AigovServerCommands.openDocument) {
        // Only a file of a workspace folder, and only for a client that can show one.
        const uri = params.arguments?.[0];
        if (typeof uri === 'string' && caps.showDocument && server.folders.locate(uri)) await connection.window.showDocument({ uri, takeFocus: true });
        return null;
      }
      if (params.command !== AigovServerCommands.showRuleDocumentation) return null;
      const code = params.arguments?.[0];
      if (typeof code !== 'string' || !/^AIGOV\d{3}$/.test(code)) return null;
      const url = docsUrl(code, caps.locale);
      if (caps.showDocument) await connection.window.showDocument({ uri: url, external: true });
      else void connection.window.showInformationMessage(`${code}: ${url}`);
      return null;
    }),
  );
}

function safeFixes(server: AigovServer, engine: Engine, finding: Finding): FixProposal[] {
  try {
    return engine.fixesFor(finding, server.caps.locale);
  } catch (err) {
    server.log.error(`Fixes for ${finding.code} failed`, err);
    return [];
  }
}
