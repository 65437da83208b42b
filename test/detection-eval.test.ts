import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { evaluateDetection, formatReport, languageBucket, type Label } from '../server/src/core/detection/evaluate.js';
import { loadCorpus, MIN_PRECISION, MIN_RECALL } from '../scripts/eval-detection.js';
import { FIXTURES } from './support/workspace.js';

describe('detection evaluation on the labelled corpus', () => {
  // Read in a hook, not while the file loads: reading sorts the files with the detection code
  // itself (which bucket, text or bytes), and code that runs while modules load makes every
  // mutant of it start a fresh process under mutation testing.
  let files: Map<string, string | Uint8Array>;
  let labels: Record<string, Label[]>;
  let parts: Record<string, string[]>;
  before(() => {
    ({ files, labels, parts } = loadCorpus(path.join(FIXTURES, 'detection')));
  });

  it('labels every corpus file, and only corpus files', () => {
    assert.ok(files.size >= 80, `${files.size} files`);
    assert.deepEqual([...files.keys()].filter((f) => !(f in labels)), []);
    assert.deepEqual(Object.keys(labels).filter((f) => !files.has(f)), []);
  });

  it('covers every language with positives and negatives', () => {
    const buckets = new Map<string, { pos: number; neg: number }>();
    for (const f of files.keys()) {
      const b = buckets.get(languageBucket(f)) ?? { pos: 0, neg: 0 };
      if ((labels[f] ?? []).length > 0) b.pos++;
      else b.neg++;
      buckets.set(languageBucket(f), b);
    }
    for (const lang of ['python', 'notebook', 'js/ts', 'java/kotlin', 'go', 'csharp', 'rust', 'manifest', 'model']) {
      const b = buckets.get(lang);
      assert.ok(b && b.pos > 0 && b.neg > 0, `${lang}: ${JSON.stringify(b)}`);
    }
  });

  it('has a real-shapes part of at least 60 files across Go, Python, notebooks, TypeScript, C# and model files', () => {
    const prefixes = parts['real-shapes'] ?? [];
    const real = [...files.keys()].filter((f) => prefixes.some((p) => f.startsWith(p)));
    assert.ok(real.length >= 60, `${real.length} files`);
    for (const lang of ['go', 'python', 'notebook', 'js/ts', 'csharp', 'model']) {
      const mine = real.filter((f) => languageBucket(f) === lang);
      assert.ok(mine.some((f) => (labels[f] ?? []).length > 0) && mine.some((f) => (labels[f] ?? []).length === 0), `${lang}: ${mine.length}`);
    }
    const report = evaluateDetection(files, labels, undefined, parts);
    const score = report.byPart['real-shapes'];
    assert.ok(score && score.precision >= MIN_PRECISION && score.recall >= MIN_RECALL, formatReport(report));
  });

  it(`has precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}, overall and per language`, () => {
    const report = evaluateDetection(files, labels);
    const table = formatReport(report);
    assert.ok(report.overall.precision >= MIN_PRECISION, table);
    assert.ok(report.overall.recall >= MIN_RECALL, table);
    for (const [lang, s] of Object.entries(report.byLanguage)) {
      assert.ok(s.precision >= MIN_PRECISION && s.recall >= MIN_RECALL, `${lang}\n${table}`);
    }
  });
});
