import { strict as assert } from 'node:assert';
import { ALL_RULES } from '../rules/index.js';
import { EN } from './catalog/en.js';
import { JA } from './catalog/ja.js';
import { CATALOGS, formatMessage, isMessage, msg, type Message } from './format.js';
import { LOCALES } from './locale.js';
import { holesOf, type Template } from './template.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const SUMMARY = /^AIGOV\d{3}\.summary$/;

const sorted = (s: Iterable<string>): string[] => [...s].sort();
const words = (t: Template): string => (typeof t === 'string' ? t : t.other).replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, '');

describe('message catalogues', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const catalog = CATALOGS[locale];

      it('translates every English message', () => {
        assert.deepEqual(Object.keys(EN).filter((id) => !Object.hasOwn(catalog, id)), []);
      });

      it('has no message English does not have (besides rule summaries)', () => {
        assert.deepEqual(Object.keys(catalog).filter((id) => !Object.hasOwn(EN, id) && !SUMMARY.test(id)), []);
      });

      it('fills the same holes as English, in every plural form', () => {
        const bad: string[] = [];
        for (const [id, en] of Object.entries(EN)) {
          const t = catalog[id];
          if (t === undefined) continue;
          const want = sorted(holesOf(en));
          for (const text of typeof t === 'string' ? [t] : Object.values(t)) {
            const got = sorted(holesOf(text as string));
            if (got.join() !== want.join()) bad.push(`${id}: {${got.join('}{')}} instead of {${want.join('}{')}}`);
          }
        }
        assert.deepEqual(bad, []);
      });

      it("has the locale's plural forms exactly where English has plural forms", () => {
        const categories = sorted(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
        for (const [id, en] of Object.entries(EN)) {
          const t = catalog[id];
          assert.equal(typeof t, typeof en, `${id}: plural forms in both or in neither`);
          if (t !== undefined && typeof t !== 'string') assert.deepEqual(sorted(Object.keys(t)), categories, `${id}: the ${locale} plural categories`);
        }
      });

      it('is written in the language, not copied from English', () => {
        const untranslated = Object.entries(EN).filter(([id, en]) => /[A-Za-z]{3,}/.test(words(en).replace(/[\w.]*_[\w.]*|[a-z]+\.[a-z_.]+|@aigov[-a-z]*|x-/g, '')) && !JAPANESE.test(words(catalog[id] ?? '')));
        assert.deepEqual(untranslated.map(([id]) => id), []);
      });

      it('has a summary for every rule', () => {
        const missing = ALL_RULES.filter((r) => !JAPANESE.test((catalog[`${r.code}.summary`] as string | undefined) ?? ''));
        assert.deepEqual(missing.map((r) => r.code), []);
      });
    });
  }

  it('English plural forms are the CLDR categories of English', () => {
    for (const [id, t] of Object.entries(EN)) {
      if (typeof t !== 'string') assert.deepEqual(sorted(Object.keys(t)), sorted(new Intl.PluralRules('en').resolvedOptions().pluralCategories), id);
    }
  });

  it('the Japanese catalogue speaks Japanese for rule summaries', () => {
    for (const [id, t] of Object.entries(JA)) if (SUMMARY.test(id)) assert.match(t as string, JAPANESE, id);
  });
});

describe('formatMessage', () => {
  const notNamed = (ids: string[]): Message => msg('AIGOV303.notNamed', { library: 'openai', provider: 'openai', components: ids.map((value) => msg('common.quoted', { value })) }, ids.length);

  it('fills holes, nested messages and lists in the locale', () => {
    assert.equal(formatMessage(notNamed(['a', 'b']), 'en'), "'openai' uses provider 'openai', which components 'a', 'b' do not name in kind, model.provider or upstream_models. Record the upstream provider.");
    assert.match(formatMessage(notNamed(['a', 'b']), 'ja'), /コンポーネント 'a'、'b' は/);
  });

  it('picks the plural form by count', () => {
    assert.match(formatMessage(notNamed(['a']), 'en'), /which component 'a' does not name/);
    assert.match(formatMessage(notNamed(['a', 'b']), 'en'), /which components 'a', 'b' do not name/);
  });

  it('takes values literally: a value that looks like a hole is not filled again', () => {
    assert.equal(formatMessage(msg('AIGOV105.missing', { id: '{id}' }), 'en'), "Component '{id}' has no owner. Someone must be accountable for it.");
  });

  it('leaves a hole without a value as written, never a prototype property', () => {
    const m = { messageId: 'AIGOV105.missing', args: {} } as Message;
    assert.equal(formatMessage(m, 'en'), "Component '{id}' has no owner. Someone must be accountable for it.");
    const proto = { messageId: 'AIGOV105.missing', args: Object.create({ id: 'inherited' }) as Record<string, string> } as Message;
    assert.match(formatMessage(proto, 'en'), /'\{id\}'/);
  });

  it('numbers are written as numbers', () => {
    assert.match(formatMessage(msg('AIGOV003.duplicate', { id: 'a', file: 'x/.aigov.yaml', line: 12 }), 'en'), /x\/\.aigov\.yaml:12\./);
  });
});

describe('messages as data', () => {
  it('a message carries only the parts it is given', () => {
    assert.deepEqual(msg('common.listSeparator'), { messageId: 'common.listSeparator' });
    assert.deepEqual(msg('AIGOV105.missing', { id: 'a' }), { messageId: 'AIGOV105.missing', args: { id: 'a' } });
  });

  it('a message id no catalogue knows is shown as the id, in every locale', () => {
    for (const locale of LOCALES) assert.equal(formatMessage({ messageId: 'nope.gone' } as unknown as Message, locale), 'nope.gone');
  });

  it('isMessage: an object whose messageId is a string the English catalogue has, nothing else', () => {
    assert.equal(isMessage({ messageId: 'common.listSeparator' }), true);
    assert.equal(isMessage({ messageId: 'AIGOV105.missing', args: { id: 'a' } }), true);
    for (const v of [null, undefined, 'common.listSeparator', 42, {}, { messageId: 'nope.gone' }, { messageId: 'toString' }, { messageId: ['common.listSeparator'] }, Object.assign(() => 0, { messageId: 'common.listSeparator' })]) {
      assert.equal(isMessage(v), false, String(v));
    }
  });
});

describe('templates', () => {
  it('holesOf names the holes of a text and of every plural form', () => {
    assert.deepEqual(sorted(holesOf("'{id}' has no {field}; { a: 1 } is text")), ['field', 'id']);
    assert.deepEqual(sorted(holesOf({ one: '{count} file', other: '{count} files in {folder}' })), ['count', 'folder']);
    assert.deepEqual(sorted(holesOf('no holes')), []);
  });
});
