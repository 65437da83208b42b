import { addDays } from '../dates.js';
import { createFile } from '../fixes/edits.js';
import { riskAssessmentTemplate } from '../fixes/templates.js';
import { setMissing, toFileEdit } from '../fixes/yaml-edit.js';
import { joinPath, relativeTo } from '../paths.js';
import type { FixProposal } from '../finding.js';
import type { RegistryRule } from './types.js';
import { componentPath, findingComponent, hasField, missingFieldRange } from './util.js';

export const aigov101: RegistryRule = {
  code: 'AIGOV101',
  slug: 'missing-risk-assessment',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A component has no risk assessment',
  description:
    'A risk assessment records what can go wrong, how likely and how bad it is, and what is done about it. The EU AI Act (Art 9), ISO/IEC 42001 (6.1.2), the Korean AI Basic Act (Art 34) and the Japanese AI Guidelines for Business (safety principle) all build on one. `risk.assessment.path` points at it.',
  check(ctx) {
    for (const c of ctx.registry.components) {
      if (hasField(c, 'risk.assessment.path')) continue;
      if (c.data.kind === 'dataset') continue;
      ctx.report({
        file: ctx.registry.path,
        range: missingFieldRange(c, 'risk.assessment'),
        messageId: 'AIGOV101.missing',
        args: { id: c.id },
        data: { id: c.id },
      });
    }
  },
  fixes(f, ctx) {
    const found = findingComponent(f, ctx);
    if (!found) return [];
    const { id, c, text } = found;
    let docRel = `docs/risk/${id}.md`;
    for (let n = 2; ctx.exists(joinPath(c.registry.dir, docRel)) && n < 100; n++) docRel = `docs/risk/${id}-${n}.md`;
    const interval = c.registry.data?.policy?.review_interval_days ?? 365;
    const value = { path: docRel, date: ctx.today, next_review: addDays(ctx.today, interval) };
    const change = setMissing(text, [...componentPath(c, 'risk'), 'assessment'], value);
    if (!change) return [];
    const target = joinPath(c.registry.dir, docRel);
    const frameworks = ctx.model.frameworksOf(c.registry);
    const fix: FixProposal = {
      title: `Create ${relativeTo('', target)} from a template and link it`,
      code: f.code,
      isPreferred: true,
      safe: true,
      edits: [createFile(target, riskAssessmentTemplate(c, frameworks, ctx.today, ctx.locale)), toFileEdit(f.file, text, change)],
    };
    return [fix];
  },
};

