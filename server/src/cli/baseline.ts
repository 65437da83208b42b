import * as path from 'node:path';
import { fingerprintsAt, type Printed, type ReportedFinding } from './results.js';

export const FINGERPRINT_KEY = 'aigovFingerprint/v1';

/** One finding of an earlier run, as far as its result file tells. */
export interface BaselineEntry {
  fingerprint: string;
  /** Absent from results written before paths were made relative to the base. */
  contentFingerprint?: string;
  path?: string;
  code?: string;
}

/** A relative URI reference of an aigov SARIF result back to a POSIX path. */
function uriToPath(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || uri === '') return undefined;
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/**
 * Reads the findings of an earlier run: aigov SARIF (partialFingerprints) or aigov JSON
 * (findings[].fingerprint), from this version or an older one.
 */
export function readBaseline(text: string): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  const doc = JSON.parse(text) as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  if (Array.isArray(doc.runs)) {
    type SarifResult = { ruleId?: unknown; partialFingerprints?: Record<string, unknown>; properties?: Record<string, unknown>; locations?: { physicalLocation?: { artifactLocation?: { uri?: unknown } } }[] };
    for (const run of doc.runs as { results?: SarifResult[] }[]) {
      for (const r of run?.results ?? []) {
        const fingerprint = str(r?.partialFingerprints?.[FINGERPRINT_KEY]);
        if (!fingerprint) continue;
        const content = str(r.properties?.contentFingerprint);
        const p = uriToPath(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
        const code = str(r.ruleId);
        entries.push({ fingerprint, ...(content ? { contentFingerprint: content } : {}), ...(p ? { path: p } : {}), ...(code ? { code } : {}) });
      }
    }
  } else if (Array.isArray(doc.findings)) {
    for (const f of doc.findings as Record<string, unknown>[]) {
      const fingerprint = str(f?.fingerprint);
      if (!fingerprint) continue;
      const content = str(f.contentFingerprint);
      const p = str(f.path);
      const code = str(f.code);
      entries.push({ fingerprint, ...(content ? { contentFingerprint: content } : {}), ...(p ? { path: p } : {}), ...(code ? { code } : {}) });
    }
  } else {
    throw new Error('not an aigov SARIF or JSON result');
  }
  return entries;
}

/** The baseline entries of findings computed in this process (the base of a pull request). */
export function baselineOf(findings: readonly Printed[]): BaselineEntry[] {
  return findings.map((f) => ({ fingerprint: f.fingerprint, contentFingerprint: f.contentFingerprint, path: f.displayPath, code: f.code }));
}

/** Unused entries by key, consumed one at a time (the baseline is a multiset). */
class Pool {
  private readonly byKey = new Map<string, number[]>();
  constructor(
    private readonly used: boolean[],
    entries: readonly BaselineEntry[],
    key: (e: BaselineEntry) => string | undefined,
  ) {
    entries.forEach((e, i) => {
      const k = key(e);
      if (k === undefined) return;
      const list = this.byKey.get(k);
      if (list) list.push(i);
      else this.byKey.set(k, [i]);
    });
  }
  take(k: string): boolean {
    const list = this.byKey.get(k);
    while (list?.length) {
      const i = list.shift()!;
      if (!this.used[i]) {
        this.used[i] = true;
        return true;
      }
    }
    return false;
  }
}

/**
 * Marks findings absent from the baseline as new. A finding matches an entry with its fingerprint;
 * else, for entries of an older run whose paths were relative to the directory it ran in, the
 * fingerprint it has at that entry's path (`repo/x.py` for `x.py`, or the reverse); else an
 * entry with its path-free fingerprint (the file was moved). Each entry matches one finding.
 */
export function applyBaseline(findings: ReportedFinding[], baseline: readonly BaselineEntry[]): void {
  const used = baseline.map(() => false);
  const exact = new Pool(used, baseline, (e) => e.fingerprint);
  for (const f of findings) f.isNew = !exact.take(f.fingerprint);

  // Older results: no path-free fingerprint, and paths relative to where that run was made.
  const legacy = baseline.map((e, i) => ({ e, i })).filter(({ e, i }) => !used[i] && e.contentFingerprint === undefined && e.path !== undefined);
  if (legacy.length > 0) {
    const byName = new Map<string, Set<string>>();
    for (const { e } of legacy) {
      const name = path.posix.basename(e.path!);
      const set = byName.get(name) ?? new Set<string>();
      set.add(e.path!);
      byName.set(name, set);
    }
    const related = (a: string, b: string): boolean => a !== b && (a.endsWith(`/${b}`) || b.endsWith(`/${a}`));
    const byFile = new Map<string, ReportedFinding[]>();
    for (const f of findings) {
      const list = byFile.get(f.displayPath);
      if (list) list.push(f);
      else byFile.set(f.displayPath, [f]);
    }
    const pool = new Pool(used, baseline, (e) => (e.contentFingerprint === undefined ? e.fingerprint : undefined));
    for (const [file, all] of byFile) {
      if (!all.some((f) => f.isNew)) continue;
      for (const old of [...(byName.get(path.posix.basename(file)) ?? [])].filter((p) => related(p, file))) {
        const prints = fingerprintsAt(all, () => old);
        all.forEach((f, i) => {
          if (f.isNew && pool.take(prints[i]!)) f.isNew = false;
        });
      }
    }
  }

  const moved = new Pool(used, baseline, (e) => e.contentFingerprint);
  for (const f of findings) if (f.isNew && moved.take(f.contentFingerprint)) f.isNew = false;
}
