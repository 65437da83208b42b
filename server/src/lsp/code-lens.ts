import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { AigovClientCommands, type ComponentInfo } from '../protocol/methods.js';
import { registryOf } from './at-position.js';
import { componentInfo } from './component-info.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';

/** The assessment part of a component's lens: "risk high · assessed 2026-03-01". */
export function riskLens(info: ComponentInfo): string {
  const a = info.assessment;
  const risk = `risk ${info.risk.level ?? 'not set'}`;
  if (a.state === 'missing') return `${risk} · no risk assessment`;
  if (a.state === 'draft') return `${risk} · assessment draft (${a.todo ?? 0} ${a.todo === 1 ? 'section' : 'sections'} TODO)`;
  if (a.state === 'overdue') return `${risk} · assessment overdue since ${a.due}`;
  return `${risk} · ${a.date ? `assessed ${a.date}` : 'assessed (no date)'}`;
}

/**
 * Lenses above each component of a registry: "risk high · assessed 2026-03-01" (opens the
 * assessment), "3 files" (peeks at them), "1 open incident" (goes to it). Clients without the
 * commands show the titles as labels.
 */
export function registerCodeLens(server: AigovServer): void {
  server.connection.onCodeLens(
    guard(server.log, 'textDocument/codeLens', [] as CodeLens[], async (params: CodeLensParams): Promise<CodeLens[]> => {
      const at = await server.engineAt(params.textDocument.uri);
      const reg = at ? registryOf(at.engine, at.path) : undefined;
      if (!at || !reg) return [];
      return reg.components.flatMap((c) => {
        const info = componentInfo(at.folder, at.engine, c);
        const range = c.idRange;
        const lens = (title: string, command = '', args?: unknown[]): CodeLens => ({ range, command: { title, command, ...(args ? { arguments: args } : {}) } });
        const a = info.assessment;
        const files = [...new Map(info.locations.map((l) => [l.path, l])).values()];
        const open = info.incidents.filter((i) => i.open);
        return [
          a.uri ? lens(riskLens(info), AigovClientCommands.openLocation, [a.uri]) : lens(riskLens(info)),
          files.length > 0
            ? lens(`${files.length} ${files.length === 1 ? 'file' : 'files'}`, AigovClientCommands.showLocations, [info.registryUri, range.start, info.locations.map((l) => ({ uri: l.uri, range: l.range }))])
            : lens('0 files'),
          open[0]
            ? lens(`${open.length} open ${open.length === 1 ? 'incident' : 'incidents'}`, AigovClientCommands.openLocation, [open[0].registryUri, open[0].range])
            : lens('0 open incidents'),
        ];
      });
    }),
  );
}
