import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, RETIRED_CODES } from '../server/src/core/rules/index.js';
import { expectationKey, findingKey, readExpectations } from './support/carets.js';
import { engineFor, FIXTURES, readTree, ROOT } from './support/workspace.js';

const RULES_DIR = path.join(FIXTURES, 'rules');

describe('rule registry', () => {
  it('has unique codes, never reusing a retired one', () => {
    const codes = ALL_RULES.map((r) => r.code);
    assert.deepEqual(codes.filter((c, i) => codes.indexOf(c) !== i), []);
    for (const c of RETIRED_CODES) assert.ok(!codes.includes(c), `${c} is retired`);
    for (const r of ALL_RULES) assert.match(r.code, /^AIGOV\d{3}$/);
  });

  it('has unique kebab-case slugs', () => {
    const slugs = ALL_RULES.map((r) => r.slug);
    assert.deepEqual(slugs.filter((s, i) => slugs.indexOf(s) !== i), []);
    for (const s of slugs) assert.match(s, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('puts each code in the range of its kind', () => {
    for (const r of ALL_RULES) {
      const hundred = r.code[5];
      if (r.pack !== 'core') assert.ok(hundred === '5' || hundred === '6', `${r.code} of pack ${r.pack} belongs in 5xx`);
    }
  });

  for (const rule of ALL_RULES) {
    it(`${rule.code} has a docs page naming it`, async () => {
      const page = await fs.readFile(path.join(ROOT, 'docs', 'rules', `${rule.code}.md`), 'utf8');
      assert.ok(page.includes(rule.code), `docs/rules/${rule.code}.md mentions ${rule.code}`);
    });
    it(`${rule.code} has fixtures`, () => {
      const dirs = existsSync(RULES_DIR) ? readdirSync(RULES_DIR) : [];
      const inRules = dirs.some((d) => d.startsWith(`${rule.code}-`));
      const inPacks = existsSync(path.join(FIXTURES, 'packs')) && JSON.stringify(readdirRecursive(path.join(FIXTURES, 'packs'))).includes(rule.code);
      const inDetection = existsSync(path.join(FIXTURES, 'workspaces')) && JSON.stringify(readdirRecursive(path.join(FIXTURES, 'workspaces'))).includes(rule.code);
      assert.ok(inRules || inPacks || inDetection, `test-fixtures/rules/${rule.code}-${rule.slug}/ (or a pack fixture) exists`);
    });
  }
});

function readdirRecursive(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    out.push(e.name);
    if (e.isDirectory()) out.push(...readdirRecursive(path.join(dir, e.name)));
  }
  return out;
}

describe('rule fixtures (inline caret expectations)', () => {
  const dirs = existsSync(RULES_DIR) ? readdirSync(RULES_DIR).sort() : [];
  for (const dir of dirs) {
    const code = dir.slice(0, 8);
    for (const kind of ['invalid', 'valid'] as const) {
      const root = path.join(RULES_DIR, dir, kind);
      if (!existsSync(root)) continue;
      it(`${dir}/${kind}`, async () => {
        const engine = await engineFor(root);
        const actual = engine.findings().filter((f) => f.code === code).map(findingKey).sort();
        const expected: string[] = [];
        for (const [file, text] of await readTree(root)) {
          expected.push(...readExpectations(file, text).filter((e) => e.code === code).map(expectationKey));
        }
        // Findings no marker can sit next to (e.g. on a folder) are listed in <kind>.expected.txt.
        const listed = await fs.readFile(path.join(RULES_DIR, dir, `${kind}.expected.txt`), 'utf8').catch(() => '');
        expected.push(...listed.split('\n').filter((l) => l.trim() !== ''));
        expected.sort();
        if (kind === 'valid') assert.deepEqual(actual, [], `no ${code} in the valid fixture`);
        else {
          assert.ok(expected.length > 0, 'an invalid fixture marks at least one finding');
          assert.deepEqual(actual, expected);
        }
      });
    }
  }
});
