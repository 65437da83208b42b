import type { CheckRun } from '../results.js';

const SEV_LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** Human-readable: `path:line:col  severity  CODE  message`, then a summary. */
export function formatText(run: CheckRun, opts: { color: boolean; baseline: boolean; against?: string }): string {
  const c = (code: string, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: '31', warning: '33', info: '36', hint: '90' } as const;
  const lines: string[] = [];
  for (const f of run.findings) {
    const loc = `${f.displayPath}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const mark = opts.baseline && f.isNew ? ` ${c('35', '(new)')}` : '';
    lines.push(`${loc}  ${c(sevColor[f.severity], SEV_LABEL[f.severity])}  ${f.code}  ${f.message}${mark}`);
  }
  const count = (s: string): number => run.findings.filter((f) => f.severity === s).length;
  const summary = `${run.findings.length} finding${run.findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info') + count('hint')} info)`;
  if (lines.length > 0) lines.push('');
  lines.push(opts.baseline ? `${summary}, ${run.findings.filter((f) => f.isNew).length} new against the baseline${opts.against ? ` ${opts.against}` : ''}` : summary);
  if (run.skipped.length > 0) lines.push(`${run.skipped.length} file${run.skipped.length === 1 ? '' : 's'} skipped (binary, too large, not UTF-8 or outside the workspace)`);
  return `${lines.join('\n')}\n`;
}

/** The golden format: `path:L:C-L:C CODE severity message`, sorted. */
export function formatGolden(run: CheckRun): string {
  return run.findings
    .map((f) => `${f.displayPath}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code} ${f.severity} ${f.message}`)
    .join('\n')
    .concat(run.findings.length ? '\n' : '');
}
