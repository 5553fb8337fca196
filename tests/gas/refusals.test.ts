/**
 * Sheets Google will not let this account write: a range another editor protected, and cells the
 * user merged across the columns the refresh writes. The fakes refuse as Google does; the refresh
 * writes everything else and says which sheet and range, and what to change.
 */
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedMerge, seedProtection, seedSheet, sheetState } from '../fakes/index';
import { loadBundle } from '../fakes/vm';

function tracker(): FakeEnv {
  const env = createFakes({ now: () => new Date('2026-03-02T02:00:00Z') });
  seedSheet(env, 'Công việc', [
    ['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn hoàn thành', 'Trạng thái'],
    ['1', 'I', 'Việc một', 'Văn phòng', '01/02/2026', '20/02/2026', 'Đang thực hiện'],
    ['2', 'I', 'Việc hai', 'Văn phòng', '01/02/2026', '20/03/2026', ''],
  ]);
  return env;
}

const refresh = (env: FakeEnv) => (loadBundle(env) as unknown as { menuRefresh(): void }).menuRefresh();

describe('writes Google refuses', () => {
  it('the fakes refuse a write to a protected range, and one that splits a merge, with Google\'s messages', () => {
    const env = tracker();
    seedProtection(env, 'Công việc', 'H1:H10');
    seedMerge(env, 'Công việc', 'A5:B5');
    const sheet = env.spreadsheet.getSheetByName('Công việc')!;
    expect(() => sheet.getRange('H2').setValue('x')).toThrow('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    expect(() => sheet.getRange('B5:C5').setValues([['a', 'b']])).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A5:C5').setValues([['a', '', 'c']]);
    expect(sheet.getRange('G2').getValue()).toBe('Đang thực hiện');
  });

  it('a protected range: the refresh writes the other sheets and names the sheet, the range and what to do', () => {
    const env = tracker();
    seedProtection(env, 'Công việc', 'H1:L20');
    refresh(env);
    expect(env.ui.alerts).toEqual([expect.stringMatching(/^Trang “Công việc” có vùng được bảo vệ \(H1:L3\) mà tài khoản này không được sửa.*Dữ liệu › Trang và dải ô được bảo vệ.*Các phần khác đã được ghi\.$/)]);
    expect(sheetState(env, 'Công việc').values[0]).toHaveLength(7);
    expect(sheetState(env, 'Tổng quan').values.length).toBeGreaterThan(1);
  });

  it('a header with merged cells across the computed columns: named, with how to unmerge, the rest written', () => {
    const env = tracker();
    seedMerge(env, 'Công việc', 'G1:H1');
    refresh(env);
    expect(env.ui.alerts).toEqual([expect.stringMatching(/^Trang “Công việc” có ô đã gộp \(H1:L3\).*Định dạng › Gộp ô › Hủy gộp.*Các phần khác đã được ghi\.$/)]);
    expect(sheetState(env, 'Công việc').values[1][6]).toBe('Đang thực hiện');
    expect(sheetState(env, 'Tổng quan').values.length).toBeGreaterThan(1);
  });
});
