import type { Severity } from '../core/finding.js';
import type { CheckRun, ReportedFinding } from '../cli/results.js';
import { pushAll } from '../core/arrays.js';
import { localizedMessage, type Locale } from '../core/i18n/messages.js';
import { reportWords, type Words } from '../core/report/words.js';

/**
 * Markdown text from user content (messages name components, paths and ids from the
 * repository): the characters Markdown or GitHub's renderer could read as syntax (emphasis, code,
 * links, tables, strike-through, math) are escaped with a backslash, HTML is written as text, and
 * line breaks become spaces (a table cell is one line).
 */
function mdText(s: string): string {
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

interface SummaryInput {
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
  /** The language of the summary (the Action's `locale` input); English by default. */
  locale?: Locale;
}

const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const ICON: Record<Severity, string> = { error: '🛑', warning: '⚠️', info: 'ℹ️', hint: '💡' };

function label(w: Words, sev: Severity): string {
  return `${ICON[sev]} ${w.severity(sev)}`;
}

function row(cellsOf: readonly string[]): string {
  return `| ${cellsOf.join(' | ')} |`;
}

/** The line that fails the step: how many new findings, and the threshold. */
export function failureLine(count: number, failOn: Severity, locale: Locale = 'en'): string {
  const w = reportWords(locale);
  return w.t('action.failed', { count, level: w.severity(failOn) });
}

/** The job summary of a check, as GitHub renders it on the run's page, in the run's language. */
export function formatSummary(s: SummaryInput): string {
  const locale = s.locale ?? 'en';
  const w = reportWords(locale);
  const { t } = w;
  const all = s.run.findings;
  const fresh = all.filter((f) => f.isNew);
  const out: string[] = [`## ${t('action.title')}`, ''];
  const short = (sha: string): string => (/^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha);
  const ref = s.baseline?.ref;
  const commit = s.baseline?.commit;
  const against = ref
    ? commit && !ref.startsWith(commit) && !commit.startsWith(ref)
      ? t('action.againstMergeBase', { ref: mdText(short(ref)), commit: mdText(short(commit)) })
      : t('action.against', { ref: mdText(short(ref)) })
    : s.baseline?.file
      ? t('action.againstFile', { file: mdText(s.baseline.file) })
      : '';
  const verdict = `${s.failed ? '❌' : '✅'} **${t('action.newFindings', { count: fresh.length })}**${against}`;
  const failOn = s.failOn === 'never' ? t('action.failOnNever') : t('action.failOn', { level: w.severity(s.failOn) });
  out.push([verdict, t('action.allFindings', { count: all.length }), t('action.asOf', { today: mdText(w.date(s.run.today)) }), failOn].join(' · '), '');
  out.push(row([t('action.severity'), t('action.new'), t('action.all')]), '| --- | ---: | ---: |');
  for (const sev of ORDER) {
    const n = all.filter((f) => f.severity === sev).length;
    if (n === 0 && (sev === 'hint' || sev === 'info')) continue;
    out.push(row([label(w, sev), String(fresh.filter((f) => f.severity === sev).length), String(n)]));
  }
  out.push('');
  if (s.baseline) {
    out.push(`### ${t('action.newHeading')}`, '');
    if (fresh.length === 0) {
      out.push(t('action.noneNew'), '');
    } else {
      pushAll(out, findingTable(fresh, s, w)).push('');
    }
  } else if (all.length > 0) {
    out.push(`### ${t('action.allHeading')}`, '', t('action.noBase'), '');
    pushAll(out, findingTable(all, s, w)).push('');
  }
  if (s.touched) {
    out.push(`### ${t('action.touchedHeading')}`, '');
    if (s.touched.length === 0) out.push(t('action.noneTouched'), '');
    else {
      out.push(row([t('action.component'), t('action.risk'), t('action.registry'), t('action.changedFiles'), t('action.entryEdited')]), '| --- | --- | --- | ---: | :---: |');
      for (const c of s.touched) {
        out.push(row([`**${mdText(c.id)}**${c.name ? ` ${mdText(c.name)}` : ''}`, mdText(c.risk ?? t('action.riskUnset')), mdText(c.registry), String(c.files), c.entryEdited ? t('action.yes') : '']));
      }
      out.push('');
    }
    if (s.uncovered && s.uncovered.length > 0) {
      const list = s.uncovered.slice(0, 10).map((p) => mdText(p)).join(w.comma);
      const more = s.uncovered.length - 10;
      out.push(more > 0 ? t('action.uncoveredMore', { list, count: more }) : t('action.uncovered', { list }), '');
    }
  }
  if (s.sarifFile) out.push(t('action.sarif', { file: mdText(s.sarifFile) }), '');
  return `${out.join('\n')}\n`;
}

function findingTable(list: readonly ReportedFinding[], s: SummaryInput, w: Words): string[] {
  const { t } = w;
  const max = s.maxRows ?? 50;
  const sorted = [...list].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : a.range.start.line - b.range.start.line));
  const rows = [row([t('action.severity'), t('action.rule'), t('action.where'), t('action.message')]), '| --- | --- | --- | --- |'];
  for (const f of sorted.slice(0, max)) {
    const line = f.range.start.line + 1;
    const where = `${mdText(f.displayPath)}:${line}`;
    const whereCell = s.lineUrl ? `[${where}](${mdUrl(s.lineUrl(f.displayPath, line))})` : where;
    rows.push(row([label(w, f.severity), `[${mdText(f.code)}](${mdUrl(s.docsUrl(f.code))})`, whereCell, mdText(localizedMessage(f, w.locale))]));
  }
  if (sorted.length > max) rows.push('', t('action.more', { count: sorted.length - max }));
  return rows;
}
