import { weekday } from '../dates.js';
import type { Severity } from '../finding.js';
import { msg, type Message, type MessageArg } from '../i18n/format.js';
import { EU_HR_ANNEX_I_FROM, EU_HR_ANNEX_III_FROM } from './packs/eu.js';
import { ART_73, NEAR_DAYS, incidentPath, incidentsOf, markReportedFix, type IncidentInfo, type NotBindingReason } from './packs/incidents.js';
import type { RegistryRule } from './types.js';

/** Why a limit is only good practice, as the message's last sentence. */
function notBinding(reason: NotBindingReason | undefined, from: string | undefined): Message {
  if (reason === 'before') return msg('AIGOV401.notBindingBefore', { from: from ?? EU_HR_ANNEX_III_FROM });
  if (reason === 'legacy') return msg('AIGOV401.notBindingLegacy');
  return msg('AIGOV401.notBindingScope');
}

const days = (n: number): Message => msg('common.days', { n }, n);

const SEVERITY = { serious: 'AIGOV401.serious', death: 'AIGOV401.death', widespread: 'AIGOV401.widespread', 'critical-infrastructure': 'AIGOV401.criticalInfrastructure' } as const;
const WEEKEND = { Saturday: 'AIGOV401.saturday', Sunday: 'AIGOV401.sunday' } as const;

/** "The 15 days end on Saturday 2026-12-05; …" when the weekend rule moved the last day. */
function extension(i: IncidentInfo): MessageArg {
  if (!i.periodEnd || !i.deadline || i.periodEnd === i.deadline) return '';
  const day = weekday(i.periodEnd);
  return msg('AIGOV401.extension', { days: i.days ?? 0, weekday: day === 'Saturday' || day === 'Sunday' ? msg(WEEKEND[day]) : day, periodEnd: i.periodEnd });
}

type Kind = 'due' | 'overdue' | 'late';

function message(c: string, i: IncidentInfo, kind: Kind): Message {
  const n = i.days ?? 0;
  const named = i.severity !== undefined && Object.hasOwn(SEVERITY, i.severity) ? msg(SEVERITY[i.severity as keyof typeof SEVERITY]) : i.severity ?? '';
  const severity = i.assumed ? msg('AIGOV401.severityAssumed', { days: n }) : msg('AIGOV401.severity', { name: named, days: n });
  const head = msg('AIGOV401.head', { incident: i.id, id: c, severity, detected: i.detected ?? '' });
  const left = i.daysLeft ?? 0;
  const deadline = i.deadline ?? '';
  const extra = { head, deadline, extension: extension(i) };
  const late = { ...extra, reported: i.reported ?? '', lateBy: days(i.lateBy ?? 0) };
  if (i.legal) {
    if (kind === 'late') return msg('AIGOV401.late', late);
    if (kind === 'overdue') return msg('AIGOV401.overdue', { ...extra, ago: days(-left) });
    return left === 0 ? msg('AIGOV401.dueToday', extra) : msg('AIGOV401.due', { ...extra, left: days(left) });
  }
  const why = notBinding(i.notBinding, i.bindsFrom);
  if (kind === 'late') return msg('AIGOV401.practiceLate', { ...late, why });
  if (kind === 'overdue') return msg('AIGOV401.practiceOverdue', { ...extra, ago: days(-left), why });
  return left === 0 ? msg('AIGOV401.practiceDueToday', { ...extra, why }) : msg('AIGOV401.practiceDue', { ...extra, left: days(left), why });
}

/**
 * The system's high-risk date when it has not come yet on `today`: until then the finding is a
 * readiness note, info whatever the settings (the runner keeps a finding whose `data.appliesFrom`
 * is after today at info).
 */
function pendingFrom(i: IncidentInfo, today: string): string | undefined {
  return i.notBinding === 'before' && i.bindsFrom !== undefined && today < i.bindsFrom ? i.bindsFrom : undefined;
}

/**
 * Binding limits: a warning from the day of awareness (the article says "immediately") up to and
 * including the last day, which the weekend rule has already moved to a working day; an error only
 * once that day has passed. Good practice: info, a warning from five days before, never an error;
 * info before the system's high-risk date.
 */
function severityOf(i: IncidentInfo, kind: Kind, pending: string | undefined): Severity {
  if (i.legal) return kind === 'overdue' ? 'error' : 'warning';
  return kind === 'late' || pending !== undefined ? 'info' : (i.daysLeft ?? 0) > NEAR_DAYS ? 'info' : 'warning';
}

export const aigov401: RegistryRule = {
  code: 'AIGOV401',
  slug: 'incident-report-due',
  defaultSeverity: 'info',
  pack: 'core',
  scope: 'registry',
  summary: 'An incident must be reported to an authority by a deadline',
  description: `For each incident that is not closed, the limit is computed from \`detected\`, the day the provider or deployer became aware of it, and \`severity\`, as in EU AI Act Art 73(2)–(5): report immediately once a causal link with the system (or its reasonable likelihood) is established, and at the latest 15 days after becoming aware (assumed when no severity is set), 10 days for a death, 2 days for a widespread infringement or a critical-infrastructure disruption. A \`minor\` incident is not a serious incident and has no limit. A period whose last day is a Saturday or a Sunday runs to the end of the next working day (Reg 1182/71 Art 3(4)); public holidays are not known to aigov, so it never counts them. An incident with no \`reported\` date is reported until it is closed; one whose \`reported\` date is after the limit is reported as late.

Art 73 binds providers of high-risk systems in the EU (a component that lists no \`jurisdictions\` counts, as in the packs) from the system's high-risk date: ${EU_HR_ANNEX_III_FROM} for Annex III systems, ${EU_HR_ANNEX_I_FROM} for Annex I systems, later under Art 111(2) for a system placed on the market before that date (the same date function as the EU pack's high-risk rules), and only for incidents the provider becomes aware of from that date. Where it binds, the finding says "immediately; at the latest by …" and is a warning from the day of awareness up to and including the last day (never an error before that day has passed, so a weekend never makes it one), an error once it has passed, and a warning for a late report. Where it does not bind, the message starts with "Good practice:" and says why. Before the system's high-risk date it is a readiness note: info, whatever the severity settings. Otherwise it is info while more than ${NEAR_DAYS} days are left and a warning from then on, never an error, and info for a late report.`,
  citation: ART_73,
  appliesFrom: EU_HR_ANNEX_III_FROM,
  check(ctx) {
    const reg = ctx.registry;
    for (const c of reg.components) {
      for (const i of incidentsOf(c, ctx.today)) {
        const kind: Kind | undefined = i.state === 'due' || i.state === 'overdue' ? i.state : i.state === 'reported' && i.lateBy !== undefined && i.lateBy > 0 ? 'late' : undefined;
        if (!kind) continue;
        const pending = pendingFrom(i, ctx.today);
        ctx.report({
          file: reg.path,
          range: reg.locate(incidentPath(c, i.index, 'id'), 'value'),
          ...message(c.id, i, kind),
          severity: severityOf(i, kind, pending),
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
            ...(pending ? { appliesFrom: pending } : {}),
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
