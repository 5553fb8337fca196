/** A1 notation (core/sheet/a1.ts), the one the core, the Sheets host and the .xlsx host all use. */
import { describe, expect, it } from 'vitest';
import { a1Area, a1Reach, cellA1, columnLetters, columnNumber, parseA1 } from '../../../src/core/sheet/a1';

describe('column letters', () => {
  it('names columns as the spreadsheets do, and reads them back', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16_384, 18_278].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD', 'ZZZ']);
    const all = Array.from({ length: 18_278 }, (_, i) => i + 1);
    expect(all.filter((c) => columnNumber(columnLetters(c)) !== c)).toEqual([]);
    expect(columnNumber('xfd')).toBe(16_384);
    expect(cellA1(7, 2)).toBe('B7');
  });
});

describe('ranges', () => {
  it('reads cells, blocks, whole columns and rows, with $ and a sheet name', () => {
    expect(parseA1('B7')).toEqual([{ row: 7, col: 2 }, { row: 7, col: 2 }]);
    expect(parseA1("'Công việc'!$B$2:C3")).toEqual([{ row: 2, col: 2 }, { row: 3, col: 3 }]);
    expect(parseA1('J:J')).toEqual([{ row: null, col: 10 }, { row: null, col: 10 }]);
    expect(parseA1('3:3')).toEqual([{ row: 3, col: null }, { row: 3, col: null }]);
    for (const bad of ['', ':', 'A1:B2:C3', 'ABCD1', 'A-1', 'Tổng quan']) expect(parseA1(bad)).toBeNull();
  });

  it('gives the area, open ends reaching the edge given', () => {
    const edge = { rows: 1000, cols: 26 };
    expect(a1Area('J2:J500', edge)).toEqual({ top: 2, left: 10, bottom: 500, right: 10 });
    expect(a1Area('C3:A1', edge)).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(a1Area('J:J', edge)).toEqual({ top: 1, left: 10, bottom: 1000, right: 10 });
    expect(a1Area('3:3', edge)).toEqual({ top: 3, left: 1, bottom: 3, right: 26 });
    expect(a1Area('A1:B2:C3', edge)).toBeNull();
  });

  it('gives the last row and column a range names, open ends and non-A1 counting 0', () => {
    expect(a1Reach('P2:P5001')).toEqual({ rows: 5001, cols: 16 });
    expect(a1Reach('A1')).toEqual({ rows: 1, cols: 1 });
    expect(a1Reach("'Sheet'!B2:C3")).toEqual({ rows: 3, cols: 3 });
    expect(a1Reach('$J:$J')).toEqual({ rows: 0, cols: 10 });
    expect(a1Reach('not a range')).toEqual({ rows: 0, cols: 0 });
  });
});
