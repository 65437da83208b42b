import { ErrorCodes, ResponseError, type Connection, type InitializeError, type InitializeResult } from 'vscode-languageserver/node';
import { registerCodeActions } from './code-actions.js';
import { registerCodeLens } from './code-lens.js';
import { registerCompletion } from './completion.js';
import { registerCustomRequests } from './custom-requests.js';
import { registerDocumentLinks } from './document-links.js';
import { guard, guardVoid } from './guard.js';
import { registerHover } from './hover.js';
import { registerNavigation } from './navigation.js';
import { registerRename } from './rename.js';
import { AigovServer, type ServerOptions } from './server.js';
import { registerSymbols } from './symbols.js';

/** Wires the lifecycle, documents and every feature to a connection. Call `connection.listen()` after. */
export function startServer(connection: Connection, options: ServerOptions = {}): AigovServer {
  const server = new AigovServer(connection, options);
  const { log, documents } = server;

  let initialized = false;
  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    // The protocol allows one initialize per session: a second one is refused, and changes nothing.
    if (initialized) return new ResponseError<InitializeError>(ErrorCodes.InvalidRequest, 'initialize may only be sent once per session', { retry: false });
    initialized = true;
    const result = server.initialize(params);
    // Features read the client's capabilities: register them once those are known.
    server.diagnostics.register();
    registerCodeActions(server);
    registerHover(server);
    registerNavigation(server);
    registerCompletion(server);
    registerRename(server);
    registerSymbols(server);
    registerCodeLens(server);
    registerDocumentLinks(server);
    registerCustomRequests(server);
    return result;
  });
  connection.onInitialized(
    guardVoid(log, 'initialized', () => {
      if (server.caps.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(guardVoid(log, 'didChangeWorkspaceFolders', (e) => server.changeFolders(e.added, e.removed)));
      }
      return server.initialized();
    }),
  );
  connection.onShutdown(guard(log, 'shutdown', undefined, () => server.shutdown()));

  documents.onDidOpen(
    guardVoid(log, 'didOpen', (e) => {
      server.trackDocument(e.document.uri, true);
      server.sync.opened(e.document);
    }),
  );
  documents.onDidChangeContent(
    guardVoid(log, 'didChange', (e) => {
      server.sync.changed(e.document);
    }),
  );
  documents.onDidClose(
    guardVoid(log, 'didClose', (e) => {
      server.trackDocument(e.document.uri, false);
      server.sync.closed(e.document.uri);
    }),
  );
  documents.listen(connection);

  connection.onDidChangeWatchedFiles(guardVoid(log, 'didChangeWatchedFiles', (p) => server.watched.onEvents(p)));
  connection.onDidChangeConfiguration(guardVoid(log, 'didChangeConfiguration', () => server.configurationChanged()));
  return server;
}
