import { addDays, asIsoDate, daysBetween } from '../../dates.js';
import type { FixProposal } from '../../finding.js';
import { appendToSeq, replaceScalar, toFileEdit } from '../../fixes/yaml-edit.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import type { FixContext } from '../types.js';
import { componentPath } from '../util.js';
import { EU_GENERAL_FROM, euCitation } from './eu.js';
import { hasRole } from './scope.js';

/**
 * Serious-incident deadlines, EU AI Act Art 73(2)–(5): 15 days after the provider becomes aware,
 * 10 days for a death, 2 days for a widespread infringement or a critical-infrastructure disruption
 * (Art 3(49)(b)). A `minor` incident is not a serious incident and has no deadline.
 */

export const DEADLINE_DAYS: Record<string, number> = { serious: 15, death: 10, widespread: 2, 'critical-infrastructure': 2 };
/** Days before the deadline from which the finding is a warning. */
export const NEAR_DAYS = 5;
export const ART_73 = euCitation('Art 73(2)–(5)');

export type IncidentState = 'closed' | 'reported' | 'not-serious' | 'due' | 'overdue' | 'undated';

export interface IncidentInfo {
  /** Index in the component's raw `incidents` list. */
  index: number;
  id: string;
  title?: string;
  detected?: string;
  severity?: string;
  status?: string;
  reported?: string;
  authority?: string;
  /** Days allowed (15, 10 or 2); undefined for minor incidents. */
  days?: number;
  /** True when no severity is set and 15 days is assumed. */
  assumed: boolean;
  deadline?: string;
  /** deadline − today; negative once passed. */
  daysLeft?: number;
  state: IncidentState;
  /** Art 73 binds: an EU high-risk provider on or after 2 Aug 2026. Otherwise the timeline is good practice. */
  legal: boolean;
}

/** Art 73 applies to this component as law (not only as good practice) on `today`. */
export function art73Applies(c: ComponentEntry, today: string): boolean {
  return (c.data.jurisdictions ?? []).includes('eu') && c.data.risk?.level === 'high' && hasRole(c, 'provider') && today >= EU_GENERAL_FROM;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** Every incident of a component with its deadline on `today`, from the raw YAML (as written). */
export function incidentsOf(c: ComponentEntry, today: string): IncidentInfo[] {
  const raw = Array.isArray(c.raw.incidents) ? (c.raw.incidents as unknown[]) : [];
  const legal = art73Applies(c, today);
  const out: IncidentInfo[] = [];
  raw.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const r = item as Record<string, unknown>;
    const detected = asIsoDate(r.detected);
    const reported = asIsoDate(r.reported);
    const severity = str(r.severity);
    const status = str(r.status);
    const info: IncidentInfo = { index, id: str(r.id) ?? `#${index + 1}`, assumed: false, state: 'due', legal };
    const title = str(r.title);
    const authority = str(r.authority);
    if (title) info.title = title;
    if (detected) info.detected = detected;
    if (severity) info.severity = severity;
    if (status) info.status = status;
    if (reported) info.reported = reported;
    if (authority) info.authority = authority;
    if (severity !== 'minor') {
      info.days = (severity && DEADLINE_DAYS[severity]) || 15;
      info.assumed = !severity || DEADLINE_DAYS[severity] === undefined;
      if (detected) {
        info.deadline = addDays(detected, info.days);
        info.daysLeft = daysBetween(today, info.deadline);
      }
    }
    if (status === 'closed') info.state = 'closed';
    else if (reported) info.state = 'reported';
    else if (severity === 'minor') info.state = 'not-serious';
    else if (!detected) info.state = 'undated';
    else info.state = (info.daysLeft ?? 0) < 0 ? 'overdue' : 'due';
    out.push(info);
  });
  return out;
}

/** Open means anything not closed or mitigated. */
export function isOpen(i: IncidentInfo): boolean {
  return i.status !== 'closed' && i.status !== 'mitigated';
}

export function incidentPath(c: ComponentEntry, index: number, key?: string): (string | number)[] {
  return [...componentPath(c, 'incidents'), index, ...(key ? [key] : [])];
}

/** "Mark reported today": sets `reported` of one incident to today, keeping everything else. */
export function markReportedFix(ctx: FixContext, file: string, c: ComponentEntry, index: number, code: string): FixProposal | undefined {
  const text = ctx.textOf(file);
  if (text === undefined) return undefined;
  const change = replaceScalar(text, incidentPath(c, index, 'reported'), ctx.today);
  if (!change) return undefined;
  const label = incidentsOf(c, ctx.today).find((i) => i.index === index)?.id ?? `#${index + 1}`;
  return { title: `Mark incident ${label} reported today (${ctx.today})`, code, isPreferred: true, safe: false, edits: [toFileEdit(file, text, change)] };
}

/** The next free id `INC-<year>-NNN` across the workspace. */
export function nextIncidentId(ctx: FixContext, today: string): string {
  const year = today.slice(0, 4);
  let max = 0;
  for (const comp of ctx.model.components) {
    for (const i of incidentsOf(comp, today)) {
      const m = new RegExp(`^INC-${year}-(\\d+)$`).exec(i.id);
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  return `INC-${year}-${String(max + 1).padStart(3, '0')}`;
}

/**
 * "Record incident": appends an entry from a template to the component's `incidents`, creating the
 * list when missing. For editor commands and code actions; comments and layout are kept.
 */
export function recordIncidentFix(ctx: FixContext, componentId: string, registryPath?: string, code = 'AIGOV401'): FixProposal | undefined {
  const c = ctx.model.componentsWithId(componentId).find((x) => registryPath === undefined || x.registry.path === registryPath);
  if (!c) return undefined;
  const text = ctx.textOf(c.registry.path);
  if (text === undefined) return undefined;
  const entry = {
    id: nextIncidentId(ctx, ctx.today),
    title: 'TODO: what happened',
    detected: ctx.today,
    severity: 'serious',
    reported: null,
    authority: null,
    status: 'open',
  };
  const change = appendToSeq(text, componentPath(c, 'incidents'), entry);
  if (!change) return undefined;
  return { title: `Record incident ${entry.id} for '${c.id}'`, code, safe: false, edits: [toFileEdit(c.registry.path, text, change)] };
}
