import { asIsoDate } from '../core/dates.js';
import { art73Binding, incidentsOf as coreIncidentsOf } from '../core/rules/packs/incidents.js';
import type { Engine } from '../core/engine.js';
import type { ComponentEntry } from '../core/manifest/registry.js';
import { isWithin, normalizeGlob, relativeTo, resolveFrom } from '../core/paths.js';
import { pathsMatcher } from '../core/model/project-model.js';
import { assessmentOf, contactsOf, isOpenIncident } from '../core/model/component-view.js';
import type { AssessmentInfo, CodeLocation, ComponentInfo, ContactInfo, IncidentInfo } from '../protocol/methods.js';
import type { Folder } from './folder.js';

/** The risk assessment as the trees show it: missing without a document, a draft (an unfilled template), else ok or overdue (model/component-view.ts). */
function assessmentInfo(folder: Folder, engine: Engine, c: ComponentEntry, today: string): AssessmentInfo {
  const a = assessmentOf(c, 'risk', today, (p) => engine.model.draftOf(p));
  if (a.path === undefined) return { state: 'missing' };
  const target = resolveFrom(c.registry.dir, a.path);
  return {
    state: a.state === 'draft' || a.state === 'overdue' ? a.state : 'ok',
    ...(a.todo !== undefined ? { todo: a.todo } : {}),
    path: a.path,
    ...(target !== undefined ? { uri: folder.uriOf(target) } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.nextReview ? { nextReview: a.nextReview } : {}),
    ...(a.due ? { due: a.due } : {}),
  };
}

/** The component's incidents with their EU AI Act Art 73 deadlines, computed by the same core helper as AIGOV401. */
export function incidentsOf(folder: Folder, c: ComponentEntry, today: string): IncidentInfo[] {
  return coreIncidentsOf(c, today).map((inc) => {
    const status = inc.status ?? 'open';
    const info: IncidentInfo = {
      id: inc.id,
      componentId: c.id,
      folderUri: folder.uri,
      registryUri: folder.uriOf(c.registry.path),
      range: c.registry.locate(['components', c.index, 'incidents', inc.index], 'value'),
      detected: inc.detected ?? '',
      status,
      open: isOpenIncident(inc.status),
    };
    if (c.data.name) info.componentName = c.data.name;
    if (inc.title) info.title = inc.title;
    if (inc.severity) info.severity = inc.severity;
    if (inc.reported) info.reported = inc.reported;
    if (inc.authority) info.authority = inc.authority;
    if (inc.deadline) {
      info.deadline = inc.deadline;
      if (!inc.reported && inc.daysLeft !== undefined) info.daysLeft = inc.daysLeft;
    }
    return info;
  });
}

/** The owner, then each contact role: the component's own, else the organisation default (model/component-view.ts). */
function contactInfos(c: ComponentEntry): ContactInfo[] {
  const { owner, contacts } = contactsOf(c);
  return [...(owner ? [owner] : []), ...contacts].map(({ role, value, inherited }) => ({ role, value, ...(inherited ? { inherited } : {}) }));
}

/** Where the component's code is: each annotation naming it, and files its `paths` match. */
function locationsOf(folder: Folder, engine: Engine, id: string): CodeLocation[] {
  const out: CodeLocation[] = [];
  for (const path of engine.model.filesOf(id)) {
    const anns = engine.factsOf(path)?.annotations.annotations.filter((a) => a.id === id) ?? [];
    const uri = folder.uriOf(path);
    if (anns.length === 0) out.push({ uri, path, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, via: 'paths' });
    for (const a of anns) out.push({ uri, path, range: a.idRange, via: 'annotation' });
  }
  return out;
}

/**
 * Where a component of a registry's last good parse had its code: annotations naming it, and
 * files its `paths` match in that registry's folder (the model no longer knows the component).
 */
function staleLocationsOf(folder: Folder, engine: Engine, c: ComponentEntry): CodeLocation[] {
  const globs = (c.data.paths ?? []).map(normalizeGlob).filter((g) => g !== '');
  const matches = globs.length > 0 ? pathsMatcher(globs) : undefined;
  const out: CodeLocation[] = [];
  for (const [path, facts] of engine.files) {
    if (facts.kind === 'registry') continue;
    const anns = facts.annotations.annotations.filter((a) => a.id === c.id);
    const uri = folder.uriOf(path);
    for (const a of anns) out.push({ uri, path, range: a.idRange, via: 'annotation' });
    if (anns.length > 0 || !matches || !isWithin(c.registry.dir, path)) continue;
    if (engine.model.governing(path)?.path === c.registry.path && matches(relativeTo(c.registry.dir, path))) {
      out.push({ uri, path, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, via: 'paths' });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.line - b.range.start.line));
}

/**
 * What the views show of a component. `stale`: the component comes from the last good parse of a
 * registry that has a syntax error now; it has no findings and its code is found without the model.
 */
export function componentInfo(folder: Folder, engine: Engine, c: ComponentEntry, stale = false): ComponentInfo {
  const today = engine.today;
  const findings = { error: 0, warning: 0, info: 0, hint: 0 };
  if (!stale) for (const f of folder.findingsFor(c.registry.path)) if (f.data?.id === c.id) findings[f.severity]++;
  const info: ComponentInfo = {
    id: c.id,
    folderUri: folder.uri,
    registryUri: folder.uriOf(c.registry.path),
    registryPath: c.registry.path,
    range: c.idRange,
    risk: {
      ...(c.data.risk?.level ? { level: c.data.risk.level } : {}),
      ...(c.data.risk?.basis ? { basis: c.data.risk.basis } : {}),
    },
    assessment: assessmentInfo(folder, engine, c, today),
    contacts: contactInfos(c),
    roles: [...(c.data.roles ?? [])],
    jurisdictions: [...(c.data.jurisdictions ?? [])],
    registrations: (c.data.registrations ?? []).map((r) => ({
      registry: r.registry,
      ...(r.id ? { id: r.id } : {}),
      ...(asIsoDate(r.date) ? { date: asIsoDate(r.date) } : {}),
      ...(r.status ? { status: r.status } : {}),
    })),
    incidents: incidentsOf(folder, c, today).map((i) => (stale ? { ...i, stale: true } : i)),
    locations: stale ? staleLocationsOf(folder, engine, c) : locationsOf(folder, engine, c.id),
    findings,
  };
  if (stale) info.stale = true;
  // For an incident recorded now: Art 73 binds one the provider becomes aware of today.
  if (art73Binding(c, today, today).legal) info.incidentDeadlinesBind = true;
  if (c.data.name) info.name = c.data.name;
  if (c.data.kind) info.kind = c.data.kind;
  const owner = info.contacts.find((x) => x.role === 'owner');
  if (owner) info.owner = owner.value;
  return info;
}
