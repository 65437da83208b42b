import type { CheckRun } from '../results.js';

export function formatJson(run: CheckRun): string {
  return `${JSON.stringify(
    {
      tool: 'aigov',
      version: 1,
      today: run.today,
      findings: run.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        path: f.displayPath,
        range: f.range,
        fingerprint: f.fingerprint,
        new: f.isNew,
        ...(f.citation ? { citation: f.citation } : {}),
        ...(f.data ? { data: f.data } : {}),
      })),
      skipped: run.skipped,
    },
    null,
    2,
  )}\n`;
}
