import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import { isIsoDate } from '../core/dates.js';
import { addIncident, freeIncidentId, setReported } from '../core/fixes/incident-entry.js';
import { toFileEdit, type TextChange } from '../core/fixes/yaml-edit.js';
import { registryOf } from './at-position.js';
import { toWorkspaceEdit } from './convert.js';
import {
  AigovServerCommands,
  INCIDENT_SEVERITIES,
  type MarkReportedArgs,
  type MarkReportedResult,
  type RecordIncidentArgs,
  type RecordIncidentResult,
} from '../protocol/methods.js';
import type { AigovServer } from './server.js';
import { ui, type UiArgs, type UiId } from '../core/i18n/ui.js';

/**
 * The incident commands the editor runs after asking the user (`workspace/executeCommand`): the
 * server computes the registry edit and has the client apply it (`workspace/applyEdit`), so the
 * registry's comments and layout are kept and the client never edits YAML.
 */

const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

async function target(server: AigovServer, registryUri: unknown, componentId: unknown) {
  const t = (id: UiId, args?: UiArgs): string => ui(server.caps.locale, id, args);
  if (!str(registryUri) || !str(componentId)) return { error: t('lsp.incident.targetRequired') };
  const at = await server.engineAt(registryUri);
  const reg = at ? registryOf(at.engine, at.path) : undefined;
  const c = reg?.components.find((x) => x.id === componentId);
  const text = at ? (server.openText(at.folder, at.path) ?? at.engine.fixContext().textOf(at.path)) : undefined;
  if (!at || !c || text === undefined) return { error: t('lsp.incident.noComponent', { id: componentId, registry: registryUri }) };
  return { at, c, text };
}

async function apply(server: AigovServer, at: { folder: Parameters<typeof toWorkspaceEdit>[0]; path: string }, text: string, change: TextChange): Promise<boolean> {
  if (!server.caps.applyEdit) return false;
  const edit = toWorkspaceEdit(at.folder, [toFileEdit(at.path, text, change)], { documentChanges: server.caps.documentChanges, versionOf: (u) => server.versionOf(u) });
  // Refused: the edit would land outside the folder (convert.ts, refusedEdit).
  if (!edit) return false;
  const r = await server.connection.workspace.applyEdit({ label: 'aigov', edit });
  return r.applied;
}

async function recordIncidentCommand(server: AigovServer, a: Partial<RecordIncidentArgs>): Promise<RecordIncidentResult> {
  const t = await target(server, a.registryUri, a.componentId);
  if ('error' in t) return { error: t.error };
  const m = (id: UiId, args?: UiArgs): string => ui(server.caps.locale, id, args);
  if (!str(a.title)) return { error: m('lsp.incident.titleRequired') };
  if (!INCIDENT_SEVERITIES.some((s) => s.severity === a.severity)) return { error: m('lsp.incident.unknownSeverity', { severity: String(a.severity) }) };
  if (!str(a.detected) || !isIsoDate(a.detected)) return { error: m('lsp.incident.detectedFormat') };
  const id = freeIncidentId(t.at.engine.fixContext(), a.detected);
  const change = addIncident(t.text, t.c, id, { title: a.title.trim(), severity: a.severity as string, detected: a.detected });
  if (!change) return { error: m('lsp.incident.notEditable', { id: t.c.id }) };
  return (await apply(server, t.at, t.text, change)) ? { incidentId: id } : { error: m('lsp.incident.notApplied') };
}

async function markReportedCommand(server: AigovServer, a: Partial<MarkReportedArgs>): Promise<MarkReportedResult> {
  const t = await target(server, a.registryUri, a.componentId);
  if ('error' in t) return { ok: false, error: t.error };
  const m = (id: UiId, args?: UiArgs): string => ui(server.caps.locale, id, args);
  if (!str(a.incidentId)) return { ok: false, error: m('lsp.incident.idRequired') };
  if (!str(a.reported) || !isIsoDate(a.reported)) return { ok: false, error: m('lsp.incident.reportedFormat') };
  const change = setReported(t.text, t.c, a.incidentId, a.reported, typeof a.authority === 'string' ? a.authority : undefined);
  if (!change) return { ok: false, error: m('lsp.incident.noIncident', { incident: a.incidentId, id: t.c.id }) };
  return (await apply(server, t.at, t.text, change)) ? { ok: true } : { ok: false, error: m('lsp.incident.notApplied') };
}

/** The incident commands; undefined for other commands. */
export function incidentCommand(server: AigovServer, params: ExecuteCommandParams): Promise<RecordIncidentResult | MarkReportedResult> | undefined {
  const arg = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
  if (params.command === AigovServerCommands.recordIncident) return recordIncidentCommand(server, arg);
  if (params.command === AigovServerCommands.markReported) return markReportedCommand(server, arg);
  return undefined;
}
