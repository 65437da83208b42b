import {
  CodeActionKind,
  MarkupKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { normalizeLocale, type Locale } from '../core/i18n/messages.js';
import { AigovCodeActionKinds, AigovServerCommands } from '../protocol/methods.js';

/** What the client can do, read once from `initialize`. Every feature chooses by these. */
export interface ClientCaps {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  workDoneProgress: boolean;
  configuration: boolean;
  configurationChangeDynamic: boolean;
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
  workspaceFolders: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  /** The client takes snippet edits in a workspace edit (LSP 3.18): the cursor lands where the user writes next. */
  snippetEdits: boolean;
  codeActionLiterals: boolean;
  codeActionResolveEdit: boolean;
  hoverMarkdown: boolean;
  hierarchicalSymbols: boolean;
  definitionLinks: boolean;
  showDocument: boolean;
  /** The editor's display language: finding messages follow it (English or Japanese). */
  locale: Locale;
  /** The client applies edits the server sends (`workspace/applyEdit`). */
  applyEdit: boolean;
  /** The client asks for code lenses again when told (`workspace/codeLens/refresh`). */
  codeLensRefresh: boolean;
}

export function clientCaps(params: InitializeParams): ClientCaps {
  const c = params.capabilities;
  const td = c.textDocument;
  const ws = c.workspace;
  return {
    pullDiagnostics: td?.diagnostic !== undefined,
    diagnosticRefresh: ws?.diagnostics?.refreshSupport === true,
    workDoneProgress: c.window?.workDoneProgress === true,
    configuration: ws?.configuration === true,
    configurationChangeDynamic: ws?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesDynamic: ws?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: ws?.didChangeWatchedFiles?.relativePatternSupport === true,
    workspaceFolders: ws?.workspaceFolders === true,
    documentChanges: ws?.workspaceEdit?.documentChanges === true,
    createFiles: ws?.workspaceEdit?.resourceOperations?.includes('create') === true,
    applyEdit: ws?.applyEdit === true,
    codeLensRefresh: ws?.codeLens?.refreshSupport === true,
    snippetEdits: ws?.workspaceEdit?.snippetEditSupport === true,
    codeActionLiterals: td?.codeAction?.codeActionLiteralSupport !== undefined,
    codeActionResolveEdit: td?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    hoverMarkdown: td?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
    hierarchicalSymbols: td?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    definitionLinks: td?.definition?.linkSupport === true,
    showDocument: c.window?.showDocument?.support === true,
    locale: normalizeLocale(params.locale),
  };
}

/** Completion triggers: the space after `@aigov` and after a YAML key's colon. */
const COMPLETION_TRIGGERS = [' '];

export function serverCapabilities(caps: ClientCaps): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
    ...(caps.pullDiagnostics ? { diagnosticProvider: { identifier: 'aigov', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    codeActionProvider: caps.codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix, ...Object.values(AigovCodeActionKinds)], resolveProvider: true } : true,
    executeCommandProvider: { commands: [AigovServerCommands.showRuleDocumentation, AigovServerCommands.recordIncident, AigovServerCommands.markReported, AigovServerCommands.openDocument] },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'aigov' },
    codeLensProvider: { resolveProvider: false },
    documentLinkProvider: { resolveProvider: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
