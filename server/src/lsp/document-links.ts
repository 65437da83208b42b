import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver/node';
import { componentDocPaths } from '../core/model/doc-paths.js';
import { resolveFrom } from '../core/paths.js';
import { registryOf } from './at-position.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/**
 * Links on the document paths of a registry (risk assessments, model cards, …), resolved
 * relative to the registry's folder. Only documents that exist inside the workspace are
 * linked: a path that leaves it, or a symlink out of it, never becomes a link.
 */
export function registerDocumentLinks(server: AigovServer): void {
  server.connection.onDocumentLinks(
    guard(server.log, 'textDocument/documentLink', [] as DocumentLink[], async (params: DocumentLinkParams): Promise<DocumentLink[]> => {
      const at = await server.engineAt(params.textDocument.uri);
      const reg = at ? registryOf(at.engine, at.path) : undefined;
      if (!at || !reg) return [];
      const model = at.engine.model;
      const out: DocumentLink[] = [];
      for (const c of reg.components) {
        for (const ref of componentDocPaths(c)) {
          const target = resolveFrom(reg.dir, ref.value);
          if (target === undefined || model.escapes(target) || !model.exists(target)) continue;
          out.push({ range: reg.locate(ref.yamlPath, 'value'), target: server.uriOf(at.folder, target), tooltip: `Open ${target}` });
        }
      }
      return out;
    }),
  );
}
