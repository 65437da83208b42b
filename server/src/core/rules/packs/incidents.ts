import { addDays, asIsoDate, daysBetween, periodEnd } from '../../dates.js';
import type { FixProposal } from '../../finding.js';
import { appendToSeq, replaceScalar, toFileEdit } from '../../fixes/yaml-edit.js';
import { TEMPLATES } from '../../fixes/templates.js';
import type { ComponentEntry } from '../../manifest/registry.js';
import { isOpenIncident } from '../../model/component-view.js';
import { type FixContext, fixTitle } from '../../fixes/context.js';
import { componentPath } from '../util.js';
import { euCitation, highRiskApplication, inEu, isHighRisk } from './eu.js';
import { hasRole } from './scope.js';

/**
 * Serious-incident limits, EU AI Act Art 73(2)–(5): report immediately once a causal link (or its
 * reasonable likelihood) is established, and at the latest 15 days after the provider becomes aware
 * (`detected`), 10 days for a death, 2 days for a widespread infringement or a critical-infrastructure
 * disruption (Art 3(49)(b)). A `minor` incident is not a serious incident and has no limit. A period
 * whose last day is a Saturday or Sunday runs to the end of the next working day (Reg 1182/71 Art 3(4)).
 */

export const DEADLINE_DAYS: Record<string, number> = { serious: 15, death: 10, widespread: 2, 'critical-infrastructure': 2 };
/** Days before a good-practice limit from which the finding is a warning. */
export const NEAR_DAYS = 5;
export const ART_73 = euCitation('Art 73(2)–(5)');

type IncidentState = 'closed' | 'reported' | 'not-serious' | 'due' | 'overdue' | 'undated';

/**
 * Why Art 73 does not bind an incident: the component is not a high-risk provider system in EU
 * scope ('scope'), its high-risk date had not come when the provider became aware ('before'), or
 * Art 111(2) leaves the system out ('legacy': placed on the market before its date, not changed since).
 */
export type NotBindingReason = 'scope' | 'before' | 'legacy';

export interface IncidentInfo {
  /** Index in the component's raw `incidents` list. */
  index: number;
  id: string;
  title?: string;
  /** The day the provider or deployer became aware of the incident. */
  detected?: string;
  severity?: string;
  status?: string;
  reported?: string;
  authority?: string;
  /** Days allowed (15, 10 or 2); undefined for minor incidents. */
  days?: number;
  /** True when no severity is set and 15 days is assumed. */
  assumed: boolean;
  /** `detected` + `days`: where the period would end without the weekend rule. */
  periodEnd?: string;
  /** The last day to report: `periodEnd`, moved to the next working day when it falls on a weekend. */
  deadline?: string;
  /** deadline − today; negative once passed. */
  daysLeft?: number;
  /** Days between the deadline and a `reported` date after it. */
  lateBy?: number;
  state: IncidentState;
  /** Art 73 binds this incident. Otherwise its limit is reported as good practice. */
  legal: boolean;
  /** Why it does not bind, when `legal` is false. */
  notBinding?: NotBindingReason;
  /** The component's high-risk date, when it has one (for messages). */
  bindsFrom?: string;
}

/**
 * Whether Art 73 binds a serious incident of this component of which the provider became aware on
 * `detected`: a high-risk system in EU scope with the provider role, on and after its high-risk
 * date (the one date function, eu.ts: Digital Omnibus and Art 111(2)), for an incident the provider
 * became aware of on or after that date. Otherwise, why not.
 */
export function art73Binding(c: ComponentEntry, detected: string | undefined, today: string): { legal: boolean; reason?: NotBindingReason; from?: string } {
  if (!(inEu(c) && isHighRisk(c) && hasRole(c, 'provider'))) return { legal: false, reason: 'scope' };
  const from = highRiskApplication(c).from;
  if (from === undefined) return { legal: false, reason: 'legacy' };
  if (today < from || (detected !== undefined && detected < from)) return { legal: false, reason: 'before', from };
  return { legal: true, from };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** Every incident of a component with its deadline on `today`, from the raw YAML (as written). */
export function incidentsOf(c: ComponentEntry, today: string): IncidentInfo[] {
  const raw = Array.isArray(c.raw.incidents) ? (c.raw.incidents as unknown[]) : [];
  const out: IncidentInfo[] = [];
  raw.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const r = item as Record<string, unknown>;
    const detected = asIsoDate(r.detected);
    const reported = asIsoDate(r.reported);
    const severity = str(r.severity);
    const status = str(r.status);
    const binding = art73Binding(c, detected, today);
    const info: IncidentInfo = { index, id: str(r.id) ?? `#${index + 1}`, assumed: false, state: 'due', legal: binding.legal };
    if (binding.reason) info.notBinding = binding.reason;
    if (binding.from) info.bindsFrom = binding.from;
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
        info.periodEnd = addDays(detected, info.days);
        info.deadline = periodEnd(info.periodEnd);
        info.daysLeft = daysBetween(today, info.deadline);
        if (reported && reported > info.deadline) info.lateBy = daysBetween(info.deadline, reported);
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

/** Open means anything not closed or mitigated (model/component-view.ts). */
export function isOpen(i: IncidentInfo): boolean {
  return isOpenIncident(i.status);
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
  return { title: fixTitle(ctx, 'fix.markReported', { label, today: ctx.today }), code, isPreferred: true, safe: false, edits: [toFileEdit(file, text, change)] };
}

/** The next free id `INC-<year>-NNN` across the workspace. */
function nextIncidentId(ctx: FixContext, today: string): string {
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
    title: TEMPLATES[ctx.locale ?? 'en'].incidentTitle,
    detected: ctx.today,
    severity: 'serious',
    reported: null,
    authority: null,
    status: 'open',
  };
  const change = appendToSeq(text, componentPath(c, 'incidents'), entry);
  if (!change) return undefined;
  return { title: fixTitle(ctx, 'fix.recordIncident', { id: entry.id, component: c.id }), code, safe: false, edits: [toFileEdit(c.registry.path, text, change)] };
}
