import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { rmSync } from 'node:fs';
import { bigWorkspace, copyFixture, PUSH_ONLY_CAPABILITIES, REPO, TestClient } from './harness';

describe('lsp: lifecycle and transports', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('initialize: announces every feature, pull diagnostics with interFileDependencies', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const caps = client.initializeResult.capabilities;
    assert.equal(client.initializeResult.serverInfo?.name, 'aigov');
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'aigov', interFileDependencies: true, workspaceDiagnostics: true });
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: false });
    assert.deepEqual(caps.codeActionProvider, {
      codeActionKinds: ['quickfix', 'refactor.aigov.registerComponent', 'refactor.aigov.recordIncident', 'refactor.aigov.markReported', 'refactor.aigov.newRiskAssessment', 'quickfix.aigov.suppress'],
      resolveProvider: true,
    });
    for (const k of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider'] as const) assert.ok(caps[k], k);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [' ']);
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.documentLinkProvider);
    assert.deepEqual(caps.executeCommandProvider?.commands, ['aigov.server.showRuleDocumentation', 'aigov.server.recordIncident', 'aigov.server.markIncidentReported', 'aigov.server.openDocument']);
    assert.deepEqual(caps.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  it('initialize: no diagnosticProvider for a client that cannot pull (push instead)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { capabilities: PUSH_ONLY_CAPABILITIES });
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    assert.equal(client.initializeResult.capabilities.codeActionProvider && typeof client.initializeResult.capabilities.codeActionProvider, 'object');
  });

  it('survives the deletion of its workspace folder while it indexes, and keeps answering', async function () {
    this.timeout(60_000);
    const root = bigWorkspace(40);
    client = await TestClient.start(root);
    const c = client;
    // Gone while the server lists and reads it (4k files: indexing takes a while).
    rmSync(root, { recursive: true, force: true });
    await c.indexed();
    const r = await c.request<{ folders: unknown[] }>('aigov/listComponents', {});
    assert.ok(Array.isArray(r.folders));
    assert.equal(c.child.exitCode, null, 'the server is still running');
    assert.doesNotMatch(c.stderr, /Unhandled|TypeError|RangeError/);
  });

  it('indexes once with work-done progress, registers watchers and configuration, reads settings per folder', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    const c = client;
    await c.waitFor(() => c.progress.some((p) => p.value.kind === 'end') || undefined, 'progress end');
    assert.equal(c.progressCreated.length, 1);
    const kinds = c.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(c.progress.every((p) => p.token === c.progressCreated[0]));
    const watch = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watch, 'watchers registered dynamically');
    assert.deepEqual((watch.registerOptions as { watchers: unknown[] }).watchers, [{ globPattern: { baseUri: c.uri(''), pattern: '**/*' } }]);
    assert.ok(c.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
    assert.ok(c.configurationRequests >= 1);
    assert.deepEqual(c.modelChanged[0], { folderUris: [c.uri('')], reason: 'indexed' });
  });

  it('shutdown then exit ends the process with code 0', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    await client.indexed();
    assert.equal(await client.stop(), 0);
  });

  it('aigov lsp --stdio runs the same server through the CLI', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { via: 'cli' });
    const uri = await client.open('src/legacy.ts', 'typescript');
    const items = await client.pullItems(uri);
    assert.deepEqual(items.map((d) => d.code), ['AIGOV201']);
    assert.equal(await client.stop(), 0);
  });

  it('aigov lsp --node-ipc runs over node IPC', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { via: 'cli', transport: 'ipc' });
    const uri = await client.open('src/legacy.ts', 'typescript');
    assert.deepEqual((await client.pullItems(uri)).map((d) => d.code), ['AIGOV201']);
  });

  it('dist/server.js --node-ipc works directly (the VS Code client starts it this way)', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { transport: 'ipc' });
    await client.indexed();
    assert.ok((await client.pullItems(client.uri('.aigov.yaml'))).some((d) => d.code === 'AIGOV101'));
  });

  it('aigov lsp --help prints the usage; a bad --today is a usage error (exit 2)', () => {
    const cli = path.join(REPO, 'dist', 'cli.js');
    const help = spawnSync(process.execPath, [cli, 'lsp', '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: aigov lsp/);
    const bad = spawnSync(process.execPath, [cli, 'lsp', '--stdio', '--today', '2026-13-45'], { encoding: 'utf8', input: '' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--today/);
  });

  it('survives garbage requests: unknown documents, bad params, unknown methods', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    assert.deepEqual(await c.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await c.request('textDocument/hover', { textDocument: { uri: c.uri('nope/missing.py') }, position: { line: 99, character: 99 } }), null);
    assert.deepEqual(await c.request('textDocument/codeLens', { textDocument: { uri: 'file:///elsewhere/.aigov.yaml' } }), []);
    await assert.rejects(c.request('aigov/noSuchMethod', {}), /Unhandled method|not found/i);
    const report = await c.pull('file:///outside/the/workspace.py');
    assert.deepEqual(report, { kind: 'full', items: [] });
    // Still alive and answering.
    const uri = await c.open('src/legacy.ts', 'typescript');
    assert.deepEqual((await c.pullItems(uri)).map((d) => d.code), ['AIGOV201']);
  });
});
