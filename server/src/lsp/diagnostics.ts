import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { hash64 } from '../core/fingerprint.js';
import type { DocumentSync } from './document-sync.js';
import type { Folder, FolderChange } from './folder.js';
import { toDiagnostic } from './convert.js';
import { describeError, guard } from './guard.js';
import type { ServerCore } from './server-core.js';

const REFRESH_DEBOUNCE_MS = 100;

/** A short stable id of a diagnostics list, for `resultId` and "unchanged" answers. */
function resultIdOf(items: readonly Diagnostic[]): string {
  return `${hash64(JSON.stringify(items))}-${items.length}`;
}

/**
 * Diagnostics in both models. Clients that can pull (`textDocument/diagnostic`) get pull plus
 * `workspace/diagnostic/refresh` when something other files depend on changed; the others
 * (Neovim 0.7, older editors) get `publishDiagnostics` for every file with findings.
 */
export class Diagnostics {
  private readonly published = new Map<string, { folder: Folder; path: string; id: string }>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly folderTimers = new Map<Folder, NodeJS.Timeout>();

  constructor(
    private readonly server: ServerCore,
    private readonly sync: Pick<DocumentSync, 'flushAll'>,
  ) {}

  get pull(): boolean {
    return this.server.caps.pullDiagnostics;
  }

  register(): void {
    if (!this.pull) return;
    const { connection, log } = this.server;
    connection.languages.diagnostics.on(
      guard(log, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, (p, t) => this.pullDocument(p, t)),
    );
    connection.languages.diagnostics.onWorkspace(guard(log, 'workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, (p, t) => this.pullWorkspace(p, t)));
  }

  diagnosticsOf(folder: Folder, path: string): Diagnostic[] {
    return folder.findingsFor(path).map((f) => toDiagnostic(folder, f, this.server.caps.locale));
  }

  async pullDocument(params: DocumentDiagnosticParams, _token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const at = await this.server.engineAt(params.textDocument.uri);
    if (!at) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = this.diagnosticsOf(at.folder, at.path);
    const resultId = resultIdOf(items);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  async pullWorkspace(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    await this.sync.flushAll();
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const seen = new Set<string>();
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const folder of this.server.folders.all) {
      const engine = await folder.complete(token);
      if (!engine || token.isCancellationRequested) continue;
      for (const path of [...engine.files.keys()].sort()) {
        if (this.server.folders.ownedElsewhere(folder, path)) continue;
        const uri = this.server.uriOf(folder, path);
        const diags = this.diagnosticsOf(folder, path);
        if (diags.length === 0 && !previous.has(uri)) continue;
        seen.add(uri);
        const resultId = resultIdOf(diags);
        const version = this.server.versionOf(uri);
        if (previous.get(uri) === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, resultId, version });
        else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, resultId, version, items: diags });
      }
    }
    // Files reported before that are gone now: clear them.
    for (const uri of previous.keys()) {
      if (!seen.has(uri) && this.server.folders.locate(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: resultIdOf([]), items: [] });
    }
    return { items };
  }

  /** After updates: publish (push) or ask the client to pull again (pull). */
  changed(changes: readonly FolderChange[], origin: 'editor' | 'disk'): void {
    if (this.pull) {
      if (origin === 'disk' || changes.some((c) => c.reason)) this.refresh();
      return;
    }
    for (const c of changes) {
      if (c.reason) this.publishFolderSoon(c.folder);
      else this.publishFile(c.folder, c.path);
    }
  }

  /** A folder finished indexing or was re-configured. */
  folderReady(folder: Folder): void {
    if (this.pull) this.refresh();
    else this.publishFolder(folder);
  }

  /** Push: the open documents of a folder are answerable while it still indexes. */
  openDocsReady(folder: Folder): void {
    if (this.pull) return;
    for (const d of this.server.openDocs(folder)) this.publishFile(folder, d.path);
  }

  /** A folder left the workspace: clear what it published. */
  folderRemoved(folder: Folder): void {
    if (this.pull) {
      this.refresh();
      return;
    }
    for (const [uri, p] of this.published) {
      if (p.folder !== folder) continue;
      this.published.delete(uri);
      void this.server.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  refresh(): void {
    if (!this.server.caps.diagnosticRefresh || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      // The client answers the request; a failed one (a client closing) costs only the next pull.
      this.server.connection.languages.diagnostics.refresh().catch((err: unknown) => this.server.log.warn(`Asking the client to pull diagnostics again failed: ${describeError(err)}`));
    }, REFRESH_DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const t of this.folderTimers.values()) clearTimeout(t);
  }

  private publishFolderSoon(folder: Folder): void {
    if (this.folderTimers.has(folder)) return;
    this.folderTimers.set(
      folder,
      setTimeout(() => {
        this.folderTimers.delete(folder);
        this.publishFolder(folder);
      }, REFRESH_DEBOUNCE_MS),
    );
  }

  publishFolder(folder: Folder): void {
    try {
      const engine = folder.engine;
      if (!engine) return;
      const paths = new Set(engine.files.keys());
      for (const p of this.published.values()) if (p.folder === folder) paths.add(p.path);
      for (const path of [...paths].sort()) this.publishFile(folder, path);
    } catch (err) {
      this.server.log.error(`Publishing the diagnostics of ${folder.name} failed`, err);
    }
  }

  publishFile(folder: Folder, path: string): void {
    if (this.server.folders.ownedElsewhere(folder, path)) return;
    const uri = this.server.uriOf(folder, path);
    const diagnostics = this.diagnosticsOf(folder, path);
    const id = resultIdOf(diagnostics);
    const before = this.published.get(uri);
    if (before?.id === id || (!before && diagnostics.length === 0)) return;
    if (diagnostics.length === 0) this.published.delete(uri);
    else this.published.set(uri, { folder, path, id });
    const version = this.server.versionOf(uri);
    void this.server.connection.sendDiagnostics({ uri, diagnostics, ...(version !== null ? { version } : {}) });
  }
}
