import { firstAssessmentFix } from '../fixes/assessment.js';
import type { RegistryRule } from './types.js';
import { findingComponent, hasField, missingFieldRange } from './util.js';

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
    const fix = found ? firstAssessmentFix(ctx, found.c, f.code) : undefined;
    return fix ? [fix] : [];
  },
};
