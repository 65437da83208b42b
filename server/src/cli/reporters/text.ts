import { localizedMessage, type Locale } from '../../core/i18n/messages.js';
import { ui, uiText, type UiText } from '../../core/i18n/ui.js';
import { visible } from '../../core/text/visible.js';
import { shownPath } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';

/**
 * Human-readable: `path:line:col  severity  CODE  message`, then a summary, in a locale. User text
 * has its control characters made visible. `unregistered`: the folders, as named, that no registry
 * governs although AI use was found there (first-run.ts): a line each says how to start.
 */
export function formatText(run: CheckRun, opts: { color: boolean; baseline: boolean; against?: UiText; unregistered?: readonly string[] }, locale: Locale = 'en'): string {
  const c = (code: string, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: '31', warning: '33', info: '36', hint: '90' } as const;
  const lines: string[] = [];
  for (const f of run.findings) {
    const loc = `${visible(shownPath(f.displayPath))}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const mark = opts.baseline && f.isNew ? ` ${c('35', ui(locale, 'cli.text.new'))}` : '';
    lines.push(`${loc}  ${c(sevColor[f.severity], ui(locale, `cli.severity.${f.severity}`))}  ${f.code}  ${visible(localizedMessage(f, locale))}${mark}`);
  }
  const count = (s: string): number => run.findings.filter((f) => f.severity === s).length;
  // Each count takes its own plural form ('1 error, 2 warnings').
  const summary = uiText('cli.text.summary', {
    count: run.findings.length,
    errors: uiText('cli.text.errors', { count: count('error') }),
    warnings: uiText('cli.text.warnings', { count: count('warning') }),
    infos: uiText('cli.text.infos', { count: count('info') + count('hint') }),
  });
  if (lines.length > 0) lines.push('');
  const fresh = run.findings.filter((f) => f.isNew).length;
  if (!opts.baseline) lines.push(ui(locale, summary.id, summary.args));
  // The ref is the user's text: its control characters are made visible too.
  else if (opts.against) lines.push(visible(ui(locale, 'cli.text.newAgainstRef', { summary, count: fresh, against: opts.against })));
  else lines.push(ui(locale, 'cli.text.newAgainst', { summary, count: fresh }));
  if (run.skipped.length > 0) lines.push(ui(locale, 'cli.text.skipped', { count: run.skipped.length }));
  // The folder is the user's text, as typed on the command line; in the command, one word of it.
  for (const folder of opts.unregistered ?? []) lines.push(ui(locale, 'cli.text.noRegistry', { folder: visible(folder), arg: shellWord(visible(folder)) }));
  return `${lines.join('\n')}\n`;
}

/** `s` as one word of a POSIX shell command: as it is when a shell reads it so, else in single quotes. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}

/** The golden format: `path:L:C-L:C CODE severity message`, sorted. */
export function formatGolden(run: CheckRun): string {
  return run.findings
    .map((f) => `${shownPath(f.displayPath)}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.code} ${f.severity} ${f.message}`)
    .join('\n')
    .concat(run.findings.length ? '\n' : '');
}
