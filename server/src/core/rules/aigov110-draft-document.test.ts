import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { applyEdits } from '../fixes/yaml-edit.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

const REGISTRY = 'version: 1\ncomponents:\n  - id: bot\n    risk:\n      level: high\n      assessment: { path: docs/risk.md }\n';
const MARKER = '<!-- aigov:draft (written from a template on 2026-11-01). Fill in every section that says TODO, then delete this line. -->\n';

async function aigov110(ws: InMemoryWorkspace): Promise<string[]> {
  const e = new Engine(ws, { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === 'AIGOV110')
    .map((f) => `${f.severity} ${f.message} ${JSON.stringify(f.data)}`);
}

const withDoc = (doc: string): Promise<string[]> => aigov110(new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'docs/risk.md': doc }));

const PREFIX = "warning risk.assessment.path of 'bot' links docs/risk.md, which is still an unfilled template:";

describe('AIGOV110 draft-document', () => {
  it('a risk assessment just written from the template counts its sections, not its title, as still saying TODO', async () => {
    const ws = new InMemoryWorkspace({ '.aigov.yaml': 'version: 1\ncomponents:\n  - id: bot\n    risk: { level: high }\n' });
    const e = new Engine(ws, { today: '2026-11-25' });
    await e.indexAll();
    const missing = e.findings().find((f) => f.code === 'AIGOV101');
    assert.ok(missing);
    const fix = e.fixesFor(missing)[0];
    assert.ok(fix);
    for (const edit of fix.edits) ws.write(edit.file, edit.kind === 'create' ? edit.text : applyEdits(ws.text(edit.file) ?? '', [edit]));
    const out = await aigov110(ws);
    assert.equal(out.length, 1);
    assert.match(out[0] ?? '', /still an unfilled template: 6 of its 6 sections still say TODO \(Intended purpose; Reasonably foreseeable misuse; Hazards; 3 more\)\. Write them,/);
  });

  it('names up to three sections, then says how many more', async () => {
    const doc = (n: number): string => `${MARKER}# Title\n${Array.from({ length: n }, (_, i) => `\n## S${i + 1}\n\nTODO\n`).join('')}\n## Done\n\nWritten.\n`;
    assert.deepEqual(await withDoc(doc(3)), [
      `${PREFIX} 3 of its 4 sections still say TODO (S1; S2; S3). Write them, then delete its first line (aigov:draft). {"id":"bot","field":"risk.assessment.path","target":"docs/risk.md","todo":3,"sections":4}`,
    ]);
    assert.deepEqual(await withDoc(doc(5)), [
      `${PREFIX} 5 of its 6 sections still say TODO (S1; S2; S3; 2 more). Write them, then delete its first line (aigov:draft). {"id":"bot","field":"risk.assessment.path","target":"docs/risk.md","todo":5,"sections":6}`,
    ]);
    assert.deepEqual(await withDoc(doc(1)), [
      `${PREFIX} 1 of its 2 sections still says TODO (S1). Write it, then delete its first line (aigov:draft). {"id":"bot","field":"risk.assessment.path","target":"docs/risk.md","todo":1,"sections":2}`,
    ]);
  });

  it('a TODO before the first heading or under the title keeps the draft, but is not one of its sections', async () => {
    assert.deepEqual(await withDoc(`${MARKER}Owner: TODO\n\n# Title\n\nDate: TODO\n\n## A\n\nTODO\n\n## B\n\nWritten.\n`), [
      `${PREFIX} 1 of its 2 sections still says TODO (A). Write it, then delete its first line (aigov:draft). {"id":"bot","field":"risk.assessment.path","target":"docs/risk.md","todo":2,"sections":2}`,
    ]);
    assert.deepEqual(await withDoc(`${MARKER}# Title\n\nOwner: TODO\n\n## A\n\nWritten.\n`), [
      `${PREFIX} it still says TODO. Fill it in, then delete its first line (aigov:draft). {"id":"bot","field":"risk.assessment.path","target":"docs/risk.md","todo":1,"sections":1}`,
    ]);
  });

  it('a document without the marker, or without a TODO, is written', async () => {
    assert.deepEqual(await withDoc('# Title\n\n## A\n\nTODO\n'), []);
    assert.deepEqual(await withDoc(`${MARKER}# Title\n\n## A\n\nWritten.\n`), []);
  });
});
