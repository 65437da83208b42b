/**
 * Precision and recall of AI-library detection on the labelled corpus, per language and overall.
 * Usage: npx tsx scripts/eval-detection.ts [corpus-dir]   (exit 1 below the bars the tests hold)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { evaluateDetection, formatReport, type Label } from '../server/src/core/detection/evaluate.js';

export const MIN_PRECISION = 0.98;
export const MIN_RECALL = 0.95;

/** Every corpus file (labels.json excepted), keyed by POSIX path relative to the corpus root. */
export function loadCorpus(root: string): { files: Map<string, string>; labels: Record<string, Label[]> } {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (abs !== join(root, 'labels.json')) files.set(relative(root, abs).split(sep).join('/'), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  const labels = (JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as { files: Record<string, Label[]> }).files;
  return { files, labels };
}

function main(): void {
  const root = process.argv[2] ?? join(process.cwd(), 'test-fixtures', 'detection');
  const { files, labels } = loadCorpus(root);
  const started = performance.now();
  const report = evaluateDetection(files, labels);
  const ms = performance.now() - started;
  console.log(formatReport(report));
  console.log(`evaluated in ${ms.toFixed(0)} ms`);
  if (report.overall.precision < MIN_PRECISION || report.overall.recall < MIN_RECALL) process.exitCode = 1;
}

if (require.main === module) main();
