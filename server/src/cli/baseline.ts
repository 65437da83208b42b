import type { ReportedFinding } from './results.js';

export const FINGERPRINT_KEY = 'aigovFingerprint/v1';

/**
 * Reads the fingerprints of an earlier run: aigov SARIF (partialFingerprints) or aigov JSON
 * (findings[].fingerprint). Returns a multiset as counts per fingerprint.
 */
export function readBaseline(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (fp: unknown): void => {
    if (typeof fp === 'string' && fp) counts.set(fp, (counts.get(fp) ?? 0) + 1);
  };
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (Array.isArray(doc.runs)) {
    for (const run of doc.runs as { results?: { partialFingerprints?: Record<string, string> }[] }[]) {
      for (const r of run.results ?? []) add(r.partialFingerprints?.[FINGERPRINT_KEY]);
    }
  } else if (Array.isArray(doc.findings)) {
    for (const f of doc.findings as { fingerprint?: string }[]) add(f.fingerprint);
  } else {
    throw new Error('not an aigov SARIF or JSON result');
  }
  return counts;
}

/** Marks findings absent from the baseline as new. */
export function applyBaseline(findings: ReportedFinding[], baseline: Map<string, number>): void {
  const left = new Map(baseline);
  for (const f of findings) {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) {
      left.set(f.fingerprint, n - 1);
      f.isNew = false;
    } else {
      f.isNew = true;
    }
  }
}
