import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import type { FileEdit, Finding, FixProposal } from '../finding.js';
import type { FixContext } from '../fixes/context.js';
import { applyEdits } from '../fixes/yaml-edit.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { addProviderFixes, detectionFixes } from './fixes.js';

const REGISTRY = `version: 1
components:
  - id: bot # the chat bot
    kind: llm-app
    paths: ["svc/**"]
    upstream_models: [{ provider: openai }]
  - id: ranker
    kind: model
    paths: ["svc/rank/**"]
  - id: ai-component
  - id: ai-component-2
`;

const FILES: Record<string, string> = { '.aigov.yaml': REGISTRY, 'svc/chat.py': 'import anthropic\n', 'svc/rank/m.onnx': 'x' };

async function context(): Promise<FixContext> {
  const engine = new Engine(new InMemoryWorkspace(FILES), { today: '2026-11-25' });
  await engine.indexAll();
  return engine.fixContext();
}

/** A finding as the detection rules make it, with the data their fixes read. */
function finding(file: string, data: Record<string, unknown> | undefined, code = 'AIGOV301'): Finding {
  return { code, severity: 'warning', message: 'm', file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ...(data ? { data } : {}) };
}

/** Each file the proposal changes, with its text after the edits. */
function result(fix: FixProposal): Record<string, string> {
  const byFile = new Map<string, FileEdit[]>();
  for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return Object.fromEntries([...byFile].map(([file, edits]) => [file, applyEdits(FILES[file] ?? '', edits)]));
}

const BOT_ANTHROPIC = REGISTRY.replace('[{ provider: openai }]', '[ { provider: openai }, { provider: anthropic } ]');

describe('detection quick-fixes (unit)', function () {
  this.timeout(30_000);

  it('register: a free suggested id, the kind, the vendor as provider, linked by an annotation', async () => {
    const ctx = await context();
    const fixes = detectionFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true, suggestedId: 'chat' }), ctx);
    assert.equal(fixes[0]?.title, "Register new component 'chat' in .aigov.yaml");
    assert.deepEqual(result(fixes[0]!), {
      '.aigov.yaml': `${REGISTRY}  - id: chat\n    kind: llm-app\n    upstream_models:\n      - provider: anthropic\n    risk:\n      level: unassessed\n`,
      'svc/chat.py': '# @aigov chat\nimport anthropic\n',
    });
  });

  it('register: a suggested id taken since the check, or none, is made unique; no kind, no vendor, nothing more', async () => {
    const ctx = await context();
    const taken = detectionFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic', vendor: false, suggestedId: 'bot' }), ctx);
    assert.equal(taken[0]?.title, "Register new component 'bot-2' in .aigov.yaml");
    assert.equal(result(taken[0]!)['.aigov.yaml'], `${REGISTRY}  - id: bot-2\n    risk:\n      level: unassessed\n`);
    const none = detectionFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic' }), ctx);
    assert.equal(none[0]?.title, "Register new component 'ai-component-3' in .aigov.yaml");
  });

  it('link: each likely component, annotating the file, recording a vendor the component does not name', async () => {
    const ctx = await context();
    const fixes = detectionFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true, suggestedId: 'chat' }), ctx);
    assert.deepEqual(fixes.slice(1).map((f) => [f.title, f.safe, f.isPreferred]), [
      ["Link to existing component 'bot'; records provider 'anthropic'", false, undefined],
      ["Link to existing component 'ranker'; records provider 'anthropic'", false, undefined],
      ["Link to existing component 'ai-component'; records provider 'anthropic'", false, undefined],
    ]);
    assert.deepEqual(result(fixes[1]!), { 'svc/chat.py': '# @aigov bot\nimport anthropic\n', '.aigov.yaml': BOT_ANTHROPIC });
    // The registry edit replaces only what changed.
    assert.deepEqual(fixes[1]!.edits[1], {
      kind: 'replace',
      file: '.aigov.yaml',
      range: { start: { line: 5, character: 22 }, end: { line: 5, character: 42 } },
      newText: ' { provider: openai }, { provider: anthropic } ',
    });
    // Not a vendor: the annotation alone, whatever the components name.
    const local = detectionFixes(finding('svc/chat.py', { library: 'torch', provider: 'anthropic', kind: 'model' }), ctx);
    assert.deepEqual(local.slice(1).map((f) => f.title), ["Link to existing component 'ranker'", "Link to existing component 'bot'", "Link to existing component 'ai-component'"]);
    assert.deepEqual(local.slice(1).map((f) => f.edits.map((e) => e.file)), [['svc/chat.py'], ['svc/chat.py'], ['svc/chat.py']]);
  });

  it('by paths (model files, manifests): the new entry lists the file, links add it to paths', async () => {
    const ctx = await context();
    const fixes = detectionFixes(finding('svc/rank/m.onnx', { library: 'openai', provider: 'openai', kind: 'model', vendor: true, suggestedId: 'fresh' }, 'AIGOV302'), ctx, true);
    assert.deepEqual(
      fixes.map((f) => [f.title, f.code, Object.keys(result(f))]),
      [
        ["Register new component 'fresh' in .aigov.yaml", 'AIGOV302', ['.aigov.yaml']],
        ["Link to existing component 'bot' (add to its paths)", 'AIGOV302', ['.aigov.yaml']],
        ["Link to existing component 'ranker' (add to its paths); records provider 'openai'", 'AIGOV302', ['.aigov.yaml']],
        ["Link to existing component 'ai-component' (add to its paths); records provider 'openai'", 'AIGOV302', ['.aigov.yaml']],
      ],
    );
    assert.equal(result(fixes[0]!)['.aigov.yaml'], `${REGISTRY}  - id: fresh\n    kind: model\n    paths:\n      - svc/rank/m.onnx\n    upstream_models:\n      - provider: openai\n    risk:\n      level: unassessed\n`);
    assert.equal(result(fixes[1]!)['.aigov.yaml'], REGISTRY.replace('["svc/**"]', '[ svc/**, svc/rank/m.onnx ]'));
    assert.equal(result(fixes[2]!)['.aigov.yaml'], REGISTRY.replace('paths: ["svc/rank/**"]\n', 'paths: [ svc/rank/**, svc/rank/m.onnx ]\n    upstream_models:\n      - provider: openai\n'));
    // A file that cannot hold a comment is linked by paths without being asked.
    const unasked = detectionFixes(finding('svc/rank/m.onnx', { library: 'openai', provider: 'openai', kind: 'model', vendor: true, suggestedId: 'fresh' }, 'AIGOV302'), ctx);
    assert.deepEqual(unasked.map(result), fixes.map(result));
    // A Python file is linked by paths too when asked.
    const py = detectionFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic', suggestedId: 'chat' }, 'AIGOV304'), ctx, true);
    assert.deepEqual(Object.keys(result(py[0]!)), ['.aigov.yaml']);
    assert.ok(result(py[0]!)['.aigov.yaml']?.includes('    paths:\n      - svc/chat.py\n'));
  });

  it('by paths to a component whose paths are a block list: the file on a line of its own, the edit only that line', async () => {
    const registry = 'version: 1\ncomponents:\n  - id: bot\n    kind: model\n    paths:\n      - svc/**\n';
    const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry, 'svc/m.onnx': 'x' }), { today: '2026-11-25' });
    await engine.indexAll();
    const fixes = detectionFixes(finding('svc/m.onnx', { library: 'onnx', provider: 'local-model', kind: 'model', suggestedId: 'fresh' }, 'AIGOV302'), engine.fixContext(), true);
    assert.equal(fixes[1]?.title, "Link to existing component 'bot' (add to its paths)");
    const [edit] = fixes[1]!.edits;
    assert.equal(applyEdits(registry, fixes[1]!.edits), `${registry}      - svc/m.onnx\n`);
    assert.deepEqual(edit, { kind: 'replace', file: '.aigov.yaml', range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '      - svc/m.onnx\n' });
  });

  it('offers nothing without the library and provider in the data', async () => {
    const ctx = await context();
    assert.deepEqual(detectionFixes(finding('svc/chat.py', undefined), ctx), []);
    assert.deepEqual(detectionFixes(finding('svc/chat.py', { library: 1, provider: 'anthropic' }), ctx), []);
    assert.deepEqual(detectionFixes(finding('svc/chat.py', { library: 'anthropic' }), ctx), []);
    assert.deepEqual(addProviderFixes(finding('svc/chat.py', { provider: 'anthropic', components: ['bot'] }), ctx), []);
  });

  it('AIGOV303: records the provider in each of the first three components named, the first preferred', async () => {
    const ctx = await context();
    const f = (components: unknown): FixProposal[] => addProviderFixes(finding('svc/chat.py', { library: 'anthropic', provider: 'anthropic', components }, 'AIGOV303'), ctx);
    const fixes = f(['missing', 'ranker', 'bot', 'ai-component']);
    assert.deepEqual(fixes.map((x) => [x.title, x.isPreferred, x.safe, x.code]), [
      ["Add provider 'anthropic' to upstream_models of 'ranker'", true, false, 'AIGOV303'],
      ["Add provider 'anthropic' to upstream_models of 'bot'", false, false, 'AIGOV303'],
    ]);
    assert.deepEqual(result(fixes[1]!), { '.aigov.yaml': BOT_ANTHROPIC });
    assert.deepEqual(f([7, 'bot']).map((x) => x.isPreferred), [true]);
    assert.deepEqual(f('bot'), []);
  });

  it('offers no edit of a file whose text it no longer has (deleted since the check)', async () => {
    const ctx = await context();
    const without = (gone: string): FixContext => ({ ...ctx, textOf: (p) => (p === gone ? undefined : ctx.textOf(p)) });
    const data = { library: 'anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true, suggestedId: 'chat' };
    // The source file: no annotation to add, so neither a new component linked by one nor a link.
    assert.deepEqual(detectionFixes(finding('svc/chat.py', data), without('svc/chat.py')), []);
    // The registry: nothing to append to.
    assert.deepEqual(detectionFixes(finding('svc/rank/m.onnx', data, 'AIGOV302'), without('.aigov.yaml'), true), []);
    assert.deepEqual(addProviderFixes(finding('svc/chat.py', { ...data, components: ['ranker'] }, 'AIGOV303'), without('.aigov.yaml')), []);
    // The same findings with both files at hand do get fixes.
    assert.equal(detectionFixes(finding('svc/chat.py', data), ctx).length, 4);
    assert.equal(detectionFixes(finding('svc/rank/m.onnx', data, 'AIGOV302'), ctx, true).length, 4);
  });

  it('offers no fix that would append to a list written as a single value', async () => {
    const registry = 'version: 1\ncomponents:\n  - id: bot\n    kind: llm-app\n    paths: svc/**\n    upstream_models: openai\n  - id: other\n    paths: ["svc/**"]\n';
    const engine = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry, 'svc/m.onnx': 'x', 'svc/a.py': 'import anthropic\n' }), { today: '2026-11-25' });
    await engine.indexAll();
    const ctx = engine.fixContext();
    const model = detectionFixes(finding('svc/m.onnx', { library: 'openai', provider: 'openai', kind: 'model', vendor: true }, 'AIGOV302'), ctx, true);
    assert.deepEqual(model.map((f) => f.title), ["Register new component 'ai-component' in .aigov.yaml", "Link to existing component 'other' (add to its paths); records provider 'openai'"]);
    const py = detectionFixes(finding('svc/a.py', { library: 'anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true }), ctx);
    assert.deepEqual(py.map((f) => f.title), ["Register new component 'ai-component' in .aigov.yaml", "Link to existing component 'other'; records provider 'anthropic'"]);
    const add = addProviderFixes(finding('svc/a.py', { library: 'anthropic', provider: 'anthropic', components: ['bot', 'other'] }, 'AIGOV303'), ctx);
    assert.deepEqual(add.map((f) => [f.title, f.isPreferred]), [["Add provider 'anthropic' to upstream_models of 'other'", true]]);
  });
});
