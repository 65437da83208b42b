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

/** A copy of the component without one dotted field (in `raw` and in the validated `data`). */
function without(c: ComponentEntry, field: string): ComponentEntry {
  const drop = (value: unknown): Record<string, unknown> => {
    const copy = JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
    const segs = field.split('.');
    let cur: unknown = copy;
    for (const seg of segs.slice(0, -1)) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    if (cur !== null && typeof cur === 'object') delete (cur as Record<string, unknown>)[segs[segs.length - 1] as string];
    return copy;
  };
  return { ...c, raw: drop(c.raw), data: drop(c.data) as unknown as ComponentEntry['data'] };
}

/** The draft documents a met obligation rests on: those whose removal would open one of its gaps. */
export function draftEvidenceOf(spec: Pick<ObligationSpec, 'appliesTo' | 'gaps'>, c: ComponentEntry, model: ProjectModel): DraftEvidence[] {
  const drafts = draftDocuments(c, model);
  if (drafts.length === 0 || !spec.appliesTo(c)) return [];
  return drafts.filter((d) => spec.gaps(without(c, d.field)).some((g) => g.field === d.field || d.field.startsWith(`${g.field}.`)));
}

/** Document fields that checks of aigov's own (not obligations) rest on: their "no finding" is a draft while the document is. */
export const CHECK_EVIDENCE: Readonly<Record<string, readonly string[]>> = { AIGOV101: ['risk.assessment.path'] };
