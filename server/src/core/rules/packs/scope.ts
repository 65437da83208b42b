import type { ComponentEntry } from '../../manifest/registry.js';
import { getField, isPresent } from '../../model/doc-paths.js';
import { msg, type Message, type MessageArg } from '../../i18n/format.js';

/** A field a component is missing for an obligation (or has wrong). */
export interface Gap {
  /** Dotted field inside the component that is missing or wrong. */
  field: string;
  /** What is missing and why it matters. */
  message: Message;
  /** Anchor on the value of an existing field (a wrong value) instead of the nearest key. */
  at?: 'value';
  /** YAML path below the component when the field sits in a list item (e.g. upstream_models[1]). */
  path?: (string | number)[];
  /** A core rule that already reports this gap: this rule stays silent unless the registry turns it off. */
  coveredBy?: string;
}

/** Applicability and field checks shared by the framework packs. */

/** The component is in scope of a jurisdiction: it lists it, or lists none (the registry chose the pack). */
export function inJurisdiction(c: ComponentEntry, j: string): boolean {
  const js = c.data.jurisdictions;
  return !js || js.length === 0 || js.includes(j);
}

/** The component has one of the roles, or declares none (then every role's checks apply). */
export function hasRole(c: ComponentEntry, ...roles: string[]): boolean {
  const rs: readonly string[] = c.data.roles ?? [];
  return rs.length === 0 || rs.some((r) => roles.includes(r));
}

/** Roles explicitly declared (no fallback). */
export function declaresRole(c: ComponentEntry, role: string): boolean {
  return (c.data.roles ?? []).includes(role as never);
}

export const notDataset = (c: ComponentEntry): boolean => c.data.kind !== 'dataset';

/** Kinds presumed to talk to people and generate text when `capabilities` is not declared. */
const PRESUMED: Record<string, readonly string[]> = {
  'llm-app': ['interacts-with-people', 'generates-content'],
  agent: ['interacts-with-people', 'generates-content'],
};

interface CapabilityFact {
  has: boolean;
  /** True when inferred from `kind` because `capabilities` is not declared. */
  presumed: boolean;
}

/** Whether the component has a capability: declared, or presumed from its kind. */
export function capability(c: ComponentEntry, cap: string, presume = true): CapabilityFact {
  const declared: readonly string[] | undefined = c.data.capabilities;
  if (declared !== undefined) return { has: declared.includes(cap), presumed: false };
  const byKind = presume && c.data.kind ? PRESUMED[c.data.kind] ?? [] : [];
  return { has: byKind.includes(cap), presumed: byKind.includes(cap) };
}

/** " (presumed from kind 'llm-app'; declare `capabilities` to be exact)" when presumed. */
export function presumedNote(c: ComponentEntry, fact: CapabilityFact): MessageArg {
  return fact.presumed ? msg('pack.presumed', { kind: String(c.data.kind) }) : '';
}

/** Present in the user's YAML, with organisation defaults (owner, contacts.*) counting. */
export function present(c: ComponentEntry, dotted: string): boolean {
  if (isPresent(getField(c.raw, dotted))) return true;
  if (dotted === 'owner' || dotted.startsWith('contacts.')) return isPresent(getField(c.registry.data?.organization, dotted));
  return false;
}

/** One gap when the field is absent. */
export function need(c: ComponentEntry, field: string, message: Message, coveredBy?: string): Gap[] {
  return present(c, field) ? [] : [{ field, message, ...(coveredBy ? { coveredBy } : {}) }];
}

/** A boolean field that must be true. */
export function needTrue(c: ComponentEntry, field: string, message: Message): Gap[] {
  const v = getField(c.data, field);
  if (v === true) return [];
  return [{ field, message, ...(v === false ? { at: 'value' as const } : {}) }];
}

/** A number field that must be at least `min`. */
export function needAtLeast(c: ComponentEntry, field: string, min: number, message: (actual: number | undefined) => Message): Gap[] {
  const v = getField(c.data, field);
  const n = typeof v === 'number' ? v : undefined;
  if (n !== undefined && n >= min) return [];
  return [{ field, message: message(n), ...(n !== undefined ? { at: 'value' as const } : {}) }];
}

/** A non-empty list. */
export function needList(c: ComponentEntry, field: string, message: Message): Gap[] {
  const v = getField(c.raw, field);
  return Array.isArray(v) && v.length > 0 ? [] : [{ field, message }];
}

