import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

async function aigov301(files: Record<string, string>): Promise<{ line: number; severity: string; message: string; data: Record<string, unknown> | undefined }[]> {
  const e = new Engine(new InMemoryWorkspace(files), { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === 'AIGOV301')
    .map((f) => ({ line: f.range.start.line, severity: f.severity, message: f.message, data: f.data }));
}

const WITH_MODEL_IDS = 'version: 1\ndetection:\n  model_ids: true\ncomponents:\n  - id: other\n    paths: ["other/**"]\n';

describe('AIGOV301 undeclared-ai-library', () => {
  it('a model id alone is a low-confidence use: an info, not a warning, that names the model and its provider', async () => {
    const out = await aigov301({ '.aigov.yaml': WITH_MODEL_IDS, 'app.py': 'import json\nMODEL = "gpt-4o-mini"\n' });
    assert.equal(out.length, 1);
    const [f] = out;
    assert.equal(f?.line, 1);
    assert.equal(f?.severity, 'info');
    assert.equal(
      f?.message,
      "Model id 'gpt-4o-mini' (openai) appears here, but no component covers this file, so this AI use has no owner or risk record. Register a component in .aigov.yaml or link the file with '@aigov <id>'.",
    );
    assert.equal(f?.data?.confidence, 'low');
    assert.equal(f?.data?.detection, 'model-id');
    assert.equal(f?.data?.library, 'gpt-4o-mini');
    assert.equal(f?.data?.provider, 'openai');
  });

  it('an import is a warning, with its confidence and the client calls that back it in the data', async () => {
    const out = await aigov301({ '.aigov.yaml': WITH_MODEL_IDS, 'app.py': 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o")\n' });
    assert.deepEqual(
      out.map((f) => `${f.line} ${f.severity} ${String(f.data?.confidence)} ${String(f.data?.detection)}`),
      ['0 warning high import'],
    );
    assert.ok(Array.isArray(out[0]?.data?.calls) && (out[0]?.data?.calls as unknown[]).length > 0, 'the client calls are listed');
  });

  it('a file that a component covers has no AIGOV301, whatever it imports', async () => {
    assert.deepEqual(await aigov301({ '.aigov.yaml': WITH_MODEL_IDS, 'other/app.py': 'import openai\nMODEL = "gpt-4o"\n' }), []);
  });
});
