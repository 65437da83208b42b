import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { aigov, api, codeOf, diagnosticsWhere, exists, file, readText } from './helpers.js';

/** A finding of `code` whose message names `id`. */
function finding(ds: vscode.Diagnostic[], code: string, id: string): vscode.Diagnostic | undefined {
  return ds.find((d) => codeOf(d) === code && d.message.includes(`'${id}'`));
}

export function diagnosticsTests(): void {
  describe('diagnostics through vscode.languages.getDiagnostics', () => {
    before(async () => {
      await api();
    });

    it('AIGOV102 (missing incident contact) arrives for a registry that is not open (workspace diagnostics)', async () => {
      const uri = file('services/fraud/.aigov.yaml');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not opened by the test');
      const ds = await diagnosticsWhere(uri, 'AIGOV102 for fraud-scorer', (x) => finding(x, 'AIGOV102', 'fraud-scorer') !== undefined);
      const d = finding(ds, 'AIGOV102', 'fraud-scorer')!;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d.range.start.line, 6);
      assert.equal(d.source, 'aigov · core');
    });

    it('AIGOV101 (missing risk assessment) on the open root registry, with code, docs link and exact range', async () => {
      const uri = file('.aigov.yaml');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const ds = await diagnosticsWhere(uri, 'AIGOV101 for support-chatbot', (x) => finding(x, 'AIGOV101', 'support-chatbot') !== undefined);
      const d = finding(ds, 'AIGOV101', 'support-chatbot')!;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      // Exactly the `risk:` key of support-chatbot's entry.
      const lines = doc.getText().split(/\r?\n/);
      const idLine = lines.findIndex((l) => /- id: support-chatbot\b/.test(l));
      const riskLine = lines.findIndex((l, i) => i > idLine && /^\s+risk:/.test(l));
      const indent = lines[riskLine]!.indexOf('risk');
      assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [riskLine, indent, riskLine, indent + 4]);
      assert.equal(doc.getText(d.range), 'risk');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'AIGOV101');
      assert.match(code.target.toString(), /AIGOV101\.md$/);
    });

    it('the status item counts the open findings and the uncovered AI uses', async () => {
      const a = await api();
      await diagnosticsWhere(file('models/ranker.onnx'), 'AIGOV302 for the uncovered model file', (x) => x.some((d) => codeOf(d) === 'AIGOV302'));
      a.status.update();
      assert.ok(a.status.counts.warnings >= 2, `warnings: ${a.status.counts.warnings}`);
      assert.ok(a.status.counts.uncovered >= 1, `uncovered: ${a.status.counts.uncovered}`);
      assert.match(a.status.text, /^\$\(shield\) \d+ {2}\$\(search\) \d+$/);
    });
  });

  describe('a quick-fix through vscode.executeCodeActionProvider and workspace.applyEdit', () => {
    it('AIGOV101: creates the risk assessment template, links it, and the finding clears', async () => {
      const uri = file('.aigov.yaml');
      const template = file('docs/risk/support-chatbot.md');
      assert.equal(await exists(template), false, 'no template before the fix');
      const d = finding(await diagnosticsWhere(uri, 'AIGOV101', (x) => finding(x, 'AIGOV101', 'support-chatbot') !== undefined), 'AIGOV101', 'support-chatbot')!;

      // The fourth argument resolves the first actions' edits (the server fills them lazily).
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, undefined, 10);
      // The API returns actions without their `diagnostics`: the template fix is the one that names the file.
      const fix = actions.find((a) => /docs\/risk\/support-chatbot\.md/.test(a.title));
      assert.ok(fix, `fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.kind?.value, 'quickfix');
      assert.ok(fix.edit, 'the action carries its edit');
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);

      assert.ok(await exists(template), 'the template file was created');
      const text = await readText(template);
      assert.match(text, /support-chatbot/);
      assert.match(await readText(uri), /assessment:[\s\S]*path: docs\/risk\/support-chatbot\.md/);

      await diagnosticsWhere(uri, 'AIGOV101 for support-chatbot to clear', (x) => finding(x, 'AIGOV101', 'support-chatbot') === undefined);
      assert.equal(finding(aigov(uri), 'AIGOV101', 'support-chatbot'), undefined);
      // Save what the fix changed, as a user would, so later tests see it on disk too.
      await vscode.workspace.saveAll(false);
    });

    it('a suppression is a snippet edit: the same comment, the cursor after "--" where the reason goes', async () => {
      const uri = file('.aigov.yaml');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const original = editor.document.getText();
      const d = (await diagnosticsWhere(uri, 'a finding on the root registry', (x) => x.some((y) => codeOf(y) !== 'AIGOV204'))).find((y) => codeOf(y) !== 'AIGOV204')!;
      const code = codeOf(d)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, undefined, 10);
      const sup = actions.find((a) => a.title.startsWith(`Suppress ${code} on this line`));
      assert.ok(sup?.edit, `fixes offered: ${actions.map((a) => a.title).join(' | ')}`);
      const line = d.range.start.line;
      const indent = /^\s*/.exec(editor.document.lineAt(line).text)![0];
      assert.equal(await vscode.workspace.applyEdit(sup.edit), true);
      const written = `${indent}# @aigov-ignore ${code} -- `;
      assert.equal(editor.document.lineAt(line).text, written);
      // Applied as a snippet: the cursor waits at the final tab stop (a text edit would leave it elsewhere).
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [line, written.length]);
      // A suppression is proposed, never saved on the user's behalf: the file on disk is untouched.
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'), original);
      // Put the registry back as it was, by an edit of this document rather than a revert of
      // whichever editor is active (on a loaded machine the focus can have moved): a comment left
      // behind would be saved by a later test and change what the flows see.
      const doc = editor.document;
      const back = new vscode.WorkspaceEdit();
      back.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      assert.equal(await vscode.workspace.applyEdit(back), true);
      assert.equal(await doc.save(), true);
      assert.equal(doc.getText(), original);
      assert.equal(doc.isDirty, false);
    });
  });
}
