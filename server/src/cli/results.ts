import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Engine } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { fingerprints, hash64 } from '../core/fingerprint.js';
import type { Rule } from '../core/rules/types.js';
import type { SourceFile } from '../core/text/source-file.js';
import { gitText, mayBeInWorkTree } from '../node/git.js';
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
export function contentFingerprint(f: Pick<Finding, 'code' | 'data'>, lineText: string): string {
  const id = typeof f.data?.id === 'string' ? f.data.id : '';
  const field = typeof f.data?.field === 'string' ? f.data.field : '';
  return hash64([f.code, lineText, id, field].join('\u0000'));
}

/**
 * Where each checked folder sits below the run's base, as a POSIX prefix ('' for the base
 * itself). The base is `root` when given; else the top of the git work tree holding the folders
 * (the folder itself outside a repository); else, when the folders have different bases, the
 * folder holding all of those. It never depends on the directory aigov runs in.
 */
export async function basePrefixes(dirs: readonly string[], root?: string): Promise<string[]> {
  const real = await Promise.all(dirs.map((d) => fs.realpath(d).catch(() => path.resolve(d))));
  if (root !== undefined) {
    const base = await fs.realpath(root).catch(() => {
      throw usage('cli.rootNotAFolder', { root });
    });
    return real.map((d, i) => {
      const rel = path.relative(base, d);
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw usage('cli.rootOutside', { root, folder: dirs[i] ?? '' });
      return toPosix(rel);
    });
  }
  const tops = await Promise.all(
    real.map(async (d) => {
      const top = mayBeInWorkTree(d) ? await gitText(d, ['rev-parse', '--show-toplevel']) : undefined;
      return top ? await fs.realpath(top).catch(() => top) : d;
    }),
  );
  const base = tops.every((t) => t === tops[0]) ? tops[0]! : commonAncestor(tops);
  return real.map((d) => toPosix(path.relative(base, d)));
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
export function fingerprintsAt(findings: readonly ReportedFinding[], pathOf: (f: ReportedFinding) => string): string[] {
  // Only what a fingerprint reads, in one shape: a spread of findings of many shapes (as a cache
  // parses them) is copied by V8's runtime, ~15 µs each.
  const moved = findings.map((f) => ({ code: f.code, file: pathOf(f), data: f.data, lineText: f.lineText }));
  return fingerprints(moved, (f) => f.lineText);
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
 * Collects findings of one engine, with paths below `prefix` and stable fingerprints. A finding's
 * line comes from the text kept while indexing, or the lines a cache kept of a file it spared
 * reading, or else (a line the cache did not keep) from the file, read now.
 */
export async function collect(engine: Engine, prefix: string): Promise<ReportedFinding[]> {
  const findings = engine.findings();
  // Files whose facts came from a cache without one of their findings' lines: read them now.
  const read = new Map<string, SourceFile | undefined>();
  for (const f of findings) {
    const facts = engine.factsOf(f.file);
    if (facts && !facts.source && facts.lines && facts.lines[f.range.start.line] === undefined && !read.has(f.file)) read.set(f.file, undefined);
  }
  for (const p of read.keys()) read.set(p, await engine.sourceOf(p));
  const lineTextOf = (f: Finding): string => {
    const facts = engine.factsOf(f.file);
    const line = f.range.start.line;
    const src = facts?.source ?? read.get(f.file);
    if (src) return src.lineIndex.lineText(line);
    return facts?.lines?.[line] ?? '';
  };
  const found: ReportedFinding[] = findings.map((f) => {
    const lineText = lineTextOf(f).trim();
    const r = copyFinding(f) as ReportedFinding;
    if (f.related) r.related = f.related.map((x) => ({ ...x, file: joinPrefix(prefix, x.file) }));
    r.displayPath = joinPrefix(prefix, f.file);
    r.fingerprint = '';
    r.contentFingerprint = contentFingerprint(f, lineText);
    r.lineText = lineText;
    r.isNew = true;
    return r;
  });
  const prints = fingerprintsAt(found, (f) => f.displayPath);
  found.forEach((f, i) => (f.fingerprint = prints[i] ?? ''));
  return found;
}
