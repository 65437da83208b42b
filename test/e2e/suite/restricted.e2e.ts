import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, componentsOf, diagnosticsWhere, exists, file, indexedComponents } from './helpers.js';

/**
 * The suite in an untrusted workspace (restricted mode, `npm run test:e2e` runs it as a second
 * step): the extension declares limited support, so it activates, shows findings and views, and
 * refuses what writes files or runs the CLI.
 */
export function restrictedTests(): void {
  describe('restricted mode (untrusted workspace)', () => {
    it('the workspace is untrusted, and the extension activates with its language server', async () => {
      assert.equal(vscode.workspace.isTrusted, false);
      const a = await api();
      assert.equal(a.server.state, 'running');
    });

    it('findings arrive: AIGOV102 on the registry of services/fraud', async () => {
      const uri = file('services/fraud/.aigov.yaml');
      const ds = await diagnosticsWhere(uri, 'AIGOV102 in restricted mode', (x) => x.some((d) => codeOf(d) === 'AIGOV102'));
      assert.ok(ds.length > 0);
    });

    it('the views answer: the registrations list the fixture components', async () => {
      const r = await indexedComponents(await api());
      assert.ok(componentsOf(r).some((c) => c.id === 'fraud-scorer'));
    });

    it('commands that write files or run the CLI do nothing', async () => {
      const folder = file('sandbox-restricted');
      await vscode.workspace.fs.createDirectory(folder);
      assert.equal(await vscode.commands.executeCommand('aigov.init', { folder }), undefined);
      assert.equal(await exists(vscode.Uri.joinPath(folder, '.aigov.yaml')), false, 'no registry written');
      const report = file('out/restricted-report.html');
      assert.equal(await vscode.commands.executeCommand('aigov.generateReport', { format: 'html', target: report }), undefined);
      assert.equal(await exists(report), false, 'the CLI did not run');
      const bom = file('out/restricted-bom.json');
      assert.equal(await vscode.commands.executeCommand('aigov.exportBom', { target: bom }), undefined);
      assert.equal(await exists(bom), false);
      assert.equal(await vscode.commands.executeCommand('aigov.newRiskAssessment', 'fraud-scorer'), false);
    });
  });
}
