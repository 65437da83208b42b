import { strict as assert } from 'node:assert';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { applyFix, copyToTemp, engineFor, FIXTURES, readTree } from './support/workspace.js';

const FIXES = path.join(FIXTURES, 'fixes');
const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

/**
 * test-fixtures/fixes/<CODE>[-variant]/{before,after}: the first finding of CODE in `before`,
 * fixed with the fix whose title matches `fix.txt` (else the first), gives exactly `after`,
 * and the finding is gone on a second run.
 */
describe('fixes: before → after', function () {
  this.timeout(30_000);
  const cases = existsSync(FIXES) ? readdirSync(FIXES).sort() : [];
  for (const name of cases) {
    const code = name.slice(0, 8);
    it(name, async () => {
      const tmp = await copyToTemp(path.join(FIXES, name, 'before'));
      try {
        const engine = await engineFor(tmp);
        const finding = engine.findings().find((f) => f.code === code);
        assert.ok(finding, `a ${code} finding in before/`);
        const wanted = await fs.readFile(path.join(FIXES, name, 'fix.txt'), 'utf8').then((s) => s.trim(), () => undefined);
        const fixes = engine.fixesFor(finding);
        const fix = wanted ? fixes.find((f) => f.title.startsWith(wanted)) : fixes[0];
        assert.ok(fix, `fix '${wanted ?? 'first'}' among: ${fixes.map((f) => f.title).join(' | ')}`);
        await applyFix(tmp, fix);
        const afterDir = path.join(FIXES, name, 'after');
        const actual = await readTree(tmp);
        if (UPDATE || !existsSync(afterDir)) {
          await fs.rm(afterDir, { recursive: true, force: true });
          await fs.cp(tmp, afterDir, { recursive: true });
          if (!UPDATE) assert.fail(`wrote ${name}/after; check it and run again`);
        }
        assert.deepEqual([...actual.entries()], [...(await readTree(afterDir)).entries()]);
        const again = await engineFor(tmp);
        const same = again.findings().filter((f) => f.code === code && f.file === finding.file && JSON.stringify(f.data) === JSON.stringify(finding.data));
        assert.deepEqual(same, [], `${code} is gone after the fix`);
      } finally {
        await fs.rm(tmp, { recursive: true, force: true });
      }
    });
  }
});
