import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ListComponentsResult } from '../../server/src/protocol/methods';
import { TestClient } from './harness';

/** A repository whose top registry covers services/chat/bot; the editor opens services/chat. */
function repository(): { top: string; folder: string } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'aigov-lsp-above-')));
  const files: Record<string, string> = {
    '.aigov.yaml': 'version: 1\ncomponents:\n  - id: chat\n    kind: llm-app\n    model: { provider: openai }\n    paths: ["services/chat/bot/**"]\n',
    'services/chat/bot/main.py': 'import openai\n',
    'services/chat/tools/named.py': '# @aigov chat\nimport openai\n',
    'services/chat/tools/plain.py': 'import openai\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(top, rel)), { recursive: true });
    writeFileSync(path.join(top, rel), text);
  }
  execFileSync('git', ['init', '-q', top]);
  return { top, folder: path.join(top, 'services', 'chat') };
}

describe('lsp: a workspace folder below a registry of its repository', () => {
  let client: TestClient | undefined;
  let top = '';
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
    rmSync(top, { recursive: true, force: true });
  });

  it('is governed by it: diagnostics as in the whole repository, and the tree says where it is', async () => {
    const repo = repository();
    top = repo.top;
    client = await TestClient.start(repo.folder);
    const c = client;
    await c.indexed();
    const codes = async (rel: string): Promise<string[]> => (await c.pullItems(await c.open(rel, 'python'))).map((d) => `${d.range.start.line + 1} ${String(d.code)}`);
    assert.deepEqual(await codes('bot/main.py'), []);
    assert.deepEqual(await codes('tools/named.py'), []);
    assert.deepEqual(await codes('tools/plain.py'), ['1 AIGOV301']);
    const r = await c.request<ListComponentsResult>('aigov/listComponents', {});
    assert.deepEqual(r.folders.map((f) => [f.registries.length, f.governedFrom]), [[0, ['../../.aigov.yaml']]]);
  });
});
