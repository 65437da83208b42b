/**
 * Precision and recall of detection on a labelled corpus (`test-fixtures/detection/`). Pure:
 * the caller reads the files. What is scored is what the rules report: one use per file,
 * library and provider (AIGOV301, on its first value import), one per AI dependency line
 * (AIGOV304), and one per model file (AIGOV302, its format on line 1).
 */
import { languageForPath } from '../annotations/languages.js';
import { extname } from '../paths.js';
import { SourceFile } from '../text/source-file.js';
import { artefactFormat, detectArtefact, detectArtefactBytes, detectInSource, manifestKind, sniffCandidate, SNIFF_HEAD, SNIFF_TAIL } from './index.js';
import { libraryUses, manifestUses } from './reconcile.js';
import { DEFAULT_DETECTION_CONFIG, type DetectionConfig } from './types.js';

export interface Label {
  library: string;
  /** 1-based line. */
  line: number;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

interface Mistake {
  path: string;
  kind: 'false-positive' | 'false-negative';
  library: string;
  line: number;
}

interface EvaluationReport {
  files: number;
  overall: Score;
  byLanguage: Record<string, Score>;
  /** Scores of named parts of the corpus (e.g. `real-shapes`), by path prefix. */
  byPart: Record<string, Score>;
  mistakes: Mistake[];
  /** Corpus files without a label entry (they are scored as negatives). */
  unlabelled: string[];
}

/** The bucket a corpus file is scored in. */
export function languageBucket(path: string): string {
  if (manifestKind(path)) return 'manifest';
  if (extname(path) === '.ipynb') return 'notebook';
  if (artefactFormat(path) || sniffCandidate(path)) return 'model';
  const id = languageForPath(path)?.id ?? 'other';
  if (id.startsWith('javascript') || id.startsWith('typescript') || id === 'vue' || id === 'svelte' || id === 'astro') return 'js/ts';
  if (id === 'java' || id === 'kotlin' || id === 'scala' || id === 'groovy') return 'java/kotlin';
  return id;
}

/** What AIGOV302 would report for a model file (by name, else by its bytes), as a label. */
function predictedArtefact(path: string, bytes: Uint8Array): Label[] {
  const d = detectArtefact(path) ?? (sniffCandidate(path) ? detectArtefactBytes(path, { head: bytes.subarray(0, SNIFF_HEAD), tail: bytes.subarray(Math.max(0, bytes.length - SNIFF_TAIL)), size: bytes.length }) : undefined);
  return d && d.confidence !== 'low' ? [{ library: d.library, line: 1 }] : [];
}

/** What the rules would report for one file, as labels. */
function predictedUses(path: string, text: string, exists: (p: string) => boolean, config: DetectionConfig = DEFAULT_DETECTION_CONFIG): Label[] {
  const detections = detectInSource(new SourceFile(path, text), undefined, config);
  const extras = new Set(config.extraLibraries.map((e) => e.name));
  const uses = libraryUses(path, detections, { exists, modelIds: config.modelIds, extras }).map((u) => u.anchor);
  return [...uses, ...manifestUses(detections, extras)].map((d) => ({ library: d.library, line: d.range.start.line + 1 }));
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/**
 * `files`: text, or bytes for model files (`languageBucket` 'model'). `parts`: named parts of the
 * corpus, each a list of path prefixes.
 */
export function evaluateDetection(
  files: ReadonlyMap<string, string | Uint8Array>,
  labels: Readonly<Record<string, readonly Label[]>>,
  config: DetectionConfig = DEFAULT_DETECTION_CONFIG,
  parts: Readonly<Record<string, readonly string[]>> = {},
): EvaluationReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const partCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  const mistakes: Mistake[] = [];
  const unlabelled: string[] = [];
  const exists = (p: string): boolean => files.has(p);
  for (const path of [...files.keys()].sort()) {
    const expected = labels[path];
    if (!expected) unlabelled.push(path);
    const want = new Map((expected ?? []).map((l) => [`${l.library}@${l.line}`, l]));
    const content = files.get(path) ?? '';
    const bucket = languageBucket(path);
    const predicted =
      bucket === 'model'
        ? predictedArtefact(path, typeof content === 'string' ? new TextEncoder().encode(content) : content)
        : predictedUses(path, typeof content === 'string' ? content : new TextDecoder().decode(content), exists, config);
    const got = new Map(predicted.map((l) => [`${l.library}@${l.line}`, l]));
    const tally = [counts.get(bucket) ?? { tp: 0, fp: 0, fn: 0 }];
    counts.set(bucket, tally[0]!);
    for (const [part, prefixes] of Object.entries(parts)) {
      if (!prefixes.some((p) => path.startsWith(p))) continue;
      const pc = partCounts.get(part) ?? { tp: 0, fp: 0, fn: 0 };
      partCounts.set(part, pc);
      tally.push(pc);
    }
    for (const [key, l] of got) {
      if (want.has(key)) for (const c of tally) c.tp++;
      else {
        for (const c of tally) c.fp++;
        mistakes.push({ path, kind: 'false-positive', ...l });
      }
    }
    for (const [key, l] of want) {
      if (!got.has(key)) {
        for (const c of tally) c.fn++;
        mistakes.push({ path, kind: 'false-negative', ...l });
      }
    }
  }
  const byPart: Record<string, Score> = {};
  for (const [part, c] of [...partCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) byPart[part] = score(c.tp, c.fp, c.fn);
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
  return { files: files.size, overall: score(tp, fp, fn), byLanguage, byPart, mistakes, unlabelled };
}

/** A fixed-width table for the console. */
export function formatReport(r: EvaluationReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: Score): string =>
    `${name.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  const lines = [`${'language'.padEnd(12)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'tp'.padStart(5)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`];
  for (const [name, s] of Object.entries(r.byLanguage)) lines.push(row(name, s));
  lines.push(row('overall', r.overall));
  for (const [name, sc] of Object.entries(r.byPart)) lines.push(row(`(${name})`, sc));
  lines.push(`${r.files} files`);
  for (const m of r.mistakes) lines.push(`${m.kind}: ${m.path}:${m.line} ${m.library}`);
  for (const u of r.unlabelled) lines.push(`unlabelled: ${u}`);
  return lines.join('\n');
}
