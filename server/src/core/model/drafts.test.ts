import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { ParsedRegistry } from '../manifest/registry.js';
import { SourceFile } from '../text/source-file.js';
import type { FileStat } from '../workspace.js';
import { DraftIndex, draftInfo } from './drafts.js';
import { ProjectModel } from './project-model.js';

const MARKER = '<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->';

describe('draftInfo (unfilled templates)', () => {
  it('names the sections that still say TODO ("" for the lines under the title), and counts the sections below the title', () => {
    const text = [MARKER, '', '# Risk: bot', '', '- Owner: TODO', '', '## Purpose', '', 'Answer questions', '', '## Hazards', '', 'TODO: What can go wrong.', '', '### Table', '| TODO | |', ''].join('\n');
    assert.deepEqual(draftInfo(text), { sections: ['', 'Hazards', 'Table'], total: 3 });
  });

  it('names a section once however many TODOs it holds; "" before any heading and for a heading of closing hashes only', () => {
    const text = [MARKER, 'TODO: a summary', '## Hazards', 'TODO: one', 'TODO: two', '## ##', 'TODO'].join('\n');
    assert.deepEqual(draftInfo(text), { sections: ['', 'Hazards', ''], total: 2 });
  });

  it('is not a draft without the marker, or without a TODO', () => {
    assert.equal(draftInfo('# Risk\n\n## Hazards\n\nTODO: later\n'), undefined);
    assert.equal(draftInfo(`${MARKER}\n# Risk\n\n## Hazards\n\nWrong answers.\n`), undefined);
  });

  it('takes TODO as a word only, and the marker only at the start of a line', () => {
    assert.equal(draftInfo(`${MARKER}\n## A\nTODOS and autodoc are words of their own\n`), undefined);
    assert.equal(draftInfo('Text <!-- aigov:draft --> inline\n## A\nTODO\n'), undefined);
    assert.deepEqual(draftInfo(`  ${MARKER}\r\n## A\r\nTODO\r\n`), { sections: ['A'], total: 1 });
  });

  it('reads long documents and long heading lines', () => {
    const big = `${MARKER}\n${'## S\nwritten text\n'.repeat(50_000)}## Last ${' '.repeat(100_000)}x ##\nTODO\n`;
    assert.deepEqual(draftInfo(big)?.sections, [`Last ${' '.repeat(100_000)}x`]);
  });
});

describe('draft documents in the engine (AIGOV110)', () => {
  const registry = 'version: 1\ncomponents:\n  - id: bot\n    risk: { assessment: { path: docs/risk.md } }\n';
  const draft = `${MARKER}\n# Risk\n## Hazards\nTODO: what can go wrong\n`;

  async function engineWith(files: Record<string, string>) {
    const ws = new InMemoryWorkspace(files);
    const e = new Engine(ws, { today: '2026-11-25' });
    await e.indexAll();
    return { e, ws };
  }
  const drafts = (e: { findings(): { code: string }[] }) => e.findings().filter((f) => f.code === 'AIGOV110').length;

  it('follows the linked document: edited in the editor, saved, deleted, linked again', async () => {
    const { e, ws } = await engineWith({ '.aigov.yaml': registry, 'docs/risk.md': draft });
    assert.equal(drafts(e), 1);
    assert.ok(e.isLinkedDocument('docs/risk.md'));
    assert.ok(!e.isLinkedDocument('.aigov.yaml'));
    await e.updateFile('docs/risk.md', draft.replace('TODO: what can go wrong', 'Wrong refunds'), 3);
    assert.equal(drafts(e), 0, 'written in the editor');
    ws.write('docs/risk.md', draft);
    await e.updateFile('docs/risk.md');
    assert.equal(drafts(e), 1, 'the disk says draft again');
    e.removeFile('docs/risk.md');
    assert.equal(drafts(e), 0, 'deleted: AIGOV103 instead');
    assert.ok(e.findings().some((f) => f.code === 'AIGOV103'));
  });

  it("keeps the editor's text of a linked document through a registry edit", async () => {
    const { e } = await engineWith({ '.aigov.yaml': registry, 'docs/risk.md': draft });
    // An annotation in it: the engine keeps the text the editor gave.
    await e.updateFile('docs/risk.md', `${draft.replace('TODO: what can go wrong', 'Wrong refunds')}<!-- @aigov bot -->\n`, 3);
    assert.equal(drafts(e), 0);
    await e.updateFile('.aigov.yaml', `${registry}# edited\n`, 2);
    assert.equal(drafts(e), 0, 'still written: the editor holds it, whatever the disk says');
  });

  it("takes the editor's text of a document a registry edit links only after it was opened", async () => {
    const { e } = await engineWith({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n', 'docs/risk.md': draft });
    // Not linked yet: no draft state is worked out from the editor's text, but the engine keeps it (an annotation).
    await e.updateFile('docs/risk.md', `${draft.replace('TODO: what can go wrong', 'Wrong refunds')}<!-- @aigov bot -->\n`, 3);
    await e.updateFile('.aigov.yaml', registry, 2);
    assert.ok(e.isLinkedDocument('docs/risk.md'));
    assert.equal(drafts(e), 0, "the editor's text, written, not the disk's draft");
  });

  it('a registry edit re-reads only documents that changed', async () => {
    const { e, ws } = await engineWith({ '.aigov.yaml': registry, 'docs/risk.md': draft });
    const before = ws.reads.filter((p) => p === 'docs/risk.md').length;
    await e.updateFile('.aigov.yaml', `${registry}# edited\n`, 2);
    await e.updateFile('.aigov.yaml', `${registry}# edited again\n`, 3);
    assert.equal(ws.reads.filter((p) => p === 'docs/risk.md').length, before);
    assert.equal(drafts(e), 1);
  });
});

describe('DraftIndex', () => {
  const REGISTRY = `version: 1
components:
  - id: bot
    risk: { assessment: { path: docs/risk.md } }
    model: { card: docs/card.pdf }
    docs: { technical: docs/big.md, instructions_for_use: /etc/abs.md, terms: docs/link.md }
    monitoring: { plan: docs/folder.md }
    security: { review: docs/binary.md }
`;
  const DRAFT = `${MARKER}\n# Risk\n## Hazards\nTODO: what can go wrong\n`;

  /** A workspace whose stats the test sets: size, mtime, type, escapes, or a stat that fails. */
  class StatWorkspace extends InMemoryWorkspace {
    readonly stats = new Map<string, FileStat | 'throw'>();
    override async stat(path: string): Promise<FileStat | undefined> {
      const s = this.stats.get(path);
      if (s === 'throw') throw new Error('stat failed');
      return s ?? super.stat(path);
    }
  }

  /** `docs/link.md` is a symbolic link out of the workspace. */
  function setup() {
    const docStats = new Map([['sub/docs/link.md', { type: 'file' as const, size: 10, mtimeMs: 0, escapes: true }]]);
    const ws = new StatWorkspace({ 'sub/docs/risk.md': DRAFT, 'sub/docs/card.pdf': DRAFT, 'sub/docs/big.md': DRAFT, 'sub/docs/link.md': DRAFT, 'sub/docs/folder.md': DRAFT, 'sub/docs/binary.md': `${DRAFT}\0` });
    ws.stats.set('sub/docs/big.md', { type: 'file', size: 512 * 1024 + 1, mtimeMs: 1 });
    ws.stats.set('sub/docs/folder.md', { type: 'directory', size: 0, mtimeMs: 1 });
    const registry = new ParsedRegistry(new SourceFile('sub/.aigov.yaml', REGISTRY));
    const model = new ProjectModel([registry], new Map(), docStats);
    return { ws, model, index: new DraftIndex() };
  }
  const reads = (ws: InMemoryWorkspace, p: string): number => ws.reads.filter((r) => r === p).length;

  it('reads the linked text documents, from the registry folder, that are small files inside the workspace', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    assert.deepEqual([...index.drafts.keys()], ['sub/docs/risk.md']);
    assert.deepEqual(index.drafts.get('sub/docs/risk.md'), { sections: ['Hazards'], total: 1 });
    // Linked: every resolved document path that does not leave the workspace.
    for (const p of ['sub/docs/risk.md', 'sub/docs/card.pdf', 'sub/docs/big.md', 'sub/docs/folder.md', 'sub/docs/binary.md']) assert.ok(index.isLinked(p), p);
    assert.ok(!index.isLinked('sub/docs/link.md'));
    assert.ok(!index.isLinked('docs/risk.md'));
    // Never read: a PDF, a file over 512 KiB, a folder, a link out of the workspace.
    assert.deepEqual([...new Set(ws.reads)].sort(), ['sub/docs/binary.md', 'sub/docs/risk.md']);
  });

  it('takes the text an editor holds for a text document, and never for another', async () => {
    const { ws, model, index } = setup();
    const held = new Map([['sub/docs/risk.md', 'written\n'], ['sub/docs/card.pdf', DRAFT]]);
    await index.refresh(model, ws, (p) => held.get(p));
    assert.deepEqual([...index.drafts.keys()], []);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 0);
    held.set('sub/docs/risk.md', DRAFT);
    await index.refresh(model, ws, (p) => held.get(p));
    assert.deepEqual([...index.drafts.keys()], ['sub/docs/risk.md']);
  });

  it('reads a document again only when its size or mtime changed', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 1);
    ws.stats.set('sub/docs/risk.md', { type: 'file', size: DRAFT.length, mtimeMs: 5 });
    ws.write('sub/docs/risk.md', 'written now\n');
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 2);
    assert.equal(index.drafts.size, 0);
    // A stat that fails: no longer a draft, and read again once it works.
    ws.write('sub/docs/risk.md', DRAFT);
    ws.stats.set('sub/docs/risk.md', 'throw');
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 2);
    ws.stats.set('sub/docs/risk.md', { type: 'file', size: DRAFT.length, mtimeMs: 5 });
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 3);
    assert.equal(index.drafts.size, 1);
  });

  it('forgets documents no longer linked, and ignores updates to them', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    const other = new ProjectModel([new ParsedRegistry(new SourceFile('sub/.aigov.yaml', 'version: 1\ncomponents:\n  - id: bot\n'))], new Map());
    await index.refresh(other, ws, () => undefined);
    assert.equal(index.drafts.size, 0);
    assert.ok(!index.isLinked('sub/docs/risk.md'));
    await index.update(ws, 'sub/docs/risk.md', DRAFT);
    assert.equal(index.drafts.size, 0);
    // Linked again: read again, though its size and mtime did not change.
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 2);
    assert.equal(index.drafts.size, 1);
  });

  it('update: the text given for a text document, else the disk, read again; drop forgets it', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    await index.update(ws, 'sub/docs/risk.md', 'written\n');
    assert.equal(index.drafts.size, 0);
    await index.update(ws, 'sub/docs/risk.md');
    assert.equal(index.drafts.size, 1);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 2);
    // Saved with the same size and mtime (a coarse clock): read again all the same.
    const written = DRAFT.replace('TODO: what can go wrong', 'Wrong answers'.padEnd(23, '.'));
    assert.equal(written.length, DRAFT.length);
    ws.write('sub/docs/risk.md', written);
    await index.update(ws, 'sub/docs/risk.md');
    assert.equal(index.drafts.size, 0);
    ws.write('sub/docs/risk.md', DRAFT);
    await index.update(ws, 'sub/docs/risk.md');
    assert.equal(index.drafts.size, 1);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 4);
    // A PDF's text is never taken: its state comes from the disk (never a draft).
    await index.update(ws, 'sub/docs/card.pdf', DRAFT);
    assert.ok(!index.drafts.has('sub/docs/card.pdf'));
    index.drop('sub/docs/risk.md');
    assert.equal(index.drafts.size, 0);
    // Dropped: the next refresh reads it again.
    await index.refresh(model, ws, () => undefined);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 5);
  });

  it('a text given to update holds across refreshes, unread, until the document is read again', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    await index.update(ws, 'sub/docs/risk.md', 'written\n');
    await index.refresh(model, ws, () => undefined);
    assert.equal(index.drafts.size, 0);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 1);
    // Given, not on the disk at all (a document a fix plans).
    ws.delete('sub/docs/risk.md');
    await index.update(ws, 'sub/docs/risk.md', DRAFT);
    await index.refresh(model, ws, () => undefined);
    assert.deepEqual([...index.drafts.keys()], ['sub/docs/risk.md']);
    await index.update(ws, 'sub/docs/risk.md');
    assert.equal(index.drafts.size, 0);
  });

  it("an editor's text holds across a refresh that no longer gives it, unread, until the document is read again", async () => {
    const { ws, model, index } = setup();
    // The disk holds a draft; the editor, the document filled in.
    await index.refresh(model, ws, (p) => (p === 'sub/docs/risk.md' ? 'written\n' : undefined));
    await index.refresh(model, ws, () => undefined);
    assert.deepEqual([...index.drafts.keys()], []);
    assert.equal(reads(ws, 'sub/docs/risk.md'), 0);
    await index.update(ws, 'sub/docs/risk.md');
    assert.deepEqual([...index.drafts.keys()], ['sub/docs/risk.md']);
  });

  it('a binary or unreadable document is not a draft', async () => {
    const { ws, model, index } = setup();
    await index.refresh(model, ws, () => undefined);
    assert.ok(!index.drafts.has('sub/docs/binary.md'));
    ws.delete('sub/docs/risk.md');
    ws.stats.set('sub/docs/risk.md', { type: 'file', size: 3, mtimeMs: 9 });
    await index.refresh(model, ws, () => undefined);
    assert.equal(index.drafts.size, 0);
  });
});
