import type { Finding, FixProposal } from '../../finding.js';
import { createFile } from '../../fixes/edits.js';
import { DOC_FIELDS, documentTemplate } from '../../fixes/templates.js';
import { setMissing, toFileEdit } from '../../fixes/yaml-edit.js';
import { joinPath } from '../../paths.js';
import { type FixContext, fixTitle } from '../../fixes/context.js';
import { componentPath, findingComponent } from '../util.js';

/**
 * "Create <doc> from a template and link it" for a pack finding about a missing document field.
 * Never overwrites: a taken name gets a number.
 */
export function docGapFixes(f: Finding, ctx: FixContext): FixProposal[] {
  const id = f.data?.id;
  const field = f.data?.field;
  if (typeof id !== 'string' || typeof field !== 'string') return [];
  const spec = DOC_FIELDS[field];
  if (!spec) return [];
  const found = findingComponent(f, ctx);
  if (!found) return [];
  const { c, text } = found;
  const first = spec.file(id);
  let rel = first;
  for (let n = 2; ctx.exists(joinPath(c.registry.dir, rel)) && n < 100; n++) rel = first.replace(/\.md$/, `-${n}.md`);
  const target = joinPath(c.registry.dir, rel);
  if (ctx.exists(target)) return [];
  // A new impact_assessment block gets its date too; an existing one only its path.
  const newBlock = field === 'impact_assessment.path' && (c.raw.impact_assessment === undefined || c.raw.impact_assessment === null);
  const value = newBlock ? { path: rel, date: ctx.today } : rel;
  const yamlPath = newBlock ? componentPath(c, 'impact_assessment') : componentPath(c, field);
  const change = setMissing(text, yamlPath, value);
  if (!change) return [];
  const reason = f.citation ? `${f.citation.framework} ${f.citation.article}` : f.code;
  const from = typeof f.data?.appliesFrom === 'string' ? f.data.appliesFrom : undefined;
  return [
    {
      title: fixTitle(ctx, 'fix.createAndLinkAs', { path: target, field }),
      code: f.code,
      isPreferred: true,
      safe: true,
      edits: [createFile(target, documentTemplate(field, c, ctx.model.frameworksOf(c.registry), ctx.today, reason, ctx.locale, from)), toFileEdit(f.file, text, change)],
    },
  ];
}
