import { strict as assert } from 'node:assert';
import { addDays, asIsoDate, daysBetween, isIsoDate, periodEnd, pinnedToday, reviewOverdueSince, todayIso, toIsoDate, weekday } from './dates.js';

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
    // A day that does not exist is left as written, not read as the day the Date API rolls it over to (Sunday 1 March).
    assert.equal(periodEnd('2026-02-29'), '2026-02-29');
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

describe('dates: calendar strings', () => {
  it('isIsoDate accepts real calendar days only, in the YYYY-MM-DD form', () => {
    for (const ok of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31']) assert.equal(isIsoDate(ok), true, ok);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '2026-01-01 ', '20260101', '']) {
      assert.equal(isIsoDate(bad), false, bad);
    }
  });

  it('asIsoDate takes a valid Date or a date string; anything else is undefined', () => {
    assert.equal(asIsoDate(new Date(Date.UTC(2026, 2, 4))), '2026-03-04');
    assert.equal(asIsoDate(new Date(Number.NaN)), undefined);
    assert.equal(asIsoDate('2026-03-04'), '2026-03-04');
    assert.equal(asIsoDate('2026-02-30'), undefined);
    assert.equal(asIsoDate(20260304), undefined);
    assert.equal(asIsoDate(undefined), undefined);
  });

  it('addDays and daysBetween count whole days across months, leap days and years', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2026-01-10', 0), '2026-01-10');
    assert.equal(daysBetween('2026-01-01', '2026-01-01'), 0);
    assert.equal(daysBetween('2026-01-01', '2026-03-01'), 59);
    assert.equal(daysBetween('2026-03-01', '2026-01-01'), -59);
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
  });

  it('weekday names each day of a week', () => {
    const names = Array.from({ length: 7 }, (_, i) => weekday(addDays('2026-11-29', i)));
    assert.deepEqual(names, ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });

  it('toIsoDate and todayIso give the UTC calendar day', () => {
    assert.equal(toIsoDate(new Date(Date.UTC(2026, 11, 5, 23, 59))), '2026-12-05');
    assert.equal(todayIso(), new Date().toISOString().slice(0, 10));
  });
});

describe('dates: when an assessment is due for review (AIGOV104)', () => {
  it('next_review wins over date + interval; due only once the day has passed', () => {
    assert.equal(reviewOverdueSince('2020-01-01', '2026-06-01', 30, '2026-06-02'), '2026-06-01');
    assert.equal(reviewOverdueSince('2020-01-01', '2026-06-01', 30, '2026-06-01'), undefined, 'due today is not overdue');
    assert.equal(reviewOverdueSince('2020-01-01', '2026-06-01', 30, '2026-05-01'), undefined, 'next_review later than date + interval');
  });

  it('without next_review: date + interval, and nothing without either', () => {
    assert.equal(reviewOverdueSince('2026-01-01', undefined, 365, '2027-01-02'), '2027-01-01');
    assert.equal(reviewOverdueSince('2026-01-01', undefined, 365, '2027-01-01'), undefined);
    assert.equal(reviewOverdueSince('2026-01-01', undefined, undefined, '2099-01-01'), undefined);
    assert.equal(reviewOverdueSince(undefined, undefined, 365, '2099-01-01'), undefined);
  });
});
