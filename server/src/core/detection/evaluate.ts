/**
 * Precision and recall of detection on a labelled corpus (`test-fixtures/detection/`). Pure:
 * the caller reads the files. What is scored is what the rules report: one use per file and
 * library (AIGOV301, on its first value import) and one per AI dependency line (AIGOV304).
 */
import { languageForPath } from '../annotations/languages.js';
import { extname } from '../paths.js';
import { SourceFile } from '../text/source-file.js';
import { detectInSource, manifestKind } from './index.js';
import { libraryUses, manifestUses } from './reconcile.js';
import { DEFAULT_DETECTION_CONFIG, type DetectionConfig } from './types.js';

export interface Label {
  library: string;
  /** 1-based line. */
  line: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mistake {
  path: string;
  kind: 'false-positive' | 'false-negative';
  library: string;
  line: number;
}

export interface EvaluationReport {
  files: number;
  overall: Score;
  byLanguage: Record<string, Score>;
  mistakes: Mistake[];
  /** Corpus files without a label entry (they are scored as negatives). */
  unlabelled: string[];
}

/** The bucket a corpus file is scored in. */
export function languageBucket(path: string): string {
  if (manifestKind(path)) return 'manifest';
  if (extname(path) === '.ipynb') return 'notebook';
  const id = languageForPath(path)?.id ?? 'other';
  if (id.startsWith('javascript') || id.startsWith('typescript')) return 'js/ts';
  if (id === 'java' || id === 'kotlin' || id === 'scala' || id === 'groovy') return 'java/kotlin';
  return id;
}

/** What the rules would report for one file, as labels. */
export function predictedUses(path: string, text: string, exists: (p: string) => boolean, config: DetectionConfig = DEFAULT_DETECTION_CONFIG): Label[] {
  const detections = detectInSource(new SourceFile(path, text), undefined, config);
  const extras = new Set(config.extraLibraries.map((e) => e.name));
  const uses = libraryUses(path, detections, { exists, modelIds: config.modelIds, extras }).map((u) => u.anchor);
  return [...uses, ...manifestUses(detections, extras)].map((d) => ({ library: d.library, line: d.range.start.line + 1 }));
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export function evaluateDetection(files: ReadonlyMap<string, string>, labels: Readonly<Record<string, readonly Label[]>>, config: DetectionConfig = DEFAULT_DETECTION_CONFIG): EvaluationReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const mistakes: Mistake[] = [];
  const unlabelled: string[] = [];
  const exists = (p: string): boolean => files.has(p);
  for (const path of [...files.keys()].sort()) {
    const expected = labels[path];
    if (!expected) unlabelled.push(path);
    const want = new Map((expected ?? []).map((l) => [`${l.library}@${l.line}`, l]));
    const got = new Map(predictedUses(path, files.get(path) ?? '', exists, config).map((l) => [`${l.library}@${l.line}`, l]));
    const bucket = languageBucket(path);
    const c = counts.get(bucket) ?? { tp: 0, fp: 0, fn: 0 };
    counts.set(bucket, c);
    for (const [key, l] of got) {
      if (want.has(key)) c.tp++;
      else {
        c.fp++;
        mistakes.push({ path, kind: 'false-positive', ...l });
      }
    }
    for (const [key, l] of want) {
      if (!got.has(key)) {
        c.fn++;
        mistakes.push({ path, kind: 'false-negative', ...l });
      }
    }
  }
  const byLanguage: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [bucket, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    byLanguage[bucket] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { files: files.size, overall: score(tp, fp, fn), byLanguage, mistakes, unlabelled };
}

/** A fixed-width table for the console. */
export function formatReport(r: EvaluationReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: Score): string =>
    `${name.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  const lines = [`${'language'.padEnd(12)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'tp'.padStart(5)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`];
  for (const [name, s] of Object.entries(r.byLanguage)) lines.push(row(name, s));
  lines.push(row('overall', r.overall));
  lines.push(`${r.files} files`);
  for (const m of r.mistakes) lines.push(`${m.kind}: ${m.path}:${m.line} ${m.library}`);
  for (const u of r.unlabelled) lines.push(`unlabelled: ${u}`);
  return lines.join('\n');
}
