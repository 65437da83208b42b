import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { aigov, api, codeOf, componentsOf, diagnosticsWhere, EXTENSION_ID, exists, file, indexedComponents, readText, waitFor } from './helpers.js';
import { hasHands, shot, ui } from './ui.js';

/**
 * Item 10: a repository with AI code and no registry (test/e2e/workspace.ts prepareFresh: `shop/`
 * with chat.py importing openai and services/rank/rank.go importing go-openai). The extension
 * starts by itself, shows the undeclared AI use, and "Create .aigov.yaml" builds the starter from it.
 */
export function freshTests(): void {
  describe('a repository with AI code and no registry', () => {
    it('the extension starts after start-up, without a registry and without being asked', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      await waitFor('the extension to activate by itself (onStartupFinished)', () => (ext.isActive ? true : undefined), [], 60_000);
    });

    it('shows the undeclared AI use', async () => {
      await api();
      const ds = await diagnosticsWhere(file('chat.py'), 'AIGOV301 in chat.py', (x) => x.some((d) => codeOf(d) === 'AIGOV301'));
      assert.match(ds.find((d) => codeOf(d) === 'AIGOV301')!.message, /'openai'/);
    });

    it('"Create .aigov.yaml" in the welcome view builds the starter from what detection found', async function () {
      if (!hasHands()) this.skip();
      await vscode.commands.executeCommand('aigov.registrations.focus');
      await ui({ op: 'waitFor', text: 'No .aigov.yaml registry was found', within: 'Registrations' });
      await shot('item10-welcome');
      await ui({ op: 'click', selector: '.welcome-view-content .monaco-button', text: 'Create .aigov.yaml', within: 'Registrations' });
      const reg = file('.aigov.yaml');
      await waitFor('.aigov.yaml', async () => ((await exists(reg)) ? true : undefined), [vscode.workspace.onDidChangeTextDocument, vscode.window.onDidChangeActiveTextEditor]);
      const text = await readText(reg);
      const ids = [...text.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
      assert.deepEqual(ids, ['shop', 'rank'], text);
      assert.match(text, /paths: \["chat\.py"\]/);
      assert.match(text, /paths: \["services\/rank\/\*\*"\]/);
      assert.doesNotMatch(text, /src\/\*\*/, 'no placeholder paths');
      const a = await api();
      await waitFor('both components in the view', async () => {
        const got = componentsOf(await indexedComponents(a)).map((c) => c.id).sort();
        return got.join(',') === 'rank,shop' ? true : undefined;
      }, [a.server.onDidChangeModel]);
      await diagnosticsWhere(file('chat.py'), 'AIGOV301 to clear', (x) => !x.some((d) => codeOf(d) === 'AIGOV301'));
      await ui({ op: 'waitFor', text: 'shop', within: 'Registrations' });
      await shot('item10-starter');
    });

    it('"Register Component" on a new file names the component after the file (not the SDK) and links it once', async function () {
      if (!hasHands()) this.skip();
      const uri = file('tools/summarize.ts');
      await vscode.workspace.fs.writeFile(uri, Buffer.from("import OpenAI from 'openai';\nexport const client = new OpenAI();\n"));
      await diagnosticsWhere(uri, 'AIGOV301 in summarize.ts', (x) => x.some((d) => codeOf(d) === 'AIGOV301'));
      await vscode.window.showTextDocument(uri);
      await ui({ op: 'palette', text: 'AI Governance: Register Component' });
      await ui({ op: 'pick', label: 'Register Component' });
      await ui({ op: 'waitFor', selector: '.quick-input-widget .monaco-list-row', text: "Register new component 'summarize'" });
      await shot('item10-register');
      await ui({ op: 'pick', label: "Register new component 'summarize'" });
      await diagnosticsWhere(uri, 'AIGOV301 to clear', (x) => !x.some((d) => codeOf(d) === 'AIGOV301'));
      const reg = await readText(file('.aigov.yaml'));
      assert.match(reg, /- id: summarize\b/);
      assert.doesNotMatch(reg, /- id: openai\b/);
      assert.doesNotMatch(reg, /tools\/summarize\.ts/, 'linked by the annotation, not by paths as well');
      assert.match(await readText(uri), /^\/\/ @aigov summarize\n/);
      assert.deepEqual(aigov(uri).filter((d) => codeOf(d) === 'AIGOV301'), []);
    });
  });
}
