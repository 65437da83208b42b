/**
 * A real JSON-RPC client for the built language server (dist/server.js, or `dist/cli.js lsp`),
 * over stdio or node IPC, on a copy of a fixture workspace in a temp folder. It answers the
 * server's requests the way an editor does (configuration, progress, registration, refresh)
 * and records what the server sends, so tests can wait for events instead of sleeping.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
  type CreateFile,
} from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(REPO, 'test-fixtures', 'workspaces');
export const TODAY = '2026-06-01';

/** Copies a fixture workspace to a fresh temp folder (not a git repository: the walker lists it). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `aigov-lsp-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** lsp-basic plus `dirs` × 100 generated Python files: big enough that indexing takes a while. */
export function bigWorkspace(dirs = 60): string {
  const root = copyFixture('lsp-basic');
  for (let d = 0; d < dirs; d++) {
    const dir = path.join(root, 'gen', `m${d}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `f${f}.py`), `# module ${d}/${f}\nimport os\n\n\ndef f${f}():\n    return os.getcwd()\n`);
  }
  return root;
}

export function uriOf(fsPath: string): string {
  return pathToFileURL(fsPath).toString();
}

export function fsPathOfUri(uri: string): string {
  return fileURLToPath(uri);
}

/** A client that can do everything VS Code can: pull diagnostics, progress, resolve, resource operations. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true, showDocument: { support: true } },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    diagnostics: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], snippetEditSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } },
      resolveSupport: { properties: ['edit'] },
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    definition: { linkSupport: true },
    rename: { prepareSupport: true },
    completion: { completionItem: { snippetSupport: false } },
  },
};

/** What Neovim 0.7 offers: no pull diagnostics, no dynamic watchers, no progress. */
export const PUSH_ONLY_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** 'server': node dist/server.js; 'cli': node dist/cli.js lsp. */
  via?: 'server' | 'cli';
  transport?: 'stdio' | 'ipc';
  today?: string | null;
  /** `aigov` settings per folder URI (or '*' for all). */
  settings?: Record<string, unknown>;
  /** Extra folders (multi-root); the first root is always the first folder. */
  folders?: string[];
  /** The editor's display language, sent as `locale` in initialize. */
  locale?: string;
  /** Node options for the server process (stdio only), before its script: `--require` hooks. */
  nodeArgs?: string[];
  /** More environment for the server process. */
  env?: Record<string, string>;
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  /** The ids of registrations the server withdrew (`client/unregisterCapability`). */
  readonly unregistered: string[] = [];
  readonly progress: { token: unknown; value: { kind: string; percentage?: number; message?: string } }[] = [];
  readonly progressCreated: unknown[] = [];
  readonly modelChanged: { folderUris: string[]; reason: string }[] = [];
  readonly logs: string[] = [];
  readonly shown: unknown[] = [];
  configurationRequests = 0;
  refreshes = 0;
  stderr = '';
  settings: Record<string, unknown>;
  private readonly listeners = new Set<() => void>();
  private readonly docs = new Map<string, TextDocument>();

  private constructor(
    readonly conn: ProtocolConnection,
    readonly child: ChildProcess,
    readonly roots: string[],
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(root: string, opts: StartOptions = {}): Promise<TestClient> {
    const server = path.join(REPO, 'dist', 'server.js');
    const cli = path.join(REPO, 'dist', 'cli.js');
    if (!existsSync(server)) throw new Error('dist/server.js is missing: run `npm run compile` first');
    const today = opts.today === null ? [] : ['--today', opts.today ?? TODAY];
    const env = { ...process.env, AIGOV_TODAY: '', ...opts.env };
    let child: ChildProcess;
    let conn: ProtocolConnection;
    if (opts.transport === 'ipc') {
      const args = opts.via === 'cli' ? ['lsp', '--node-ipc', ...today] : ['--node-ipc', ...today];
      child = fork(opts.via === 'cli' ? cli : server, args, { silent: true, env });
      conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const args = [...(opts.nodeArgs ?? []), ...(opts.via === 'cli' ? [cli, 'lsp', '--stdio', ...today] : [server, '--stdio', ...today])];
      child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
      conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new TestClient(conn, child, [root, ...(opts.folders ?? [])], opts.settings ?? {});
    child.stderr?.on('data', (d: Buffer) => (client.stderr += d.toString()));
    client.wire();
    conn.listen();
    await client.initialize(opts.capabilities ?? FULL_CAPABILITIES, opts.locale);
    return client;
  }

  private wire(): void {
    const c = this.conn;
    const bump = (): void => this.listeners.forEach((l) => l());
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      this.publishLog.push(p);
      bump();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      bump();
    });
    c.onNotification('aigov/modelChanged', (p: { folderUris: string[]; reason: string }) => {
      this.modelChanged.push(p);
      bump();
    });
    c.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => {
      this.progress.push(p);
      bump();
    });
    c.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => {
      this.progressCreated.push(p.token);
      return null;
    });
    c.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests++;
      return p.items.map((i) => this.settings[i.scopeUri ?? ''] ?? this.settings['*'] ?? {});
    });
    c.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      bump();
      return null;
    });
    c.onRequest('client/unregisterCapability', (p: { unregisterations: { id: string }[] }) => {
      this.unregistered.push(...p.unregisterations.map((u) => u.id));
      bump();
      return null;
    });
    c.onRequest('workspace/applyEdit', async (p: { edit: WorkspaceEdit }) => {
      await this.apply(p.edit);
      return { applied: true };
    });
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      bump();
      return null;
    });
    c.onRequest('window/showDocument', (p: unknown) => {
      this.shown.push(p);
      return { success: true };
    });
    c.onRequest('workspace/workspaceFolders', () => this.roots.map((r) => ({ uri: uriOf(r), name: path.basename(r) })));
  }

  private async initialize(capabilities: ClientCapabilities, locale?: string): Promise<void> {
    this.capabilities = capabilities;
    this.initializeResult = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      ...(locale ? { locale } : {}),
      rootUri: uriOf(this.roots[0]!),
      capabilities,
      workspaceFolders: this.roots.map((r) => ({ uri: uriOf(r), name: path.basename(r) })),
    });
    await this.conn.sendNotification('initialized', {});
  }

  initializeResult!: InitializeResult;
  private capabilities: ClientCapabilities = {};
  /** Where each applied snippet edit left the cursor (its final tab stop): uri, offset in the text it inserted. */
  readonly cursors: { uri: string; offset: number }[] = [];

  get root(): string {
    return this.roots[0]!;
  }

  uri(rel: string, root = this.root): string {
    return uriOf(path.join(root, ...rel.split('/')));
  }

  /** Resolves when `test` holds, re-checked on every message from the server. */
  waitFor<T>(test: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const v = test();
        if (v === undefined || v === false) return false;
        cleanup();
        resolve(v);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out waiting for ${what}. Server stderr:\n${this.stderr}\nLogs:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => void check();
      this.listeners.add(listener);
      check();
    });
  }

  /** Waits until `count` folders have finished their first index (`aigov/modelChanged`, reason 'indexed'). */
  indexed(count = 1): Promise<true> {
    return this.waitFor(() => new Set(this.modelChanged.filter((m) => m.reason === 'indexed').flatMap((m) => m.folderUris)).size >= count || undefined, 'the index');
  }

  async open(rel: string, languageId = 'plaintext', root = this.root): Promise<string> {
    const file = path.join(root, ...rel.split('/'));
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text of an open document (a full-content change). */
  async change(uri: string, text: string): Promise<void> {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  textOf(uri: string): string {
    return this.docs.get(uri)?.getText() ?? readFileSync(fsPathOfUri(uri), 'utf8');
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  /** The pulled diagnostics; their messages are plain text (markup messages are never offered to the server). */
  async pullItems(uri: string): Promise<PlainDiagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error('expected a full report');
    return r.items.map((d) => {
      if (typeof d.message !== 'string') throw new Error(`a diagnostic message is not plain text: ${JSON.stringify(d.message)}`);
      return { ...d, message: d.message };
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /**
   * A text edit of a TextDocumentEdit. A snippet edit only if this client said it takes them; it
   * inserts its text as an editor would (escapes undone), the final tab stop noted in `cursors`.
   * The server sends no other tab stops or placeholders, so any other `$` construct is an error.
   */
  private plainEdit(uri: string, e: TextDocumentEdit['edits'][number]): TextEdit {
    if ('newText' in e) return e;
    if (this.capabilities.workspace?.workspaceEdit?.snippetEditSupport !== true) {
      throw new Error(`a snippet edit was sent to a client without snippetEditSupport: ${JSON.stringify(e)}`);
    }
    let text = '';
    const src = e.snippet.value;
    for (let i = 0; i < src.length; i++) {
      const ch = src[i]!;
      if (ch === '\\' && i + 1 < src.length) text += src[++i];
      else if (src.startsWith('$0', i)) {
        this.cursors.push({ uri, offset: text.length });
        i++;
      } else if (ch === '$' || ch === '}') throw new Error(`unexpected snippet syntax at ${i}: ${src}`);
      else text += ch;
    }
    return { range: e.range, newText: text };
  }

  /**
   * Applies a WorkspaceEdit as an editor does: creates files, edits open documents in memory
   * (sending didChange) and closed files on disk (sending a watched-file event).
   */
  async apply(edit: WorkspaceEdit): Promise<string[]> {
    const touched: string[] = [];
    const textEdits: [string, TextEdit[]][] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
        const file = fsPathOfUri((change as CreateFile).uri);
        if (existsSync(file) && !(change as CreateFile).options?.ignoreIfExists) throw new Error(`exists: ${file}`);
        if (!existsSync(file)) {
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, '');
        }
        continue;
      }
      const tde = change as TextDocumentEdit;
      textEdits.push([tde.textDocument.uri, tde.edits.map((e) => this.plainEdit(tde.textDocument.uri, e))]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) textEdits.push([uri, edits]);
    const events: { uri: string; type: number }[] = [];
    for (const [uri, edits] of textEdits) {
      touched.push(uri);
      const open = this.docs.get(uri);
      if (open) {
        await this.change(uri, TextDocument.applyEdits(open, edits));
        continue;
      }
      const file = fsPathOfUri(uri);
      const existed = existsSync(file);
      const before = existed ? readFileSync(file, 'utf8') : '';
      writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, before), edits));
      events.push({ uri, type: before === '' ? 1 : 2 });
    }
    if (events.length > 0) await this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: events });
    return touched;
  }

  /** A file event as the editor's watcher reports it (1 created, 2 changed, 3 deleted). */
  async fileEvent(rel: string, type: 1 | 2 | 3): Promise<void> {
    await this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(rel), type }] });
  }

  write(rel: string, text: string): void {
    const file = path.join(this.root, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  remove(rel: string): void {
    rmSync(path.join(this.root, ...rel.split('/')), { recursive: true, force: true });
  }

  read(rel: string): string {
    return readFileSync(path.join(this.root, ...rel.split('/')), 'utf8');
  }

  /** shutdown + exit; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.conn.dispose();
    return code;
  }

  /** Cleans up after a test, whatever state it left. */
  async dispose(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) await this.stop().catch(() => this.child.kill());
    for (const r of this.roots) rmSync(r, { recursive: true, force: true });
  }
}

/** A diagnostic whose message is plain text (LSP 3.18 allows markup there, on the client's word). */
export type PlainDiagnostic = Diagnostic & { message: string };

/** The diagnostics with a code, sorted, as "line:char-line:char CODE" strings. */
export function brief(diags: readonly Diagnostic[]): string[] {
  return diags
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`)
    .sort();
}
