import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../core/engine.js';
import type { ClientCaps } from './capabilities.js';
import type { Folder, FolderChange, OpenDoc } from './folder.js';
import type { FolderSet } from './folders.js';
import type { ModelChangeReason } from '../protocol/methods.js';
import type { ServerLog } from './guard.js';

/**
 * What the server's parts (document sync, diagnostics, file watching, indexing progress) use of
 * the server's state. `AigovServer` implements it and owns the parts; the parts know only this,
 * so the server and its parts do not import each other.
 */
export interface ServerCore {
  readonly connection: Connection;
  readonly caps: ClientCaps;
  readonly log: ServerLog;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: FolderSet;
  /** Open documents inside a folder, with their text and version. */
  openDocs(folder: Folder): OpenDoc[];
  isOpen(fsPath: string): boolean;
  /** The URI to report a file under: the open document's own spelling when it is open. */
  uriOf(folder: Folder, rel: string): string;
  versionOf(uri: string): number | null;
  /** The folder, path and engine for a document, after its pending edits are applied. */
  engineAt(uri: string): Promise<{ folder: Folder; path: string; engine: Engine } | undefined>;
  /** Indexes folders again from the start (their registries above changed); resolves when indexed. */
  reindex(folders: readonly Folder[], reason: ModelChangeReason): Promise<void>;
  /** Every update ends here: diagnostics and the trees hear about it. */
  changed(changes: readonly FolderChange[], origin: 'editor' | 'disk', uri?: string): void;
}
