import {
  LSPErrorCodes,
  ResponseError,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { COMPONENT_ID } from '../core/manifest/schema.js';
import { annotationsNaming, idTargetAt } from './at-position.js';
import { refusedTarget } from './convert.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';
import { ui } from '../core/i18n/ui.js';

/**
 * Rename of a component id: its `id:` in the registry (every entry with that id) and every
 * `@aigov <id>` annotation in the folder. Names that are not kebab-case, or that another
 * component already uses, are refused with a message.
 */
export function registerRename(server: AigovServer): void {
  server.connection.onPrepareRename(
    guard(server.log, 'textDocument/prepareRename', null, async (params: PrepareRenameParams) => {
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return null;
      const target = idTargetAt(at.engine, at.path, params.position);
      if (!target) return null;
      if (!target.component) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, ui(server.caps.locale, 'lsp.rename.unknownId', { id: target.id }));
      }
      return { range: target.range, placeholder: target.id };
    }),
  );

  server.connection.onRenameRequest(
    guard(server.log, 'textDocument/rename', null, async (params: RenameParams): Promise<WorkspaceEdit | null> => {
      await server.sync.flushAll();
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return null;
      const target = idTargetAt(at.engine, at.path, params.position);
      if (!target?.component) return null;
      const newName = params.newName.trim();
      if (!COMPONENT_ID.test(newName)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, ui(server.caps.locale, 'lsp.rename.notKebab', { id: newName }));
      }
      if (newName === target.id) return { changes: {} };
      const clash = at.engine.model.component(newName);
      if (clash) throw new ResponseError(LSPErrorCodes.RequestFailed, ui(server.caps.locale, 'lsp.rename.clash', { id: newName, registry: clash.registry.path }));
      const byUri = new Map<string, TextEdit[]>();
      const add = (file: string, range: Range): void => {
        // Every file is checked on disk: a rename never edits through a folder symlinked out of the
        // workspace, and is refused whole rather than done in part.
        const refused = refusedTarget(at.folder, file, 'edit');
        if (refused !== undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, ui(server.caps.locale, 'lsp.rename.refused', { reason: refused }));
        const uri = server.uriOf(at.folder, file);
        const list = byUri.get(uri) ?? [];
        list.push({ range, newText: newName });
        byUri.set(uri, list);
      };
      for (const c of at.engine.model.componentsWithId(target.id)) add(c.registry.path, c.idRange);
      for (const a of annotationsNaming(at.engine, target.id)) add(a.path, a.range);
      if (server.caps.documentChanges) {
        const documentChanges: TextDocumentEdit[] = [...byUri].map(([uri, edits]) => ({ textDocument: { uri, version: server.versionOf(uri) }, edits }));
        return { documentChanges };
      }
      return { changes: Object.fromEntries(byUri) };
    }),
  );
}
