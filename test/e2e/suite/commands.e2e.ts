import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IncidentInfo } from '../../../client/src/protocol.js';
import { aigov, api, codeOf, componentsOf, diagnosticsWhere, exists, file, indexedComponents, label, readText, waitFor } from './helpers.js';
import { hasHands, shot, ui } from './ui.js';

/** Appends a component with no risk assessment to the root registry, as a user would type it. */
async function addComponent(id: string): Promise<void> {
  const uri = file('.aigov.yaml');
  const doc = await vscode.workspace.openTextDocument(uri);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const edit = new vscode.WorkspaceEdit();
  const eol = doc.getText().endsWith('\n') ? '' : '\n';
  edit.insert(uri, end, `${eol}  - id: ${id}\n    kind: model\n    owner: e2e@example.co.jp\n    intended_purpose: Exercise the commands\n    risk: { level: minimal }\n`);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await doc.save();
}

export function commandsTests(): void {
  describe('commands', () => {
    before(async () => {
      await indexedComponents(await api());
    });

    it('aigov.refresh and aigov.showOutput run', async () => {
      await vscode.commands.executeCommand('aigov.refresh');
      await vscode.commands.executeCommand('aigov.showOutput');
    });

    it('aigov.newRiskAssessment runs the AIGOV101 fix of a component', async () => {
      const a = await api();
      await addComponent('e2e-widget');
      const uri = file('.aigov.yaml');
      await diagnosticsWhere(uri, 'AIGOV101 for e2e-widget', (ds) => ds.some((d) => codeOf(d) === 'AIGOV101' && d.message.includes("'e2e-widget'")));
      await waitFor('e2e-widget in aigov/listComponents', async () => (componentsOf(await indexedComponents(a)).some((c) => c.id === 'e2e-widget') ? true : undefined), [a.server.onDidChangeModel]);
      assert.equal(await vscode.commands.executeCommand('aigov.newRiskAssessment', 'e2e-widget'), true);
      assert.ok(await exists(file('docs/risk/e2e-widget.md')));
      await diagnosticsWhere(uri, 'AIGOV101 for e2e-widget to clear', (ds) => !ds.some((d) => codeOf(d) === 'AIGOV101' && d.message.includes("'e2e-widget'")));
    });

    it('aigov.addIncidentContact runs the AIGOV102 fix (the owner becomes the contact)', async () => {
      const uri = file('services/fraud/.aigov.yaml');
      await diagnosticsWhere(uri, 'AIGOV102', (ds) => ds.some((d) => codeOf(d) === 'AIGOV102'));
      assert.equal(await vscode.commands.executeCommand('aigov.addIncidentContact', 'fraud-scorer'), true);
      assert.match(await readText(uri), /incident: team-risk@example\.co\.jp/);
      await diagnosticsWhere(uri, 'AIGOV102 to clear', (ds) => !ds.some((d) => codeOf(d) === 'AIGOV102'));
    });

    it('item 11: Record Incident asks title, severity (with its deadline) and the day of awareness, then opens the new entry', async function () {
      if (!hasHands()) this.skip();
      const uri = file('.aigov.yaml');
      const before = (await readText(uri)).match(/- id: INC-/g)?.length ?? 0;
      const done = vscode.commands.executeCommand<boolean>('aigov.recordIncident', 'support-chatbot');
      await ui({ op: 'input', text: "Showed another customer's order" });
      await ui({ op: 'waitFor', selector: '.quick-input-widget .monaco-list-row', text: 'within 15 days' });
      await shot('item11-record-severity');
      await ui({ op: 'pick', label: 'serious' });
      await ui({ op: 'input', text: '2026-11-24' });
      assert.equal(await done, true);
      const text = await readText(uri);
      assert.equal(text.match(/- id: INC-/g)?.length ?? 0, before + 1);
      assert.match(text, /title: Showed another customer's order\n\s+detected: 2026-11-24\n\s+severity: serious/);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.fsPath, uri.fsPath, 'the registry is open');
      assert.match(editor!.document.getText(editor!.selection), /^id: INC-2026-\d{3}/, 'at the new entry');
      const a = await api();
      await waitFor('the new incident in aigov/listComponents', async () => {
        const c = componentsOf(await indexedComponents(a)).find((x) => x.id === 'support-chatbot');
        return c && c.incidents.some((i) => i.detected === '2026-11-24') ? true : undefined;
      }, [a.server.onDidChangeModel]);
      await shot('item11-recorded');
    });

    it('item 11: Mark Incident Reported asks confirmation, date and authority; the Incidents list keeps its order', async function () {
      if (!hasHands()) this.skip();
      const a = await api();
      await vscode.commands.executeCommand('aigov.incidents.focus');
      const order = async () => (await a.incidents.getChildren()).map(label);
      await waitFor('two open incidents', async () => ((await order()).length >= 2 ? true : undefined), [a.server.onDidChangeModel]);
      const before = await order();
      const node = (await a.incidents.getChildren()).find((n) => label(n) === 'INC-2026-004');
      assert.ok(node);
      const done = vscode.commands.executeCommand<boolean>('aigov.markReported', node);
      await ui({ op: 'waitFor', selector: '.quick-input-widget', text: 'Mark INC-2026-004 reported' });
      await shot('item11-mark-confirm');
      await ui({ op: 'pick', label: 'Mark reported' });
      await ui({ op: 'input', text: '2026-11-25' });
      await ui({ op: 'input', text: 'Market surveillance authority, ref. MS-2026-17' });
      assert.equal(await done, true);
      const yaml = await readText(file('services/fraud/.aigov.yaml'));
      assert.match(yaml, /reported: 2026-11-25/);
      assert.match(yaml, /authority: Market surveillance authority, ref\. MS-2026-17/);
      await waitFor('INC-2026-004 reported', async () => {
        const i = (await a.incidents.getChildren()).find((n) => label(n) === 'INC-2026-004')?.value as IncidentInfo | undefined;
        return i?.reported ? true : undefined;
      }, [a.server.onDidChangeModel]);
      assert.deepEqual(await order(), before, 'no re-sort under the cursor');
      await ui({ op: 'waitFor', text: 'reported 2026-11-25', within: 'Incidents' });
      await shot('item11-reported');
    });

    it('aigov.registerComponent registers a file with undeclared AI use', async () => {
      const uri = file('services/search/rank.go');
      await diagnosticsWhere(uri, 'AIGOV301', (ds) => ds.some((d) => codeOf(d) === 'AIGOV301'));
      await vscode.window.showTextDocument(uri);
      assert.equal(await vscode.commands.executeCommand('aigov.registerComponent', { uri, auto: true }), true);
      assert.match(await readText(file('.aigov.yaml')), /- id: rank\b/);
      await diagnosticsWhere(uri, 'AIGOV301 to clear', (ds) => !ds.some((d) => codeOf(d) === 'AIGOV301'));
      assert.deepEqual(aigov(uri).filter((d) => codeOf(d) === 'AIGOV301'), []);
    });

    it('aigov.registerComponent explains what to do for a binary model file', async () => {
      assert.equal(await vscode.commands.executeCommand('aigov.registerComponent', { uri: file('models/ranker.onnx'), auto: true }), false);
    });

    it('aigov.init writes a starter registry into a folder without one', async () => {
      const folder = file('sandbox');
      await vscode.workspace.fs.createDirectory(folder);
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('aigov.init', { folder });
      assert.ok(created);
      assert.equal(created.toString(), vscode.Uri.joinPath(folder, '.aigov.yaml').toString());
      assert.match(await readText(created), /version: 1/);
    });

    it('aigov.generateReport writes the HTML report', async () => {
      const target = file('out/report.html');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('aigov.generateReport', { format: 'html', target });
      assert.equal(written?.toString(), target.toString());
      const html = await readText(target);
      assert.match(html, /<html/i);
      assert.match(html, /fraud-scorer/);
    });

    it('aigov.exportBom writes a CycloneDX AI-BOM', async () => {
      const target = file('out/bom.cdx.json');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('aigov.exportBom', { target });
      assert.equal(written?.toString(), target.toString());
      const bom = JSON.parse(await readText(target)) as { bomFormat: string; specVersion: string };
      assert.equal(bom.bomFormat, 'CycloneDX');
      assert.equal(bom.specVersion, '1.6');
    });

    it('a crashed language server is restarted with an output notice (counted), and answers again', async () => {
      const a = await api();
      // The process the client forked (a private field of the library; this test started it).
      const pidOf = () => (a.server.client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid;
      const pid = pidOf();
      assert.ok(pid, 'the server runs as a child process');
      const restartsBefore = a.server.crashRestarts;
      process.kill(pid, 'SIGKILL');
      await waitFor(
        'the server to be restarted after the crash',
        () => (a.server.crashRestarts === restartsBefore + 1 && a.server.state === 'running' && pidOf() !== undefined && pidOf() !== pid ? true : undefined),
        [a.server.onDidChangeState],
      );
      const r = await indexedComponents(a);
      assert.ok(componentsOf(r).some((c) => c.id === 'fraud-scorer'));
    });

    it('aigov.restartServer restarts the language server, which answers again', async () => {
      const a = await api();
      await vscode.commands.executeCommand('aigov.restartServer');
      assert.equal(a.server.state, 'running');
      const r = await indexedComponents(a);
      assert.ok(componentsOf(r).some((c) => c.id === 'fraud-scorer'));
    });
  });
}
