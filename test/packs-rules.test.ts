import { strict as assert } from 'node:assert';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FRAMEWORK_RULES } from '../server/src/core/rules/packs/all.js';
import { findingLine as line, packFixtures } from './packs-support.js';
import { engineFor, FIXTURES } from './support/workspace.js';

/**
 * One fixture per rule of the incident, framework and policy ranges:
 * test-fixtures/packs/<pack>/<CODE>-<slug>/{invalid,valid}/.aigov.yaml and expected-invalid.txt
 * (the rule's findings on the invalid registry, `L:C-L:C severity message`, checked on the suite's
 * fixed date). AIGOV_UPDATE_GOLDENS=1 rewrites the expectations.
 */

const UPDATE = process.env.AIGOV_UPDATE_GOLDENS === '1';

describe('framework, incident and policy rule fixtures', function () {
  this.timeout(60_000);
  const fixtures = packFixtures();

  it('every 4xx, 5xx and 6xx rule has a fixture named after it, in the folder of its pack', () => {
    for (const r of FRAMEWORK_RULES) {
      const f = fixtures.find((x) => x.code === r.code);
      assert.ok(f, `test-fixtures/packs/*/${r.code}-${r.slug}/ exists`);
      assert.equal(f.name, `${r.code}-${r.slug}`);
      const folder = r.pack === 'core' ? (r.code.startsWith('AIGOV4') ? 'incidents' : 'policy') : r.pack;
      assert.equal(f.pack, folder, `${r.code} lives under ${folder}/`);
    }
  });

  for (const fx of fixtures) {
    describe(fx.name, () => {
      it('reports the expected findings on the invalid registry', async () => {
        const engine = await engineFor(path.join(fx.dir, 'invalid'));
        const actual = engine.findings().filter((f) => f.code === fx.code);
        assert.ok(actual.length > 0, `${fx.code} fires on the invalid fixture`);
        for (const f of actual) assert.equal(f.file, '.aigov.yaml');
        const text = `${actual.map(line).join('\n')}\n`;
        const file = path.join(fx.dir, 'expected-invalid.txt');
        if (UPDATE || !existsSync(file)) {
          await fs.writeFile(file, text);
          if (!UPDATE) assert.fail(`wrote ${path.relative(FIXTURES, file)}; check it and run again`);
        }
        assert.equal(text, await fs.readFile(file, 'utf8'));
      });

      it('reports nothing on the valid registry', async () => {
        const engine = await engineFor(path.join(fx.dir, 'valid'));
        assert.deepEqual(engine.findings().filter((f) => f.code === fx.code).map(line), []);
      });
    });
  }
});
