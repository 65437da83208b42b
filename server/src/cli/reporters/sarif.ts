import { localizedMessage, type Locale } from '../../core/i18n/messages.js';
import { encodeNameBytes } from '../../core/text/shown-path.js';
import type { CheckRun } from '../results.js';
import { FINGERPRINT_KEY } from '../baseline.js';
import { DOCS_BASE_URL, docsUrl } from '../../core/docs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/**
 * A relative POSIX path as an RFC 3986 relative reference: every character outside the
 * unreserved set and a few sub-delimiters is percent-encoded in UTF-8, so `#`, `?`, `%`, spaces
 * and non-ASCII names stay part of the path (and a `:` in the first segment is no scheme).
 */
export function pathToUri(p: string): string {
  return p
    .split('/')
    .map((seg) =>
      // A name that is not UTF-8: its very bytes (`nameOfBytes`). Another lone surrogate cannot be
      // a file's name; it is replaced as a UTF-8 encoder would.
      encodeNameBytes(seg, (plain) => encodeURIComponent(plain.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))),
    )
    .join('/');
}

/**
 * SARIF 2.1.0 for GitHub code scanning: 1-based regions in UTF-16 columns, stable fingerprints.
 * The rule descriptions stay English; each result's message is in `locale`, with the English
 * message kept in its properties when that differs, and each rule links its page in `locale`.
 */
export function formatSarif(run: CheckRun, version: string, docsBase = DOCS_BASE_URL, locale: Locale = 'en'): string {
  const rules = run.rules.map((r) => ({
    id: r.code,
    name: r.slug,
    shortDescription: { text: r.summary },
    fullDescription: { text: r.description },
    help: { text: `${r.summary}. ${r.description}`, markdown: `**${r.code} ${r.slug}**\n\n${r.description}\n\n[Documentation](${docsUrl(r.code, locale, docsBase)})` },
    helpUri: docsUrl(r.code, locale, docsBase),
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: {
      tags: ['ai-governance', r.pack],
      ...(r.citation ? { citation: `${r.citation.framework} ${r.citation.article}${r.citation.unverified ? ' (unverified)' : ''}` } : {}),
    },
  }));
  const index = new Map(run.rules.map((r, i) => [r.code, i]));
  const results = run.findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code) ?? 0,
    level: LEVEL[f.severity],
    message: { text: localizedMessage(f, locale) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.displayPath), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    baselineState: f.isNew ? 'new' : 'unchanged',
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: { uri: pathToUri(r.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1 },
            },
          })),
        }
      : {}),
    properties: { contentFingerprint: f.contentFingerprint, ...(f.citation ? { citation: f.citation } : {}), ...(locale !== 'en' ? { englishMessage: f.message } : {}) },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aigov', semanticVersion: version, informationUri: DOCS_BASE_URL.replace(/\/blob\/main\/docs\/rules\/$/, ''), rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The top of the git repository holding the checked folder (the folder itself outside a repository, or --root).' } } },
        results,
        invocations: [{ executionSuccessful: true }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
