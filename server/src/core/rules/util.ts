import type { ComponentEntry, ParsedRegistry } from '../manifest/registry.js';
import type { Range } from '../text/line-index.js';
import { getField, isPresent } from '../model/doc-paths.js';
import { detectionSettings, type DetectionSettings } from '../detection/reconcile.js';
import type { SourceRuleContext } from './types.js';

/** YAML path of a field inside a component, for `registry.locate`. */
export function componentPath(c: ComponentEntry, dotted?: string): (string | number)[] {
  return ['components', c.index, ...(dotted ? dotted.split('.') : [])];
}

/** Where a finding about a missing field of a component lands: the deepest existing parent key. */
export function missingFieldRange(c: ComponentEntry, dotted: string): Range {
  return c.registry.locate(componentPath(c, dotted), 'key');
}

/** Range of an existing field's value. */
export function fieldValueRange(c: ComponentEntry, dotted: string): Range {
  return c.registry.locate(componentPath(c, dotted), 'value');
}

/** Present in the user's YAML (not merely valid): a field pruned as invalid still counts. */
export function hasField(c: ComponentEntry, dotted: string): boolean {
  return isPresent(getField(c.raw, dotted));
}

/** Organisation default for a component field, from the same registry. */
export function orgDefault(reg: ParsedRegistry, dotted: string): unknown {
  return getField(reg.data?.organization, dotted);
}

/** `id` or `id (name)` for messages. */
export function label(c: ComponentEntry): string {
  return `'${c.id}'`;
}

/**
 * The detection settings for the detection rules' file: a source file with detections, covered by
 * a component or not as `covered` says, that `detection.ignore` does not leave out; else undefined.
 */
export function detectionRuleSettings(ctx: SourceRuleContext, covered: boolean): DetectionSettings | undefined {
  const { facts } = ctx;
  if (facts.kind !== 'source' || facts.detections.length === 0 || ctx.coverage.length > 0 !== covered) return undefined;
  const settings = detectionSettings(ctx.model, facts.path);
  return settings.ignored(facts.path) ? undefined : settings;
}
