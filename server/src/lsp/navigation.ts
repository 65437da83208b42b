import type { Definition, DefinitionParams, Location, LocationLink, ReferenceParams } from 'vscode-languageserver/node';
import { annotationsNaming, idTargetAt } from './at-position.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/**
 * Definition: from an `@aigov <id>` annotation to the component's entry in its registry.
 * References: from a component (its id in the registry, or any annotation naming it) to every
 * annotation and every file its `paths` cover, plus the declaration when asked.
 */
export function registerNavigation(server: AigovServer): void {
  server.connection.onDefinition(
    guard(server.log, 'textDocument/definition', null, async (params: DefinitionParams): Promise<Definition | LocationLink[] | null> => {
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return null;
      const target = idTargetAt(at.engine, at.path, params.position);
      if (!target) return null;
      const entries = at.engine.model.componentsWithId(target.id);
      if (entries.length === 0) return null;
      if (server.caps.definitionLinks) {
        return entries.map((c) => ({
          originSelectionRange: target.range,
          targetUri: server.uriOf(at.folder, c.registry.path),
          targetRange: c.range,
          targetSelectionRange: c.idRange,
        }));
      }
      return entries.map((c) => ({ uri: server.uriOf(at.folder, c.registry.path), range: c.idRange }));
    }),
  );

  server.connection.onReferences(
    guard(server.log, 'textDocument/references', [] as Location[], async (params: ReferenceParams, token): Promise<Location[]> => {
      await server.sync.flushAll();
      const at = await server.engineAt(params.textDocument.uri);
      if (!at) return [];
      const target = idTargetAt(at.engine, at.path, params.position);
      if (!target) return [];
      const { engine, folder } = at;
      const out: Location[] = [];
      if (params.context.includeDeclaration) {
        for (const c of engine.model.componentsWithId(target.id)) out.push({ uri: server.uriOf(folder, c.registry.path), range: c.idRange });
      }
      const annotated = new Set<string>();
      for (const a of annotationsNaming(engine, target.id)) {
        if (token.isCancellationRequested) return out;
        annotated.add(a.path);
        out.push({ uri: server.uriOf(folder, a.path), range: a.range });
      }
      const start = { line: 0, character: 0 };
      for (const path of engine.model.filesOf(target.id)) {
        if (!annotated.has(path)) out.push({ uri: server.uriOf(folder, path), range: { start, end: start } });
      }
      return out;
    }),
  );
}
