import type { Citation } from '../../finding.js';
import type { ComponentEntry, ParsedRegistry } from '../../manifest/registry.js';
import { schemas, schemaWalk, type PolicyRequire } from '../../manifest/schema.js';
import { getField, isPresent } from '../../model/doc-paths.js';
import { didYouMean, suggest } from '../../suggest.js';
import { msg, type Message } from '../../i18n/format.js';
import { componentPath } from '../util.js';

/**
 * The organisation's own rules (`policy.require`): when a component matches `when`, each of
 * `fields` must be present. Dotted paths; `[]` means every item of a list. Organisation defaults
 * count for `owner` and `contacts.*`.
 */

export const POLICY_FRAMEWORK_DEFAULT = 'Organisation policy';

interface PolicyMiss {
  field: string;
  /** YAML path from the registry root where the finding is anchored (nearest existing key). */
  yamlPath: (string | number)[];
}

function matchesOne(actual: unknown, expected: unknown): boolean {
  const list = Array.isArray(expected) ? expected : [expected];
  const values = Array.isArray(actual) ? actual : [actual];
  return values.some((v) => v !== undefined && v !== null && list.some((e) => String(e) === String(v)));
}

/** True when every `when` condition holds for the component (no `when`: every component). */
export function policyApplies(entry: PolicyRequire, c: ComponentEntry): boolean {
  for (const [key, expected] of Object.entries(entry.when ?? {})) {
    if (!matchesOne(getField(c.raw, key), expected)) return false;
  }
  return true;
}

function orgFallback(c: ComponentEntry, dotted: string): boolean {
  if (dotted !== 'owner' && !dotted.startsWith('contacts.')) return false;
  return isPresent(getField(c.registry.data?.organization, dotted));
}

/** Missing fields of one requirement for one component, expanding `[]` over list items. */
export function policyMisses(entry: PolicyRequire, c: ComponentEntry): PolicyMiss[] {
  const out: PolicyMiss[] = [];
  for (const field of entry.fields) {
    const segs = field.split('.');
    const walk = (value: unknown, i: number, path: (string | number)[]): void => {
      if (i === segs.length) {
        if (!isPresent(value) && !orgFallback(c, field)) out.push({ field, yamlPath: path });
        return;
      }
      const seg = segs[i] as string;
      const isList = seg.endsWith('[]');
      const key = isList ? seg.slice(0, -2) : seg;
      const next = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      if (isList && Array.isArray(next)) {
        next.forEach((item, idx) => walk(item, i + 1, [...path, key, idx]));
        return;
      }
      if (isList) {
        if (!orgFallback(c, field)) out.push({ field, yamlPath: [...path, key] });
        return;
      }
      walk(next, i + 1, [...path, key]);
    };
    walk(c.raw, 0, componentPath(c));
  }
  return out;
}

/** The citation a requirement carries, from its `framework` and `article` labels. */
export function policyCitation(entry: PolicyRequire): Citation | undefined {
  if (!entry.framework && !entry.article) return undefined;
  return { framework: entry.framework ?? POLICY_FRAMEWORK_DEFAULT, article: entry.article ?? entry.id ?? 'policy' };
}

/** Why a dotted component path names no known field, or undefined when it is fine. */
export function unknownFieldProblem(dotted: string): Message | undefined {
  const segs = dotted.split('.');
  const path: (string | number)[] = [];
  for (const raw of segs) {
    const isList = raw.endsWith('[]');
    const seg = isList ? raw.slice(0, -2) : raw;
    if (seg.startsWith('x-')) return undefined;
    const known = schemaWalk().knownKeysAt(schemas().component, path);
    if (!known.includes(seg)) {
      const where = path.filter((p) => typeof p === 'string').join('.');
      return known.length === 0
        ? msg('AIGOV602.noSubfields', { parent: where, path: dotted })
        : msg('AIGOV602.notAField', { segment: seg, under: where ? msg('AIGOV602.under', { parent: where }) : '', didYouMean: didYouMean(suggest(seg, known)) });
    }
    path.push(seg);
    if (isList) path.push(0);
  }
  return undefined;
}

export function requirementsOf(reg: ParsedRegistry): PolicyRequire[] {
  return reg.data?.policy?.require ?? [];
}
