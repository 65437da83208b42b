import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';
import { draftInfo } from './drafts.js';

const MARKER = '<!-- aigov:draft (written from a template on 2026-11-25). Fill in every section that says TODO, then delete this line. -->';

describe('draftInfo (unfilled templates)', () => {
  it('names the sections that still say TODO ("" for the lines under the title), and counts the sections below the title', () => {
    const text = [MARKER, '', '# Risk: bot', '', '- Owner: TODO', '', '## Purpose', '', 'Answer questions', '', '## Hazards', '', 'TODO: What can go wrong.', '', '### Table', '| TODO | |', ''].join('\n');
    assert.deepEqual(draftInfo(text), { sections: ['', 'Hazards', 'Table'], total: 3 });
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

  it('a registry edit re-reads only documents that changed', async () => {
    const { e, ws } = await engineWith({ '.aigov.yaml': registry, 'docs/risk.md': draft });
    const before = ws.reads.filter((p) => p === 'docs/risk.md').length;
    await e.updateFile('.aigov.yaml', `${registry}# edited\n`, 2);
    await e.updateFile('.aigov.yaml', `${registry}# edited again\n`, 3);
    assert.equal(ws.reads.filter((p) => p === 'docs/risk.md').length, before);
    assert.equal(drafts(e), 1);
  });
});
