/** Calendar dates as 'YYYY-MM-DD' strings, compared in UTC. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Accepts a Date (the yaml parser may produce one) or a date string; undefined otherwise. */
export function asIsoDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return toIsoDate(v);
  if (typeof v === 'string' && isIsoDate(v)) return v;
  return undefined;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/**
 * The day an assessment fell due for review, when that is before `today` (AIGOV104): its
 * `next_review`, or else its `date` plus the policy's review interval. Undefined when not due.
 */
export function reviewOverdueSince(date: string | undefined, nextReview: string | undefined, intervalDays: number | undefined, today: string): string | undefined {
  const due = nextReview ?? (date !== undefined && intervalDays !== undefined ? addDays(date, intervalDays) : undefined);
  return due !== undefined && due < today ? due : undefined;
}

/** b - a in whole days. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The English name of the day of the week of a date. */
export function weekday(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The last day of a period of whole days that ends on `end`: a period whose last day is a Saturday
 * or a Sunday runs to the end of the next working day (Reg (EEC, Euratom) No 1182/71, Art 3(4)).
 * Public holidays, which the same article also extends, are not known here.
 */
export function periodEnd(end: string): string {
  if (!isIsoDate(end)) return end;
  const day = new Date(`${end}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(end, 2) : day === 0 ? addDays(end, 1) : end;
}

export function todayIso(): string {
  return toIsoDate(new Date());
}

/**
 * The date a run is pinned to (`--today`, else the AIGOV_TODAY environment variable); undefined
 * when neither is given, for the current date. The one reading of both, for the CLI and the
 * language server alike: a value that is not a date written YYYY-MM-DD is an error, never dropped.
 */
export function pinnedToday(flag: string | undefined, env: string | undefined): { today?: string; error?: string } {
  const v = flag ?? env;
  if (v === undefined || v === '') return {};
  if (!isIsoDate(v)) return { error: `--today must be a date written YYYY-MM-DD, got '${v}'` };
  return { today: v };
}
