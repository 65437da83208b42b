import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { engineDigest } from '../scripts/esbuild-options.mjs';

describe('engine digest (the build id that per-file cache entries are keyed by)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-digest-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes with any engine source, not with tests, test helpers or other files', () => {
    mkdirSync(path.join(dir, 'detection'));
    writeFileSync(path.join(dir, 'analysis.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(dir, 'detection', 'table.ts'), 'export const t = [];\n');
    const first = engineDigest(dir) as string;
    assert.match(first, /^[0-9a-f]{16}$/);
    assert.equal(engineDigest(dir), first, 'stable');
    writeFileSync(path.join(dir, 'detection', 'table.test.ts'), 'it("x", () => {});\n');
    writeFileSync(path.join(dir, 'notes.md'), 'notes\n');
    mkdirSync(path.join(dir, 'testing'));
    writeFileSync(path.join(dir, 'testing', 'fixture-helper.ts'), 'export const h = 1;\n');
    assert.equal(engineDigest(dir), first, 'tests, test helpers and other files do not count');
    writeFileSync(path.join(dir, 'detection', 'table.ts'), 'export const t = ["openai"];\n');
    const second = engineDigest(dir) as string;
    assert.notEqual(second, first, 'a changed source');
    writeFileSync(path.join(dir, 'detection', 'calls.ts'), '');
    assert.notEqual(engineDigest(dir), second, 'a new source, even empty');
  });
});
