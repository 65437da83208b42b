import { strict as assert } from 'node:assert';
import { FRAMEWORK_RULES } from '../rules/packs/all.js';
import { isPackRule } from '../rules/packs/obligation.js';
import { JA_HOW_TO_FIX, jaArticle } from './ja-obligations.js';

const spans = (s: string): string[] => [...s.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();

describe('Japanese obligation texts', () => {
  it('every pack rule says how to fix it in Japanese, naming the same fields and values as the English', () => {
    const rules = FRAMEWORK_RULES.filter(isPackRule);
    for (const r of rules) {
      const ja = JA_HOW_TO_FIX[r.code];
      assert.ok(ja, r.code);
      assert.match(ja, /[\u3040-\u30ff\u4e00-\u9fff]/, r.code);
      assert.deepEqual(spans(ja), spans(r.obligation.howToFix), `${r.code}: the code spans of the English text`);
    }
    assert.equal(Object.keys(JA_HOW_TO_FIX).length, rules.length, 'no entry for a rule that is gone');
  });

  it('writes articles as a Japanese reader does', () => {
    assert.equal(jaArticle('Art 12, 19, 26(6)'), '第12条、第19条、第26条(6)');
    assert.equal(jaArticle('Art 11, Annex IV'), '第11条、附属書IV');
    assert.equal(jaArticle('Art 33 (Enforcement Decree Art 25)'), '第33条（施行令第25条）');
    assert.equal(jaArticle('Part 2, principle 4 (privacy)'), '第2部 共通の指針 4（プライバシー保護）');
    assert.equal(jaArticle('GOVERN 6.1, 6.2'), 'GOVERN 6.1, 6.2');
    assert.equal(jaArticle('clause 6.1.4, controls A.5.2–A.5.5'), '箇条 6.1.4、管理策 A.5.2–A.5.5');
    assert.equal(jaArticle('controls A.6.2.6, A.6.2.8'), '管理策 A.6.2.6、A.6.2.8');
    assert.equal(jaArticle('clauses 6.1.2–6.1.4, Annex A'), '箇条 6.1.2–6.1.4、附属書A');
  });

  it('leaves no English word in any cited article (framework identifiers such as GOVERN 4.3 aside)', () => {
    const cited = new Set(FRAMEWORK_RULES.map((r) => r.citation?.article).filter((a): a is string => a !== undefined));
    assert.ok(cited.size > 40, `${cited.size} articles`);
    for (const a of cited) {
      const left = jaArticle(a).replace(/附属書[IVXLA]+/g, '').replace(/\b(GOVERN|MAP|MEASURE|MANAGE|AI)\b/g, '').replace(/\b[A-Z](\.\d+)+\b/g, '');
      assert.doesNotMatch(left, /[A-Za-z]{2,}/, `${a} → ${jaArticle(a)}`);
    }
  });
});
