/**
 * Dates cross between the core (civil days) and Sheets (Dates in the spreadsheet's zone) in one
 * place. A deadline must come back the same day whatever the spreadsheet's, the script's or the
 * host process's zone; user text must come back as the same text, never a formula or a number.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates/civil';
import { toCell, toSheetValue, ZoneCalendar } from '../../src/gas/cells';
import { GasWorkbook } from '../../src/gas/workbook';
import { createFakes, seedSheet, sheetState } from '../fakes/index';

const ZONES = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tehran', 'Europe/London', 'Australia/Lord_Howe'];

let undo: (() => void) | null = null;
const hostTz = process.env.TZ;
beforeAll(() => {
  // The host process's own zone must not matter either: run these with one far from every sheet's.
  process.env.TZ = 'America/Havana';
});
afterAll(() => {
  if (hostTz === undefined) delete process.env.TZ;
  else process.env.TZ = hostTz;
});
afterEach(() => {
  undo?.();
  undo = null;
});

describe('civil dates through a spreadsheet', () => {
  it('a deadline written by the core reads back as the same day in every spreadsheet zone (script zone Asia/Ho_Chi_Minh)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 73_000 }), (tz, n) => {
        const env = createFakes({ timeZone: tz, scriptTimeZone: 'Asia/Ho_Chi_Minh' });
        undo = env.install();
        const date = addDays('1930-01-01', n);
        const book = new GasWorkbook(env.spreadsheet);
        book.write({ sheet: 'D', mode: 'update', blocks: [{ row: 1, col: 1, values: [[{ date }]] }] });
        const shown = sheetState(env, 'D').displayValues[0][0];
        const back = new GasWorkbook(env.spreadsheet).readGrids(['D'])[0].values[0][0];
        undo();
        undo = null;
        expect(back).toEqual({ date });
        // On the rare days whose midnight a DST change skips, the cell holds 01:00 of that day
        // (the first instant of it), which Sheets shows with the time.
        expect(shown.slice(0, 10)).toBe(`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('days when midnight does not exist (DST starting at 00:00) still land on their day', () => {
    // São Paulo skipped 2018-11-04 00:00; Havana skips 00:00 every March.
    for (const [tz, date] of [['America/Sao_Paulo', '2018-11-04'], ['America/Havana', '2024-03-10'], ['Asia/Tehran', '2022-03-22']] as const) {
      const env = createFakes({ timeZone: tz });
      undo = env.install();
      const d = toSheetValue({ date }, tz) as Date;
      expect(Utilities.formatDate(d, tz, 'yyyy-MM-dd')).toBe(date);
      expect(toCell(d, tz)).toEqual({ date });
      undo();
      undo = null;
    }
  });

  it('a date typed by the user reads as that day; a time-only cell reads as 1899-12-30 so the core can say so', () => {
    const env = createFakes({ timeZone: 'America/Los_Angeles' });
    undo = env.install();
    seedSheet(env, 'T', [['Hạn', 'Giờ'], ['05/07/2019', '08:30']]);
    const grid = new GasWorkbook(env.spreadsheet).readGrids(['T'])[0];
    expect(grid.values[1]).toEqual([{ date: '2019-07-05' }, { date: '1899-12-30' }]);
  });

  it('one conversion check per calendar, however many dates', () => {
    const env = createFakes({ timeZone: 'Europe/London' });
    undo = env.install();
    const cal = new ZoneCalendar('Europe/London');
    for (let i = 0; i < 500; i++) cal.civilOf(cal.midnightOf(addDays('2024-01-01', i)));
    expect(env.calls.byMethod()).toEqual({ 'Utilities.formatDate': 1 });
  });
});

describe('text stays text', () => {
  it('strings Sheets would turn into formulas, numbers, dates, percentages or booleans get a quote; others stay bare', () => {
    const quoted = ['=HYPERLINK("http://x","y")', '+84 912', '-', '@all', '001', '05/07/2019', '1/2', '50%', 'TRUE', 'false', '12:30', '3,5', "'trích", 'May 5'];
    for (const s of quoted) expect(toSheetValue(s, 'UTC')).toBe(`'${s}`);
    for (const s of ['Gửi ý kiến', 'Tháng 7/2019: họp', 'Văn phòng; Ban Tuyên giáo', '', 'Q3 report']) expect(toSheetValue(s, 'UTC')).toBe(s);
    expect(toSheetValue({ formula: 'SUM(A1:A2)' }, 'UTC')).toBe('=SUM(A1:A2)');
    expect(toSheetValue(null, 'UTC')).toBe('');
    expect(toSheetValue(0.5, 'UTC')).toBe(0.5);
  });

  it('user text written through the adapter reads back as exactly that text, with no formula in the cell', () => {
    const env = createFakes();
    undo = env.install();
    const texts = ['=HYPERLINK("http://evil","bấm")', '001', '05/07/2019', '50%', 'TRUE', '+1', "'quoted", '12:30', 'Bình thường'];
    new GasWorkbook(env.spreadsheet).write({ sheet: 'X', mode: 'update', blocks: [{ row: 1, col: 1, values: [texts] }] });
    const st = sheetState(env, 'X');
    expect(st.values[0]).toEqual(texts);
    expect(st.formulas[0].every((f) => f === '')).toBe(true);
  });
});
