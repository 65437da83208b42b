import type { Severity } from '../core/finding.js';
import type { CheckRun, ReportedFinding } from '../cli/results.js';
import { pushAll } from '../core/arrays.js';

/**
 * Markdown text from user content (messages name components, paths and ids from the
 * repository): the characters Markdown or GitHub's renderer could read as syntax (emphasis, code,
 * links, tables, strike-through, math) are escaped with a backslash, HTML is written as text, and
 * line breaks become spaces (a table cell is one line).
 */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A URL for a Markdown link target: no spaces, parentheses or angle brackets left raw. */
function mdUrl(u: string): string {
  return u.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export interface TouchedComponent {
  id: string;
  name?: string;
  risk?: string;
  registry: string;
  /** Changed files it covers. */
  files: number;
  /** Its entry in the registry was edited. */
  entryEdited: boolean;
}

export interface SummaryInput {
  run: CheckRun;
  /** The ref and merge-base the findings were judged against, if any. */
  baseline?: { ref?: string; commit?: string; file?: string };
  failOn: Severity | 'never';
  /** True when the step fails on the new findings. */
  failed: boolean;
  /** Link to a line of a file as checked; undefined when the repository is unknown. */
  lineUrl?: (path: string, line: number) => string;
  docsUrl: (code: string) => string;
  /** Components whose files or registry entries the change touched (undefined: no base). */
  touched?: TouchedComponent[];
  /** Changed files that no component covers. */
  uncovered?: string[];
  sarifFile?: string;
  /** Rows of the table of new findings, at most (the rest is counted). */
  maxRows?: number;
}

const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const LABEL: Record<Severity, string> = { error: '🛑 error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The job summary of a check, as GitHub renders it on the run's page. */
export function formatSummary(s: SummaryInput): string {
  const all = s.run.findings;
  const fresh = all.filter((f) => f.isNew);
  const out: string[] = ['## aigov: AI governance check', ''];
  const short = (sha: string): string => (/^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha);
  const ref = s.baseline?.ref;
  const commit = s.baseline?.commit;
  const against = ref
    ? ` against ${mdText(short(ref))}${commit && !ref.startsWith(commit) && !commit.startsWith(ref) ? ` (merge-base ${mdText(short(commit))})` : ''}`
    : s.baseline?.file
      ? ` against the baseline ${mdText(s.baseline.file)}`
      : '';
  const verdict = s.failed ? `❌ **${plural(fresh.length, 'new finding')}**${against}` : `✅ **${plural(fresh.length, 'new finding')}**${against}`;
  out.push(`${verdict} · ${plural(all.length, 'finding')} in all · dates as of ${mdText(s.run.today)} · fails on new findings at ${s.failOn === 'never' ? 'no level' : `${s.failOn} or above`}`, '');
  out.push('| Severity | New | All |', '| --- | ---: | ---: |');
  for (const sev of ORDER) {
    const n = all.filter((f) => f.severity === sev).length;
    if (n === 0 && (sev === 'hint' || sev === 'info')) continue;
    out.push(`| ${LABEL[sev]} | ${fresh.filter((f) => f.severity === sev).length} | ${n} |`);
  }
  out.push('');
  if (s.baseline) {
    out.push('### New findings', '');
    if (fresh.length === 0) {
      out.push('None: this change adds no finding.', '');
    } else {
      pushAll(out, findingTable(fresh, s)).push('');
    }
  } else if (all.length > 0) {
    out.push('### Findings', '', 'No base to compare with: every finding counts as new.', '');
    pushAll(out, findingTable(all, s)).push('');
  }
  if (s.touched) {
    out.push('### Components touched', '');
    if (s.touched.length === 0) out.push('No registered component covers a changed file or had its entry edited.', '');
    else {
      out.push('| Component | Risk | Registry | Changed files | Entry edited |', '| --- | --- | --- | ---: | :---: |');
      for (const c of s.touched) {
        out.push(`| **${mdText(c.id)}**${c.name ? ` ${mdText(c.name)}` : ''} | ${mdText(c.risk ?? 'not set')} | ${mdText(c.registry)} | ${c.files} | ${c.entryEdited ? 'yes' : ''} |`);
      }
      out.push('');
    }
    if (s.uncovered && s.uncovered.length > 0) {
      const shown = s.uncovered.slice(0, 10).map((p) => mdText(p)).join(', ');
      out.push(`Changed files no component covers: ${shown}${s.uncovered.length > 10 ? `, and ${s.uncovered.length - 10} more` : ''}.`, '');
    }
  }
  if (s.sarifFile) out.push(`SARIF: ${mdText(s.sarifFile)} (upload it with github/codeql-action/upload-sarif for code scanning).`, '');
  return `${out.join('\n')}\n`;
}

function findingTable(list: readonly ReportedFinding[], s: SummaryInput): string[] {
  const max = s.maxRows ?? 50;
  const sorted = [...list].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : a.range.start.line - b.range.start.line));
  const rows = ['| Severity | Rule | Where | Message |', '| --- | --- | --- | --- |'];
  for (const f of sorted.slice(0, max)) {
    const line = f.range.start.line + 1;
    const where = `${mdText(f.displayPath)}:${line}`;
    const whereCell = s.lineUrl ? `[${where}](${mdUrl(s.lineUrl(f.displayPath, line))})` : where;
    rows.push(`| ${LABEL[f.severity]} | [${mdText(f.code)}](${mdUrl(s.docsUrl(f.code))}) | ${whereCell} | ${mdText(f.message)} |`);
  }
  if (sorted.length > max) rows.push('', `…and ${sorted.length - max} more: see the SARIF file or the annotations.`);
  return rows;
}
