import type { Message, MessageArgs, MessageId } from './i18n/format.js';
import { compareRanges, type Range } from './text/line-index.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/**
 * Whether parsed JSON (a store's findings) has the shape of a list of findings, as far as a
 * report reads them: every field of the right type, positions whole numbers from zero.
 */
export function isFindingList(list: unknown): list is Finding[] {
  return Array.isArray(list) && list.every(isFinding);
}

function isFinding(f: unknown): boolean {
  if (!isRecord(f)) return false;
  return (
    typeof f.code === 'string' &&
    typeof f.severity === 'string' &&
    Object.hasOwn(SEVERITY_RANK, f.severity) &&
    typeof f.message === 'string' &&
    typeof f.file === 'string' &&
    isRange(f.range) &&
    (f.messageId === undefined || typeof f.messageId === 'string') &&
    (f.args === undefined || isRecord(f.args)) &&
    (f.count === undefined || typeof f.count === 'number') &&
    (f.data === undefined || isRecord(f.data)) &&
    (f.citation === undefined || (isRecord(f.citation) && typeof f.citation.framework === 'string' && typeof f.citation.article === 'string')) &&
    (f.tags === undefined || (Array.isArray(f.tags) && f.tags.every((t) => t === 'unnecessary' || t === 'deprecated'))) &&
    (f.related === undefined || (Array.isArray(f.related) && f.related.every((r) => isRecord(r) && typeof r.file === 'string' && typeof r.message === 'string' && isRange(r.range))))
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRange(r: unknown): boolean {
  return isRecord(r) && isPosition(r.start) && isPosition(r.end);
}

function isPosition(p: unknown): boolean {
  return isRecord(p) && Number.isSafeInteger(p.line) && (p.line as number) >= 0 && Number.isSafeInteger(p.character) && (p.character as number) >= 0;
}

export interface Citation {
  framework: string;
  article: string;
  /** The source marks this point unverified: cited for information only. */
  unverified?: boolean;
}

export interface RelatedLocation extends Partial<Message> {
  file: string;
  range: Range;
  /** In English; `messageId` and `args` give it in other locales. */
  message: string;
}

/** One result of the analysis. Plain data: serialisable, stable, sorted by file/range/code. */
export interface Finding {
  code: string;
  severity: Severity;
  /** In English (JSON, SARIF, fingerprints); `messageId`, `args` and `count` give it in other locales. */
  message: string;
  messageId?: MessageId;
  args?: MessageArgs;
  count?: number;
  /** Workspace-relative POSIX path. */
  file: string;
  range: Range;
  /** JSON data that fix builders read; never functions or model objects. */
  data?: Record<string, unknown>;
  citation?: Citation;
  tags?: ('unnecessary' | 'deprecated')[];
  related?: RelatedLocation[];
}

/** A text edit or a new file. */
export type FileEdit =
  | {
      kind: 'replace';
      file: string;
      range: Range;
      newText: string;
      /**
       * Where in `newText` the user writes next (an offset), e.g. the reason of a suppression: an
       * editor that takes snippet edits puts the cursor there. The text written is the same.
       */
      cursor?: number;
    }
  | { kind: 'create'; file: string; text: string };

export interface FixProposal {
  title: string;
  code: string;
  isPreferred?: boolean;
  /** A suppression hides the finding instead of fixing it: never preferred, never applied unasked. */
  kind?: 'suppress';
  /** Safe to apply unattended by `aigov fix`. */
  safe: boolean;
  edits: FileEdit[];
}

/** Sorts findings in place by file, range, code and message; answers them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      compareRanges(a.range, b.range) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** True when any finding is at or above the threshold. */
export function hasFindingsAtOrAbove(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
