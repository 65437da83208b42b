import { addDays, asIsoDate } from '../dates.js';
import type { FixProposal } from '../finding.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { getField, isPresent } from '../model/doc-paths.js';
import { joinPath, relativeTo } from '../paths.js';
import { type FixContext, fixTitle } from './context.js';
import { createFile } from './edits.js';
import { documentTemplate, riskAssessmentTemplate } from './templates.js';
import { chainChanges, replaceScalar, setMissing, toFileEdit } from './yaml-edit.js';

/**
 * The assessment fixes: a first risk (or impact) assessment from a template; the next, dated review
 * document for an assessed component, linked in place of the previous one; or, after the user
 * confirms that the review was done in the existing document, new dates only. None suppresses.
 */

export type AssessmentField = 'risk.assessment' | 'impact_assessment';

const FOLDER: Record<AssessmentField, string> = { 'risk.assessment': 'docs/risk', impact_assessment: 'docs/impact' };

/** A document path under the component's registry that does not exist yet: `<base>.md`, then `<base>-2.md`… */
function freePath(ctx: FixContext, c: ComponentEntry, base: string): string | undefined {
  let rel = `${base}.md`;
  for (let n = 2; ctx.exists(joinPath(c.registry.dir, rel)) && n < 100; n++) rel = `${base}-${n}.md`;
  return ctx.exists(joinPath(c.registry.dir, rel)) ? undefined : rel;
}

function yamlPath(c: ComponentEntry, field: AssessmentField, key?: string): (string | number)[] {
  return ['components', c.index, ...field.split('.'), ...(key ? [key] : [])];
}

function interval(c: ComponentEntry): number {
  return c.registry.data?.policy?.review_interval_days ?? 365;
}

function template(ctx: FixContext, c: ComponentEntry, field: AssessmentField, previous?: { path: string; date?: string }): string {
  const frameworks = ctx.model.frameworksOf(c.registry);
  return field === 'risk.assessment'
    ? riskAssessmentTemplate(c, frameworks, ctx.today, previous, ctx.locale)
    : documentTemplate('impact_assessment.path', c, frameworks, ctx.today, undefined, ctx.locale);
}

/** Whether the component links an assessment document for `field`. */
export function hasAssessment(c: ComponentEntry, field: AssessmentField = 'risk.assessment'): boolean {
  return isPresent(getField(c.raw, `${field}.path`));
}

/** "Create docs/risk/<id>.md from a template and link it": the first assessment of a component. */
export function firstAssessmentFix(ctx: FixContext, c: ComponentEntry, code: string, field: AssessmentField = 'risk.assessment'): FixProposal | undefined {
  const text = ctx.textOf(c.registry.path);
  const rel = freePath(ctx, c, `${FOLDER[field]}/${c.id}`);
  if (text === undefined || rel === undefined) return undefined;
  const value = field === 'risk.assessment' ? { path: rel, date: ctx.today, next_review: addDays(ctx.today, interval(c)) } : { path: rel, date: ctx.today };
  const change = setMissing(text, yamlPath(c, field), value);
  if (!change) return undefined;
  const target = joinPath(c.registry.dir, rel);
  return {
    title: fixTitle(ctx, 'fix.createAndLink', { path: relativeTo('', target) }),
    code,
    isPreferred: true,
    safe: true,
    edits: [createFile(target, template(ctx, c, field)), toFileEdit(c.registry.path, text, change)],
  };
}

/**
 * "Create the next review, docs/risk/<id>-<today>.md, from the template and link it": a new dated
 * document that names the previous one, linked with today's date and the next review date. The
 * previous document stays where it is.
 */
export function nextReviewFix(ctx: FixContext, c: ComponentEntry, code: string, field: AssessmentField = 'risk.assessment'): FixProposal | undefined {
  const text = ctx.textOf(c.registry.path);
  const before = getField(c.raw, `${field}.path`);
  if (text === undefined || typeof before !== 'string') return undefined;
  const rel = freePath(ctx, c, `${FOLDER[field]}/${c.id}-${ctx.today}`);
  if (rel === undefined) return undefined;
  const steps = [(t: string) => replaceScalar(t, yamlPath(c, field, 'path'), rel), (t: string) => replaceScalar(t, yamlPath(c, field, 'date'), ctx.today)];
  if (field === 'risk.assessment') steps.push((t: string) => replaceScalar(t, yamlPath(c, field, 'next_review'), addDays(ctx.today, interval(c))));
  const change = chainChanges(text, steps);
  if (!change) return undefined;
  const target = joinPath(c.registry.dir, rel);
  const date = asIsoDate(getField(c.raw, `${field}.date`));
  return {
    title: fixTitle(ctx, 'fix.createNextReview', { path: relativeTo('', target) }),
    code,
    isPreferred: true,
    safe: false,
    edits: [createFile(target, template(ctx, c, field, { path: before, ...(date ? { date } : {}) })), toFileEdit(c.registry.path, text, change)],
  };
}

/**
 * "Record today's review in the existing document": `date` becomes today and `next_review` today
 * plus the policy's interval. Only after the user confirms the review was done (never automatic).
 */
export function renewDatesFix(ctx: FixContext, c: ComponentEntry, code: string, field: AssessmentField = 'risk.assessment'): FixProposal | undefined {
  const text = ctx.textOf(c.registry.path);
  const path = getField(c.raw, `${field}.path`);
  if (text === undefined || typeof path !== 'string') return undefined;
  const next = addDays(ctx.today, interval(c));
  const steps = [(t: string) => replaceScalar(t, yamlPath(c, field, 'date'), ctx.today)];
  if (field === 'risk.assessment') steps.push((t: string) => replaceScalar(t, yamlPath(c, field, 'next_review'), next));
  const change = chainChanges(text, steps);
  if (!change) return undefined;
  return {
    title: field === 'risk.assessment' ? fixTitle(ctx, 'fix.recordReviewNext', { path, today: ctx.today, next }) : fixTitle(ctx, 'fix.recordReview', { path, today: ctx.today }),
    code,
    safe: false,
    edits: [toFileEdit(c.registry.path, text, change)],
  };
}
