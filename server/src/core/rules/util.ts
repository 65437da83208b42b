import type { ComponentEntry, ParsedRegistry } from '../manifest/registry.js';
import type { Range } from '../text/line-index.js';
import { getField, isPresent } from '../model/doc-paths.js';
import { suggestIdForUse, type DetectionSettings } from '../detection/reconcile.js';
import type { Detection } from '../detection/types.js';
import type { Finding } from '../finding.js';
import type { FixContext } from '../fixes/context.js';
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

/**
 * The detection settings for the detection rules' file: a source file with detections, covered by
 * a component or not as `covered` says, that `detection.ignore` does not leave out; else undefined.
 * Also undefined while the file's coverage is unknown (a registry does not parse: AIGOV001).
 */
export function detectionRuleSettings(ctx: SourceRuleContext, covered: boolean): DetectionSettings | undefined {
  const { facts } = ctx;
  if (facts.kind !== 'source' || facts.detections.length === 0 || ctx.coverage.length > 0 !== covered) return undefined;
  if (ctx.model.coverageUnknown(facts.path)) return undefined;
  const settings = ctx.model.detectionOf(facts.path);
  return settings.ignored(facts.path) ? undefined : settings;
}

/** The component a registry finding names (`data.id`) in its own file, with that file's text. */
export function findingComponent(f: Finding, ctx: FixContext): { id: string; c: ComponentEntry; text: string } | undefined {
  const id = f.data?.id;
  if (typeof id !== 'string') return undefined;
  const c = ctx.model.componentIn(f.file, id);
  const text = ctx.textOf(f.file);
  return c && text !== undefined ? { id, c, text } : undefined;
}

/**
 * The data of an undeclared-AI finding (AIGOV301, AIGOV304), which the register and link fixes
 * read back: the detection, then `extra`, then the component id to suggest.
 */
export function undeclaredAiData(ctx: SourceRuleContext, d: Detection, confidence: Detection['confidence'], extra: Record<string, unknown>): Record<string, unknown> {
  return {
    library: d.library,
    provider: d.provider,
    family: d.family ?? d.library,
    confidence,
    kind: d.componentKind ?? 'llm-app',
    language: d.language ?? '',
    vendor: d.vendor === true,
    ...extra,
    suggestedId: suggestIdForUse(ctx.facts.path, (id) => ctx.model.component(id) !== undefined),
  };
}
