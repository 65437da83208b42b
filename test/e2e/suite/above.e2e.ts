import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { aigov, api, codeOf, diagnosticsWhere, file, label, waitFor, workspaceRoot } from './helpers.js';

/**
 * A workspace folder inside a repository whose registry is at the top (test/e2e/workspace.ts
 * prepareAboveWorkspace: `mono/.aigov.yaml` covers `services/chat/bot/**`; the editor opens
 * `mono/services/chat`). The folder is governed from above, the Registrations view says where
 * from, and an edit of that registry on disk, outside the workspace, reaches the diagnostics.
 */
export function aboveTests(): void {
  describe('a workspace folder below the registry of its repository', () => {
    const top = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), '..', '..', '.aigov.yaml');

    it('reports only the files that registry does not cover', async () => {
      await api();
      await diagnosticsWhere(file('tools/plain.py'), 'AIGOV301 in tools/plain.py', (ds) => ds.some((d) => codeOf(d) === 'AIGOV301'));
      assert.deepEqual(aigov(file('bot/main.py')).map(codeOf), []);
    });

    it('the Registrations view names the registry above instead of offering a new one', async () => {
      const a = await api();
      const labels = await waitFor('the governed-from-above message', async () => {
        const got = (await a.registrations.getChildren()).map(label);
        return got.some((l) => l.includes('../../.aigov.yaml')) ? got : undefined;
      }, [a.server.onDidChangeModel]);
      assert.equal(labels.length, 1, labels.join(' | '));
      assert.match(labels[0]!, /^Also governed by \.\.\/\.\.\/\.aigov\.yaml, in a folder above this workspace/);
    });

    it('an edit of that registry on disk reaches the diagnostics', async () => {
      const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(top()));
      const after = before.replace('"services/chat/bot/**"', '"services/chat/bot/**", "services/chat/tools/**"');
      assert.notEqual(after, before);
      await vscode.workspace.fs.writeFile(top(), new TextEncoder().encode(after));
      await diagnosticsWhere(file('tools/plain.py'), 'AIGOV301 to clear', (ds) => !ds.some((d) => codeOf(d) === 'AIGOV301'), 60_000);
      await vscode.workspace.fs.delete(top());
      await diagnosticsWhere(file('bot/main.py'), 'AIGOV301 once nothing governs the folder', (ds) => ds.some((d) => codeOf(d) === 'AIGOV301'), 60_000);
    });
  });
}
