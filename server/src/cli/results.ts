import * as path from 'node:path';
import type { Engine } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { fingerprints } from '../core/fingerprint.js';
import type { Rule } from '../core/rules/types.js';

/** A finding as the CLI reports it: path relative to the working directory, with identity. */
export interface ReportedFinding extends Finding {
  /** POSIX path relative to the current directory (the repository root in CI). */
  displayPath: string;
  fingerprint: string;
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

/** Collects findings of one engine, with paths relative to `cwd` and stable fingerprints. */
export function collect(engine: Engine, root: string, cwd: string): ReportedFinding[] {
  const findings = engine.findings();
  const rel = toPosix(path.relative(cwd, root));
  const lineText = (f: Finding): string | undefined => {
    const src = engine.factsOf(f.file)?.source;
    return src ? src.lineIndex.lineText(f.range.start.line) : undefined;
  };
  const displayOf = (file: string): string => (rel === '' ? file : `${rel}/${file}`);
  const withDisplay = findings.map((f) => ({ ...f, file: f.file }));
  const prints = fingerprints(
    withDisplay.map((f) => ({ ...f, file: displayOf(f.file) })),
    (f) => lineText({ ...f, file: f.file.slice(rel === '' ? 0 : rel.length + 1) }),
  );
  return withDisplay.map((f, i) => ({ ...f, displayPath: displayOf(f.file), fingerprint: prints[i] ?? '', isNew: true }));
}
