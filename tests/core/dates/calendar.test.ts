import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, diffDays, fromDayNumber, toDayNumber, weekday } from '../../../src/core/dates/civil';
import { hungKingsDate, leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar, tetDate } from '../../../src/core/dates/lunar';
import { defaultHolidays, nationalDayAdjacent } from '../../../src/core/dates/holidays';
import { ANNOUNCED, LAST_ANNOUNCED_YEAR } from '../../../src/core/dates/announced';
import { type CalendarEntry, workCalendar } from '../../../src/core/dates/workdays';
import { readTracker } from '../../../src/core/plan/read';
import { computeSchedule } from '../../../src/core/schedule/compute';

// The table of domain.md: solar dates of mùng 1 Tết and of 10/3 lunar (Giỗ Tổ), Vietnamese calendar.
const TABLE: Array<[number, string, string]> = [
  [2019, '05/02', '14/04'], [2020, '25/01', '02/04'], [2021, '12/02', '21/04'], [2022, '01/02', '10/04'],
  [2023, '22/01', '29/04'], [2024, '10/02', '18/04'], [2025, '29/01', '07/04'], [2026, '17/02', '26/04'],
  [2027, '06/02', '16/04'], [2028, '26/01', '04/04'], [2029, '13/02', '23/04'], [2030, '02/02', '12/04'],
];
const iso = (y: number, dm: string) => `${y}-${dm.slice(3, 5)}-${dm.slice(0, 2)}`;

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(TABLE)('%i: Tết %s, Giỗ Tổ %s', (y, tet, gioTo) => {
    expect(tetDate(y)).toBe(iso(y, tet));
    expect(hungKingsDate(y)).toBe(iso(y, gioTo));
    expect(solarToLunar(iso(y, tet))).toEqual({ year: y, month: 1, day: 1, leap: false });
    expect(solarToLunar(iso(y, gioTo))).toEqual({ year: y, month: 3, day: 10, leap: false });
  });

  it('differs from the Chinese calendar (UTC+8) where domain.md says it does: Tết 2030', () => {
    expect(tetDate(2030)).toBe('2030-02-02');
    expect(tetDate(2030, 8)).toBe('2030-02-03');
  });

  it('places the leap months of recent years (2020: 4, 2023: 2, 2025: 6, 2028: 5) and none in 2024', () => {
    expect([2020, 2023, 2024, 2025, 2028].map((y) => leapMonthOf(y))).toEqual([4, 2, null, 6, 5]);
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar(2024, 2, 1, true)).toBeNull();
  });

  it('knows the last day of the lunar year (30 Tết may be the 29th)', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lunarToSolar(2024, 12, 30)).toBeNull();
  });

  it('puts Tết between 21/1 and 20/2 in every year 1900–2199', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2199 }), (y) => {
      const tet = tetDate(y);
      return tet >= `${y}-01-21` && tet <= `${y}-02-20`;
    }), { numRuns: 300 });
  });

  it('round-trips solar → lunar → solar, with months of 29 or 30 days', () => {
    const start = toDayNumber('1900-03-01');
    const end = toDayNumber('2199-12-31');
    fc.assert(fc.property(fc.integer({ min: start, max: end }), (n) => {
      const d = fromDayNumber(n);
      const l = solarToLunar(d);
      const len = lunarMonthLength(l.year, l.month, l.leap);
      return lunarToSolar(l.year, l.month, l.day, l.leap) === d && (len === 29 || len === 30) && l.day <= (len as number);
    }), { numRuns: 2000 });
  });

  it('numbers consecutive days consecutively and starts months on new moons ~29.53 days apart', () => {
    fc.assert(fc.property(fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2100-01-01') }), (n) => {
      const a = solarToLunar(fromDayNumber(n));
      const b = solarToLunar(fromDayNumber(n + 1));
      return b.day === a.day + 1 ? b.month === a.month && b.leap === a.leap : b.day === 1 && (a.day === 29 || a.day === 30);
    }), { numRuns: 1000 });
  });
});

describe('the rule for years not yet announced (BLLĐ 2019, Điều 112)', () => {
  const dates = (y: number) => defaultHolidays(y).map((h) => h.date);

  it('applied to 2025: 1/1, Tết 30 Tết–mùng 4, Giỗ Tổ, 30/4, 1/5, 2/9 + 1/9, and a compensatory day for Tết on a Saturday', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-03',
      '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02',
    ]);
    const names = defaultHolidays(2025).map((h) => h.name);
    expect(names[0]).toBe('Tết Dương lịch');
    expect(names[2]).toBe('Tết Nguyên đán (Mùng 1 Tết)');
    expect(names[6]).toMatch(/^Nghỉ bù Tết Nguyên đán/);
    expect(names[7]).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  });

  it('pushes compensatory days past the holidays that follow (2023: Giỗ Tổ Sat, 30/4 Sun, 1/5 Mon)', () => {
    const d = dates(2023);
    expect(d).toEqual(expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']));
    expect(d).not.toContain('2023-05-04');
    // 1/1/2023 was a Sunday → Monday 2/1 off.
    expect(d).toContain('2023-01-02');
  });

  it('chooses the day next to 2/9 as the decisions of 2021–2025 did', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((y) => nationalDayAdjacent(y).slice(5))).toEqual(['09-03', '09-01', '09-01', '09-03', '09-01']);
    expect(dates(2023)).toEqual(expect.arrayContaining(['2023-09-01', '2023-09-02', '2023-09-04']));
  });

  it('gives every year five Tết days and the fixed days, each on a weekday or compensated', () => {
    fc.assert(fc.property(fc.integer({ min: 1950, max: 2150 }), (y) => {
      const hs = defaultHolidays(y);
      const weekendHolidays = hs.filter((h) => h.kind !== 'compensatory' && [0, 6].includes(weekday(h.date))).length;
      const comp = hs.filter((h) => h.kind === 'compensatory');
      return hs.filter((h) => h.kind === 'tet').length === 5
        && comp.length === weekendHolidays
        && comp.every((h) => ![0, 6].includes(weekday(h.date)))
        && new Set(hs.map((h) => h.date)).size === hs.length;
    }), { numRuns: 200 });
  });
});

describe('days the government announced (2019–2026)', () => {
  const c = workCalendar();
  const off = (from: string, to: string) => { const out: string[] = []; for (let d = from; d <= to; d = addDays(d, 1)) if (!c.isWorkday(d)) out.push(d); return out; };

  it('2025: Tết 25/01–02/02 (27/01–31/01 off), Monday 03/02 a working day', () => {
    expect(off('2025-01-20', '2025-02-07')).toEqual(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
    expect(c.isWorkday('2025-02-03')).toBe(true);
    expect(c.dayOffName('2025-01-27')).toBe('Tết Nguyên đán (28 tháng Chạp)');
  });

  it('2025: 30/4–04/5 with Friday 02/5 swapped for Saturday 26/4; Quốc khánh 30/8–02/9', () => {
    expect(c.isWorkday('2025-04-26')).toBe(true);
    expect(c.isWorkday('2025-05-02')).toBe(false);
    expect(c.dayOffName('2025-05-02')).toMatch(/hoán đổi/);
    expect(off('2025-08-25', '2025-09-07')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02', '2025-09-06', '2025-09-07']);
    expect(c.isWorkday('2025-09-03')).toBe(true);
  });

  it('other years as announced: 2019 New Year swap, 2023 Giỗ Tổ on a Saturday, 2024 30/4 swap, 2026 New Year swap and Tết', () => {
    expect(c.isWorkday('2018-12-31')).toBe(false);
    expect(c.isWorkday('2019-01-05')).toBe(true);
    expect(off('2023-04-28', '2023-05-05')).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
    expect(c.isWorkday('2024-04-29')).toBe(false);
    expect(c.isWorkday('2024-05-04')).toBe(true);
    expect(c.isWorkday('2026-01-02')).toBe(false);
    expect(c.isWorkday('2026-01-10')).toBe(true);
    expect(off('2026-02-13', '2026-02-23')).toEqual(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
  });

  it('names the source of every announced occasion, and lists each occasion of a year once', () => {
    for (const a of ANNOUNCED) expect(a.source.length).toBeGreaterThan(10);
    const keys = ANNOUNCED.map((a) => `${a.year}/${a.occasion}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(LAST_ANNOUNCED_YEAR).toBe(2026);
  });

  it('uses the rule for a year not announced: 2027 Tết 30 Tết–mùng 4 (05/02–09/02) with two compensatory days', () => {
    expect(off('2027-02-01', '2027-02-12')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(c.dayOffName('2027-02-10')).toMatch(/^Nghỉ bù Tết Nguyên đán/);
    // 1/5/2027 is a Saturday: Monday 3/5 off.
    expect(c.isWorkday('2027-05-03')).toBe(false);
  });
});

describe('working calendar', () => {
  it('works Monday to Friday and not on the announced holidays', () => {
    const c = workCalendar();
    expect(c.isWorkday('2025-03-14')).toBe(true); // Friday
    expect(c.isWorkday('2025-03-15')).toBe(false);
    expect(c.isWorkday('2025-04-30')).toBe(false);
    expect(c.dayOffName('2025-04-30')).toBe('Ngày Chiến thắng (30/4)');
    expect(c.dayOffName('2025-04-30', 'en')).toBe('Reunification Day');
    expect(c.dayOffName('2025-03-16')).toBe('Chủ nhật');
    expect(c.dayOffName('2025-03-14')).toBeNull();
    // 2025 loses 12 weekdays: 1/1, 27–31/1 (Tết), 7/4, 30/4, 1/5, 2/5 (swapped), 1/9, 2/9; and works Saturday 26/4.
    const weekdays = Array.from({ length: 365 }, (_, i) => addDays('2025-01-01', i)).filter((d) => ![0, 6].includes(weekday(d))).length;
    expect(c.workdaysBetween('2024-12-31', '2025-12-31')).toBe(weekdays - 12 + 1);
  });

  it('adds days off and make-up working days from the sheet, overriding the defaults', () => {
    const entries: CalendarEntry[] = [
      { date: '2025-05-02', kind: 'off', note: 'Nghỉ hoán đổi' },
      { date: '2025-04-26', kind: 'makeup', note: 'Làm bù cho 2/5' },
      { date: '2025-04-30', kind: 'makeup', note: '' },
    ];
    const c = workCalendar(entries);
    expect(c.isWorkday('2025-05-02')).toBe(false);
    expect(c.dayOffName('2025-05-02')).toBe('Nghỉ hoán đổi');
    expect(c.isWorkday('2025-04-26')).toBe(true); // a Saturday
    expect(c.isWorkday('2025-04-30')).toBe(true);
    expect(c.addWorkdays('2025-04-25', 1)).toBe('2025-04-26');
  });

  it('takes the sheet’s Tết days as the Tết of a year not yet announced: the rule’s span and its compensatory days go', () => {
    // The rule puts Tết 2027 on 5/2–9/2 with 10/2 and 11/2 compensatory; a sheet that places it on 4/2–10/2 wins.
    expect(workCalendar().isWorkday('2027-02-11')).toBe(false);
    const placed = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({ date, kind: 'off' as const, note: 'Tết Đinh Mùi' }));
    const c = workCalendar(placed);
    expect(c.isWorkday('2027-02-11')).toBe(true);
    expect(c.isWorkday('2027-02-04')).toBe(false);
    expect(c.dayOffName('2027-02-04')).toBe('Tết Đinh Mùi');
    // An announced year keeps its announced days: the sheet row only adds its own date.
    expect(c.isWorkday('2026-02-16')).toBe(false);
    const extra = workCalendar([{ date: '2025-02-03', kind: 'off', note: 'Nghỉ thêm' }]);
    expect(extra.isWorkday('2025-01-27')).toBe(false);
    expect(extra.isWorkday('2025-02-03')).toBe(false);
  });

  it('takes a sheet day off near 2/9 as the placement of the national-day pair', () => {
    const c = workCalendar([{ date: '2026-09-03', kind: 'off', note: '' }]);
    expect(c.isWorkday('2026-09-01')).toBe(true);
    expect(c.isWorkday('2026-09-02')).toBe(false);
    expect(c.isWorkday('2026-09-03')).toBe(false);
  });

  it('counts and adds working days exactly like walking day by day', () => {
    const entry = fc.record({
      date: fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2026-06-30') }).map(fromDayNumber),
      kind: fc.constantFrom('off' as const, 'makeup' as const),
      note: fc.constant(''),
    });
    const day = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);
    fc.assert(fc.property(fc.array(entry, { maxLength: 12 }), day, day, fc.integer({ min: -400, max: 400 }), (entries, a, b, n) => {
      const c = workCalendar(entries);
      let walk = 0;
      const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (c.isWorkday(d)) walk++;
      if (c.workdaysBetween(a, b) !== sign * walk) return false;
      const r = c.addWorkdays(a, n);
      if (n === 0) return r === a;
      if (!c.isWorkday(r)) return false;
      // n > 0: exactly n working days in (a, r]; n < 0: exactly |n| in [r, a).
      return n > 0 ? c.workdaysBetween(a, r) === n : c.workdaysBetween(r, addDays(a, -1)) === -n - 1;
    }), { numRuns: 400 });
  });

  it('answers far spans without walking them (20 000 questions over 30 years, well under a second)', () => {
    const c = workCalendar();
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += c.workdaysBetween(addDays('2010-01-01', i % 365), addDays('2040-01-01', -(i % 300)));
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(diffDays('2010-01-01', c.addWorkdays('2010-01-01', 7500))).toBeGreaterThan(7500);
  });

  it('is built from the workbook’s `Ngày nghỉ` sheet by computeSchedule', () => {
    const wb = readTracker([
      { name: 'Công việc', values: [['Mã', 'Nội dung công việc', 'Hạn hoàn thành'], ['1', 'Việc', { date: '2026-02-23' }]] },
      { name: 'Ngày nghỉ', values: [['Ngày', 'Loại', 'Ghi chú'], ['23/02/2026', 'Nghỉ', 'Nghỉ Tết bổ sung'], ['28/02/2026', 'Làm bù', '']] },
    ]);
    const s = computeSchedule(wb, '2026-02-13');
    expect(s.calendar.isWorkday('2026-02-23')).toBe(false);
    expect(s.calendar.dayOffName('2026-02-23')).toBe('Nghỉ Tết bổ sung');
    expect(s.calendar.isWorkday('2026-02-28')).toBe(true);
  });
});
