import { strict as assert } from 'node:assert';
import { localizedMessage, localizedRelated, localizedSummary, normalizeLocale } from './messages.js';
import { articles, formatMessage, msg } from './format.js';
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
  it('a related location: its message in the locale when it carries one, else its English words', () => {
    const related = { file: 'a', range: f.range, message: 'English', messageId: 'AIGOV101.missing', args: { id: 'bot' } } as const;
    assert.equal(localizedRelated(related, 'en'), 'English');
    assert.match(localizedRelated(related, 'ja'), /コンポーネント 'bot' にリスク評価/);
    assert.equal(localizedRelated({ file: 'a', range: f.range, message: 'English' }, 'ja'), 'English');
  });
  it("a rule's summary: English as the caller gives it, else the locale's, else the English", () => {
    assert.equal(localizedSummary('AIGOV101', 'the words given', 'en'), 'the words given');
    assert.equal(localizedSummary('AIGOV101', 'the words given', 'ja'), 'コンポーネントにリスク評価がありません');
    assert.equal(localizedSummary(unusedCode(), 'the words given', 'ja'), 'the words given');
  });
  it('normalises locale tags', () => {
    assert.equal(normalizeLocale('ja-JP'), 'ja');
    assert.equal(normalizeLocale('en-US'), 'en');
    assert.equal(normalizeLocale(undefined), 'en');
  });
});

describe('articles of a framework in a message', () => {
  const field = msg('pack.voluntaryField', { field: 'impact_assessment.path', articles: articles(['clause 6.1.4, controls A.5.2–A.5.5', 'Part 2, principle 3 (fairness)']) });

  it('are written as cited in English, joined with semicolons', () => {
    assert.equal(formatMessage(field, 'en'), 'impact_assessment.path (clause 6.1.4, controls A.5.2–A.5.5; Part 2, principle 3 (fairness))');
  });

  it('are written in Japanese for ja: 箇条, 管理策, the principle by its Japanese name', () => {
    assert.equal(formatMessage(field, 'ja'), 'impact_assessment.path（箇条 6.1.4、管理策 A.5.2–A.5.5；第2部 共通の指針 3（公平性））');
  });
});
