import { strict as assert } from 'node:assert';
import { Engine } from './engine.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';
import { unusedCode } from './testing/codes.js';
import type { RegistryRule } from './rules/types.js';
import { ALL_RULES } from './rules/index.js';
import type { Logger } from './workspace.js';

const UNUSED = unusedCode();

const TODAY = '2026-11-25';
const REGISTRY = `version: 1
organization: { owner: a@example.co.jp, contacts: { incident: i@example.co.jp } }
components:
  - id: chatbot
    intended_purpose: Answer questions
    paths: ["chat/**"]
    risk: { level: minimal, assessment: { path: risk.md } }
`;

async function engine(files: Record<string, string>, rules = ALL_RULES, logger?: Logger): Promise<{ e: Engine; ws: InMemoryWorkspace }> {
  const ws = new InMemoryWorkspace({ 'risk.md': '# r\n', ...files });
  const e = new Engine(ws, { today: TODAY, rules, ...(logger ? { logger } : {}) });
  await e.indexAll();
  return { e, ws };
}

const codes = (e: Engine): string[] => e.findings().map((f) => `${f.file} ${f.code}`);

describe('Engine', () => {
  it('is quiet on a complete registry', async () => {
    const { e } = await engine({ '.aigov.yaml': REGISTRY, 'chat/bot.py': 'print(1)\n' });
    assert.deepEqual(codes(e), []);
  });

  it('does not read files that can hold nothing (no comment language, no parser, not a manifest), yet lists them', async () => {
    const registry = REGISTRY.replace('assessment: { path: risk.md }', 'assessment: { path: docs/risk.pdf }');
    const files = { '.aigov.yaml': registry, 'docs/risk.pdf': '%PDF-1.7 @aigov nothing\n', 'chat/logo.png': '\u0089PNG\u0000\u0000', 'chat/data.json': '{"a": "import openai"}\n', 'LICENSE': 'MIT\n', 'chat/bot.py': 'import openai\n', 'package.json': '{"dependencies": {"openai": "4"}}\n' };
    const { e, ws } = await engine(files);
    for (const p of ['docs/risk.pdf', 'chat/logo.png', 'chat/data.json', 'LICENSE']) {
      assert.ok(!ws.reads.includes(p), `${p} was read`);
      assert.equal(e.factsOf(p)?.kind, 'other', p);
    }
    assert.ok(ws.reads.includes('chat/bot.py') && ws.reads.includes('package.json'));
    assert.deepEqual(e.stats.skipped, [], 'an unread image is not reported as binary');
    // The document exists (no AIGOV103); the manifest and the import are still detected.
    assert.ok(!codes(e).includes('.aigov.yaml AIGOV103'), codes(e).join());
    assert.deepEqual(e.factsOf('chat/bot.py')?.detections.map((d) => d.library), ['openai']);
    assert.ok(codes(e).includes('package.json AIGOV304'), codes(e).join());
    // An edit event for such a file does not read it either.
    ws.reads.length = 0;
    await e.updateFile('chat/data.json');
    assert.deepEqual(ws.reads, []);
  });

  it('re-analyses one edited source file without touching the others', async () => {
    const { e, ws } = await engine({ '.aigov.yaml': REGISTRY, 'chat/bot.py': 'print(1)\n', 'tools/a.py': 'x = 1\n' });
    ws.reads.length = 0;
    await e.updateFile('tools/a.py', '# @aigov chatbt\n');
    assert.deepEqual(ws.reads, [], 'editor text is used, nothing is read');
    assert.deepEqual(codes(e), ['tools/a.py AIGOV201']);
    await e.updateFile('tools/a.py', '# @aigov chatbot\n');
    assert.deepEqual(codes(e), []);
  });

  it('rebuilds coverage when a registry changes', async () => {
    const { e } = await engine({ '.aigov.yaml': REGISTRY, 'chat/bot.py': 'print(1)\n', 'x.py': '# @aigov other\n' });
    assert.deepEqual(codes(e), ['x.py AIGOV201']);
    await e.updateFile('.aigov.yaml', `${REGISTRY}  - id: other\n    intended_purpose: p\n    risk: { level: minimal, assessment: { path: risk.md } }\n`);
    assert.deepEqual(codes(e), []);
    assert.deepEqual(e.model.filesOf('other'), ['x.py']);
    assert.deepEqual(e.model.filesOf('chatbot'), ['chat/bot.py']);
  });

  it('forgets a deleted file and a deleted registry', async () => {
    const { e, ws } = await engine({ '.aigov.yaml': REGISTRY, 'chat/bot.py': 'print(1)\n', 'x.py': '# @aigov nope\n' });
    ws.delete('x.py');
    await e.updateFile('x.py');
    assert.deepEqual(codes(e), []);
    ws.delete('.aigov.yaml');
    await e.updateFile('.aigov.yaml');
    assert.equal(e.model.components.length, 0);
  });

  it('applies the nearest registry: nested files win, globs are relative to their file', async () => {
    const nested = 'version: 1\ncomponents:\n  - id: inner\n    paths: ["*.py"]\n';
    const { e } = await engine({ '.aigov.yaml': REGISTRY.replace('chat/**', '**'), 'team/.aigov.yaml': nested, 'team/a.py': '', 'chat/b.py': '' });
    assert.equal(e.model.governing('team/a.py')?.path, 'team/.aigov.yaml');
    assert.deepEqual(e.model.coverage('team/a.py').map((c) => c.id), ['inner']);
    assert.deepEqual(e.model.coverage('chat/b.py').map((c) => c.id), ['chatbot']);
  });

  it('applies severity overrides from the registry and switches codes off', async () => {
    const reg = `${REGISTRY.replace('version: 1\n', 'version: 1\nrules: { AIGOV201: warning, AIGOV203: off }\n')}  - id: empty\n    intended_purpose: p\n    risk: { level: minimal, assessment: { path: risk.md } }\n`;
    const { e } = await engine({ '.aigov.yaml': reg, 'chat/a.py': '', 'y.py': '# @aigov nope\n' });
    assert.deepEqual(e.findings().map((f) => `${f.code} ${f.severity}`), ['AIGOV201 warning']);
  });

  describe('suppressions apply only with a reason', () => {
    const REG = `${REGISTRY}  - id: nameless
    risk: { level: minimal, assessment: { path: risk.md } }
`;
    const run = async (source: string, registry = REGISTRY): Promise<string[]> => codes((await engine({ '.aigov.yaml': registry, 'chat/bot.py': '', 'x.py': source })).e);

    it('a suppression with a reason hides the finding on its line, or in its file', async () => {
      assert.deepEqual(await run('# @aigov-ignore-file AIGOV201 -- ids come from the platform registry\nx = 1\n# @aigov nope\n'), []);
      assert.deepEqual(await run('# @aigov-ignore AIGOV201 -- ids come from the platform registry\nx = 1  # @aigov nope\n'), []);
      assert.deepEqual(await run('# @aigov-ignore AIGOV201 -- only the next line\nx = 1\ny = 2  # @aigov nope\n'), ['x.py AIGOV201']);
    });

    for (const [what, tag] of [
      ['no reason', '# @aigov-ignore AIGOV201'],
      ['an empty reason', '# @aigov-ignore AIGOV201 --'],
      ['a reason of spaces only', '# @aigov-ignore AIGOV201 --   '],
      ['a reason of Unicode spaces only', '# @aigov-ignore AIGOV201 -- \u3000\u2003'],
    ] as const) {
      it(`a line suppression with ${what} hides nothing, and AIGOV204 says so`, async () => {
        assert.deepEqual(await run(`${tag}\nx = 1  # @aigov nope\n`), ['x.py AIGOV204', 'x.py AIGOV201']);
      });
      it(`a file suppression with ${what} hides nothing`, async () => {
        assert.deepEqual(await run(`${tag.replace('@aigov-ignore', '@aigov-ignore-file')}\nx = 1\n# @aigov nope\n`), ['x.py AIGOV204', 'x.py AIGOV201']);
      });
    }

    it('in a registry, a suppression above a component covers its findings only with a reason', async () => {
      const suppressed = (line: string) => REG.replace('  - id: nameless', `${line}\n  - id: nameless`);
      assert.deepEqual(await run('', REG), ['.aigov.yaml AIGOV108', '.aigov.yaml AIGOV203']);
      assert.deepEqual(await run('', suppressed('  # @aigov-ignore AIGOV108, AIGOV203 -- a placeholder until the team names it')), []);
      assert.deepEqual(await run('', suppressed('  # @aigov-ignore AIGOV108, AIGOV203 --  \u3000')), ['.aigov.yaml AIGOV204', '.aigov.yaml AIGOV108', '.aigov.yaml AIGOV203']);
    });

    it('a line suppression with no line after it hides nothing', async () => {
      // Its target line does not exist: it must not match findings that name no component either.
      assert.deepEqual(await run('x = 1  # @aigov nope\n# @aigov-ignore AIGOV201 -- nothing follows'), ['x.py AIGOV201']);
    });

    it('AIGOV204 itself cannot be suppressed', async () => {
      assert.deepEqual(await run('# @aigov-ignore-file AIGOV204 -- quiet please\n# @aigov-ignore AIGOV201\nx = 1  # @aigov nope\n'), ['x.py AIGOV204', 'x.py AIGOV201']);
    });
  });

  it('isolates a rule that throws: logged once, other findings still arrive', async () => {
    const errors: string[] = [];
    const boom: RegistryRule = {
      code: UNUSED, slug: 'boom', defaultSeverity: 'error', pack: 'core', scope: 'registry', summary: 's', description: 'd',
      check() {
        throw new Error('kaboom');
      },
    };
    const logger: Logger = { info() {}, warn() {}, error: (m) => void errors.push(m) };
    const { e } = await engine({ '.aigov.yaml': REGISTRY, 'chat/bot.py': '', 'a/.aigov.yaml': 'version: 1\n', 'x.py': '# @aigov nope\n' }, [...ALL_RULES, boom], logger);
    // Each registry the rule failed on says so (AIGOV009 naming it); nothing else changes.
    assert.deepEqual(codes(e), ['.aigov.yaml AIGOV009', 'a/.aigov.yaml AIGOV009', 'x.py AIGOV201']);
    assert.ok(e.findings().filter((f) => f.code === 'AIGOV009').every((f) => f.data?.rule === UNUSED));
    assert.equal(errors.filter((m) => m.includes(UNUSED)).length, 1);
  });

  it('a pack switched off in the settings is no framework of any registry, even one that selects it', async () => {
    const registry = `${REGISTRY}frameworks: [eu-ai-act, nist-ai-rmf]\n`;
    const on = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: TODAY });
    const off = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: TODAY, packs: { 'eu-ai-act': 'off', 'nist-ai-rmf': 'warning' } });
    await on.indexAll();
    await off.indexAll();
    const frameworks = (e: Engine): string[] => [...e.model.registries].flatMap((r) => [...e.model.frameworksOf(r)]).sort();
    assert.deepEqual(frameworks(on), ['core', 'eu-ai-act', 'nist-ai-rmf']);
    assert.deepEqual(frameworks(off), ['core', 'nist-ai-rmf']);
  });

  it('sorts findings deterministically', async () => {
    const { e } = await engine({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: b\n  - id: a\n', 'z.py': '# @aigov q\n', 'a.py': '# @aigov q\n' });
    const list = e.findings().map((f) => `${f.file}:${f.range.start.line}:${f.code}`);
    assert.deepEqual(list, [...list].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).sort((x, y) => x.split(':')[0]!.localeCompare(y.split(':')[0]!) || Number(x.split(':')[1]) - Number(y.split(':')[1])));
  });
});

describe('Engine keeping lines instead of texts (a check)', () => {
  const files = {
    '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n',
    'ai.py': '"""A long docstring."""\n\nimport os\nimport openai  # the SDK\n\n# @aigov bot\ndef ask():\n    # @aigov-ignore AIGOV201 -- reviewed\n    return openai.OpenAI()\n',
    'tagged.ts': '// @aigov nobody\nexport const x = 1;\n',
    'plain.py': 'print(1)\n',
  };

  it('keeps no text of a file that holds something, only the line each fact starts on, and finds the same', async () => {
    const whole = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
    await whole.indexAll();
    const ws = new InMemoryWorkspace(files);
    const lines = new Engine(ws, { today: '2026-11-25', keep: 'lines' });
    await lines.indexAll();
    const ai = lines.factsOf('ai.py');
    assert.equal(ai?.source, undefined, 'no text kept');
    assert.deepEqual(ai?.lines, {
      3: 'import openai  # the SDK',
      5: '# @aigov bot',
      7: '    # @aigov-ignore AIGOV201 -- reviewed',
      8: '    return openai.OpenAI()',
    });
    assert.deepEqual(lines.factsOf('tagged.ts')?.lines, { 0: '// @aigov nobody' });
    assert.equal(whole.factsOf('ai.py')?.source?.text, files['ai.py'], 'the default keeps the text');
    assert.equal(lines.factsOf('.aigov.yaml')?.source?.text, files['.aigov.yaml'], 'registries keep their text');
    assert.deepEqual(lines.findings(), whole.findings());
    // The whole text is still there when asked for: read again.
    ws.reads.length = 0;
    assert.equal((await lines.sourceOf('ai.py'))?.text, files['ai.py']);
    assert.deepEqual(ws.reads, ['ai.py']);
  });
});
