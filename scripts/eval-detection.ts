/**
 * Precision and recall of AI-library detection on the labelled corpus, per language and overall.
 * Usage: npx tsx scripts/eval-detection.ts [corpus-dir]   (exit 1 below the bars the tests hold)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { evaluateDetection, formatReport, languageBucket, type Label } from '../server/src/core/detection/evaluate.js';

export const MIN_PRECISION = 0.98;
export const MIN_RECALL = 0.95;

/**
 * Every corpus file (labels.json excepted), keyed by POSIX path relative to the corpus root: text,
 * or bytes for model files. `parts`: named parts of the corpus by path prefix (`real-shapes`).
 */
export function loadCorpus(root: string): { files: Map<string, string | Uint8Array>; labels: Record<string, Label[]>; parts: Record<string, string[]> } {
  const files = new Map<string, string | Uint8Array>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (abs !== join(root, 'labels.json')) {
        const rel = relative(root, abs).split(sep).join('/');
        files.set(rel, languageBucket(rel) === 'model' ? readFileSync(abs) : readFileSync(abs, 'utf8'));
      }
    }
  };
  walk(root);
  const data = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as { files: Record<string, Label[]>; parts?: Record<string, string[]> };
  return { files, labels: data.files, parts: data.parts ?? {} };
}

function main(): void {
  const root = process.argv[2] ?? join(process.cwd(), 'test-fixtures', 'detection');
  const { files, labels, parts } = loadCorpus(root);
  const started = performance.now();
  const report = evaluateDetection(files, labels, undefined, parts);
  const ms = performance.now() - started;
  console.log(formatReport(report));
  console.log(`evaluated in ${ms.toFixed(0)} ms`);
  if (report.overall.precision < MIN_PRECISION || report.overall.recall < MIN_RECALL) process.exitCode = 1;
}

if (require.main === module) main();
