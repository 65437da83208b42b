import { strict as assert } from 'node:assert';
import { keyMatches, RULE_KEY, settingFor } from './severity.js';

describe('severity settings with code families', () => {
  it('the exact code wins, then the longest family', () => {
    const table = { 'AIGOV*': 'hint', 'AIGOV5*': 'info', 'AIGOV55*': 'warning', AIGOV556: 'off' } as const;
    assert.equal(settingFor('AIGOV556', table), 'off');
    assert.equal(settingFor('AIGOV551', table), 'warning');
    assert.equal(settingFor('AIGOV523', table), 'info');
    assert.equal(settingFor('AIGOV101', table), 'hint');
    assert.equal(settingFor('AIGOV101', { 'AIGOV5*': 'off' }), undefined);
    assert.equal(settingFor('AIGOV101', undefined), undefined);
    const specificFirst = { 'AIGOV55*': 'warning', 'AIGOV5*': 'info', 'AIGOV*': 'hint' } as const;
    assert.equal(settingFor('AIGOV551', specificFirst), 'warning', 'whatever order the table is in');
  });

  it('matches a code by itself or by a family', () => {
    assert.equal(keyMatches('AIGOV101', 'AIGOV101'), true);
    assert.equal(keyMatches('AIGOV101', 'AIGOV102'), false);
    assert.equal(keyMatches('AIGOV1*', 'AIGOV101'), true);
    assert.equal(keyMatches('AIGOV1*', 'AIGOV201'), false);
  });

  it('accepts codes and prefixes with a star, nothing else', () => {
    for (const ok of ['AIGOV101', 'AIGOV*', 'AIGOV5*', 'AIGOV55*']) assert.ok(RULE_KEY.test(ok), ok);
    for (const bad of ['AIGOV555*', 'AIGOV1', 'aigov101', 'AIGOV*5', 'AIGOV5**', '*']) assert.ok(!RULE_KEY.test(bad), bad);
  });
});
