import { shownPath } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';

/** Where the schema of this output is published (also shipped as schemas/aigov-report.schema.json). */
const REPORT_SCHEMA_URL = 'https://raw.githubusercontent.com/aigov-dev/aigov/main/schemas/aigov-report.schema.json';

/**
 * The JSON result (schemas/aigov-report.schema.json). Paths are relative to the run's base;
 * `line`/`column` are 1-based (columns in UTF-16 code units, as SARIF), `range` is the
 * language server's 0-based form of the same place.
 */
export function formatJson(run: CheckRun): string {
  return `${JSON.stringify(
    {
      $schema: REPORT_SCHEMA_URL,
      tool: 'aigov',
      version: 1,
      today: run.today,
      findings: run.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        path: shownPath(f.displayPath),
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        range: f.range,
        fingerprint: f.fingerprint,
        contentFingerprint: f.contentFingerprint,
        new: f.isNew,
        ...(f.citation ? { citation: f.citation } : {}),
        ...(f.related?.length
          ? { related: f.related.map((r) => ({ path: shownPath(r.file), line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message })) }
          : {}),
        ...(f.data ? { data: f.data } : {}),
      })),
      skipped: run.skipped.map((s) => ({ ...s, path: shownPath(s.path) })),
    },
    null,
    2,
  )}\n`;
}
