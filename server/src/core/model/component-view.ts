import { asIsoDate, reviewOverdueSince } from '../dates.js';
import type { ComponentEntry } from '../manifest/registry.js';
import { resolveFrom } from '../paths.js';
import { getField } from './doc-paths.js';
import type { DraftInfo } from './drafts.js';

/**
 * What the language server (hovers, code lenses, trees) and the report say about a component,
 * computed in one place: the state of its assessments, who to reach (with the organisation
 * defaults it inherits) and whether an incident is still open. Pure: no I/O, no clock.
 */

/**
 * Incident statuses after which nobody needs to act on the incident any more (SPEC: `open |
 * investigating | mitigated | closed`). A mitigated incident is no longer open; its Art 73 report,
 * when one is due, is still tracked until it is made (AIGOV401 reads `reported`, not the status).
 */
const SETTLED_INCIDENT_STATUSES: ReadonlySet<string> = new Set(['mitigated', 'closed']);

/** An incident is open unless its status is `mitigated` or `closed`; no status means open. */
export function isOpenIncident(status: string | undefined): boolean {
  return status === undefined || !SETTLED_INCIDENT_STATUSES.has(status);
}

export type AssessmentKind = 'risk' | 'impact';

interface AssessmentView {
  /**
   * 'overdue' when `next_review`, or `date` plus the policy's review interval, is before today;
   * 'draft' while the linked document is still an unfilled template (it wins over the others).
   */
  state: 'ok' | 'overdue' | 'missing' | 'undated' | 'draft';
  /** The document path as written, relative to the registry's folder. */
  path?: string;
  date?: string;
  nextReview?: string;
  /** The review date that has passed (state 'overdue'). */
  due?: string;
  /** State 'draft': how many sections still say TODO. */
  todo?: number;
}

/** Which documents are still unfilled templates, by workspace path (ProjectModel.draftOf). */
type DraftLookup = (path: string) => DraftInfo | undefined;

const ASSESSMENT_FIELD: Record<AssessmentKind, string> = { risk: 'risk.assessment', impact: 'impact_assessment' };

/**
 * The risk assessment (`risk.assessment`) or the impact assessment (`impact_assessment`, which has
 * no `next_review`) on `today`; with `draftOf`, a linked unfilled template is a 'draft'.
 */
export function assessmentOf(c: ComponentEntry, kind: AssessmentKind, today: string, draftOf?: DraftLookup): AssessmentView {
  const base = ASSESSMENT_FIELD[kind];
  const raw = getField(c.raw, `${base}.path`);
  const path = typeof raw === 'string' && raw.trim() ? raw : undefined;
  const date = asIsoDate(getField(c.raw, `${base}.date`));
  const nextReview = kind === 'risk' ? asIsoDate(getField(c.raw, `${base}.next_review`)) : undefined;
  const due = reviewOverdueSince(date, nextReview, c.registry.data?.policy?.review_interval_days, today);
  const target = path !== undefined && draftOf ? resolveFrom(c.registry.dir, path) : undefined;
  const draft = target !== undefined ? draftOf?.(target) : undefined;
  const state = draft ? 'draft' : due !== undefined ? 'overdue' : path === undefined ? 'missing' : date === undefined ? 'undated' : 'ok';
  const view: AssessmentView = { state, ...(path !== undefined ? { path } : {}), ...(date ? { date } : {}), ...(nextReview ? { nextReview } : {}), ...(due ? { due } : {}) };
  if (draft) view.todo = draft.sections.length;
  return view;
}

export interface ContactView {
  /** 'owner', 'incident', 'escalation', 'provider', 'legal_rep', 'privacy' or 'oversight'. */
  role: string;
  value: string;
  /** Taken from the registry's `organization` defaults. */
  inherited: boolean;
}

const CONTACT_ROLES = ['incident', 'escalation', 'provider', 'legal_rep', 'privacy'] as const;

/**
 * Who to reach about a component: its owner, then each contact role in a fixed order, the
 * component's own value else the organisation default, then the human-oversight assignee (never
 * inherited). The one reading of contact inheritance.
 */
export function contactsOf(c: ComponentEntry): { owner?: ContactView; contacts: ContactView[] } {
  const org = c.registry.data?.organization;
  const own: Partial<Record<string, string>> = c.data.contacts ?? {};
  const defaults: Partial<Record<string, string>> = org?.contacts ?? {};
  const contacts: ContactView[] = [];
  for (const role of CONTACT_ROLES) {
    const mine = own[role];
    const inherited = defaults[role];
    if (mine) contacts.push({ role, value: mine, inherited: false });
    else if (inherited) contacts.push({ role, value: inherited, inherited: true });
  }
  const assignee = c.data.human_oversight?.assignee;
  if (assignee) contacts.push({ role: 'oversight', value: assignee, inherited: false });
  const owner = c.data.owner ? { role: 'owner', value: c.data.owner, inherited: false } : org?.owner ? { role: 'owner', value: org.owner, inherited: true } : undefined;
  return { ...(owner ? { owner } : {}), contacts };
}
