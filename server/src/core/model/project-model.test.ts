import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

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
