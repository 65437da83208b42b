import type { ComponentEntry } from '../../manifest/registry.js';
import { componentDocPaths } from '../../model/doc-paths.js';
import type { ProjectModel } from '../../model/project-model.js';
import { resolveFrom } from '../../paths.js';
import type { ObligationSpec } from './obligation.js';

/**
 * Which linked documents an obligation's "met" rests on that are still unfilled templates
 * (AIGOV110). A layer over the obligation specs: a document field counts as evidence of an
 * obligation when taking it away opens a gap of the obligation, so the specs need not list them.
 */

interface DraftEvidence {
  /** Dotted field, e.g. 'risk.assessment.path'. */
  field: string;
  /** Workspace-relative path of the draft document. */
  path: string;
}

/** The component's linked documents that are drafts, by field (list items such as `evaluations[].path` are left out). */
export function draftDocuments(c: ComponentEntry, model: ProjectModel): DraftEvidence[] {
  const out: DraftEvidence[] = [];
  for (const ref of componentDocPaths(c)) {
    if (ref.field.includes('[]')) continue;
    const path = resolveFrom(c.registry.dir, ref.value);
    if (path !== undefined && model.draftOf(path)) out.push({ field: ref.field, path });
  }
  return out;
}

/**
 * A copy of the component without one dotted field (in `raw` and in the validated `data`). Only
 * the mappings on the field's path are copied; the rest is shared, never walked: the data as
 * written may hold itself (an alias inside its own anchor) or nest thousands of levels deep
 * (aliases of aliases), on which a JSON copy threw.
 */
function without(c: ComponentEntry, field: string): ComponentEntry {
  const segs = field.split('.');
  const drop = (value: unknown, i: number): unknown => {
    const seg = segs[i] as string;
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, seg)) return value;
    const copy: Record<string, unknown> = { ...value };
    if (i === segs.length - 1) delete copy[seg];
    // A `__proto__` key stays a key of the copy.
    else Object.defineProperty(copy, seg, { value: drop((value as Record<string, unknown>)[seg], i + 1), writable: true, enumerable: true, configurable: true });
    return copy;
  };
  return { ...c, raw: drop(c.raw, 0) as Record<string, unknown>, data: drop(c.data, 0) as ComponentEntry['data'] };
}

/** The draft documents a met obligation rests on: those whose removal would open one of its gaps. */
export function draftEvidenceOf(spec: Pick<ObligationSpec, 'appliesTo' | 'gaps'>, c: ComponentEntry, model: ProjectModel): DraftEvidence[] {
  const drafts = draftDocuments(c, model);
  if (drafts.length === 0 || !spec.appliesTo(c)) return [];
  return drafts.filter((d) => spec.gaps(without(c, d.field)).some((g) => g.field === d.field || d.field.startsWith(`${g.field}.`)));
}

/** Document fields that checks of aigov's own (not obligations) rest on: their "no finding" is a draft while the document is. */
export const CHECK_EVIDENCE: Readonly<Record<string, readonly string[]>> = { AIGOV101: ['risk.assessment.path'] };
