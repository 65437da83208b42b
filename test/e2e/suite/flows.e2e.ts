import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ComponentInfo } from '../../../client/src/protocol.js';
import { api, codeOf, componentsOf, description, diagnosticsWhere, exists, file, indexedComponents, label, readText, waitFor } from './helpers.js';
import { hasHands, shot, ui } from './ui.js';

/**
 * What a lead and an engineer do by hand, done with the harness's hands (clicks and keys in the
 * workbench, screenshots under artifacts/e2e/): a stray bracket, a template that is still a
 * draft, a new risk assessment of an assessed component.
 */

async function component(id: string): Promise<ComponentInfo | undefined> {
  return componentsOf(await indexedComponents(await api())).find((c) => c.id === id);
}

/** Waits until the server's tree data for a component satisfies `ok`. */
async function componentWhere(id: string, what: string, ok: (c: ComponentInfo) => boolean): Promise<ComponentInfo> {
  const a = await api();
  return waitFor(`${id}: ${what}`, async () => {
    const c = await component(id);
    return c && ok(c) ? c : undefined;
  }, [a.server.onDidChangeModel]);
}

/** Puts the cursor at the end of the first line matching `re` in an editor, as a click there would. */
async function cursorAtEndOf(uri: vscode.Uri, re: RegExp): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const doc = editor.document;
  for (let i = 0; i < doc.lineCount; i++) {
    if (!re.test(doc.lineAt(i).text)) continue;
    const end = doc.lineAt(i).range.end;
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    return editor;
  }
  throw new Error(`no line ${re} in ${uri.fsPath}`);
}

/** Longer than VS Code's 250 ms light-bulb delay plus the 500 ms it gives a pending Ctrl+. request. */
const CURSOR_SETTLE_MS = 1_000;

/**
 * Opens the quick-fix menu (Ctrl+.) at the cursor and waits for `entry` in it. VS Code sends an
 * automatic code-action request (the light bulb's) 250 ms after the cursor moves; when that comes
 * while a Ctrl+. request is still on its way back, VS Code waits 500 ms more, drops the pending
 * Ctrl+. request and says "No code actions available", although the server answered with the
 * fixes (seen on a loaded machine). So the cursor settles first, as a user's does. A diagnostics
 * update of the file schedules the same automatic request, and one can land at that moment:
 * Escape and ask again, up to three times.
 */
async function quickFixMenu(entry: string): Promise<void> {
  await new Promise((r) => setTimeout(r, CURSOR_SETTLE_MS));
  for (let attempt = 1; ; attempt++) {
    await ui({ op: 'press', keys: 'Control+.' });
    try {
      await ui({ op: 'waitFor', text: entry, within: '.action-widget', timeoutMs: 10_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await ui({ op: 'press', keys: 'Escape' });
    }
  }
}

export function flowsTests(): void {
  describe('flows by hand (clicks, keys, screenshots)', function () {
    before(async function () {
      if (!hasHands()) this.skip();
      await indexedComponents(await api());
      await vscode.commands.executeCommand('aigov.registrations.focus');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('item 2: a stray ] gives one AIGOV001 with the count; the views keep the last good components, marked stale', async () => {
      const a = await api();
      const uri = file('.aigov.yaml');
      await cursorAtEndOf(uri, /^frameworks: \[/);
      await ui({ op: 'type', text: ']' });
      const ds = await diagnosticsWhere(uri, 'AIGOV001', (x) => x.some((d) => codeOf(d) === 'AIGOV001'));
      const syntax = ds.filter((d) => codeOf(d) === 'AIGOV001');
      assert.equal(syntax.length, 1, syntax.map((d) => d.message).join('\n'));
      assert.match(syntax[0]!.message, /^YAML syntax error: .*The parser reports \d+ more errors after this one/);
      const stale = await componentWhere('support-chatbot', 'stale', (c) => c.stale === true);
      assert.equal(stale.registryPath, '.aigov.yaml');
      assert.ok((await a.incidents.getChildren()).length > 0, 'the other registry still has its incident');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await ui({ op: 'waitFor', text: 'YAML syntax error on line', within: 'Registrations' });
      await ui({ op: 'waitFor', text: 'stale', within: 'Registrations' });
      await shot('item2-stray-bracket');
      // Taken back (the Problems panel has the focus now: back to the editor first).
      await cursorAtEndOf(uri, /^frameworks: \[/);
      await ui({ op: 'press', keys: 'Backspace' });
      await componentWhere('support-chatbot', 'fresh', (c) => c.stale !== true);
      await diagnosticsWhere(uri, 'AIGOV001 to clear', (x) => !x.some((d) => codeOf(d) === 'AIGOV001'));
      await vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.save();
    });

    it('item 3: "Create … from a template and link it" from the quick-fix menu gives a draft: AIGOV110, and the tree and code lens say draft', async () => {
      const uri = file('.aigov.yaml');
      // A new component without an assessment, as a user would add it.
      const doc = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      const eol = doc.getText().endsWith('\n') ? '' : '\n';
      edit.insert(uri, doc.lineAt(doc.lineCount - 1).range.end, `${eol}  - id: faq-bot\n    name: FAQ bot\n    kind: llm-app\n    owner: team-support@example.co.jp\n    roles: [deployer]\n    jurisdictions: [jp, eu]\n    intended_purpose: Answer questions about delivery times\n    risk:\n      level: limited\n      basis: Art 50(1) interaction with natural persons\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await doc.save();
      const mine = (x: vscode.Diagnostic[]) => x.find((d) => codeOf(d) === 'AIGOV101' && d.message.includes("'faq-bot'"));
      const d101 = mine(await diagnosticsWhere(uri, 'AIGOV101 for faq-bot', (x) => mine(x) !== undefined))!;
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      editor.selection = new vscode.Selection(d101.range.start, d101.range.start);
      editor.revealRange(d101.range, vscode.TextEditorRevealType.InCenter);
      await quickFixMenu('Create docs/risk/faq-bot.md from a template and link it');
      await shot('item3-quick-fix');
      // The preferred fix is the first entry, focused: Enter applies it, as a user would.
      await ui({ op: 'press', keys: 'Enter' });
      const created = file('docs/risk/faq-bot.md');
      await waitFor('docs/risk/faq-bot.md', async () => ((await exists(created)) ? true : undefined), [vscode.workspace.onDidChangeTextDocument]);
      // The new document opens in the editor (the fix's command, run after its edit).
      await waitFor('docs/risk/faq-bot.md in the editor', () => (vscode.window.activeTextEditor?.document.uri.fsPath === created.fsPath ? true : undefined), [vscode.window.onDidChangeActiveTextEditor]);
      await shot('item3-template-opened');
      await vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString())?.save();
      const draft = (x: vscode.Diagnostic[]) => x.find((d) => codeOf(d) === 'AIGOV110' && d.message.includes("'faq-bot'"));
      const d110 = draft(await diagnosticsWhere(uri, 'AIGOV110 for faq-bot', (x) => draft(x) !== undefined))!;
      assert.match(d110.message, /links docs\/risk\/faq-bot\.md, which is still an unfilled template/);
      const c = await componentWhere('faq-bot', 'assessment draft', (x) => x.assessment.state === 'draft');
      assert.ok((c.assessment.todo ?? 0) > 0);
      // The template knows the component: its purpose is filled in, a limited-risk deployer gets Art 50, not Art 9.
      const md = await readText(created);
      assert.match(md, /^<!-- aigov:draft/);
      assert.match(md, /Answer questions about delivery times \(from \.aigov\.yaml\)/);
      assert.match(md, /## Transparency to the people affected \(EU AI Act Art 50\)/);
      assert.doesNotMatch(md, /Art 9\)/);
      await vscode.commands.executeCommand('aigov.registrations.focus');
      await ui({ op: 'expand', view: 'Registrations', row: 'faq-bot' });
      await ui({ op: 'waitFor', text: 'Assessment: draft', within: 'Registrations' });
      await vscode.window.showTextDocument(uri, { preview: false, selection: new vscode.Range(c.range.start.line, c.range.start.character, c.range.start.line, c.range.start.character) });
      await ui({ op: 'waitFor', selector: '.codelens-decoration', text: 'assessment draft' });
      await shot('item3-draft-assessment');
      // The Frameworks view: faq-bot is a draft under the core check, which is not met (draft, or
      // failing while another component has no assessment at all).
      const a = await api();
      const packs = await a.frameworks.getChildren();
      const core = packs.find((p) => (p.value as { id?: string } | undefined)?.id === 'core')!;
      const rows = await a.frameworks.getChildren(core);
      const r101 = rows.find((n) => (n.value as { code?: string } | undefined)?.code === 'AIGOV101')!;
      assert.match(description(r101), /^(draft|\d+ failing) · AIGOV101$/);
      const faq = (r101.children ?? []).find((n) => label(n) === 'faq-bot');
      assert.ok(faq, (r101.children ?? []).map(label).join(', '));
      assert.equal(description(faq), 'draft: docs/risk/faq-bot.md');
    });

    it('item 1: the shield button on an overdue component writes the next dated review, never a suppression', async () => {
      const uri = file('.aigov.yaml');
      const before = await component('product-recommender');
      assert.equal(before?.assessment.state, 'overdue');
      await vscode.commands.executeCommand('aigov.registrations.focus');
      await ui({ op: 'treeAction', view: 'Registrations', row: 'product-recommender', action: 'New Risk Assessment' });
      await ui({ op: 'waitFor', selector: '.quick-input-widget .monaco-list-row', text: 'Write the next review' });
      await shot('item1-new-assessment-choice');
      await ui({ op: 'pick', label: 'Write the next review' });
      const created = file('docs/risk/product-recommender-2026-11-25.md');
      await waitFor('the next review document', async () => ((await exists(created)) ? true : undefined), [vscode.workspace.onDidChangeTextDocument]);
      // The document is created first and the registry edited after it: wait for the link.
      const linked = /path: docs\/risk\/product-recommender-2026-11-25\.md/;
      const yaml = await waitFor('the registry linking the review', async () => {
        const text = await readText(uri);
        return linked.test(text) ? text : undefined;
      }, [vscode.workspace.onDidChangeTextDocument]);
      assert.doesNotMatch(yaml, /@aigov-ignore/);
      assert.match(await readText(created), /- Previous assessment: docs\/risk\/product-recommender\.md \(2025-01-10\)/);
      await waitFor('the new review open in an editor', () => (vscode.window.activeTextEditor?.document.uri.fsPath === created.fsPath ? true : undefined), [vscode.window.onDidChangeActiveTextEditor]);
      await componentWhere('product-recommender', 'no longer overdue', (c) => c.assessment.state !== 'overdue');
      await shot('item1-next-review');
    });

    it('item 1: "Record a review done in …" asks for confirmation, then renews only the dates', async () => {
      const uri = file('services/fraud/.aigov.yaml');
      // From the command palette: the component, then what to do.
      await ui({ op: 'palette', text: 'AI Governance: New Risk Assessment' });
      await ui({ op: 'pick', label: 'New Risk Assessment' });
      await ui({ op: 'pick', label: 'fraud-scorer' });
      await ui({ op: 'pick', label: 'Record a review done in' });
      await ui({ op: 'waitFor', selector: '.quick-input-widget', text: 'reviewed today and is current' });
      await shot('item1-renew-confirm');
      await ui({ op: 'pick', label: 'Record review' });
      await waitFor('the renewed dates', async () => (/assessment: \{ path: docs\/risk\/fraud-scorer\.md, date: 2026-11-25, next_review: 2027-11-25 \}/.test(await readText(uri)) ? true : undefined), [vscode.workspace.onDidChangeTextDocument]);
      assert.doesNotMatch(await readText(uri), /@aigov-ignore/);
    });
  });
}
