import { strict as assert } from 'node:assert';
import { ParsedRegistry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';
import { detectionSettings, libraryUses, linkCandidates, manifestUses, mentionsProvider, pythonSourceRoot, shadowedByLocalModule, suggestComponentId, suggestIdForUse } from './reconcile.js';
import type { Detection } from './types.js';

function registry(text: string, path = '.aigov.yaml'): ParsedRegistry {
  const reg = new ParsedRegistry(new SourceFile(path, `version: 1\n${text}`));
  assert.deepEqual([...reg.syntaxErrors, ...reg.schemaProblems], []);
  return reg;
}

/** A detection of `library` (provider: the library's name unless given) at `line:col` (0-based). */
function det(kind: Detection['kind'], library: string, line: number, col = 0, more: Partial<Detection> = {}): Detection {
  return {
    kind,
    library,
    provider: library,
    confidence: 'medium',
    range: { start: { line, character: col }, end: { line, character: col + library.length } },
    evidence: library,
    ...more,
  };
}

const NONE = new Set<string>();
const no = (): boolean => false;

/** `library@line:col confidence +calls` of each use, in order. */
function uses(detections: Detection[], opts: { exists?: (p: string) => boolean; modelIds?: boolean; extras?: ReadonlySet<string> } = {}, path = 'app/run.py'): string[] {
  return libraryUses(path, detections, { exists: opts.exists ?? no, modelIds: opts.modelIds ?? false, extras: opts.extras ?? NONE }).map(
    (u) => `${u.anchor.kind}:${u.anchor.library}@${u.anchor.range.start.line}:${u.anchor.range.start.character} ${u.confidence} +${u.calls.length}`,
  );
}

describe('detection: the registry settings (detection.ignore, model_ids, libraries.extra)', () => {
  it('ignores files and folders below the globs, relative to the registry, a leading / anchoring there', () => {
    const s = detectionSettings(registry('detection:\n  ignore: [" /vendor ", "//gen/", "**/cache"]\n', 'svc/.aigov.yaml'));
    for (const p of ['svc/vendor/x.py', 'svc/vendor/deep/y.ts', 'svc/gen/a.py', 'svc/.tools/cache/m.py', 'svc/a/cache/b/c.py']) assert.equal(s.ignored(p), true, p);
    for (const p of ['svc/app/vendor.py', 'svc/x.py', 'svc/generated/a.py']) assert.equal(s.ignored(p), false, p);
  });

  it('a blank glob, or a lone /, matches nothing and does not throw', () => {
    const s = detectionSettings(registry('detection:\n  ignore: ["  ", "/", "///"]\n'));
    for (const p of ['x.py', 'a/b.py', '.hidden/c.py']) assert.equal(s.ignored(p), false, p);
  });

  it('reads model_ids only when true, and the names of libraries.extra trimmed, strings or objects', () => {
    const s = detectionSettings(registry('detection:\n  model_ids: true\n  libraries:\n    extra: [" acme-llm ", { name: "zeta-sdk ", provider: zeta }]\n'));
    assert.equal(s.modelIds, true);
    assert.deepEqual([...s.extras].sort(), ['acme-llm', 'zeta-sdk']);
    const none = detectionSettings(registry('components: []\n'));
    assert.equal(none.modelIds, false);
    assert.equal(none.extras.size, 0);
    assert.equal(none.ignored('x.py'), false);
    assert.equal(detectionSettings(undefined).ignored('x.py'), false);
  });

  it('a registry above the root matches the root\'s offset from its folder followed by the path', () => {
    const s = detectionSettings(registry('detection:\n  ignore: [chat/gen, /chat/vendor, "**/cache"]\n', '../.aigov.yaml'), 'chat/');
    for (const p of ['gen/z.py', 'gen/deep/a.ts', 'vendor/x.py', 'a/cache/b.py']) assert.equal(s.ignored(p), true, p);
    // Not the path read from the workspace root, nor one relative to `..`.
    for (const p of ['z.py', 'tools/gen/y.py', 'chat/gen/z.py', 'chat/vendor/x.py']) assert.equal(s.ignored(p), false, p);
  });

  it('reads a registry once: the same settings object each time', () => {
    const reg = registry('detection:\n  ignore: [vendor]\n');
    assert.equal(detectionSettings(reg), detectionSettings(reg));
  });
});

describe('detection: Python source roots and local modules', () => {
  it('climbs packages up to the workspace root, which may be a package itself', () => {
    const files = new Set(['__init__.py', 'pkg/__init__.py', 'pkg/sub/__init__.py']);
    assert.equal(pythonSourceRoot('pkg/sub/mod.py', (p) => files.has(p)), '');
    assert.equal(pythonSourceRoot('top.py', (p) => files.has(p)), '');
  });

  it('the importing file itself never shadows the SDK it is named after', () => {
    const files = new Set(['openai.py']);
    assert.equal(shadowedByLocalModule('openai.py', 'openai', (p) => files.has(p)), false);
    assert.equal(shadowedByLocalModule('run.py', 'openai', (p) => files.has(p)), true);
  });
});

describe('detection: library uses of a file', () => {
  it('leaves out artefacts, manifests and type-only imports; calls without an import are nothing', () => {
    const ds = [det('artefact', 'onnx', 0), det('manifest', 'openai', 1), det('import', 'anthropic', 2, 0, { typeOnly: true }), det('call', 'cohere', 3)];
    assert.deepEqual(uses(ds), []);
  });

  it('anchors at the first value import of a library, whatever the order of the detections', () => {
    const ds = [det('import', 'openai', 9, 4), det('import', 'openai', 2, 7, { typeOnly: true }), det('import', 'openai', 5, 2), det('import', 'openai', 5, 0)];
    assert.deepEqual(uses(ds), ['import:openai@5:0 medium +0']);
  });

  it('orders the uses by place and raises a medium import backed by calls to high, nothing else', () => {
    const ds = [
      det('import', 'openai', 8),
      det('call', 'openai', 9),
      det('import', 'torch', 1, 0, { confidence: 'low' }),
      det('call', 'torch', 2),
      det('import', 'anthropic', 4, 0, { confidence: 'high' }),
      det('import', 'cohere', 6),
    ];
    assert.deepEqual(uses(ds), ['import:torch@1:0 low +1', 'import:anthropic@4:0 high +0', 'import:cohere@6:0 medium +0', 'import:openai@8:0 high +1']);
  });

  it('a model id counts only when model_ids is on, once per provider, and not for a provider already imported', () => {
    const ds = [det('model-id', 'gpt-4o', 1, 0, { provider: 'openai' }), det('model-id', 'gpt-4.1', 2, 0, { provider: 'openai' }), det('model-id', 'claude-3', 3, 0, { provider: 'anthropic' }), det('import', 'anthropic', 5)];
    assert.deepEqual(uses(ds, { modelIds: true }), ['model-id:gpt-4o@1:0 low +0', 'import:anthropic@5:0 medium +0']);
    assert.deepEqual(uses(ds), ['import:anthropic@5:0 medium +0']);
  });

  it("keeps an extra library's detection only when this file's registry declares it", () => {
    const ds = [det('import', 'acme', 1, 0, { extra: true }), det('import', 'zeta', 2, 0, { extra: true, family: 'Zeta' })];
    assert.deepEqual(uses(ds), []);
    assert.deepEqual(uses(ds, { extras: new Set(['acme', 'Zeta']) }), ['import:acme@1:0 medium +0', 'import:zeta@2:0 medium +0']);
  });

  it('only a Python import naming a top-level module can be shadowed by a workspace file', () => {
    const everything = (): boolean => true;
    const ds = [det('import', 'openai', 1, 0, { localModule: 'openai' }), det('import', '@anthropic-ai/sdk', 2, 0, { provider: 'anthropic' }), det('call', '@anthropic-ai/sdk', 3, 0, { provider: 'anthropic' })];
    assert.deepEqual(uses(ds, { exists: everything }, 'app/run.ts'), ['import:@anthropic-ai/sdk@2:0 high +1']);
  });
});

describe('detection: manifest uses', () => {
  it('one per dependency line, manifests only, extras only when declared', () => {
    const ds = [
      det('manifest', 'openai', 1, 2),
      det('manifest', 'openai-agents', 1, 2),
      det('manifest', 'openai', 1, 9),
      det('import', 'torch', 3),
      det('manifest', 'acme', 4, 0, { extra: true }),
      det('manifest', 'zeta', 5, 0, { extra: true, family: 'Zeta' }),
    ];
    const shown = (extras: ReadonlySet<string>): string[] => manifestUses(ds, extras).map((d) => `${d.library}@${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(shown(NONE), ['openai@1:2', 'openai@1:9']);
    assert.deepEqual(shown(new Set(['acme', 'Zeta'])), ['openai@1:2', 'openai@1:9', 'acme@4:0', 'zeta@5:0']);
  });
});

describe('detection: components that name a provider', () => {
  const reg = registry(
    [
      'components:',
      '  - { id: a, name: A, kind: llm-app, model: { provider: Open AI } }',
      '  - { id: b, name: B, kind: agent, model: { name: Claude_3.5 } }',
      '  - { id: c, name: C, kind: model, upstream_models: [{ provider: acme-ai }] }',
      '  - { id: d, name: D, kind: llm-app, upstream_models: [{ provider: x }, { provider: y, name: GEMINI-pro }] }',
      '  - { id: e, name: E, kind: llm-app }',
      '',
    ].join('\n'),
  );
  const named = (provider: string): string[] => reg.components.filter((c) => mentionsProvider(c, provider)).map((c) => c.id);

  it('in the model, the upstream models or the kind, whatever the case and separators', () => {
    assert.deepEqual(named('openai'), ['a']);
    assert.deepEqual(named('anthropic'), ['b']);
    assert.deepEqual(named('google'), ['d']);
    assert.deepEqual(named('acme-ai'), ['c']);
  });

  it('a provider that squashes to nothing is named by none', () => {
    assert.deepEqual(named(''), []);
    assert.deepEqual(named('-'), []);
  });
});

describe('detection: the components a file most likely belongs to', () => {
  const reg = registry(
    [
      'components:',
      '  - { id: far, name: F, kind: model, paths: ["other/**", "services/x/**"] }',
      '  - { id: near, name: N, kind: model, paths: ["services/chat/**"] }',
      '  - { id: agent, name: A, kind: agent }',
      '  - { id: vendor, name: V, kind: model, model: { provider: openai } }',
      '  - { id: app, name: P, kind: llm-app }',
      '  - { id: wild, name: W, kind: model, paths: ["**/*.py"] }',
      '  - { id: app, name: Q, kind: llm-app }',
      '',
    ].join('\n'),
    'repo/.aigov.yaml',
  );
  const ids = (path: string, provider: string | undefined, kind: string | undefined, limit?: number): string[] => linkCandidates(reg, path, provider, kind, limit).map((c) => c.id);

  it('the provider first, then the nearest paths, then the kind, then the order of the registry', () => {
    assert.deepEqual(ids('repo/services/chat/bot.py', 'openai', 'llm-app', 10), ['vendor', 'near', 'far', 'wild', 'app', 'agent']);
    assert.deepEqual(ids('repo/services/chat/bot.py', 'openai', 'llm-app'), ['vendor', 'near', 'far']);
    assert.deepEqual(ids('repo/services/chat/bot.py', undefined, 'agent', 4), ['near', 'far', 'wild', 'agent']);
    assert.deepEqual(ids('repo/services/chat/bot.py', 'openai', undefined, 1), ['vendor']);
  });

  it("a component whose globs start at the file's folder is no nearer than one below it", () => {
    const two = registry('components:\n  - { id: deep, name: D, kind: agent, paths: ["a/b/**"] }\n  - { id: same, name: S, kind: agent, paths: ["a/**"] }\n');
    assert.deepEqual(linkCandidates(two, 'a/x.py', undefined, undefined).map((c) => c.id), ['deep', 'same']);
  });

  it('ties keep the order of the registry', () => {
    assert.deepEqual(ids('repo/x.py', undefined, undefined, 10), ['far', 'near', 'wild', 'agent', 'vendor', 'app']);
  });

  it('a file at the root is not near a component whose globs start with a wildcard', () => {
    const root = registry('components:\n  - { id: wild, name: W, kind: model, paths: ["**/*.py"] }\n  - { id: agent, name: A, kind: agent }\n');
    assert.deepEqual(linkCandidates(root, 'bot.py', undefined, 'agent').map((c) => c.id), ['agent', 'wild']);
    assert.deepEqual(linkCandidates(undefined, 'x.py', 'openai', 'agent'), []);
  });
});

describe('detection: suggested ids for new components', () => {
  it('a use: after the nearest meaningful folder, else the file, never a dot-folder', () => {
    assert.equal(suggestIdForUse('alpha/beta/bot.py', no), 'beta');
    assert.equal(suggestIdForUse('billing/.cache/bot.py', no), 'billing');
    assert.equal(suggestIdForUse('src/summarize.ts', no), 'summarize');
    assert.equal(suggestIdForUse('src/.env.py', no), 'ai-component');
  });

  it('a use: numbered from 2 when the id is taken', () => {
    const taken = new Set(['beta', 'beta-2', 'beta-3']);
    assert.equal(suggestIdForUse('alpha/beta/bot.py', (id) => taken.has(id)), 'beta-4');
  });

  it('a component: the folder, else a file stem that is not generic, with what it is', () => {
    assert.equal(suggestComponentId('alpha/beta/m.onnx', 'm-model', no), 'beta-m-model');
    assert.equal(suggestComponentId('src/.cache/main.onnx', 'onnx-model', no), 'onnx-model');
    assert.equal(suggestComponentId('src/classifier.onnx', 'x-model', no), 'classifier-x-model');
    assert.equal(suggestComponentId('src/classifier.onnx', 'classifier', no), 'classifier');
    assert.equal(suggestComponentId('sentiment/app.py', '', no), 'sentiment-ai');
    assert.equal(suggestComponentId('app.py', '***', no), 'ai');
  });

  it('a component: numbered from 2 when the id is taken', () => {
    const taken = new Set(['beta-m-model', 'beta-m-model-2']);
    assert.equal(suggestComponentId('alpha/beta/m.onnx', 'm-model', (id) => taken.has(id)), 'beta-m-model-3');
  });
});
