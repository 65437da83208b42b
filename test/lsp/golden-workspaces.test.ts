import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { copyFixture, FIXTURES, PUSH_ONLY_CAPABILITIES, REPO, TestClient } from './harness';

const WORKSPACES = ['example', 'lsp-basic', 'polyglot', 'suppressions', 'broken-yaml'].filter((w) => existsSync(path.join(FIXTURES, w)));
const TODAY = '2026-11-25';

interface CliFinding {
  code: string;
  severity: string;
  path: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const key = (p: string, r: CliFinding['range'], code: string, sev: string): string =>
  `${p}:${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${code} ${sev}`;

function cliFindings(root: string): string[] {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { findings: CliFinding[] };
  return json.findings.map((f) => key(f.path, f.range, f.code, f.severity)).sort();
}

describe('lsp: golden workspaces, the same findings as the CLI', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  for (const name of WORKSPACES) {
    it(`${name}: workspace/diagnostic equals \`aigov check --format json\``, async () => {
      const root = copyFixture(name);
      const expected = cliFindings(root);
      client = await TestClient.start(root, { today: TODAY });
      const r = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const prefix = `${client.uri('')}/`;
      const actual = r.items
        .flatMap((i) => (i.kind === 'full' ? i.items.map((d) => key(decodeURIComponent(i.uri.slice(prefix.length)), d.range, String(d.code), SEVERITY[d.severity ?? 0]!)) : []))
        .sort();
      assert.deepEqual(actual, expected);
    });
  }

  it('example: push mode publishes the same findings', async function () {
    if (!existsSync(path.join(FIXTURES, 'example'))) this.skip();
    const root = copyFixture('example');
    const expected = cliFindings(root);
    client = await TestClient.start(root, { today: TODAY, capabilities: PUSH_ONLY_CAPABILITIES });
    const c = client;
    await c.indexed();
    const files = new Set(expected.map((e) => e.split(':')[0]!));
    await c.waitFor(() => [...files].every((f) => c.published.has(c.uri(f))) || undefined, 'every file published');
    await new Promise((r) => setTimeout(r, 300));
    const prefix = `${c.uri('')}/`;
    const actual = [...c.published.values()]
      .flatMap((p) => p.diagnostics.map((d) => key(decodeURIComponent(p.uri.slice(prefix.length)), d.range, String(d.code), SEVERITY[d.severity ?? 0]!)))
      .sort();
    assert.deepEqual(actual, expected);
  });
});
