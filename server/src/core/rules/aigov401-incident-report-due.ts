import type { Severity } from '../finding.js';
import { ART_73, NEAR_DAYS, incidentPath, incidentsOf, markReportedFix, recordIncidentFix } from './packs/incidents.js';
import type { RegistryRule } from './types.js';

export const aigov401: RegistryRule = {
  code: 'AIGOV401',
  slug: 'incident-report-due',
  defaultSeverity: 'info',
  pack: 'core',
  scope: 'registry',
  summary: 'An incident must be reported to an authority by a deadline',
  description: `For each incident that is not closed and not yet \`reported\`, the deadline is computed from \`detected\` and \`severity\` as in EU AI Act Art 73(2)–(5): 15 days for a serious incident (assumed when no severity is set), 10 days for a death, 2 days for a widespread infringement or a critical-infrastructure disruption. A \`minor\` incident is not a serious incident and has no deadline. The finding is info while more than ${NEAR_DAYS} days are left, a warning from ${NEAR_DAYS} days before and on the day, and an error once the deadline has passed. Art 73 binds providers of high-risk systems in the EU from 2 Aug 2026; for other components the same timeline is reported as good practice and never rises above a warning.`,
  citation: ART_73,
  appliesFrom: '2026-08-02',
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const i of incidentsOf(c, ctx.today)) {
        if (i.state !== 'due' && i.state !== 'overdue') continue;
        const left = i.daysLeft ?? 0;
        const sev = i.assumed ? `severity not set, ${i.days} days assumed` : `${i.severity}, ${i.days} days`;
        const basis = i.legal ? 'EU AI Act Art 73(2)–(5).' : 'The Art 73 deadline binds providers of high-risk systems in the EU; for this component aigov applies its timeline as good practice.';
        const when =
          left < 0 ? `was due ${i.deadline}, ${-left} day${left === -1 ? '' : 's'} ago, and is not marked reported` : left === 0 ? `is due today (${i.deadline})` : `is due by ${i.deadline}: ${left} day${left === 1 ? '' : 's'} left`;
        let severity: Severity = left > NEAR_DAYS ? 'info' : 'warning';
        if (left < 0 && i.legal) severity = 'error';
        ctx.report({
          file: reg.path,
          range: reg.locate(incidentPath(c, i.index, 'id'), 'value'),
          message: `The authority report for incident ${i.id} of '${c.id}' (${sev}, detected ${i.detected}) ${when}. ${basis}`,
          severity,
          ...(i.legal ? {} : { citation: { ...ART_73, article: `${ART_73.article} (as good practice)` } }),
          data: { id: c.id, incident: i.index, incidentId: i.id, deadline: i.deadline, daysLeft: left, legal: i.legal },
        });
      }
    }
  },
  fixes(f, ctx) {
    const { id, incident } = f.data ?? {};
    if (typeof id !== 'string' || typeof incident !== 'number') return [];
    const c = ctx.model.componentIn(f.file, id);
    if (!c) return [];
    const out = [markReportedFix(ctx, f.file, c, incident, f.code), recordIncidentFix(ctx, id, f.file, f.code)];
    return out.filter((x) => x !== undefined);
  },
};
