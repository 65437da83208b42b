import { localizedMessage, type Locale } from '../../core/i18n/messages.js';
import { visible } from '../../core/text/visible.js';
import { shownPath } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';

/** A workflow command's text: control characters visible (the log would run an ESC sequence), then encoded. */
function esc(s: string): string {
  return visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escProp(s: string): string {
  return esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: one annotation per finding, its message in a locale. */
export function formatGithub(run: CheckRun, locale: Locale = 'en'): string {
  const kind = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;
  return run.findings
    .map((f) => {
      const r = f.range;
      const props = [
        `file=${escProp(shownPath(f.displayPath))}`,
        `line=${r.start.line + 1}`,
        `col=${r.start.character + 1}`,
        `endLine=${r.end.line + 1}`,
        `endColumn=${r.end.character + 1}`,
        `title=${escProp(f.code)}`,
      ].join(',');
      return `::${kind[f.severity]} ${props}::${esc(`${f.code}: ${localizedMessage(f, locale)}`)}\n`;
    })
    .join('');
}
