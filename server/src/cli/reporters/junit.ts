import { localizedMessage, type Locale } from '../../core/i18n/messages.js';
import { visible } from '../../core/text/visible.js';
import { shownPath } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';

/**
 * Text for XML content and attribute values: characters XML 1.0 forbids (control characters, lone
 * surrogates) are written as visible escapes first, then the markup characters as entities.
 */
function x(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JUnit XML: one test case per rule; each finding at error or warning is a failure (its message in a locale). */
export function formatJunit(run: CheckRun, locale: Locale = 'en'): string {
  const cases: string[] = [];
  let failures = 0;
  for (const rule of run.rules) {
    const fs = run.findings.filter((f) => f.code === rule.code && (f.severity === 'error' || f.severity === 'warning'));
    if (fs.length === 0) {
      cases.push(`    <testcase classname="aigov.${x(rule.pack)}" name="${x(`${rule.code} ${rule.slug}`)}"/>`);
      continue;
    }
    for (const f of fs) {
      failures++;
      const loc = `${shownPath(f.displayPath)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const message = localizedMessage(f, locale);
      cases.push(
        `    <testcase classname="aigov.${x(rule.pack)}" name="${x(`${rule.code} ${rule.slug} ${loc}`)}" file="${x(shownPath(f.displayPath))}">\n      <failure type="${f.severity}" message="${x(message)}">${x(`${loc} ${message}`)}</failure>\n    </testcase>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aigov" tests="${cases.length}" failures="${failures}">\n  <testsuite name="aigov check" tests="${cases.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
