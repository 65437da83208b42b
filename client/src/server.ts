import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { NotificationType, RequestParam, RequestType } from 'vscode-languageclient';
import { ModelChangedNotification, type ModelChangedParams } from './protocol.js';

/** The client's id: VS Code reads `aigov.trace.server` because of it. */
const CLIENT_ID = 'aigov';

type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

/**
 * The bundled language server (dist/server.js) and the one LanguageClient that talks to it.
 * Holds no data of its own: views and commands ask through `request`, and refresh when
 * `onDidChangeModel` fires (the server's `aigov/modelChanged`, or a (re)start).
 */
export class AigovServer implements vscode.Disposable {
  readonly client: LanguageClient;
  private readonly changed = new vscode.EventEmitter<ModelChangedParams | undefined>();
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  private lastError: string | undefined;
  private failed = false;
  private crashHandler: ErrorHandler | undefined;
  /** Times the server stopped unexpectedly and was started again (for the output and tests). */
  crashRestarts = 0;
  readonly onDidChangeModel = this.changed.event;
  readonly onDidChangeState = this.stateChanged.event;

  constructor(context: vscode.ExtensionContext, output: vscode.LogOutputChannel) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      // Annotations live in comments of any language, so every file on disk is the server's.
      documentSelector: [{ scheme: 'file' }],
      outputChannel: output,
      diagnosticPullOptions: { onChange: true, onSave: true },
      markdown: { isTrusted: false, supportHtml: false },
      // The library's own restart policy (at most 4 times in 3 minutes), said in the output channel.
      errorHandler: {
        // A killed server makes every message in flight fail before the connection reports its
        // close; the library's handler shuts the client down after the third such error, and then
        // nothing restarts it. The close decides instead.
        error: () => ({ action: ErrorAction.Continue }),
        closed: async () => {
          const result = await this.defaultHandler().closed();
          if (result.action === CloseAction.Restart) {
            this.crashRestarts++;
            output.warn(vscode.l10n.t('The aigov language server stopped unexpectedly. Restarting it.'));
            return { ...result, handled: true };
          }
          output.error(vscode.l10n.t('The aigov language server stopped unexpectedly too often and is not restarted. Fix the cause (see above), then run "AI Governance: Restart Server".'));
          return result;
        },
      },
    };
    this.client = new LanguageClient(CLIENT_ID, vscode.l10n.t('AI Governance'), serverOptions, clientOptions);
    this.client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.failed = false;
        this.changed.fire(undefined);
      }
      this.stateChanged.fire(this.state);
    });
    this.client.onNotification(ModelChangedNotification, (params) => this.changed.fire(params));
  }

  private defaultHandler(): ErrorHandler {
    this.crashHandler ??= this.client.createDefaultErrorHandler(4);
    return this.crashHandler;
  }

  get state(): ServerState {
    if (this.failed) return 'failed';
    switch (this.client.state) {
      case State.Running:
        return 'running';
      case State.Starting:
        return 'starting';
      default:
        return 'stopped';
    }
  }

  /** Why the last start failed, for the status item's tooltip. */
  get error(): string | undefined {
    return this.lastError;
  }

  async start(): Promise<void> {
    try {
      this.lastError = undefined;
      await this.client.start();
    } catch (err) {
      this.fail(err);
    }
  }

  async restart(): Promise<void> {
    try {
      this.lastError = undefined;
      if (this.client.isRunning()) await this.client.restart();
      else await this.client.start();
    } catch (err) {
      this.fail(err);
    }
  }

  /** Sends a custom request; undefined when the server is not running or the request fails. */
  async request<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>, token?: vscode.CancellationToken): Promise<R | undefined> {
    if (!this.client.isRunning()) return undefined;
    try {
      return await this.client.sendRequest(type, params, token);
    } catch (err) {
      if (!token?.isCancellationRequested) this.client.warn(`${type.method} failed`, err, false);
      return undefined;
    }
  }

  /** Sends a notification if the server runs. */
  async notify<P>(type: NotificationType<P>, params: RequestParam<P>): Promise<void> {
    if (this.client.isRunning()) await this.client.sendNotification(type, params);
  }

  /** Asks every view to refresh, as if the server had reported a change. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  private fail(err: unknown): void {
    this.failed = true;
    this.lastError = err instanceof Error ? err.message : String(err);
    this.client.error(vscode.l10n.t('The aigov language server could not start.'), err, false);
    this.stateChanged.fire('failed');
  }

  async dispose(): Promise<void> {
    this.changed.dispose();
    this.stateChanged.dispose();
    if (this.client.isRunning()) await this.client.stop();
  }
}
