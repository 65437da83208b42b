import { strict as assert } from 'node:assert';
import { Engine } from '../engine.js';
import { InMemoryWorkspace } from '../testing/memory-workspace.js';

/** AIGOV004 on a registry of the given text: `line:col-line:col message data`. */
async function aigov004(registry: string): Promise<string[]> {
  const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': registry }), { today: '2026-11-25' });
  await e.indexAll();
  return e
    .findings()
    .filter((f) => f.code === 'AIGOV004')
    .map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.severity} ${f.message} ${JSON.stringify(f.data)}`);
}

const MISSING = `error Missing 'version: 1' at the top of the registry file. {"missing":true}`;

describe('AIGOV004 unknown-version', () => {
  it('an empty file, or one holding only a comment, has no version', async () => {
    assert.deepEqual(await aigov004(''), [`0:0-0:0 ${MISSING}`]);
    assert.deepEqual(await aigov004('# only a comment\n'), [`0:0-0:0 ${MISSING}`]);
  });

  it('`version: ~` is no version', async () => {
    assert.deepEqual(await aigov004('version: ~\ncomponents: []\n'), [`0:0-0:7 ${MISSING}`]);
  });

  it('a version other than the number 1 is unknown, wherever the key is', async () => {
    assert.deepEqual(await aigov004('components: []\nversion: 2\n'), [`1:9-1:10 error Unknown registry version '2'; this aigov understands version 1. {"version":"2"}`]);
    assert.deepEqual(await aigov004('version: "2"\n'), [`0:9-0:12 error Unknown registry version '2'; this aigov understands version 1. {"version":"2"}`]);
  });

  it('version 1 written as text is not "unknown": AIGOV002 asks to drop the quotes', async () => {
    assert.deepEqual(await aigov004('version: "1"\ncomponents: []\n'), []);
    assert.deepEqual(await aigov004("version: ' 1 '\ncomponents: []\n"), []);
  });

  it('`version: 1` is known', async () => {
    assert.deepEqual(await aigov004('version: 1\ncomponents: []\n'), []);
  });

  it('says nothing about a file that does not parse, or that is a list or a scalar (AIGOV001 and AIGOV002 report those)', async () => {
    assert.deepEqual(await aigov004('components: [\n'), []);
    assert.deepEqual(await aigov004('- 1\n- 2\n'), []);
    assert.deepEqual(await aigov004('just text\n'), []);
  });
});
