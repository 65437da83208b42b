import { strict as assert } from 'node:assert';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { Engine } from '../server/src/core/engine.js';
import type { FileEdit, Finding, FixProposal } from '../server/src/core/finding.js';
import { applyEdits } from '../server/src/core/fixes/yaml-edit.js';
import { formatRange } from '../server/src/core/text/line-index.js';
import { InMemoryWorkspace } from '../server/src/core/testing/memory-workspace.js';
import type { Workspace } from '../server/src/core/workspace.js';
import { NodeWorkspace } from '../server/src/node/fs-workspace.js';
import * as model from './support/model-bytes.js';
import { FIXTURES, TODAY } from './support/workspace.js';

const WORKSPACE = path.join(FIXTURES, 'workspaces', 'detection-mixed');
const GOLDEN = path.join(WORKSPACE, 'expected', 'findings.txt');

/** Applies a fix like an editor: replaces per file, creates never overwrite. */
function apply(ws: InMemoryWorkspace, fix: FixProposal): void {
  const byFile = new Map<string, FileEdit[]>();
  for (const e of fix.edits) {
    if (e.kind === 'create') {
      assert.equal(ws.text(e.file), undefined, `create over existing ${e.file}`);
      ws.write(e.file, e.text);
    } else {
      byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    }
  }
  for (const [file, edits] of byFile) ws.write(file, applyEdits(ws.text(file) ?? '', edits));
}

function goldenLines(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${formatRange(f.range)} ${f.code} ${f.severity} ${f.message}\n`).join('');
}

async function run(ws: Workspace): Promise<{ engine: Engine; findings: Finding[] }> {
  const engine = new Engine(ws, { today: TODAY });
  await engine.indexAll();
  return { engine, findings: engine.findings() };
}

const detectionCodes = (fs: readonly Finding[]): Finding[] => fs.filter((f) => /^AIGOV3\d\d$/.test(f.code));

const REGISTRY = `# AI components of this repository.
version: 1
organization:
  contacts: { incident: oncall@shop.example.jp } # pager rota

components:
  # The support assistant.
  - id: support-bot
    kind: llm-app
    owner: support@shop.example.jp
    intended_purpose: Draft replies to tickets
    paths: ["services/support/**"]
    upstream_models: [{ provider: openai }]
    risk: { level: limited } # reviewed 2026-06
`;

describe('detection golden workspace (detection-mixed)', function () {
  this.timeout(30_000);

  it('reports exactly the uncovered AI uses, each on its import line', async () => {
    const { findings } = await run(new NodeWorkspace(WORKSPACE, { useGit: false }));
    const actual = goldenLines(findings);
    if (process.env.AIGOV_UPDATE_GOLDENS === '1' || !existsSync(GOLDEN)) {
      await fs.mkdir(path.dirname(GOLDEN), { recursive: true });
      await fs.writeFile(GOLDEN, actual);
    }
    assert.equal(actual, await fs.readFile(GOLDEN, 'utf8'), 'AIGOV_UPDATE_GOLDENS=1 rewrites expected/findings.txt');
    const files301 = findings.filter((f) => f.code === 'AIGOV301').map((f) => f.file);
    for (const quiet of ['services/support/bot.py', 'services/fraud/train.py', 'web/src/types.ts', 'web/src/local.ts', 'third_party/vendored/client.py', 'tools/fixtures/sample.py', 'tools/lint.py', 'tools/bench.py', 'scripts/openaiish.py', 'docs/guide.md']) {
      assert.ok(!files301.includes(quiet), `${quiet} must not be reported`);
    }
  });
});

describe('detection quick-fixes', function () {
  this.timeout(30_000);

  async function only301(ws: InMemoryWorkspace): Promise<{ engine: Engine; finding: Finding }> {
    const { engine, findings } = await run(ws);
    const det = detectionCodes(findings);
    assert.equal(det.length, 1, det.map((f) => `${f.file} ${f.code}`).join('\n'));
    assert.equal(det[0]!.code, 'AIGOV301');
    return { engine, finding: det[0]! };
  }

  it('"Register new component" turns a 301 into a clean run, names the component after its folder (not the SDK), links the file once, and keeps YAML comments', async () => {
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'web/src/chat.ts': "import OpenAI from 'openai';\nexport const c = new OpenAI();\n" });
    const { engine, finding } = await only301(ws);
    assert.equal(finding.data?.suggestedId, 'web');
    const fix = engine.fixesFor(finding).find((f) => f.title.startsWith('Register new component'));
    assert.ok(fix, 'register fix offered');
    apply(ws, fix);
    const reg = ws.text('.aigov.yaml')!;
    for (const comment of ['# AI components of this repository.', '# pager rota', '# The support assistant.', '# reviewed 2026-06']) assert.ok(reg.includes(comment), comment);
    assert.match(reg, /- id: web\n\s+kind: llm-app\n\s+upstream_models:\n\s+- provider: openai/);
    assert.doesNotMatch(reg, /web\/src\/chat\.ts/, 'linked by the annotation only, not by paths as well');
    assert.ok(ws.text('web/src/chat.ts')!.startsWith('// @aigov web\n'));
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('"Link to existing component" turns a 301 into a clean run and keeps YAML comments', async () => {
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'web/src/chat.ts': "import OpenAI from 'openai';\n" });
    const { engine, finding } = await only301(ws);
    const fix = engine.fixesFor(finding).find((f) => f.title === "Link to existing component 'support-bot'");
    assert.ok(fix, engine.fixesFor(finding).map((f) => f.title).join('\n'));
    apply(ws, fix);
    assert.equal(ws.text('.aigov.yaml'), REGISTRY, 'the registry is untouched: support-bot already names openai');
    assert.equal(ws.text('web/src/chat.ts'), "// @aigov support-bot\nimport OpenAI from 'openai';\n");
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('linking a use of another provider also records it in upstream_models', async () => {
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'bot/claude.py': 'import anthropic\n' });
    const { engine, finding } = await only301(ws);
    const fix = engine.fixesFor(finding).find((f) => f.title.startsWith("Link to existing component 'support-bot'"));
    assert.ok(fix?.title.includes("records provider 'anthropic'"));
    apply(ws, fix!);
    const reg = ws.text('.aigov.yaml')!;
    assert.match(reg, /upstream_models: \[ ?\{ provider: openai \}, \{ provider: anthropic \} ?\]/);
    assert.ok(reg.includes('# reviewed 2026-06'));
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('registers into a new .aigov.yaml when no registry governs the file', async () => {
    const ws = new InMemoryWorkspace({ 'src/model/train.py': 'import torch\n' });
    const { engine, finding } = await only301(ws);
    assert.equal(finding.data?.suggestedId, 'model');
    const fix = engine.fixesFor(finding).find((f) => f.title.startsWith('Register new component'));
    apply(ws, fix!);
    assert.match(ws.text('.aigov.yaml')!, /id: model\n\s+kind: model\n/);
    assert.ok(ws.text('src/model/train.py')!.startsWith('# @aigov model\n'));
    assert.ok(!ws.text('.aigov.yaml')!.includes('upstream_models'), 'an ML framework is not an upstream provider');
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('links a notebook (no comments in the raw JSON) through the component paths', async () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: ['import openai\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'notebooks/try.ipynb': nb });
    const { engine, finding } = await only301(ws);
    const link = engine.fixesFor(finding).find((f) => f.title.startsWith("Link to existing component 'support-bot'"));
    assert.ok(link?.title.includes('add to its paths'));
    apply(ws, link!);
    const doc = parse(ws.text('.aigov.yaml')!) as { components: { id: string; paths: string[] }[] };
    assert.deepEqual(doc.components[0]!.paths, ['services/support/**', 'notebooks/try.ipynb']);
    assert.ok(ws.text('.aigov.yaml')!.includes('# reviewed 2026-06'));
    assert.equal(ws.text('notebooks/try.ipynb'), nb);
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('302 and 304 are fixed by paths; 303 by recording the provider', async () => {
    const ws = new InMemoryWorkspace({
      '.aigov.yaml': REGISTRY,
      'models/ranker.onnx': 'x',
      'requirements.txt': 'openai==1.0\n',
      'services/support/claude.py': 'import anthropic\n',
    });
    const { engine, findings } = await run(ws);
    assert.deepEqual(detectionCodes(findings).map((f) => f.code), ['AIGOV302', 'AIGOV304', 'AIGOV303']);
    for (const f of detectionCodes(findings)) {
      const fixes = engine.fixesFor(f);
      const fix = f.code === 'AIGOV303' ? fixes[0] : fixes.find((x) => x.title.startsWith('Register new component'));
      assert.ok(fix, `${f.code}: ${fixes.map((x) => x.title).join(', ')}`);
      apply(ws, fix);
    }
    const reg = ws.text('.aigov.yaml')!;
    assert.ok(reg.includes('# The support assistant.') && reg.includes('# pager rota'));
    assert.deepEqual(detectionCodes((await run(ws)).findings), []);
  });

  it('302 for model files that only their bytes tell, in memory and on disk (head and tail read, not the file)', async () => {
    const files: Record<string, Uint8Array | string> = {
      '.aigov.yaml': REGISTRY,
      'models/for-tests-ggml-tiny.bin': model.ggml('lmgg'),
      'vad/silero.zip': model.torchscript(4096),
      'vad/silero_vad.jit': 'not read',
      'weights/unet.bin': model.safetensors(),
      'data/blob.bin': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]),
      'data/archive.zip': model.zip({ 'a.csv': 'a,b' }),
    };
    const expected = ['data/archive.zip -', 'data/blob.bin -', 'models/for-tests-ggml-tiny.bin ggml', 'vad/silero.zip torchscript', 'vad/silero_vad.jit torchscript', 'weights/unet.bin safetensors'];
    const artefacts = (e: Engine): string[] =>
      Object.keys(files).filter((p) => p !== '.aigov.yaml').sort().map((p) => `${p} ${e.factsOf(p)?.kind === 'artefact' ? e.factsOf(p)?.detections[0]?.library : '-'}`);
    const memory = new InMemoryWorkspace(files);
    const mem = await run(memory);
    assert.deepEqual(artefacts(mem.engine), expected);
    // A file added later, on its update event.
    memory.write('models/later.bin', model.ggml('GGUF'));
    await mem.engine.updateFile('models/later.bin');
    assert.equal(mem.engine.factsOf('models/later.bin')?.detections[0]?.library, 'gguf');
    assert.deepEqual(mem.findings.filter((f) => f.code === 'AIGOV302').map((f) => f.file), ['models/for-tests-ggml-tiny.bin', 'vad/silero.zip', 'vad/silero_vad.jit', 'weights/unet.bin']);
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-bytes-'));
    try {
      for (const [p, v] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(tmp, p)), { recursive: true });
        await fs.writeFile(path.join(tmp, p), v);
      }
      const ws = new NodeWorkspace(tmp, { useGit: false });
      const sample = await ws.readSample('vad/silero.zip', 8, 64);
      assert.ok(sample !== 'unreadable');
      assert.equal(sample?.head.length, 8);
      assert.equal(sample?.tail.length, 64);
      assert.equal(sample?.size, (files['vad/silero.zip'] as Uint8Array).length);
      const disk = await run(ws);
      assert.deepEqual(artefacts(disk.engine), expected);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('detection.ignore uses glob semantics, never substrings, relative to the registry', async () => {
    const ws = new InMemoryWorkspace({
      'app/.aigov.yaml': 'version: 1\ndetection: { ignore: ["agent", "gen/**/*.py"] }\ncomponents: []\n',
      'app/agent/run.py': 'import openai\n',
      'app/environment_agent.py': 'import openai\n',
      'app/gen/a/b.py': 'import openai\n',
      'app/gen/a/b.ts': "import OpenAI from 'openai';\n",
      'agent/run.py': 'import openai\n',
    });
    const files = detectionCodes((await run(ws)).findings).map((f) => f.file);
    assert.deepEqual(files, ['agent/run.py', 'app/environment_agent.py', 'app/gen/a/b.ts']);
  });

  it('detection.ignore and component paths read globs alike: ./ is the whole folder, a trailing / a folder', async () => {
    const ws = new InMemoryWorkspace({
      'app/.aigov.yaml': 'version: 1\ndetection: { ignore: ["./"] }\ncomponents: []\n',
      'app/deep/run.py': 'import openai\n',
      'lib/.aigov.yaml': 'version: 1\ndetection: { ignore: ["/gen/"] }\ncomponents:\n  - id: bot\n    kind: llm-app\n    model: { provider: openai }\n    paths: ["./src/"]\n',
      'lib/gen/x.py': 'import openai\n',
      'lib/src/y.py': 'import openai\n',
      'lib/z.py': 'import openai\n',
    });
    const { engine, findings } = await run(ws);
    assert.deepEqual(detectionCodes(findings).map((f) => f.file), ['lib/z.py'], 'app/ and lib/gen/ ignored, lib/src/ covered by bot');
    assert.deepEqual(engine.model.coverage('lib/src/y.py').map((c) => c.id), ['bot']);
  });

  it('libraries.extra and model_ids apply where their registry governs, and a registry edit re-detects', async () => {
    const ws = new InMemoryWorkspace({
      'a/.aigov.yaml': 'version: 1\ndetection: { libraries: { extra: [acme_llm] }, model_ids: true }\ncomponents: []\n',
      'a/x.py': 'import acme_llm\nMODEL = "gpt-4o-mini"\n',
      'b/.aigov.yaml': 'version: 1\ncomponents: []\n',
      'b/y.py': 'import acme_llm\nMODEL = "gpt-4o-mini"\n',
    });
    const { engine, findings } = await run(ws);
    const det = detectionCodes(findings);
    assert.deepEqual(det.map((f) => `${f.file}:${f.range.start.line + 1} ${f.severity} ${String(f.data?.library)}`), ['a/x.py:1 warning acme_llm', 'a/x.py:2 info gpt-4o-mini']);
    // Switching the extra off in a/ takes effect without a re-index.
    await engine.updateFile('a/.aigov.yaml', 'version: 1\ndetection: { model_ids: true }\ncomponents: []\n');
    assert.deepEqual(detectionCodes(engine.findings()).map((f) => String(f.data?.library)), ['gpt-4o-mini']);
    await engine.updateFile('b/.aigov.yaml', 'version: 1\ndetection: { libraries: { extra: [{ name: acme_llm, provider: acme }] } }\ncomponents: []\n');
    assert.deepEqual(detectionCodes(engine.findings()).map((f) => `${f.file} ${String(f.data?.provider)}`), ['a/x.py openai', 'b/y.py acme']);
  });
});
