import { strict as assert } from 'node:assert';
import { ui, UI_CATALOGS, type UiId } from './ui.js';
import { UI_EN } from './ui-en.js';
import { fillTemplate, uiHoles, type UiTemplate } from './ui-text.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const ids = Object.keys(UI_EN) as UiId[];

/** Texts that read the same in every language (a prefix and a slot). */
const SAME_IN_EVERY_LANGUAGE = new Set<UiId>(['cli.usageError', 'report.id', 'cli.write.other']);

function forms(t: UiTemplate): string[] {
  return typeof t === 'string' ? [t] : [t.one ?? t.other, t.other];
}

describe('interface catalogues', () => {
  it('every id has the same holes in every locale', () => {
    for (const id of ids) {
      const en = [...uiHoles(UI_EN[id])].sort();
      for (const [locale, catalog] of Object.entries(UI_CATALOGS)) {
        assert.deepEqual([...uiHoles(catalog[id])].sort(), en, `${locale} ${id}`);
      }
    }
  });

  it('every plural form of a template has the same holes', () => {
    for (const [locale, catalog] of Object.entries(UI_CATALOGS)) {
      for (const id of ids) {
        const t = catalog[id];
        if (typeof t === 'string') continue;
        assert.deepEqual([...uiHoles(t.one ?? t.other)].sort(), [...uiHoles(t.other)].sort(), `${locale} ${id}`);
      }
    }
  });

  it('the Japanese catalogue is Japanese, not English left over', () => {
    const ja = UI_CATALOGS.ja;
    for (const id of ids) {
      if (SAME_IN_EVERY_LANGUAGE.has(id)) continue;
      for (const form of forms(ja[id])) {
        // The holes alone (`{applied}{skipped}`) carry no words: punctuation tells the locale.
        const words = form.replace(/\{[A-Za-z0-9_]+\}/g, '');
        assert.ok(JAPANESE.test(words) || /[。、（）]/.test(words), `ja ${id} is not Japanese: ${JSON.stringify(form)}`);
      }
    }
  });

  it('fills holes and picks plural forms', () => {
    assert.equal(ui('en', 'cli.text.skipped', { count: 1 }), '1 file skipped (binary, too large, not UTF-8 or outside the workspace)');
    assert.equal(ui('en', 'cli.text.skipped', { count: 2 }), '2 files skipped (binary, too large, not UTF-8 or outside the workspace)');
    assert.equal(ui('ja', 'cli.today', { value: '5/12' }), "--today は YYYY-MM-DD 形式の日付で指定してください（指定された値: '5/12'）");
    for (const [count, en, ja] of [[0, '0 errors', 'エラー 0'], [1, '1 error', 'エラー 1'], [2, '2 errors', 'エラー 2']] as const) {
      assert.equal(ui('en', 'cli.text.errors', { count }), en);
      assert.equal(ui('ja', 'cli.text.errors', { count }), ja);
    }
    assert.deepEqual([0, 1, 2].map((count) => ui('en', 'cli.text.warnings', { count })), ['0 warnings', '1 warning', '2 warnings']);
    assert.deepEqual([0, 1, 2].map((count) => ui('en', 'cli.text.infos', { count })), ['0 info', '1 info', '2 info']);
    const summary = (locale: 'en' | 'ja', count: number): string =>
      ui(locale, 'cli.text.summary', { count, errors: { id: 'cli.text.errors', args: { count } }, warnings: { id: 'cli.text.warnings', args: { count: 0 } }, infos: { id: 'cli.text.infos', args: { count: 0 } } });
    assert.equal(summary('en', 1), '1 finding (1 error, 0 warnings, 0 info)');
    assert.equal(summary('en', 2), '2 findings (2 errors, 0 warnings, 0 info)');
    assert.equal(summary('ja', 1), '指摘 1 件（エラー 1、警告 0、情報 0）');
    assert.equal(fillTemplate('{a} and {b}', 'en', { a: 'x' }), 'x and {b}');
    assert.equal(fillTemplate('{a}', 'en', { a: '{b}', b: 'no' }), '{b}', 'a value is not filled again');
  });
});
