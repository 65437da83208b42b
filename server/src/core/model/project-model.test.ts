import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { ParsedRegistry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';
import type { FileStat } from '../workspace.js';
import type { FileFacts } from './file-facts.js';
import { pathsMatcher, ProjectModel } from './project-model.js';

const REGISTRY = `version: 1
organization: { owner: ai@example.co.jp, contacts: { incident: oncall@example.co.jp } }
components:
  - id: bot-a
    kind: llm-app
    intended_purpose: Answer questions
  - id: scorer-b
    kind: model
    intended_purpose: Score answers
    paths: ["bot/**"]
    model: { provider: openai }
`;

async function engine(files: Record<string, string>): Promise<Engine> {
  const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
  await e.indexAll();
  return e;
}

describe('ProjectModel coverage', () => {
  it('a file that an annotation names and another component\'s paths match belongs to both', async () => {
    const e = await engine({ '.aigov.yaml': REGISTRY, 'bot/answer.py': '# @aigov bot-a\nimport openai\n' });
    assert.deepEqual(e.model.coverage('bot/answer.py').map((c) => c.id), ['bot-a', 'scorer-b']);
    assert.deepEqual(e.model.filesOf('bot-a'), ['bot/answer.py']);
    assert.deepEqual(e.model.filesOf('scorer-b'), ['bot/answer.py']);
    const codes = e.findings().map((f) => `${f.file} ${f.code} ${String(f.data?.id ?? f.data?.provider ?? '')}`);
    // scorer-b has code (no AIGOV203) and names the provider bot/answer.py uses (no AIGOV303).
    assert.ok(!codes.some((c) => / AIGOV(203|303) /.test(c)), codes.join('\n'));
  });

  it('a component named twice in a file, and by its own paths, covers it once', async () => {
    const e = await engine({ '.aigov.yaml': REGISTRY, 'bot/answer.py': '# @aigov scorer-b\n# @aigov scorer-b\nimport openai\n' });
    assert.deepEqual(e.model.coverage('bot/answer.py').map((c) => c.id), ['scorer-b']);
    assert.deepEqual(e.model.filesOf('scorer-b'), ['bot/answer.py']);
    assert.deepEqual(e.model.filesOf('bot-a'), []);
  });

  it('the union only adds what the paths match: an annotated file outside them keeps its annotation alone', async () => {
    const e = await engine({ '.aigov.yaml': REGISTRY, 'jobs/run.py': '# @aigov bot-a\nimport openai\n' });
    assert.deepEqual(e.model.coverage('jobs/run.py').map((c) => c.id), ['bot-a']);
    const codes = e.findings().map((f) => `${f.file} ${f.code}`);
    assert.ok(codes.includes('jobs/run.py AIGOV303'), codes.join('\n'));
    assert.ok(codes.includes('.aigov.yaml AIGOV203'), codes.join('\n'));
  });
});

describe('ProjectModel', () => {
  const reg = (path: string, text: string): ParsedRegistry => new ParsedRegistry(new SourceFile(path, text));
  const POS = { line: 0, character: 0 };
  const RANGE = { start: POS, end: POS };
  const facts = (path: string, ids: string[] = [], kind: FileFacts['kind'] = 'source'): [string, FileFacts] => [
    path,
    { path, kind, annotations: { annotations: ids.map((id) => ({ id, scope: 'file' as const, range: RANGE, idRange: RANGE })), suppressions: [], malformed: [] }, detections: [] },
  ];
  const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id);

  it('the nearest registry in a folder or above governs a path; .aigov.yaml wins over .aigov.yml', () => {
    const yml = reg('a/.aigov.yml', 'version: 1\ncomponents:\n  - id: from-yml\n');
    const yaml = reg('a/.aigov.yaml', 'version: 1\ncomponents:\n  - id: from-yaml\n');
    const nested = reg('a/b/.aigov.yaml', 'version: 1\n');
    const model = new ProjectModel([nested, yml, yaml], new Map());
    assert.deepEqual(model.registries.map((r) => r.path), ['a/.aigov.yaml', 'a/.aigov.yml', 'a/b/.aigov.yaml']);
    assert.deepEqual(ids(model.components), ['from-yaml', 'from-yml']);
    for (let round = 0; round < 2; round++) {
      assert.equal(model.governing('a/x.py'), yaml);
      assert.equal(model.governing('a/c/d/x.py'), yaml);
      assert.equal(model.governing('a/b/x.py'), nested);
      assert.equal(model.governing('a/b/c/x.py'), nested);
      assert.equal(model.governing('x.py'), undefined);
      assert.equal(model.governing('z/x.py'), undefined);
    }
    const root = reg('.aigov.yaml', 'version: 1\n');
    assert.equal(new ProjectModel([root, nested], new Map()).governing('z/y/x.py'), root);
  });

  it('finds components by id: the first of duplicates, every one, the one in a given file, the closest', () => {
    const r1 = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: chat-bot\n  - id: scorer\n');
    const r2 = reg('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: chat-bot\n  - id: alpha\n');
    const model = new ProjectModel([r2, r1], new Map());
    assert.deepEqual(model.componentIds, ['alpha', 'chat-bot', 'scorer']);
    assert.equal(model.component('chat-bot')?.registry, r1);
    assert.deepEqual(model.componentsWithId('chat-bot').map((c) => c.registry.path), ['.aigov.yaml', 'sub/.aigov.yaml']);
    assert.deepEqual(model.componentsWithId('nope'), []);
    assert.equal(model.componentIn('sub/.aigov.yaml', 'chat-bot')?.registry, r2);
    assert.equal(model.componentIn('sub/.aigov.yaml', 'scorer'), undefined);
    assert.equal(model.component('nope'), undefined);
    assert.equal(model.closestId('chat-bott'), 'chat-bot');
    assert.equal(model.closestId('chat-bott'), 'chat-bot');
    assert.equal(model.closestId('zzzzzzzz'), undefined);
  });

  it('coverage by paths comes from the governing registry only, relative to its folder', () => {
    const root = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: everything\n    paths: ["**"]\n');
    const sub = reg('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: ai\n    paths: ["ai/**", "  "]\n  - id: blank\n    paths: ["  "]\n');
    const files = new Map([facts('x.py'), facts('sub/ai/m.py'), facts('sub/other.py'), facts('sub/.aigov.yaml', [], 'registry'), facts('ai/m.py')]);
    const model = new ProjectModel([root, sub], files);
    assert.deepEqual(ids(model.pathCoverage('sub/ai/m.py')), ['ai']);
    assert.deepEqual(ids(model.pathCoverage('sub/other.py')), []);
    assert.deepEqual(ids(model.pathCoverage('ai/m.py')), ['everything']);
    assert.deepEqual(model.filesOf('ai'), ['sub/ai/m.py']);
    assert.deepEqual(model.filesOf('everything'), ['ai/m.py', 'x.py']);
    assert.deepEqual(model.filesOf('blank'), []);
    assert.deepEqual(model.filesOf('nope'), []);
  });

  it('a registry outside the folders of a file does not cover it, and a registry file is never covered', () => {
    const sub = reg('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: all\n    paths: ["**"]\n');
    const files = new Map([facts('x.py'), facts('sub/a.py'), facts('sub/.aigov.yaml', [], 'registry'), facts('sub/.aigov.yml', ['all'], 'registry')]);
    const model = new ProjectModel([sub], files);
    assert.deepEqual(model.pathCoverage('x.py'), []);
    assert.deepEqual(model.filesOf('all'), ['sub/a.py']);
  });

  it('coverage by annotation adds the components named, once each, and ignores ids no registry declares', () => {
    const r = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n  - id: globbed\n    paths: ["src/**"]\n');
    const files = new Map([facts('src/a.py', ['nope', 'bot', 'bot']), facts('lib/b.py', ['nope'])]);
    const model = new ProjectModel([r], files);
    assert.deepEqual(ids(model.coverage('src/a.py')), ['bot', 'globbed']);
    assert.deepEqual(ids(model.coverage('lib/b.py')), []);
    assert.deepEqual(model.filesOf('bot'), ['src/a.py']);
    assert.deepEqual(model.filesOf('globbed'), ['src/a.py']);
  });

  it('files of a component follow the facts once coverage is invalidated', () => {
    const r = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n    paths: ["src/**"]\n');
    const files = new Map([facts('src/b.py')]);
    const model = new ProjectModel([r], files);
    assert.deepEqual(model.filesOf('bot'), ['src/b.py']);
    files.set(...facts('src/a.py'));
    files.set(...facts('lib/c.py', ['bot']));
    assert.deepEqual(model.filesOf('bot'), ['src/b.py']);
    model.invalidateCoverage();
    assert.deepEqual(model.filesOf('bot'), ['lib/c.py', 'src/a.py', 'src/b.py']);
  });

  it('a registry that does not parse governs as its last good parse, when one was kept', () => {
    const broken = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n    paths: ["src/**"\n');
    const good = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n    paths: ["src/**"]\n');
    const files = new Map([facts('src/a.py'), facts('lib/b.py', ['bot'])]);
    const model = new ProjectModel([broken], files, new Map(), undefined, new Map(), new Set(), (p) => (p === '.aigov.yaml' ? good : undefined));
    assert.ok(broken.syntaxErrors.length > 0);
    assert.equal(model.governing('src/a.py'), broken);
    assert.equal(model.governance('src/a.py'), good);
    assert.equal(model.governance('x/y.py'), good);
    assert.equal(model.standInFor(broken), good);
    assert.equal(model.standInFor(good), undefined);
    assert.deepEqual(ids(model.pathCoverage('src/a.py')), ['bot']);
    assert.deepEqual(ids(model.coverage('lib/b.py')), ['bot']);
    assert.deepEqual(model.filesOf('bot'), ['lib/b.py', 'src/a.py']);
    assert.equal(model.coverageUnknown('src/a.py'), false);
    assert.equal(model.coverageUnknown('lib/b.py'), false);
    // What the broken parse declares is not what is declared.
    assert.deepEqual(model.componentIds, []);
  });

  it('without a last good parse, coverage is unknown where the broken registry governs or an undeclared id is named', () => {
    const broken = reg('sub/.aigov.yaml', 'version: 1\ncomponents: [\n');
    const root = reg('.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n');
    const files = new Map([facts('sub/a.py'), facts('b.py', ['bot']), facts('c.py', ['elsewhere']), facts('d.py')]);
    for (const lastGood of [undefined, () => undefined, () => broken, () => reg('sub/.aigov.yaml', 'a: [\n')]) {
      const model = new ProjectModel([broken, root], files, new Map(), undefined, new Map(), new Set(), lastGood);
      assert.equal(model.coverageUnknown('sub/a.py'), true);
      assert.equal(model.coverageUnknown('b.py'), false);
      assert.equal(model.coverageUnknown('c.py'), true);
      assert.equal(model.coverageUnknown('d.py'), false);
      assert.equal(model.standInFor(broken), undefined);
      assert.equal(model.governance('sub/a.py'), broken);
    }
    // Every registry parses: never unknown, whatever a file names.
    assert.equal(new ProjectModel([root], files).coverageUnknown('c.py'), false);
  });

  it('an annotation naming a component of a last good parse covers, and its id is known', () => {
    const broken = reg('sub/.aigov.yaml', 'version: 1\ncomponents: [\n');
    const good = reg('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: kept\n');
    const other = reg('other/.aigov.yaml', 'version: 1\ncomponents: [\n');
    const files = new Map([facts('x.py', ['kept'])]);
    const model = new ProjectModel([broken, other], files, new Map(), undefined, new Map(), new Set(), (p) => (p === 'sub/.aigov.yaml' ? good : undefined));
    assert.deepEqual(ids(model.coverage('x.py')), ['kept']);
    assert.equal(model.coverageUnknown('x.py'), false);
    assert.equal(model.coverageUnknown('other/y.py'), true);
  });

  it('of two last good parses that declare an id, the first registry\'s covers, as for declared ids', () => {
    const brokenA = reg('a/.aigov.yaml', 'version: 1\ncomponents: [\n');
    const brokenB = reg('b/.aigov.yaml', 'version: 1\ncomponents: [\n');
    const good = new Map([brokenA, brokenB].map((r) => [r.path, reg(r.path, 'version: 1\ncomponents:\n  - id: dup\n')]));
    const model = new ProjectModel([brokenB, brokenA], new Map([facts('x.py', ['dup'])]), new Map(), undefined, new Map(), new Set(), (p) => good.get(p));
    assert.deepEqual(model.coverage('x.py').map((c) => c.registry.path), ['a/.aigov.yaml']);
    assert.equal(model.coverage('x.py')[0], good.get('a/.aigov.yaml')?.components[0]);
  });

  it('documents: listed or stat\'ed as files exist; folders; drafts; links out of the workspace', () => {
    const stats = new Map<string, FileStat | undefined>([
      ['docs/r.md', { type: 'file', size: 1, mtimeMs: 0 }],
      ['docs', { type: 'directory', size: 0, mtimeMs: 0 }],
      ['docs/out.md', { type: 'file', size: 1, mtimeMs: 0, escapes: true }],
      ['docs/dev', { type: 'other', size: 0, mtimeMs: 0 }],
      ['docs/gone.md', undefined],
    ]);
    const draft = { sections: ['A'], total: 1 };
    const model = new ProjectModel([], new Map([facts('src/a.py')]), stats, undefined, new Map([['docs/r.md', draft]]));
    assert.deepEqual(['src/a.py', 'docs/r.md', 'docs', 'docs/dev', 'docs/gone.md', 'nope.md'].map((p) => model.exists(p)), [true, true, false, false, false, false]);
    assert.deepEqual(['', 'docs', 'docs/r.md', 'src', 'nope'].map((p) => model.isFolder(p)), [true, true, false, false, false]);
    assert.equal(model.draftOf('docs/r.md'), draft);
    assert.equal(model.draftOf('src/a.py'), undefined);
    assert.deepEqual(['docs/out.md', 'docs/r.md', 'nope'].map((p) => model.escapes(p)), [true, false, false]);
  });

  it('frameworks: core always, then the registry\'s, or the override; packs turned off never', () => {
    const r = reg('.aigov.yaml', 'version: 1\nframeworks: [eu-ai-act, iso-42001]\n');
    assert.deepEqual([...new ProjectModel([r], new Map()).frameworksOf(r)], ['core', 'eu-ai-act', 'iso-42001']);
    assert.deepEqual([...new ProjectModel([r], new Map()).frameworksOf(undefined)], ['core']);
    assert.deepEqual([...new ProjectModel([r], new Map(), new Map(), ['nist-ai-rmf']).frameworksOf(r)], ['core', 'nist-ai-rmf']);
    assert.deepEqual([...new ProjectModel([r], new Map(), new Map(), undefined, new Map(), new Set(['eu-ai-act'])).frameworksOf(r)], ['core', 'iso-42001']);
    assert.deepEqual([...new ProjectModel([r], new Map(), new Map(), [], new Map(), new Set()).frameworksOf(r)], ['core']);
  });
});

describe('pathsMatcher', () => {
  it('matches inside a glob\'s literal folder only, the folder itself included', () => {
    const m = pathsMatcher(['src/ai/**', 'lib/model.py']);
    assert.deepEqual(['src/ai/x.py', 'src/ai', 'src/aix/x.py', 'src/x.py', 'lib/model.py', 'lib/model.pyc', 'x/src/ai/y.py'].map(m), [true, true, false, false, true, false, false]);
  });

  it('sends every path to the glob when one is negated or has no literal folder', () => {
    assert.equal(pathsMatcher(['src/**', '!src/gen/**'])('lib/x.py'), true);
    assert.equal(pathsMatcher(['src/**', '**/*.py'])('deep/x.py'), true);
    assert.equal(pathsMatcher(['src/**', '*.py'])('x.py'), true);
  });

  it('matches dot files, and nothing for no glob or blank ones', () => {
    assert.equal(pathsMatcher(['src/**'])('src/.env'), true);
    assert.equal(pathsMatcher([])('x'), false);
    assert.equal(pathsMatcher(['', ''])('x'), false);
    assert.equal(pathsMatcher(['', 'src/**'])('src/x'), true);
  });
});

describe('ProjectModel with registries above the root', () => {
  const TOP = `version: 1
detection:
  ignore: [chat/gen]
components:
  - id: chat
    kind: llm-app
    model: { provider: openai }
    paths: ["chat/bot/**"]
  - id: shared
    kind: ml-model
`;
  async function below(files: Record<string, string>, above: { path: string; offset: string; text: string }[]): Promise<Engine> {
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25', above });
    await e.indexAll();
    return e;
  }
  const codes = (e: Engine): string[] => e.findings().map((f) => `${f.file}:${f.range.start.line + 1} ${f.code}`);

  it('the nearest governs what no registry of the root does; its paths are relative to its own folder', async () => {
    const e = await below(
      {
        'bot/main.py': 'import openai\n',
        'tools/x.py': '# @aigov shared\nimport torch\n',
        'tools/y.py': 'import openai\n',
        'gen/z.py': 'import openai\n',
        'own/.aigov.yaml': 'version: 1\ncomponents:\n  - id: own\n    kind: llm-app\n    owner: a@b.jp\n    paths: ["**"]\n',
        'own/w.py': '# @aigov chat\nimport anthropic\n',
      },
      [
        { path: '../.aigov.yaml', offset: 'chat/', text: TOP },
        { path: '../../.aigov.yaml', offset: 'x/chat/', text: 'version: 1\ncomponents:\n  - id: far\n    kind: llm-app\n    paths: ["**"]\n' },
      ],
    );
    const m = e.model;
    assert.equal(m.governing('bot/main.py')?.path, '../.aigov.yaml');
    assert.equal(m.governing('own/w.py')?.path, 'own/.aigov.yaml');
    assert.deepEqual(m.above.map((r) => r.path), ['../.aigov.yaml', '../../.aigov.yaml']);
    assert.deepEqual(m.coverage('bot/main.py').map((c) => c.id), ['chat']);
    assert.deepEqual(m.coverage('tools/y.py'), []);
    assert.deepEqual(m.filesOf('chat'), ['bot/main.py', 'own/w.py']);
    // Annotations resolve ids declared above (`own/w.py` names `chat`); only the root's registries are its own.
    assert.deepEqual(m.coverage('own/w.py').map((c) => c.id), ['chat', 'own']);
    assert.deepEqual(m.registries.map((r) => r.path), ['own/.aigov.yaml']);
    assert.deepEqual(m.components.map((c) => c.id), ['own']);
    assert.equal(m.detectionOf('gen/z.py').ignored('gen/z.py'), true);
    assert.equal(m.detectionOf('tools/y.py').ignored('tools/y.py'), false);
    assert.equal(m.aboveUnknown, false);
    // No finding sits in a registry above; the one of the root has its own.
    const found = codes(e);
    assert.ok(!found.some((c) => c.startsWith('../')), found.join('\n'));
    assert.deepEqual(found.filter((c) => !c.startsWith('own/.aigov.yaml')), ['own/w.py:2 AIGOV303', 'tools/y.py:1 AIGOV301']);
  });

  it('an id declared by the root and above: an annotation names the root\'s, even where the one above covers by paths', async () => {
    const e = await below(
      { 'own/.aigov.yaml': 'version: 1\ncomponents:\n  - id: chat\n    kind: llm-app\n    owner: a@b.jp\n', 'bot/main.py': '# @aigov chat\nimport openai\n', 'bot/other.py': 'import openai\n' },
      [{ path: '../.aigov.yaml', offset: 'chat/', text: TOP }],
    );
    const m = e.model;
    assert.deepEqual(m.componentsWithId('chat').map((c) => c.registry.path), ['own/.aigov.yaml', '../.aigov.yaml']);
    assert.deepEqual(m.coverage('bot/main.py').map((c) => c.registry.path), ['own/.aigov.yaml']);
    assert.deepEqual(m.coverage('bot/other.py').map((c) => c.registry.path), ['../.aigov.yaml']);
  });

  it('one that does not parse leaves coverage unknown for what it governs, and ids unknown everywhere', async () => {
    const e = await below({ 'bot/main.py': 'import openai\n', 'tools/x.py': '# @aigov nobody\nimport torch\n' }, [{ path: '../.aigov.yaml', offset: 'chat/', text: 'components: [\n' }]);
    assert.equal(e.model.aboveUnknown, true);
    assert.equal(e.model.coverageUnknown('bot/main.py'), true);
    assert.deepEqual(codes(e), []);
    // A registry of the root governs its own files as before.
    const own = await below(
      { '.aigov.yaml': 'version: 1\ncomponents: []\n', 'bot/main.py': 'import openai\n' },
      [{ path: '../.aigov.yaml', offset: 'chat/', text: 'components: [\n' }],
    );
    assert.equal(own.model.coverageUnknown('bot/main.py'), false);
    assert.ok(codes(own).includes('bot/main.py:1 AIGOV301'), codes(own).join('\n'));
  });
});
