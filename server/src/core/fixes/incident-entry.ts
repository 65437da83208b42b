import type { ComponentEntry } from '../manifest/registry.js';
import { getField } from '../model/doc-paths.js';
import type { FixContext } from './context.js';
import { appendToSeq, chainChanges, replaceScalar, setMissing, type TextChange } from './yaml-edit.js';

/**
 * The registry edits behind the editor's "Record Incident" and "Mark Incident Reported": an entry
 * with what the user told (title, severity, the day of awareness), and `reported` with the
 * authority. Comments and layout are kept (yaml Document API).
 */

interface NewIncident {
  title: string;
  severity: string;
  detected: string;
}

/** The next free id `INC-<year of detection>-NNN` across the model's components. */
export function freeIncidentId(ctx: FixContext, detected: string): string {
  const year = detected.slice(0, 4);
  let max = 0;
  for (const c of ctx.model.components) {
    for (const inc of Array.isArray(c.raw.incidents) ? (c.raw.incidents as unknown[]) : []) {
      const id = getField(inc, 'id');
      const m = typeof id === 'string' ? new RegExp(`^INC-${year}-(\\d+)$`).exec(id) : null;
      if (m) max = Math.max(max, Number(m[1]));
    }
  }
  return `INC-${year}-${String(max + 1).padStart(3, '0')}`;
}

/** Appends the incident to the component's `incidents` (the list is created when missing). */
export function addIncident(text: string, c: ComponentEntry, id: string, n: NewIncident): TextChange | undefined {
  const entry = { id, title: n.title, detected: n.detected, severity: n.severity, reported: null, authority: null, status: 'open' };
  return appendToSeq(text, ['components', c.index, 'incidents'], entry);
}

/** Sets `reported` (and `authority` when given) of the incident with this id. */
export function setReported(text: string, c: ComponentEntry, incidentId: string, reported: string, authority?: string): TextChange | undefined {
  const list = Array.isArray(c.raw.incidents) ? (c.raw.incidents as unknown[]) : [];
  const index = list.findIndex((x) => getField(x, 'id') === incidentId);
  if (index < 0) return undefined;
  const at = (key: string) => ['components', c.index, 'incidents', index, key];
  const set = (key: string, value: string) => (t: string) => (getField(list[index], key) === undefined ? setMissing(t, at(key), value) : replaceScalar(t, at(key), value));
  const steps = [set('reported', reported)];
  if (authority !== undefined && authority.trim() !== '') steps.push(set('authority', authority.trim()));
  return chainChanges(text, steps);
}
