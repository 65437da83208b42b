import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanAnnotations } from '../../server/src/core/annotations/annotations.js';
import { detectArtefact, detectInSource, isDetectionCandidate } from '../../server/src/core/detection/index.js';
import type { DetectionConfig } from '../../server/src/core/detection/types.js';
import { SourceFile } from '../../server/src/core/text/source-file.js';
import { anyText, assertRangeInside, check, fuzzTimeout, tokenText } from './support.js';

const PATHS = ['a.py', 'a.pyi', 'a.ts', 'a.d.ts', 'a.tsx', 'a.js', 'a.mjs', 'a.go', 'A.java', 'a.kt', 'a.cs', 'a.rs', 'nb.ipynb', 'requirements.txt', 'pyproject.toml', 'package.json', 'go.mod', 'pom.xml', 'build.gradle', 'a.csproj', 'Cargo.toml', 'environment.yml', 'Pipfile', 'a.md', 'a.txt'];

/** Fragments of imports, calls and manifests in every supported language, to glue at random. */
const TOKENS = [
  'import ', 'from ', ' import ', 'require(', 'import(', ')', '(', 'use ', '::', 'using ', 'package ', ';', '\n', '\r\n', ' ', '\t', '.', ',', '*', ' as ', '{', '}', '"', "'", '`', '#', '//', '/*', '*/', '"""', '\\',
  'openai', 'anthropic', '@anthropic-ai/sdk', 'langchain_openai', '@langchain/', 'transformers', 'torch', 'google.genai', 'boto3', '"bedrock-runtime"', 'github.com/sashabaranov/go-openai', 'com.openai.client', 'OpenAI.Chat', 'Microsoft.Extensions.AI', 'async_openai', 'candle_core',
  'client.chat.completions.create(', 'messages.create(', 'pipeline(', 'from_pretrained(', '"gpt-4o"', "'claude-3-opus'", 'type ', 'import type ', 'export ', ' from ', 'dependencies', '"openai": "^4"', 'openai==1.0', '[tool.poetry.dependencies]', '<dependency><groupId>com.openai</groupId>', 'require (', 'crate::', 'extern crate ',
];

const text = fc.oneof(anyText, tokenText(TOKENS, 200));

/** Extra library names a registry may declare: anything, including regex metacharacters. */
const config: fc.Arbitrary<DetectionConfig> = fc.record({
  extraLibraries: fc.array(fc.record({ name: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('my_llm', '.*', '(', '[a-', '\\', '', ' ', '@scope/*', '*', 'a.b.c', 'x::y')), provider: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), language: fc.option(fc.constantFrom('python', 'npm', 'go', 'jvm', 'dotnet', 'crates', 'nope'), { nil: undefined }) }, { requiredKeys: ['name'] }), { maxLength: 3 }),
  modelIds: fc.boolean(),
});

function detect(path: string, src: string, cfg: DetectionConfig): ReturnType<typeof detectInSource> {
  const source = new SourceFile(path, src);
  const lex = src.includes('@aigov') || src.length % 2 === 0 ? scanAnnotations(source).lex : undefined;
  return detectInSource(source, lex, cfg);
}

/** Lines that open no comment, string or bracket in any of the languages below. */
const neutralLines = fc.array(fc.stringMatching(/^[a-z][a-z0-9_ ]{0,30}( = [0-9]{1,4})?$/), { maxLength: 6 });

const KNOWN: [path: string, line: string, library: RegExp][] = [
  ['svc/a.py', 'import openai', /openai/],
  ['svc/b.py', 'from anthropic import Anthropic', /anthropic/],
  ['web/c.ts', "import OpenAI from 'openai';", /openai/],
  ['web/d.js', "const { ChatOpenAI } = require('@langchain/openai');", /langchain/],
  ['go/e.go', 'import openai "github.com/sashabaranov/go-openai"', /openai/],
  ['jvm/F.java', 'import com.openai.client.OpenAIClient;', /openai/],
  ['cs/G.cs', 'using OpenAI.Chat;', /openai/i],
];

describe('fuzz: detector', function () {
  fuzzTimeout(this);

  it('never throws on arbitrary text or settings, and every detection points inside the file', () =>
    check(
      fc.property(fc.constantFrom(...PATHS), text, config, (path, src, cfg) => {
        for (const d of detect(path, src, cfg)) {
          assertRangeInside(d.range, src, `${d.kind} ${d.library}`);
          assert.equal(typeof d.evidence, 'string');
          assert.ok(d.library.length > 0, 'a detection names its library');
        }
      }),
      5,
    ));

  it('recognises artefacts and candidates by name without throwing', () =>
    check(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('m.onnx', 'x/y.safetensors', '.pt', 'a.PTH', 'a.tar.gz', 'weights.bin', 'a.', '.', '')), (path) => {
        const d = detectArtefact(path);
        if (d) assert.equal(d.kind, 'artefact');
        assert.equal(typeof isDetectionCandidate(path), 'boolean');
      }),
      2,
    ));

  it('still finds a plain import among neutral lines (no silent failure inside the detector)', () =>
    check(
      fc.property(fc.constantFrom(...KNOWN), neutralLines, neutralLines, fc.constantFrom('\n', '\r\n'), ([path, line, lib], before, after, eol) => {
        const src = [...before, line, ...after, ''].join(eol);
        const found = detect(path, src, { extraLibraries: [], modelIds: false });
        assert.ok(
          found.some((d) => lib.test(d.library) && d.range.start.line === before.length),
          `${path}: ${JSON.stringify(src)} -> ${JSON.stringify(found.map((d) => [d.library, d.range.start.line]))}`,
        );
      }),
    ));

  it('terminates quickly on long adversarial lines', function () {
    this.timeout(120000);
    const slow: string[] = [];
    const pieces = ['import ', 'from ', 'require(', '"', "'", '`', '(', '::', 'use ', 'using ', '.', 'a'];
    const big = Array.from({ length: 60000 }, (_, i) => pieces[(i * 7 + (i >> 3)) % pieces.length]).join('');
    for (const path of PATHS) {
      for (const src of [big, big.replace(/ /g, '\n'), `import ${'a.'.repeat(100000)}x`, `${'from '.repeat(50000)}openai`]) {
        const t0 = Date.now();
        detect(path, src, { extraLibraries: [{ name: 'my_llm' }], modelIds: true });
        const ms = Date.now() - t0;
        if (ms > 3000) slow.push(`${path} (${src.length} chars): ${ms} ms`);
      }
    }
    assert.deepEqual(slow, []);
  });
});
