import type { ComponentEntry } from '../manifest/registry.js';
import { COMPONENT_CONTACT_PATHS, COMPONENT_DOC_PATHS } from '../manifest/schema.js';
import type { ProjectModel } from './project-model.js';

interface FieldRef {
  component: ComponentEntry;
  /** Dotted field pattern from the schema table, e.g. 'risk.assessment.path'. */
  field: string;
  /** YAML path from the registry root. */
  yamlPath: (string | number)[];
  value: string;
}

/** Expands a dotted pattern with `[]` over a component's raw data. */
function fieldValues(component: ComponentEntry, pattern: string): FieldRef[] {
  const out: FieldRef[] = [];
  const segs = pattern.split('.');
  const walk = (value: unknown, i: number, path: (string | number)[]): void => {
    if (i === segs.length) {
      if (typeof value === 'string' && value.length > 0) out.push({ component, field: pattern, yamlPath: path, value });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const seg = segs[i] as string;
    const isArray = seg.endsWith('[]');
    const key = isArray ? seg.slice(0, -2) : seg;
    const next = (value as Record<string, unknown>)[key];
    if (isArray) {
      if (Array.isArray(next)) next.forEach((item, idx) => walk(item, i + 1, [...path, key, idx]));
    } else {
      walk(next, i + 1, [...path, key]);
    }
  };
  walk(component.raw, 0, ['components', component.index]);
  return out;
}

/** Every document path referenced by the model's components. */
export function collectDocPaths(model: ProjectModel): FieldRef[] {
  return model.components.flatMap((c) => COMPONENT_DOC_PATHS.flatMap((p) => fieldValues(c, p)));
}

export function componentDocPaths(component: ComponentEntry): FieldRef[] {
  return COMPONENT_DOC_PATHS.flatMap((p) => fieldValues(component, p));
}

export function componentContacts(component: ComponentEntry): FieldRef[] {
  return COMPONENT_CONTACT_PATHS.flatMap((p) => fieldValues(component, p));
}

/** Reads a dotted path ('risk.assessment.path') from plain data. */
export function getField(data: unknown, dotted: string): unknown {
  let cur = data;
  for (const seg of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** A placeholder aigov's fixes write for the team to replace: `TODO`, or `TODO: <what to write>`. */
function isPlaceholder(v: string): boolean {
  return /^TODO(?::|$)/.test(v.trim());
}

/**
 * Present and not empty: a non-blank string that is not a `TODO` placeholder, a non-empty array,
 * any other non-null value.
 */
export function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim().length > 0 && !isPlaceholder(v);
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
