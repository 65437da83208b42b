import type { Severity } from '../../core/finding.js';
import { shownPath } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';

/** GitLab's scale: info, minor, major, critical (and blocker, which aigov never claims). */
const SEVERITY: Record<Severity, string> = { hint: 'info', info: 'minor', warning: 'major', error: 'critical' };

/**
 * GitLab Code Quality (a subset of the Code Climate issue format), which the merge-request
 * widget compares between the base and the head pipeline by `fingerprint`: one issue per finding.
 */
export function formatCodeQuality(run: CheckRun): string {
  const issues = run.findings.map((f) => ({
    type: 'issue',
    check_name: f.code,
    description: `${f.code}: ${f.message}`,
    severity: SEVERITY[f.severity],
    fingerprint: f.fingerprint,
    location: { path: shownPath(f.displayPath), lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
