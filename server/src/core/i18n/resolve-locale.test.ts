import { strict as assert } from 'node:assert';
import { resolveLocale } from './resolve-locale.js';

describe('resolveLocale', () => {
  it('takes --locale before everything', () => {
    assert.deepEqual(resolveLocale('ja', { AIGOV_LOCALE: 'en', LANG: 'en_US.UTF-8' }), { locale: 'ja', source: '--locale' });
    assert.deepEqual(resolveLocale('en', { AIGOV_LOCALE: 'ja', LC_ALL: 'ja_JP.UTF-8' }), { locale: 'en', source: '--locale' });
  });

  it('then AIGOV_LOCALE, then LC_ALL, LC_MESSAGES and LANG in that order', () => {
    assert.deepEqual(resolveLocale(undefined, { AIGOV_LOCALE: 'ja-JP', LC_ALL: 'C' }), { locale: 'ja', source: 'AIGOV_LOCALE' });
    assert.deepEqual(resolveLocale(undefined, { LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'C', LANG: 'C' }), { locale: 'ja', source: 'LC_ALL' });
    assert.deepEqual(resolveLocale(undefined, { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }), { locale: 'en', source: 'LC_ALL' });
    assert.deepEqual(resolveLocale(undefined, { LC_ALL: '', LC_MESSAGES: 'ja_JP.eucJP', LANG: 'en_GB.UTF-8' }), { locale: 'ja', source: 'LC_MESSAGES' });
    assert.deepEqual(resolveLocale(undefined, { LANG: 'ja_JP.UTF-8' }), { locale: 'ja', source: 'LANG' });
    assert.deepEqual(resolveLocale(undefined, { LANG: 'ja' }), { locale: 'ja', source: 'LANG' });
  });

  it('is English without a setting, and for locales it does not speak', () => {
    assert.deepEqual(resolveLocale(undefined, {}), { locale: 'en', source: 'default' });
    assert.deepEqual(resolveLocale(undefined, { AIGOV_LOCALE: '', LANG: 'fr_FR.UTF-8' }), { locale: 'en', source: 'LANG' });
    assert.deepEqual(resolveLocale(undefined, { LANG: 'jam_JM' }), { locale: 'en', source: 'LANG' });
    // Japanese only when the value starts with ja: a region or modifier named JA is not the language.
    assert.deepEqual(resolveLocale(undefined, { LANG: 'en_JA.UTF-8' }), { locale: 'en', source: 'LANG' });
  });

  it('takes an explicit setting with spaces around it', () => {
    assert.deepEqual(resolveLocale(' ja ', {}), { locale: 'ja', source: '--locale' });
    assert.deepEqual(resolveLocale(undefined, { AIGOV_LOCALE: 'en-GB ' }), { locale: 'en', source: 'AIGOV_LOCALE' });
  });

  it('refuses an explicit locale it does not speak', () => {
    assert.deepEqual(resolveLocale('fr', {}), { error: { source: '--locale', value: 'fr' } });
    assert.deepEqual(resolveLocale('', { LANG: 'ja_JP' }), { error: { source: '--locale', value: '' } });
    assert.deepEqual(resolveLocale(undefined, { AIGOV_LOCALE: 'japanese' }), { error: { source: 'AIGOV_LOCALE', value: 'japanese' } });
  });
});
