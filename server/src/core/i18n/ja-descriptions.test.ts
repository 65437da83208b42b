import { strict as assert } from 'node:assert';
import { FRAMEWORK_RULES } from '../rules/packs/all.js';
import { isPackRule } from '../rules/packs/obligation.js';
import { JA_DESCRIPTIONS } from './ja-descriptions.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** What a translation must carry over unchanged: field names and values in code spans, rule codes, dates. */
function facts(text: string): { code: string[]; rules: string[]; dates: string[] } {
  const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
  return {
    code: uniq([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
    rules: uniq([...text.matchAll(/AIGOV\d{3}/g)].map((m) => m[0])),
    dates: uniq([...text.matchAll(/\b20\d\d-\d\d-\d\d\b/g)].map((m) => m[0])),
  };
}

describe('Japanese explanations of the pack rules (ja-descriptions.ts)', () => {
  it('every pack rule has one; each carries the same fields, rule codes and dates as the English one', () => {
    const rules = new Map(FRAMEWORK_RULES.filter(isPackRule).map((r) => [r.code, r]));
    assert.deepEqual([...rules.keys()].filter((code) => !JA_DESCRIPTIONS[code]), [], 'every pack rule is explained in Japanese');
    for (const [code, ja] of Object.entries(JA_DESCRIPTIONS)) {
      const rule = rules.get(code);
      assert.ok(rule, `${code} is a pack rule`);
      assert.deepEqual(facts(ja), facts(rule.description), code);
      assert.ok(JAPANESE.test(ja.replace(/`[^`]*`/g, '')), `${code} is Japanese`);
      assert.ok(!/\b(the|and|of|is|are)\b/.test(ja.replace(/`[^`]*`|「[^」]*」/g, '')), `${code}: no English sentence left: ${ja}`);
    }
  });
});
