import { strict as assert } from 'node:assert';
import { localizedMessage, normalizeLocale } from './messages.js';
import type { Finding } from '../finding.js';
import { unusedCode } from '../testing/codes.js';

const f: Finding = { code: 'AIGOV101', severity: 'warning', message: 'English', file: 'a', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { id: 'bot' }, messageId: 'AIGOV101.missing', args: { id: 'bot' } };

describe('localized messages', () => {
  it('keeps English as written', () => assert.equal(localizedMessage(f, 'en'), 'English'));
  it('builds the Japanese message from the message id and args', () => assert.match(localizedMessage(f, 'ja'), /コンポーネント 'bot' にリスク評価/));
  it('falls back to the Japanese summary plus the English detail', () => {
    assert.equal(localizedMessage({ ...f, code: 'AIGOV001', message: 'YAML syntax error: x', messageId: undefined }, 'ja'), 'レジストリファイルが YAML として正しくありません（YAML syntax error: x）');
  });
  it('leaves unknown codes without a message id in English', () => assert.equal(localizedMessage({ ...f, code: unusedCode(), messageId: undefined }, 'ja'), 'English'));
  it('gives a finding rebuilt without a known message id the summary and its English words', () =>
    assert.equal(localizedMessage({ ...f, messageId: 'AIGOV101.gone' as 'AIGOV101.missing' }, 'ja'), 'コンポーネントにリスク評価がありません（English）'));
  it('normalises locale tags', () => {
    assert.equal(normalizeLocale('ja-JP'), 'ja');
    assert.equal(normalizeLocale('en-US'), 'en');
    assert.equal(normalizeLocale(undefined), 'en');
  });
});
