/**
 * Which sheets a command reads, from the workbook's sheet names: one rule for every command
 * (src/core/plan/sheets.ts).
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET } from '../../../src/core/plan/columns';
import { TRACKER_SHEETS, pickSheets, sheetNamed } from '../../../src/core/plan/sheets';
import { isLogSheet } from '../../../src/core/remind/log';
import { REPORTS_SHEET } from '../../../src/core/plan/reports-sheet';
import { sheetsToRead } from '../../../src/core/refresh/plan';

describe('pickSheets', () => {
  it('takes each wanted sheet once, by any of its names, in the order asked', () => {
    const names = ['Ghi chú', 'cai dat', 'Tasks', 'Nhân sự', 'Ngày nghỉ'];
    expect(pickSheets(names, TRACKER_SHEETS)).toEqual(['Tasks', 'Nhân sự', 'Ngày nghỉ', 'cai dat']);
    expect(pickSheets(names, [SETTINGS_SHEET, PEOPLE_SHEET])).toEqual(['cai dat', 'Nhân sự']);
    expect(pickSheets(['Ghi chú'], TRACKER_SHEETS)).toEqual([]);
  });

  it('takes the first of two sheets that answer to the same name, and tests on names too', () => {
    const names = ['Công việc', 'Tasks', 'Nhật ký nhắc việc', 'Báo cáo từ đơn vị'];
    expect(pickSheets(names, [TASKS_SHEET, isLogSheet, REPORTS_SHEET])).toEqual(['Công việc', 'Nhật ký nhắc việc', 'Báo cáo từ đơn vị']);
    expect(sheetNamed(names, TASKS_SHEET)).toBe('Công việc');
    expect(sheetNamed(['Nhân sự'], TASKS_SHEET)).toBeUndefined();
  });

  it('is what a refresh reads: the tracker sheets, then the baseline and the units’ reports', () => {
    expect(sheetsToRead(['Báo cáo từ đơn vị', 'Kế hoạch gốc', 'Cài đặt', 'Công việc', 'Tổng quan'])).toEqual(['Công việc', 'Cài đặt', 'Kế hoạch gốc', 'Báo cáo từ đơn vị']);
  });
});
