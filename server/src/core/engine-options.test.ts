import { strict as assert } from 'node:assert';
import { todayIso } from './dates.js';
import { Engine } from './engine.js';
import { ALL_RULES } from './rules/index.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';

describe('engine options', () => {
  it("checks today's date unless told another, with every rule unless given some", async () => {
    const ws = new InMemoryWorkspace({});
    assert.equal(new Engine(ws).today, todayIso());
    assert.equal(new Engine(ws, { today: '2026-01-02' }).today, '2026-01-02');
    assert.equal(new Engine(ws).allRules, ALL_RULES);
    const few = ALL_RULES.slice(0, 2);
    assert.equal(new Engine(ws, { rules: few }).allRules, few);
  });

  it("passes the editor's detection settings to indexing", async () => {
    const files = { 'a.py': 'm = "claude-3-opus-20240229"\n' };
    const libs = async (modelIds: boolean | undefined) => {
      const e = new Engine(new InMemoryWorkspace(files), modelIds === undefined ? {} : { detection: { modelIds } });
      await e.indexAll();
      return e.factsOf('a.py')?.detections.map((d) => d.library) ?? [];
    };
    assert.deepEqual(await libs(true), ['claude-3-opus-20240229']);
    assert.deepEqual(await libs(false), []);
    assert.deepEqual(await libs(undefined), []);
  });

  it('never checks a pack turned off in the editor, whatever a registry selects; other pack settings set severities', async () => {
    const files = {
      '.aigov.yaml': 'version: 1\nframeworks: [nist-ai-rmf]\norganization: { owner: o@example.com, contacts: { incident: i@example.com } }\ncomponents:\n  - id: bot\n    owner: o@example.com\n    intended_purpose: p\n    risk: { level: minimal }\n',
    };
    const packs = async (settings?: Record<string, 'off' | 'error'>) => {
      const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25', ...(settings ? { packs: settings } : {}) });
      await e.indexAll();
      return e.findings().filter((f) => e.allRules.find((r) => r.code === f.code)?.pack === 'nist-ai-rmf').map((f) => f.severity);
    };
    const on = await packs();
    assert.ok(on.length > 0, 'the registry selects the pack');
    assert.deepEqual(await packs({ 'nist-ai-rmf': 'off' }), []);
    assert.deepEqual(await packs({ 'eu-ai-act': 'off' }), on, 'another pack off');
    assert.deepEqual(await packs({ 'nist-ai-rmf': 'error' }), on.map(() => 'error'));
  });

  it('checks the packs given instead of those a registry selects', async () => {
    const files = { '.aigov.yaml': 'version: 1\nframeworks: [nist-ai-rmf]\ncomponents:\n  - id: bot\n    intended_purpose: p\n' };
    const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25', frameworks: ['eu-ai-act'] });
    await e.indexAll();
    const packsSeen = new Set(e.findings().map((f) => e.allRules.find((r) => r.code === f.code)?.pack));
    assert.ok(!packsSeen.has('nist-ai-rmf') && packsSeen.has('eu-ai-act'), [...packsSeen].join());
  });
});
