/** The time axis: which scale a plan's span gets, and periods that tile the calendar. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, diffDays } from '../../../src/core/dates/civil';
import { type GanttScale, autoScale, periodCount, periodEnd, periodStart, periods, shiftPeriods } from '../../../src/core/gantt/axis';

describe('scale from the plan’s span', () => {
  it('days up to a quarter, weeks up to a year and a half, months beyond', () => {
    expect([1, 31, 93, 94, 365, 550, 551, 3650].map(autoScale)).toEqual(['day', 'day', 'day', 'week', 'week', 'week', 'month', 'month']);
  });
});

describe('periods', () => {
  it('weeks start on Monday (tuần làm việc), months on the 1st', () => {
    expect(periodStart('2019-11-17', 'week')).toBe('2019-11-11'); // a Sunday belongs to the week before
    expect(periodStart('2019-11-11', 'week')).toBe('2019-11-11');
    expect(periodEnd('2019-11-11', 'week')).toBe('2019-11-17');
    expect(periodStart('2020-02-29', 'month')).toBe('2020-02-01');
    expect(periodEnd('2020-02-10', 'month')).toBe('2020-02-29');
    expect(periodEnd('2019-02-10', 'month')).toBe('2019-02-28');
  });

  it('lists the months covering a span', () => {
    expect(periods('2019-11-12', '2020-02-03', 'month')).toEqual([
      { start: '2019-11-01', end: '2019-11-30' }, { start: '2019-12-01', end: '2019-12-31' },
      { start: '2020-01-01', end: '2020-01-31' }, { start: '2020-02-01', end: '2020-02-29' },
    ]);
    expect(shiftPeriods('2019-11-12', 3, 'month')).toBe('2020-02-01');
    expect(shiftPeriods('2019-11-12', -11, 'month')).toBe('2018-12-01');
  });

  it('tiles any span without gaps or overlaps, and counts without listing', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2015-01-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 900 }), fc.constantFrom<GanttScale>('day', 'week', 'month'), (from, len, scale) => {
      const to = addDays(from, len);
      const ps = periods(from, to, scale);
      expect(ps.length).toBe(periodCount(from, to, scale));
      expect(ps[0].start <= from && ps[ps.length - 1].end >= to).toBe(true);
      for (let i = 1; i < ps.length; i++) expect(diffDays(ps[i - 1].end, ps[i].start)).toBe(1);
    }));
  });
});
