import { asIsoDate, reviewOverdueSince } from '../dates.js';
import { msg } from '../i18n/format.js';
import { nextReviewFix, renewDatesFix, type AssessmentField } from '../fixes/assessment.js';
import type { RegistryRule } from './types.js';
import { componentPath, findingComponent } from './util.js';

const ASSESSMENT = { 'risk.assessment': 'AIGOV104.riskAssessment', impact_assessment: 'AIGOV104.impactAssessment' } as const;

export const aigov104: RegistryRule = {
  code: 'AIGOV104',
  slug: 'assessment-overdue',
  defaultSeverity: 'warning',
  pack: 'core',
  scope: 'registry',
  summary: 'A risk or impact assessment is due for review',
  description:
    'Assessments age as models, data and use change. A review is overdue when `next_review` has passed, or when the assessment `date` is older than `policy.review_interval_days`. The EU AI Act asks for risk management across the whole lifecycle (Art 9), ISO/IEC 42001 for assessments at planned intervals (8.2).',
  check(ctx) {
    const reg = ctx.registry;
    const interval = reg.data?.policy?.review_interval_days;
    for (const c of reg.components) {
      const checks: { field: keyof typeof ASSESSMENT; date: string | undefined; next: string | undefined }[] = [
        { field: 'risk.assessment', date: asIsoDate(c.data.risk?.assessment?.date), next: asIsoDate(c.data.risk?.assessment?.next_review) },
        { field: 'impact_assessment', date: asIsoDate(c.data.impact_assessment?.date), next: undefined },
      ];
      for (const { field, date, next } of checks) {
        const due = reviewOverdueSince(date, next, interval, ctx.today);
        if (due === undefined) continue;
        ctx.report(
          next !== undefined
            ? {
                file: reg.path,
                range: reg.locate([...componentPath(c, field), 'next_review'], 'value'),
                messageId: 'AIGOV104.nextReviewPassed',
                args: { assessment: msg(ASSESSMENT[field]), id: c.id, date: next },
                data: { id: c.id, field, due },
              }
            : {
                file: reg.path,
                range: reg.locate([...componentPath(c, field), 'date'], 'value'),
                messageId: 'AIGOV104.intervalPassed',
                args: { assessment: msg(ASSESSMENT[field]), id: c.id, date: String(date), days: String(interval), due },
                data: { id: c.id, field, due },
              },
        );
      }
    }
  },
  fixes(f, ctx) {
    const found = findingComponent(f, ctx);
    const field = f.data?.field;
    if (!found || (field !== 'risk.assessment' && field !== 'impact_assessment')) return [];
    return [nextReviewFix(ctx, found.c, f.code, field as AssessmentField), renewDatesFix(ctx, found.c, f.code, field as AssessmentField)].filter((x) => x !== undefined);
  },
};
