import { localizedMessage } from '../core/i18n/messages.js';
import type { CancellationToken } from 'vscode-languageserver/node';
import { todayIso } from '../core/dates.js';
import type { Engine } from '../core/engine.js';
import {
  AigovMethods,
  type FolderParams,
  type FrameworkCoverageResult,
  type IncidentInfo,
  type ListComponentsResult,
  type ListIncidentsParams,
  type ListIncidentsResult,
} from '../protocol/methods.js';
import type { ParsedRegistry } from '../core/manifest/registry.js';
import type { RegistryGroup, UncoveredUse } from '../protocol/methods.js';
import { componentInfo, incidentsOf } from './component-info.js';
import { frameworkCoverage } from './framework-coverage.js';
import type { Folder } from './folder.js';
import { guard } from './guard.js';
import type { AigovServer } from './server.js';
import { pushAll } from '../core/arrays.js';

/**
 * The folders a request is about, each with its complete engine: the trees wait for the first
 * index rather than show a half-empty workspace (a cancelled request gets what is ready).
 */
async function foldersOf(server: AigovServer, params: FolderParams | undefined, token: CancellationToken): Promise<{ folder: Folder; engine: Engine }[]> {
  await server.sync.flushAll();
  const folders = params?.folderUri ? [server.folders.get(params.folderUri)].filter((f): f is Folder => f !== undefined) : server.folders.all;
  const out: { folder: Folder; engine: Engine }[] = [];
  for (const folder of folders) {
    if (token.isCancellationRequested) break;
    const engine = token.isCancellationRequested ? folder.engine : await folder.complete(token);
    if (engine) out.push({ folder, engine });
  }
  return out;
}

/** The date the answer is for: the first folder's engine's, else what an engine would take (`--today`, else the current date). */
function todayOf(server: AigovServer, list: readonly { engine: Engine }[]): string {
  return list[0]?.engine.today ?? server.options.today ?? todayIso();
}

/** Unreported incidents with a deadline first (soonest first), then the rest by detection date. */
function sortIncidents(list: IncidentInfo[]): IncidentInfo[] {
  const key = (i: IncidentInfo): [number, string] => (i.daysLeft !== undefined && i.deadline ? [0, i.deadline] : [1, i.detected]);
  return list.sort((a, b) => {
    const [ga, ka] = key(a);
    const [gb, kb] = key(b);
    return ga - gb || (ka < kb ? -1 : ka > kb ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * A registry as the views show it. One with a YAML syntax error shows the components of its last
 * good parse, marked stale, with the error; none when it never parsed since the server started.
 */
function registryGroup(server: AigovServer, folder: Folder, engine: Engine, reg: ParsedRegistry): RegistryGroup {
  const group: RegistryGroup = { uri: server.uriOf(folder, reg.path), path: reg.path, components: [] };
  const first = reg.syntaxErrors[0];
  if (!first) {
    group.components = reg.components.map((c) => componentInfo(folder, engine, c));
    return group;
  }
  group.syntaxError = { message: first.message, range: first.range };
  const stale = folder.staleRegistry(reg);
  if (stale) group.components = stale.components.map((c) => componentInfo(folder, engine, c, true));
  return group;
}

const UNCOVERED = new Set(['AIGOV301', 'AIGOV302', 'AIGOV304']);

/** The folder's findings of AI use that no component covers; only files with detections can have them. */
function uncoveredUses(server: AigovServer, folder: Folder, engine: Engine): UncoveredUse[] {
  const out: UncoveredUse[] = [];
  for (const [path, facts] of engine.files) {
    if (facts.detections.length === 0 || server.folders.ownedElsewhere(folder, path)) continue;
    for (const f of folder.findingsFor(path)) {
      if (!UNCOVERED.has(f.code)) continue;
      const library = typeof f.data?.library === 'string' ? f.data.library : f.code;
      out.push({ code: f.code, uri: server.uriOf(folder, path), path, range: f.range, library, ...(typeof f.data?.provider === 'string' ? { provider: f.data.provider } : {}), message: localizedMessage(f, server.caps.locale) });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.line - b.range.start.line));
}

/** `aigov/listComponents`, `aigov/listIncidents`, `aigov/frameworkCoverage`: data for the client's trees. */
export function registerCustomRequests(server: AigovServer): void {
  const { connection, log } = server;

  connection.onRequest(
    AigovMethods.listComponents,
    guard(log, AigovMethods.listComponents, { today: '', folders: [] } as ListComponentsResult, async (params: FolderParams | undefined, token: CancellationToken) => {
      const list = await foldersOf(server, params, token);
      const result: ListComponentsResult = { today: todayOf(server, list), folders: [] };
      for (const { folder, engine } of list) {
        result.folders.push({
          uri: folder.uri,
          name: folder.name,
          indexing: !folder.indexed,
          registries: engine.model.registries.map((reg) => registryGroup(server, folder, engine, reg)),
          ...(engine.model.above.length > 0 ? { governedFrom: engine.model.above.map((r) => r.path) } : {}),
          uncovered: uncoveredUses(server, folder, engine),
        });
      }
      return result;
    }),
  );

  connection.onRequest(
    AigovMethods.listIncidents,
    guard(log, AigovMethods.listIncidents, { today: '', incidents: [] } as ListIncidentsResult, async (params: ListIncidentsParams | undefined, token: CancellationToken) => {
      const list = await foldersOf(server, params, token);
      const incidents: IncidentInfo[] = [];
      for (const { folder, engine } of list) {
        for (const reg of engine.model.registries) {
          const stale = folder.staleRegistry(reg);
          for (const c of (stale ?? reg).components) {
            const list = incidentsOf(folder, c, engine.today).filter((i) => i.open || params?.includeClosed);
            pushAll(incidents, stale ? list.map((i) => ({ ...i, stale: true })) : list);
          }
        }
      }
      return { today: todayOf(server, list), incidents: sortIncidents(incidents) };
    }),
  );

  connection.onRequest(
    AigovMethods.frameworkCoverage,
    guard(log, AigovMethods.frameworkCoverage, { today: '', packs: [] } as FrameworkCoverageResult, async (params: FolderParams | undefined, token: CancellationToken) => {
      const list = await foldersOf(server, params, token);
      return { today: todayOf(server, list), packs: frameworkCoverage(server, list) };
    }),
  );
}
