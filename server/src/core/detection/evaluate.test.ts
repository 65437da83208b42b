import { strict as assert } from 'node:assert';
import * as model from '../../../../test/support/model-bytes.js';
import { evaluateDetection, formatReport, languageBucket, type Label } from './evaluate.js';

/** A small corpus with one of each outcome: hits, a false positive, a miss, models by name and by bytes. */
function corpus(): { files: Map<string, string | Uint8Array>; labels: Record<string, Label[]> } {
  const files = new Map<string, string | Uint8Array>([
    // Not in path order: the report is.
    ['py/a.py', 'import openai\nimport anthropic\n'],
    ['py/b.py', new TextEncoder().encode('import os\nimport openai\n')],
    ['js/c.ts', "import OpenAI from 'openai';\n"],
    ['m/x.onnx', ''],
    ['m/y.bin', model.ggml('GGUF')],
    ['m/z.bin', `GGUF${'x'.repeat(20)}`],
    ['m/cache.pkl', ''],
    ['m/blob.bin', 'not a model'],
    ['req/requirements.txt', 'openai\n'],
  ]);
  const labels: Record<string, Label[]> = {
    'py/a.py': [{ library: 'openai', line: 1 }, { library: 'torch', line: 3 }],
    'py/b.py': [{ library: 'openai', line: 2 }],
    'js/c.ts': [{ library: 'openai', line: 1 }],
    'm/x.onnx': [{ library: 'onnx', line: 1 }],
    'm/cache.pkl': [{ library: 'pickle', line: 1 }],
    'm/blob.bin': [],
  };
  return { files, labels };
}

describe('detection evaluation', () => {
  it('puts each file in its language bucket', () => {
    const cases: Record<string, string> = {
      'requirements.txt': 'manifest',
      'build.gradle': 'manifest',
      'n.ipynb': 'notebook',
      'm.onnx': 'model',
      'cache.pkl': 'model',
      'blob.dat': 'model',
      'a.js': 'js/ts',
      'a.jsx': 'js/ts',
      'a.tsx': 'js/ts',
      'a.vue': 'js/ts',
      'a.svelte': 'js/ts',
      'a.astro': 'js/ts',
      'A.java': 'java/kotlin',
      'a.kt': 'java/kotlin',
      'a.scala': 'java/kotlin',
      'a.groovy': 'java/kotlin',
      'a.go': 'go',
      'a.py': 'python',
      'a.rs': 'rust',
      'notes.unknownext': 'other',
    };
    for (const [p, bucket] of Object.entries(cases)) assert.equal(languageBucket(p), bucket, p);
  });

  it('scores hits, false positives and misses by language and by part, with each mistake', () => {
    const { files, labels } = corpus();
    const r = evaluateDetection(files, labels, undefined, { whole: ['py/', 'js/', 'm/'], py: ['py/'], js: ['js/'], none: ['zzz/'] });
    assert.equal(r.files, 9);
    const s = (tp: number, fp: number, fn: number, precision: number, recall: number) => ({ tp, fp, fn, precision, recall });
    assert.deepEqual(r.overall, s(4, 4, 2, 0.5, 4 / 6));
    // Sorted by name, each bucket counted once per file.
    assert.deepEqual(Object.entries(r.byLanguage), [
      ['js/ts', s(1, 0, 0, 1, 1)],
      ['manifest', s(0, 1, 0, 0, 1)],
      ['model', s(1, 2, 1, 1 / 3, 0.5)],
      ['python', s(2, 1, 1, 2 / 3, 2 / 3)],
    ]);
    // A part is listed only when a file falls in it, sorted by name (js/c.ts puts `whole` first).
    assert.deepEqual(Object.entries(r.byPart), [
      ['js', s(1, 0, 0, 1, 1)],
      ['py', s(2, 1, 1, 2 / 3, 2 / 3)],
      ['whole', s(4, 3, 2, 4 / 7, 4 / 6)],
    ]);
    assert.deepEqual(r.mistakes, [
      { path: 'm/cache.pkl', kind: 'false-negative', library: 'pickle', line: 1 },
      { path: 'm/y.bin', kind: 'false-positive', library: 'gguf', line: 1 },
      { path: 'm/z.bin', kind: 'false-positive', library: 'gguf', line: 1 },
      { path: 'py/a.py', kind: 'false-positive', library: 'anthropic', line: 2 },
      { path: 'py/a.py', kind: 'false-negative', library: 'torch', line: 3 },
      { path: 'req/requirements.txt', kind: 'false-positive', library: 'openai', line: 1 },
    ]);
    assert.deepEqual(r.unlabelled, ['m/y.bin', 'm/z.bin', 'req/requirements.txt']);
  });

  it("scores with the configuration's extra libraries, and the corpus's own files shadowing an SDK", () => {
    const files = new Map<string, string>([
      ['p/a.py', 'import acme_llm\n'],
      ['p/requirements.txt', 'acme_llm==1\n'],
      // A local module named like the SDK: `import openai` is that module, no use.
      ['s/a.py', 'import openai\n'],
      ['s/openai.py', 'x = 1\n'],
    ]);
    const labels = { 'p/a.py': [{ library: 'acme_llm', line: 1 }], 'p/requirements.txt': [{ library: 'acme_llm', line: 1 }], 's/a.py': [], 's/openai.py': [] };
    const r = evaluateDetection(files, labels, { extraLibraries: [{ name: 'acme_llm', language: 'python' }], modelIds: false });
    assert.deepEqual(r.mistakes, []);
    assert.deepEqual(r.overall, { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('recognises a model saved as a zip by the directory at its end, in a small or a large file', () => {
    // The large one's directory lies past the first 64 KiB, and its head shows no format.
    const files = new Map<string, Uint8Array>([
      ['m/vad.zip', model.torchscript()],
      ['m/big.zip', model.torchscript(100_000)],
    ]);
    const labels = { 'm/vad.zip': [{ library: 'torchscript', line: 1 }], 'm/big.zip': [{ library: 'torchscript', line: 1 }] };
    const r = evaluateDetection(files, labels);
    assert.deepEqual(r.mistakes, []);
    assert.deepEqual(r.byLanguage, { model: { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 } });
  });

  it('counts an empty corpus as perfect, not as a division by zero', () => {
    const r = evaluateDetection(new Map(), {});
    assert.deepEqual(r, { files: 0, overall: { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }, byLanguage: {}, byPart: {}, mistakes: [], unlabelled: [] });
  });

  it('formats the report as a fixed-width table with the mistakes and unlabelled files', () => {
    const { files, labels } = corpus();
    const text = formatReport(evaluateDetection(files, labels, undefined, { py: ['py/'] }));
    assert.equal(
      text,
      [
        'language       prec.  recall    tp   fp   fn',
        'js/ts         100.0%  100.0%     1    0    0',
        'manifest        0.0%  100.0%     0    1    0',
        'model          33.3%   50.0%     1    2    1',
        'python         66.7%   66.7%     2    1    1',
        'overall        50.0%   66.7%     4    4    2',
        '(py)           66.7%   66.7%     2    1    1',
        '9 files',
        'false-negative: m/cache.pkl:1 pickle',
        'false-positive: m/y.bin:1 gguf',
        'false-positive: m/z.bin:1 gguf',
        'false-positive: py/a.py:2 anthropic',
        'false-negative: py/a.py:3 torch',
        'false-positive: req/requirements.txt:1 openai',
        'unlabelled: m/y.bin',
        'unlabelled: m/z.bin',
        'unlabelled: req/requirements.txt',
      ].join('\n'),
    );
  });
});
