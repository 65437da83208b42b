import * as path from 'node:path';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, EngineOptions } from '../core/engine.js';
import { AigovMethods, type ModelChangedParams, type ModelChangeReason } from '../protocol/methods.js';
import { clientCaps, serverCapabilities, type ClientCaps } from './capabilities.js';
import { Diagnostics } from './diagnostics.js';
import { DocumentSync } from './document-sync.js';
import type { Folder, FolderChange, FolderHost, OpenDoc } from './folder.js';
import { FolderSet } from './folders.js';
import { describeError, guardVoid, type ServerLog } from './guard.js';
import type { ServerCore } from './server-core.js';
import { indexWithProgress } from './progress.js';
import { engineOptions, optionsKey, SettingsCache } from './settings.js';
import { absoluteOf, fsPathOf, relativeInside, uriOfFsPath } from './uri.js';
import { WatchedFiles } from './watched-files.js';

export interface ServerOptions {
  /** `--today` / AIGOV_TODAY: the default date when no setting gives one. */
  today?: string;
  version?: string;
}

const MODEL_CHANGED_DEBOUNCE_MS = 100;

/**
 * The server's state: folders and their engines, open documents, client capabilities, settings.
 * Features (one file each) register their handlers against it.
 */
export class AigovServer implements FolderHost, ServerCore {
  readonly documents = new TextDocuments(TextDocument);
  readonly folders = new FolderSet(this);
  readonly log: ServerLog;
  readonly sync = new DocumentSync(this);
  readonly diagnostics = new Diagnostics(this, this.sync);
  readonly watched = new WatchedFiles(this);
  caps!: ClientCaps;
  settings!: SettingsCache;
  /** Open documents by normalised file path: URIs of one file can be spelt differently. */
  private readonly openByPath = new Map<string, string>();
  private readonly optionKeys = new Map<Folder, string>();
  private modelTimer: NodeJS.Timeout | undefined;
  private modelChange: { folders: Set<string>; reason: ModelChangeReason } | undefined;
  private shuttingDown = false;

  constructor(
    readonly connection: Connection,
    readonly options: ServerOptions = {},
  ) {
    this.log = {
      info: (m) => connection.console.info(m),
      warn: (m) => connection.console.warn(m),
      error: (m, err) => connection.console.error(err === undefined ? m : `${m}: ${describeError(err)}`),
    };
  }

  // ------------------------------------------------------------------ lifecycle

  initialize(params: InitializeParams): InitializeResult {
    this.caps = clientCaps(params);
    this.settings = new SettingsCache(this.connection, this.caps.configuration, this.log);
    for (const f of initialFolders(params)) this.folders.add(f.uri, f.name);
    return { capabilities: serverCapabilities(this.caps), serverInfo: { name: 'aigov', ...(this.options.version ? { version: this.options.version } : {}) } };
  }

  async initialized(): Promise<void> {
    const tasks: Promise<unknown>[] = [this.watched.registerWatchers().catch((err: unknown) => this.log.warn(`Could not watch files: ${String(err)}`))];
    if (this.caps.configurationChangeDynamic) {
      tasks.push(this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'aigov' }).catch(() => undefined));
    }
    await Promise.all(tasks);
    await this.startFolders(this.folders.all);
  }

  shutdown(): void {
    this.shuttingDown = true;
    for (const f of this.folders.all) f.stop();
    this.sync.dispose();
    this.diagnostics.dispose();
    this.watched.dispose();
    if (this.modelTimer) clearTimeout(this.modelTimer);
  }

  async changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): Promise<void> {
    for (const r of removed) {
      const f = this.folders.remove(r.uri);
      if (!f) continue;
      this.optionKeys.delete(f);
      this.diagnostics.folderRemoved(f);
    }
    const fresh = added.map((a) => this.folders.add(a.uri, a.name)).filter((f): f is Folder => f !== undefined);
    if (removed.length > 0) this.notifyModelChanged(removed.map((r) => r.uri), 'folders');
    // Each folder's files, and the registries above it, are watched where it is.
    void this.watched.registerWatchers().catch((err: unknown) => this.log.warn(`Could not watch files: ${String(err)}`));
    // Nested folders take files over from their parents: republish all of them.
    await this.startFolders(fresh);
    for (const f of this.folders.all) if (!fresh.includes(f)) this.diagnostics.folderReady(f);
  }

  /** Settings changed: re-read them; only folders whose engine options changed are re-indexed. */
  async configurationChanged(): Promise<void> {
    this.settings.clear();
    const restart: Folder[] = [];
    for (const f of this.folders.all) {
      const key = optionsKey(await this.optionsFor(f));
      if (key !== this.optionKeys.get(f)) restart.push(f);
    }
    if (restart.length > 0) await this.startFolders(restart, 'settings');
  }

  reindex(folders: readonly Folder[], reason: ModelChangeReason): Promise<void> {
    return this.startFolders(folders.filter((f) => this.folders.get(f.uri) === f), reason);
  }

  private async startFolders(folders: Folder[], reason: ModelChangeReason = 'indexed'): Promise<void> {
    if (folders.length === 0) return;
    const withOptions = await Promise.all(folders.map(async (f) => ({ folder: f, options: await this.optionsFor(f) })));
    for (const { folder, options } of withOptions) this.optionKeys.set(folder, optionsKey(options));
    const live = (folder: Folder): boolean => !this.shuttingDown && this.folders.get(folder.uri) === folder;
    await indexWithProgress(
      this,
      withOptions,
      (folder) => {
        if (!live(folder)) return;
        this.diagnostics.folderReady(folder);
        this.notifyModelChanged([folder.uri], reason);
      },
      (folder) => {
        if (live(folder)) this.diagnostics.openDocsReady(folder);
      },
    );
  }

  async optionsFor(folder: Folder): Promise<EngineOptions> {
    const settings = await this.settings.get(folder.uri);
    return engineOptions(settings, this.options.today, this.log);
  }

  // ------------------------------------------------------------------ documents and changes

  trackDocument(uri: string, open: boolean): void {
    const p = fsPathOf(uri);
    if (p === undefined) return;
    if (open) this.openByPath.set(p, uri);
    else if (this.openByPath.get(p) === uri) this.openByPath.delete(p);
  }

  isOpen(fsPath: string): boolean {
    return this.openByPath.has(path.normalize(fsPath));
  }

  openDocs(folder: Folder): OpenDoc[] {
    const out: OpenDoc[] = [];
    for (const [p, uri] of this.openByPath) {
      const rel = relativeInside(folder.root, p);
      const doc = this.documents.get(uri);
      if (rel && doc) out.push({ path: rel, text: doc.getText(), version: doc.version });
    }
    return out;
  }

  openText(folder: Folder, rel: string): string | undefined {
    const uri = this.openByPath.get(absoluteOf(folder.root, rel));
    return uri === undefined ? undefined : this.documents.get(uri)?.getText();
  }

  /** The URI to report a file under: the open document's own spelling when it is open. */
  uriOf(folder: Folder, rel: string): string {
    const abs = absoluteOf(folder.root, rel);
    return this.openByPath.get(abs) ?? uriOfFsPath(abs);
  }

  versionOf(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }

  /** The folder, path and engine for a document, after its pending edits are applied. */
  async engineAt(uri: string): Promise<{ folder: Folder; path: string; engine: Engine } | undefined> {
    const at = this.folders.locate(uri);
    if (!at) return undefined;
    await this.sync.flush(uri);
    const engine = await at.folder.current();
    return engine ? { ...at, engine } : undefined;
  }

  /** Every update ends here: diagnostics and the trees hear about it. */
  changed(changes: readonly FolderChange[], origin: 'editor' | 'disk', _uri?: string): void {
    if (this.shuttingDown) return;
    this.diagnostics.changed(changes, origin);
    const model = changes.filter((c) => c.reason);
    if (model.length > 0) this.notifyModelChanged(model.map((c) => c.folder.uri), model[model.length - 1]?.reason ?? 'files');
  }

  notifyModelChanged(folderUris: string[], reason: ModelChangeReason): void {
    if (!this.modelChange) this.modelChange = { folders: new Set(), reason };
    for (const u of folderUris) this.modelChange.folders.add(u);
    this.modelChange.reason = reason;
    if (this.modelTimer) return;
    this.modelTimer = setTimeout(
      guardVoid(this.log, 'aigov/modelChanged', () => {
        this.modelTimer = undefined;
        const c = this.modelChange;
        this.modelChange = undefined;
        if (!c || this.shuttingDown) return;
        const params: ModelChangedParams = { folderUris: [...c.folders].sort(), reason: c.reason };
        void this.connection.sendNotification(AigovMethods.modelChanged, params);
        // The lenses above components show the model (assessment state, files, incidents).
        if (this.caps.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      }),
      MODEL_CHANGED_DEBOUNCE_MS,
    );
  }
}

/** Workspace folders from `initialize`; a client that sends none gets its root, or the current folder. */
function initialFolders(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders;
  if (params.rootUri) return [{ uri: params.rootUri, name: path.basename(fsPathOf(params.rootUri) ?? 'root') }];
  const root = params.rootPath ?? process.cwd();
  return [{ uri: uriOfFsPath(path.resolve(root)), name: path.basename(root) }];
}
