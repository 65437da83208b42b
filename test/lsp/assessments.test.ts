import assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import type { ListComponentsResult } from '../../server/src/protocol/methods';
import { copyFixture, TestClient } from './harness';

/** Issue: "New risk assessment" never writes a suppression; a generated document is a draft until written. */

const KIND = 'refactor.aigov.newRiskAssessment';

async function actionsAt(c: TestClient, uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

async function component(c: TestClient, id: string) {
  const r = await c.request<ListComponentsResult>('aigov/listComponents', {});
  return r.folders[0]!.registries.flatMap((g) => g.components).find((x) => x.id === id)!;
}

describe('lsp: risk assessments and draft documents', () => {
  let client: TestClient;
  afterEach(async () => client?.dispose());

  it('a document created from the template is a draft (AIGOV110, "draft" in the tree data and the code lens) until it is written', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'));
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const chat = await component(c, 'chat-bot');
    const [first] = await actionsAt(c, reg, chat.range, [], [KIND]);
    assert.equal(first?.title, 'Create docs/risk/chat-bot.md from a template and link it');
    await c.apply(first!.edit!);
    await c.fileEvent('docs/risk/chat-bot.md', 1);
    const diags = await c.pullItems(reg);
    const draft = diags.find((d) => d.code === 'AIGOV110');
    assert.ok(draft, diags.map((d) => d.code).join(' '));
    assert.match(draft.message, /^risk\.assessment\.path of 'chat-bot' links docs\/risk\/chat-bot\.md, which is still an unfilled template: \d+ of its \d+ sections still say TODO \(Reasonably foreseeable misuse; Hazards; /);
    assert.ok(!diags.some((d) => d.code === 'AIGOV101'));
    const info = await component(c, 'chat-bot');
    assert.equal(info.assessment.state, 'draft');
    assert.ok((info.assessment.todo ?? 0) > 0);
    const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: reg } });
    assert.ok(lenses.some((l) => /assessment draft \(\d+ sections TODO\)/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
    // The card on hover says draft too, not ok.
    const card = await c.request<Hover>('textDocument/hover', { textDocument: { uri: reg }, position: chat.range.start });
    assert.match((card.contents as { value: string }).value, /Assessment: \*\*draft\*\* \(\d+ sections TODO\) — `docs\/risk\/chat-bot\.md`/);

    // Written in the editor (the marker line deleted): no longer a draft, and the views hear of it.
    const doc = await c.open('docs/risk/chat-bot.md', 'markdown');
    const changes = c.modelChanged.length;
    await c.change(doc, c.textOf(doc).replace(/^<!-- aigov:draft.*\n/, ''));
    await c.waitFor(() => c.modelChanged.slice(changes).some((m) => m.reason === 'documents'), 'aigov/modelChanged for the document');
    assert.equal((await component(c, 'chat-bot')).assessment.state, 'ok');
    assert.ok(!(await c.pullItems(reg)).some((d) => d.code === 'AIGOV110'));
  });

  it('an assessed component: the next dated review (preferred) or new dates, never a suppression', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { today: '2027-02-01' });
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const fraud = await component(c, 'fraud-scorer');
    assert.equal(fraud.assessment.state, 'overdue');
    const actions = await actionsAt(c, reg, fraud.range, [], [KIND]);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.isPreferred ?? false, a.title]),
      [
        [KIND, true, 'Create the next review docs/risk/fraud-scorer-2027-02-01.md from the template and link it'],
        [KIND, false, 'Record a review of docs/risk/fraud-scorer.md today (date 2027-02-01, next review 2028-02-01)'],
      ],
    );
    await c.apply(actions[0]!.edit!);
    assert.match(c.textOf(reg), /assessment: \{ path: docs\/risk\/fraud-scorer-2027-02-01\.md, date: 2027-02-01, next_review: 2028-02-01 \}/);
    assert.match(c.read('docs/risk/fraud-scorer-2027-02-01.md'), /- Previous assessment: docs\/risk\/fraud-scorer\.md \(2026-01-10\)/);
  });

  it('on a finding, the quick-fix menu holds its fixes only: suppressions are marked, never preferred, and no unrelated "Record incident"', async () => {
    client = await TestClient.start(copyFixture('lsp-basic'), { today: '2027-02-01' });
    const c = client;
    await c.indexed();
    const reg = await c.open('.aigov.yaml', 'yaml');
    const d = (await c.pullItems(reg)).find((x) => x.code === 'AIGOV104')!;
    const fraud = await component(c, 'fraud-scorer');
    const actions = await actionsAt(c, reg, { start: fraud.range.start, end: d.range.end }, [d]);
    const kinds = actions.map((a) => a.kind);
    assert.ok(!kinds.some((k) => k?.startsWith('refactor.')), kinds.join(' '));
    const sup = actions.filter((a) => a.title.startsWith('Suppress'));
    assert.equal(sup.length, 2);
    for (const s of sup) {
      assert.equal(s.kind, 'quickfix.aigov.suppress');
      assert.equal(s.isPreferred, undefined);
    }
    assert.equal(actions.find((a) => a.isPreferred)?.title, 'Create the next review docs/risk/fraud-scorer-2027-02-01.md from the template and link it');
    // Without a finding there, on the component's id, "Record incident" is still offered.
    const plain = await actionsAt(c, reg, fraud.range, []);
    assert.ok(plain.some((a) => a.kind === 'refactor.aigov.recordIncident'));
  });
});
