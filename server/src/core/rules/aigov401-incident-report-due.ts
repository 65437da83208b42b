import { weekday } from '../dates.js';
import type { Severity } from '../finding.js';
import { EU_HR_ANNEX_I_FROM, EU_HR_ANNEX_III_FROM } from './packs/eu.js';
import { ART_73, NEAR_DAYS, incidentPath, incidentsOf, markReportedFix, type IncidentInfo, type NotBindingReason } from './packs/incidents.js';
import type { RegistryRule } from './types.js';

/** Why a limit is only good practice, as the message's last sentence. */
export function notBindingText(reason: NotBindingReason | undefined, from: string | undefined): string {
  if (reason === 'before') return `Art 73 binds this high-risk system for incidents its provider becomes aware of from ${from ?? EU_HR_ANNEX_III_FROM} (Digital Omnibus); until then aigov applies its limits as good practice.`;
  if (reason === 'legacy') return 'The system was placed on the market before its high-risk date and not significantly changed since, so Art 111(2) keeps Art 73 off; aigov applies its limits as good practice.';
  return 'Art 73 binds only providers of high-risk systems in the EU; aigov applies its limits here as good practice.';
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** "The 15 days end on Saturday 2026-12-05; …" when the weekend rule moved the last day. */
function extension(i: IncidentInfo): string {
  if (!i.periodEnd || !i.deadline || i.periodEnd === i.deadline) return '';
  return ` The ${i.days} days end on ${weekday(i.periodEnd)} ${i.periodEnd}; a period ending on a Saturday or Sunday runs to the end of the next working day (Reg 1182/71 Art 3(4)).`;
}

type Kind = 'due' | 'overdue' | 'late';

function message(c: string, i: IncidentInfo, kind: Kind): string {
  const sev = i.assumed ? `severity not set, ${i.days} days assumed` : `${i.severity}, ${i.days} days`;
  const head = `incident ${i.id} of '${c}' (${sev}; aware since ${i.detected})`;
  const left = i.daysLeft ?? 0;
  const ext = extension(i);
  if (i.legal) {
    if (kind === 'late') return `The report of ${head} was made on ${i.reported}, ${days(i.lateBy ?? 0)} after the limit of ${i.deadline}: record why it was late.${ext}`;
    if (kind === 'overdue') return `The report of ${head} was due by ${i.deadline}, ${days(-left)} ago, and is not marked reported: report it now (an incomplete first report is allowed).${ext}`;
    const by = left === 0 ? `at the latest by today, ${i.deadline}` : `at the latest by ${i.deadline}: ${days(left)} left`;
    return `Report ${head} to the market surveillance authority immediately; ${by}.${ext}`;
  }
  const why = ` ${notBindingText(i.notBinding, i.bindsFrom)}`;
  if (kind === 'late') return `Good practice: ${head} was reported on ${i.reported}, ${days(i.lateBy ?? 0)} after ${i.deadline}.${ext}${why}`;
  if (kind === 'overdue') return `Good practice: ${head} was not reported by ${i.deadline}, ${days(-left)} ago.${ext}${why}`;
  return `Good practice: report ${head} by ${left === 0 ? `today, ${i.deadline}` : `${i.deadline}: ${days(left)} left`}.${ext}${why}`;
}

/**
 * Binding limits: a warning from the day of awareness (the article says "immediately") up to and
 * including the last day, which the weekend rule has already moved to a working day; an error only
 * once that day has passed. Good practice: info, a warning from five days before, never an error.
 */
function severityOf(i: IncidentInfo, kind: Kind): Severity {
  if (i.legal) return kind === 'overdue' ? 'error' : 'warning';
  return kind === 'late' ? 'info' : (i.daysLeft ?? 0) > NEAR_DAYS ? 'info' : 'warning';
}

export const aigov401: RegistryRule = {
  code: 'AIGOV401',
  slug: 'incident-report-due',
  defaultSeverity: 'info',
  pack: 'core',
  scope: 'registry',
  summary: 'An incident must be reported to an authority by a deadline',
  description: `For each incident that is not closed, the limit is computed from \`detected\`, the day the provider or deployer became aware of it, and \`severity\`, as in EU AI Act Art 73(2)–(5): report immediately once a causal link with the system (or its reasonable likelihood) is established, and at the latest 15 days after becoming aware (assumed when no severity is set), 10 days for a death, 2 days for a widespread infringement or a critical-infrastructure disruption. A \`minor\` incident is not a serious incident and has no limit. A period whose last day is a Saturday or a Sunday runs to the end of the next working day (Reg 1182/71 Art 3(4)); public holidays are not known to aigov, so it never counts them. An incident with no \`reported\` date is reported until it is closed; one whose \`reported\` date is after the limit is reported as late.

Art 73 binds providers of high-risk systems in the EU (a component that lists no \`jurisdictions\` counts, as in the packs) from the system's high-risk date: ${EU_HR_ANNEX_III_FROM} for Annex III systems, ${EU_HR_ANNEX_I_FROM} for Annex I systems, later under Art 111(2) for a system placed on the market before that date (the same date function as the EU pack's high-risk rules), and only for incidents the provider becomes aware of from that date. Where it binds, the finding says "immediately; at the latest by …" and is a warning from the day of awareness up to and including the last day (never an error before that day has passed, so a weekend never makes it one), an error once it has passed, and a warning for a late report. Where it does not bind, the message starts with "Good practice:" and says why; it is info while more than ${NEAR_DAYS} days are left and a warning from then on, never an error, and info for a late report.`,
  citation: ART_73,
  appliesFrom: EU_HR_ANNEX_III_FROM,
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const i of incidentsOf(c, ctx.today)) {
        const kind: Kind | undefined = i.state === 'due' || i.state === 'overdue' ? i.state : i.state === 'reported' && i.lateBy !== undefined && i.lateBy > 0 ? 'late' : undefined;
        if (!kind) continue;
        ctx.report({
          file: reg.path,
          range: reg.locate(incidentPath(c, i.index, 'id'), 'value'),
          message: message(c.id, i, kind),
          severity: severityOf(i, kind),
          ...(i.legal ? {} : { citation: { ...ART_73, article: `${ART_73.article} (as good practice)` } }),
          data: {
            id: c.id,
            incident: i.index,
            incidentId: i.id,
            kind,
            ...(i.severity && !i.assumed ? { severity: i.severity } : {}),
            days: i.days,
            detected: i.detected,
            periodEnd: i.periodEnd,
            deadline: i.deadline,
            daysLeft: i.daysLeft ?? 0,
            ...(kind === 'late' ? { reported: i.reported, lateBy: i.lateBy } : {}),
            legal: i.legal,
            ...(i.notBinding ? { notBinding: i.notBinding } : {}),
            ...(i.bindsFrom ? { bindsFrom: i.bindsFrom } : {}),
          },
        });
      }
    }
  },
  fixes(f, ctx) {
    const { id, incident, kind } = f.data ?? {};
    if (typeof id !== 'string' || typeof incident !== 'number' || kind === 'late') return [];
    const c = ctx.model.componentIn(f.file, id);
    if (!c) return [];
    const fix = markReportedFix(ctx, f.file, c, incident, f.code);
    return fix ? [fix] : [];
  },
};
