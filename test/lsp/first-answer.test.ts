import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { copyFixture, FULL_CAPABILITIES, PUSH_ONLY_CAPABILITIES, TestClient } from './harness';

describe('lsp: the first answer while the workspace indexes', () => {
  let client: TestClient | undefined;
  const made: string[] = [];
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** lsp-basic as a git repository with `tools/chat.py` (undeclared openai); the server started with the order hook. */
  async function start(push: boolean): Promise<{ c: TestClient; log: string }> {
    const root = copyFixture('lsp-basic');
    mkdirSync(path.join(root, 'tools'));
    writeFileSync(path.join(root, 'tools', 'chat.py'), 'import openai\n');
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', '-A']);
    const logDir = mkdtempSync(path.join(tmpdir(), 'aigov-order-'));
    made.push(root, logDir);
    const log = path.join(logDir, 'order.log');
    client = await TestClient.start(root, {
      capabilities: push ? PUSH_ONLY_CAPABILITIES : FULL_CAPABILITIES,
      nodeArgs: ['--require', path.join(__dirname, 'hooks', 'order.cjs')],
      env: { AIGOV_ORDER_LOG: log },
    });
    return { c: client, log };
  }

  /** The hook's lines, and where the full index's listing started among them. */
  function order(log: string): { lines: string[]; listing: number } {
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const listing = lines.findIndex((l) => /^spawn \S*git\b.* ls-files\b/.test(l));
    assert.ok(listing >= 0, `the full index listed the files with git:\n${lines.join('\n')}`);
    return { lines, listing };
  }

  it('pushes the diagnostics of a document opened at once before the full index starts listing', async function () {
    this.timeout(60_000);
    const { c, log } = await start(true);
    const uri = await c.open('tools/chat.py', 'python');
    await c.waitFor(() => c.published.get(uri), 'the first diagnostics of tools/chat.py');
    await c.indexed();
    const { lines, listing } = order(log);
    const answered = lines.findIndex((l) => l === `publish ${uri}`);
    assert.ok(answered >= 0, `tools/chat.py was diagnosed:\n${lines.join('\n')}`);
    assert.ok(answered < listing, `tools/chat.py's first diagnostics come before the listing starts:\n${lines.join('\n')}`);
    assert.ok(c.published.get(uri)?.diagnostics.some((d) => d.code === 'AIGOV301'), 'the undeclared openai import is reported');
  });

  it('answers a pull for a document opened at once before the full index starts listing', async function () {
    this.timeout(60_000);
    const { c, log } = await start(false);
    const uri = await c.open('tools/chat.py', 'python');
    const report = await c.pull(uri);
    assert.equal(report.kind, 'full');
    assert.ok(report.kind === 'full' && report.items.some((d) => d.code === 'AIGOV301'), 'the undeclared openai import is reported');
    await c.indexed();
    const { lines, listing } = order(log);
    const answered = lines.findIndex((l) => l.startsWith('report ') && l.includes('AIGOV301'));
    assert.ok(answered >= 0, `the pull was answered:\n${lines.join('\n')}`);
    assert.ok(answered < listing, `the answer comes before the listing starts:\n${lines.join('\n')}`);
  });
});
