import * as z from 'zod';
import { VALIDATION } from './validation.js';

/** Unwraps optional, nullable, default and pipe wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
  let cur: z.ZodType = s;
  for (let i = 0; i < 10; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
    else break;
  }
  return cur;
}

/** The sub-schema at a data path (array indices and record keys included), if any. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = unwrap(root);
  for (const seg of path) {
    if (!cur) return undefined;
    if (cur instanceof z.ZodObject) {
      const shape = cur.shape as Record<string, z.ZodType>;
      cur = typeof seg === 'string' ? shape[seg] : undefined;
    } else if (cur instanceof z.ZodArray) {
      cur = cur.element as z.ZodType;
    } else if (cur instanceof z.ZodRecord) {
      cur = cur.valueType as z.ZodType;
    } else if (cur instanceof z.ZodUnion) {
      const objects: z.ZodType[] = (cur.options as z.ZodType[]).map(unwrap).filter((o) => o instanceof z.ZodObject);
      cur = objects[0] ? schemaAt(objects[0], [seg]) : undefined;
      continue;
    } else {
      return undefined;
    }
    cur = cur ? unwrap(cur) : undefined;
  }
  return cur;
}

/** Known keys of the object schema at a path. */
export function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  if (s instanceof z.ZodObject) return Object.keys(s.shape as object);
  if (s instanceof z.ZodUnion) {
    const keys = new Set<string>();
    for (const o of s.options as z.ZodType[]) {
      const u = unwrap(o);
      if (u instanceof z.ZodObject) for (const k of Object.keys(u.shape as object)) keys.add(k);
    }
    return [...keys];
  }
  return [];
}

/** Enum values of the schema at a path, for completion and suggestions. */
export function enumValuesAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(root, path);
  if (s instanceof z.ZodEnum) return (s.options as unknown[]).map(String);
  if (s instanceof z.ZodArray) {
    const el = unwrap(s.element as z.ZodType);
    if (el instanceof z.ZodEnum) return (el.options as unknown[]).map(String);
  }
  return [];
}

const TOMBSTONE = Symbol('pruned');

function getAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function removeAt(value: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = getAt(value, path.slice(0, -1));
  const key = path[path.length - 1] as PropertyKey;
  if (parent === null || typeof parent !== 'object') return false;
  if (Array.isArray(parent) && typeof key === 'number') {
    parent[key] = TOMBSTONE;
  } else {
    delete (parent as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== TOMBSTONE).map(compact);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = compact(v);
  }
  return value;
}

/**
 * Parses `value` with `schema`, removing the offending parts until it passes, so that one bad
 * field does not hide the rest of a record from the rules. `value` is consumed (mutated).
 * Returns undefined when nothing valid remains.
 */
export function parsePruned<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  let cur = value;
  for (let round = 0; round < 12; round++) {
    const r = schema.safeParse(cur, VALIDATION);
    if (r.success) return r.data;
    let changed = false;
    for (const issue of r.error.issues) {
      const path = issue.path as PropertyKey[];
      if (issue.code === 'unrecognized_keys') {
        const obj = getAt(cur, path);
        if (obj && typeof obj === 'object') {
          for (const k of issue.keys) delete (obj as Record<string, unknown>)[k];
          changed = true;
        }
        continue;
      }
      if (path.length === 0) return undefined;
      const target = getAt(cur, path);
      changed = (target === undefined ? removeAt(cur, path.slice(0, -1)) : removeAt(cur, path)) || changed;
      if (path.length === 1 && target === undefined) return undefined;
    }
    cur = compact(cur);
    if (!changed) return undefined;
  }
  return undefined;
}
