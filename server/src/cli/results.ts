import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { Engine } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { fingerprints, hash64 } from '../core/fingerprint.js';
import type { Rule } from '../core/rules/types.js';
import type { SourceFile } from '../core/text/source-file.js';
import { mayBeInWorkTree } from '../node/git.js';
import { Repositories } from '../node/repository.js';
import { usage } from './args.js';

/**
 * A finding as the CLI reports it. Its path is relative to the run's base (see `basePrefixes`),
 * never to the directory aigov runs in, so that a result made from anywhere matches another.
 */
export interface ReportedFinding extends Finding {
  /** POSIX path relative to the base: the top of the git repository, else the checked folder. */
  displayPath: string;
  /** Identity: code, path, the trimmed text of the finding's line, its id and field; never the line number. */
  fingerprint: string;
  /** The same identity without the path (no occurrence counter): matches a finding whose file moved. */
  contentFingerprint: string;
  /** The trimmed text of the finding's first line: what older baselines are matched by again. */
  lineText: string;
  /** True when absent from the baseline (or when no baseline was given). */
  isNew: boolean;
}

export interface CheckRun {
  findings: ReportedFinding[];
  rules: readonly Rule[];
  roots: string[];
  skipped: { path: string; reason: string }[];
  today: string;
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `prefix/file`, or `file` when the prefix is empty. */
export function joinPrefix(prefix: string, file: string): string {
  return prefix === '' ? file : `${prefix}/${file}`;
}

/** Path-free identity of a finding: what stays when its file is moved or renamed. */
export function contentFingerprint(f: Pick<Finding, 'code' | 'data'>, lineText: string, hash: (s: string) => string = hash64): string {
  const id = typeof f.data?.id === 'string' ? f.data.id : '';
  const field = typeof f.data?.field === 'string' ? f.data.field : '';
  return hash([f.code, lineText, id, field].join('\u0000'));
}

/**
 * Where each checked folder sits below the run's base, as a POSIX prefix ('' for the base
 * itself). The base is `root` when given; else the top of the git work tree holding the folders
 * (the folder itself outside a repository); else, when the folders have different bases, the
 * folder holding all of those. It never depends on the directory aigov runs in.
 */
export async function basePrefixes(dirs: readonly string[], root?: string, repositories = new Repositories()): Promise<string[]> {
  const real = dirs.map((d) => realPath(d) ?? path.resolve(d));
  if (root !== undefined) {
    const base = realPath(root);
    if (base === undefined) throw usage('cli.rootNotAFolder', { root });
    return real.map((d, i) => {
      const rel = path.relative(base, d);
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw usage('cli.rootOutside', { root, folder: dirs[i] ?? '' });
      return toPosix(rel);
    });
  }
  const tops = await Promise.all(
    real.map(async (d, i) => {
      // Asked of the folder as given: the check asks the same of it for git's content ids.
      const top = mayBeInWorkTree(d) ? (await repositories.of(dirs[i] ?? d))?.top : undefined;
      return top ? (realPath(top) ?? top) : d;
    }),
  );
  const base = tops.every((t) => t === tops[0]) ? tops[0]! : commonAncestor(tops);
  return real.map((d) => toPosix(path.relative(base, d)));
}

/**
 * The real path of `p` (the system's own `realpath`, as `fs.promises.realpath` asks it), or
 * undefined. Synchronous: a check of a few folders does not need `fs.promises`, whose loading
 * (with the modules it pulls in) is a measurable part of a check of an empty folder.
 */
function realPath(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

function commonAncestor(paths: readonly string[]): string {
  let base = paths[0] ?? path.sep;
  for (const p of paths) {
    while (path.relative(base, p).startsWith('..')) base = path.dirname(base);
  }
  return base;
}

/**
 * Fingerprints of findings as if each were reported at `pathOf(f)`: what a run made with other
 * paths (an older baseline) would have given them.
 */
export function fingerprintsAt(findings: readonly ReportedFinding[], pathOf: (f: ReportedFinding) => string, hash: (s: string) => string = hash64): string[] {
  // Only what a fingerprint reads, in one shape: the report's copies keep the many shapes of the
  // findings a cache parses, and reading them in one place is slower than this copy.
  const moved = findings.map((f) => ({ code: f.code, file: pathOf(f), data: f.data, lineText: f.lineText }));
  return fingerprints(moved, (f) => f.lineText, hash);
}

/** Every field of a finding: the type checker says when one is added. */
const FINDING_FIELDS = Object.keys({
  code: true,
  severity: true,
  message: true,
  messageId: true,
  args: true,
  count: true,
  file: true,
  range: true,
  data: true,
  citation: true,
  tags: true,
  related: true,
} satisfies Record<keyof Finding, true>) as (keyof Finding)[];

/**
 * A copy of a finding's fields that are set. Field by field rather than a spread: findings a
 * cache parsed from JSON come in many shapes, and V8 spreads those one by one in its runtime
 * (measured: ~15 µs a finding, against well under 1 µs).
 */
function copyFinding(f: Finding): Finding {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_FIELDS) {
    const v = f[k];
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as Finding;
}

/**
 * The trimmed text of each finding's line: from the text kept while indexing, or the lines a
 * cache kept of a file it spared reading, or else (a line the cache did not keep) from the file,
 * read now.
 */
async function lineTexts(engine: Engine, findings: readonly Finding[]): Promise<(f: Finding) => string> {
  // Files whose facts came from a cache without one of their findings' lines: read them now.
  const read = new Map<string, SourceFile | undefined>();
  for (const f of findings) {
    const facts = engine.factsOf(f.file);
    if (facts && !facts.source && facts.lines && facts.lines[f.range.start.line] === undefined && !read.has(f.file)) read.set(f.file, undefined);
  }
  for (const p of read.keys()) read.set(p, await engine.sourceOf(p));
  return (f) => {
    const facts = engine.factsOf(f.file);
    const line = f.range.start.line;
    const src = facts?.source ?? read.get(f.file);
    if (src) return src.lineIndex.lineText(line).trim();
    return (facts?.lines?.[line] ?? '').trim();
  };
}

/**
 * hash64 that remembers its answers: the check of a pull request's base fingerprints again most
 * of what the check of its head did (the same findings of the same files under the same paths).
 */
export function rememberingHash(): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let h = known.get(s);
    if (h === undefined) known.set(s, (h = hash64(s)));
    return h;
  };
}

/**
 * Collects findings of one engine, with paths below `prefix` and stable fingerprints (see
 * `lineTexts` for the line each is fingerprinted by).
 */
export async function collect(engine: Engine, prefix: string, hash: (s: string) => string = hash64): Promise<ReportedFinding[]> {
  const findings = engine.findings();
  const lineTextOf = await lineTexts(engine, findings);
  const found: ReportedFinding[] = findings.map((f) => {
    const lineText = lineTextOf(f);
    const r = copyFinding(f) as ReportedFinding;
    if (f.related) r.related = f.related.map((x) => ({ ...x, file: joinPrefix(prefix, x.file) }));
    r.displayPath = joinPrefix(prefix, f.file);
    r.fingerprint = '';
    r.contentFingerprint = contentFingerprint(f, lineText, hash);
    r.lineText = lineText;
    r.isNew = true;
    return r;
  });
  const prints = fingerprintsAt(found, (f) => f.displayPath, hash);
  found.forEach((f, i) => (f.fingerprint = prints[i] ?? ''));
  return found;
}

/** What a baseline keeps of a finding. */
export type Printed = Pick<ReportedFinding, 'code' | 'displayPath' | 'fingerprint' | 'contentFingerprint'>;

/** Of the findings of one engine, only what a baseline keeps: as `collect` gives it, without the rest. */
export async function collectPrints(engine: Engine, prefix: string, hash: (s: string) => string = hash64): Promise<Printed[]> {
  const findings = engine.findings();
  const lineTextOf = await lineTexts(engine, findings);
  const shown = findings.map((f) => ({ code: f.code, file: joinPrefix(prefix, f.file), data: f.data, lineText: lineTextOf(f) }));
  const prints = fingerprints(shown, (f) => f.lineText, hash);
  return shown.map((f, i) => ({ code: f.code, displayPath: f.file, fingerprint: prints[i] ?? '', contentFingerprint: contentFingerprint(f, f.lineText, hash) }));
}
