import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { registryOf } from './at-position.js';
import { componentInfo, summaryLine } from './component-info.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/**
 * One lens above each component of a registry: "risk high · assessed 2026-03-01 · 3 files ·
 * 1 open incident". A label without a command, so it works in every client.
 */
export function registerCodeLens(server: AigovServer): void {
  server.connection.onCodeLens(
    guard(server.log, 'textDocument/codeLens', [] as CodeLens[], async (params: CodeLensParams): Promise<CodeLens[]> => {
      const at = await server.engineAt(params.textDocument.uri);
      const reg = at ? registryOf(at.engine, at.path) : undefined;
      if (!at || !reg) return [];
      return reg.components.map((c) => ({
        range: c.idRange,
        command: { title: summaryLine(componentInfo(at.folder, at.engine, c)), command: '' },
      }));
    }),
  );
}
