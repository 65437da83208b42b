import { strict as assert } from 'node:assert';
import { addDays, periodEnd, pinnedToday, weekday } from './dates.js';

describe('dates: the last day of a period (Reg 1182/71 Art 3(4))', () => {
  it('a period ending on a weekday ends that day; on a Saturday or Sunday, on the Monday', () => {
    assert.equal(periodEnd('2027-12-17'), '2027-12-17'); // Friday
    assert.equal(periodEnd('2027-12-18'), '2027-12-20'); // Saturday
    assert.equal(periodEnd('2027-12-19'), '2027-12-20'); // Sunday
    assert.equal(periodEnd('2027-12-20'), '2027-12-20'); // Monday
    assert.equal(periodEnd('2028-01-01'), '2028-01-03'); // Saturday, across the year
    assert.equal(weekday('2026-12-05'), 'Saturday');
  });

  it('returns at once for what is not a calendar date (past year 9999 the ISO form has six digits)', () => {
    const far = addDays('9999-12-31', 15);
    assert.equal(periodEnd(far), far);
    assert.equal(periodEnd('+010000-01'), '+010000-01');
  });
});

describe('pinnedToday', () => {
  it('takes --today over AIGOV_TODAY, and neither means the current date', () => {
    assert.deepEqual(pinnedToday('2026-01-02', '2027-03-04'), { today: '2026-01-02' });
    assert.deepEqual(pinnedToday(undefined, '2027-03-04'), { today: '2027-03-04' });
    assert.deepEqual(pinnedToday(undefined, undefined), {});
    assert.deepEqual(pinnedToday(undefined, ''), {});
  });

  it('names a value that is not a calendar date written YYYY-MM-DD, from either source', () => {
    assert.deepEqual(pinnedToday('2026-02-30', undefined), { error: "--today must be a date written YYYY-MM-DD, got '2026-02-30'" });
    assert.deepEqual(pinnedToday(undefined, '5/12/2026'), { error: "--today must be a date written YYYY-MM-DD, got '5/12/2026'" });
    assert.deepEqual(pinnedToday('bad', '2026-01-01'), { error: "--today must be a date written YYYY-MM-DD, got 'bad'" });
  });
});
