import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type ExecuteCommandParams,
  type Range,
} from 'vscode-languageserver/node';
import { docsUrl } from '../core/docs.js';
import type { Engine } from '../core/engine.js';
import type { Finding, FixProposal } from '../core/finding.js';
import { AigovServerCommands } from '../protocol/methods.js';
import { findingFromDiagnostic, isDiagnosticData, toWorkspaceEdit } from './convert.js';
import type { Folder } from './folder.js';
import { guard } from './guard.js';
import { refactorActions } from './refactor-actions.js';
import type { AigovServer } from './server.js';

/** What `codeAction/resolve` needs to compute the edit later. */
interface ResolveData {
  uri: string;
  finding: Finding;
  index: number;
  title: string;
}

function isResolveData(v: unknown): v is ResolveData {
  if (v === null || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return typeof d.uri === 'string' && typeof d.title === 'string' && typeof d.index === 'number' && typeof d.finding === 'object' && d.finding !== null;
}

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
  const diags = params.context.diagnostics.filter((d) => d.source === 'aigov');
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
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
          if (fix.isPreferred) action.isPreferred = true;
          if (caps.codeActionResolveEdit) {
            const data: ResolveData = { uri: params.textDocument.uri, finding, index, title: fix.title };
            action.data = data;
          } else {
            action.edit = toWorkspaceEdit(at.folder, fix.edits, editOptions);
          }
          actions.push(action);
        });
        if (!docsFor.has(finding.code)) {
          docsFor.add(finding.code);
          const title = `Show documentation for ${finding.code}`;
          actions.push({
            title,
            kind: CodeActionKind.QuickFix,
            ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
            command: { title, command: AigovServerCommands.showRuleDocumentation, arguments: [finding.code] },
          });
        }
      }
      actions.push(...refactorActions(server, at.folder, at.engine, at.path, params));
      return actions;
    }),
  );

  connection.onCodeActionResolve(
    guard(log, 'codeAction/resolve', {} as CodeAction, async (action: CodeAction): Promise<CodeAction> => {
      const data: unknown = action.data;
      if (action.edit || !isResolveData(data)) return action;
      const at = await server.engineAt(data.uri);
      if (!at) return action;
      const fixes = safeFixes(server, at.engine, data.finding);
      const fix = fixes.find((f, i) => f.title === data.title && i === data.index) ?? fixes.find((f) => f.title === data.title);
      if (fix) action.edit = toWorkspaceEdit(at.folder, fix.edits, editOptions);
      else log.warn(`The fix '${data.title}' no longer applies`);
      return action;
    }),
  );

  connection.onExecuteCommand(
    guard(log, 'workspace/executeCommand', null, async (params: ExecuteCommandParams) => {
      if (params.command !== AigovServerCommands.showRuleDocumentation) return null;
      const code = params.arguments?.[0];
      if (typeof code !== 'string' || !/^AIGOV\d{3}$/.test(code)) return null;
      const url = docsUrl(code);
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
