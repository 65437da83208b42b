import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, file, indexedComponents, workspaceRoot } from './helpers.js';

export function activationTests(): void {
  describe('activation on the example workspace', () => {
    it('opens the copied example workspace with aigov.today set', () => {
      const root = workspaceRoot();
      assert.equal(root.scheme, 'file');
      assert.equal(vscode.workspace.getConfiguration('aigov', root).get('today'), '2026-11-25');
    });

    it('activates (workspaceContains:**/.aigov.yaml) and starts the language server', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      const a = await api();
      assert.ok(ext.isActive);
      assert.equal(a.server.state, 'running');
      assert.equal(a.server.client.name, 'AI Governance');
      // The id VS Code derives `aigov.trace.server` from.
      assert.equal((a.server.client as unknown as { _id: string })._id, 'aigov');
    });

    it('registers every command of package.json', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const declared = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepEqual(declared.filter((c) => !registered.has(c)), []);
    });

    it('the server indexes both registries of the workspace', async () => {
      const r = await indexedComponents(await api());
      const registries = r.folders.flatMap((f) => f.registries.map((g) => g.path)).sort();
      assert.deepEqual(registries, ['.aigov.yaml', 'services/fraud/.aigov.yaml']);
      assert.equal(r.today, '2026-11-25');
      assert.ok(file('.aigov.yaml'));
    });
  });
}
