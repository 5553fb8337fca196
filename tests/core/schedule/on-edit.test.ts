import { describe, expect, it } from 'vitest';
import { editLayout, isTaskSheet, mayStamp, stampsForEdit } from '../../../src/core/schedule/on-edit';

const TODAY = '2025-03-12';
const top = [
  ['Hướng dẫn: mỗi dòng một việc'],
  ['Mã', 'Nội dung công việc', 'Trạng thái', '% hoàn thành', 'Ngày hoàn thành'],
];

describe('onEdit stamping', () => {
  const layout = editLayout(top)!;

  it('finds the header under an instruction row', () => {
    expect(layout).toEqual({ headerRow: 2, status: 3, percent: 4, doneOn: 5 });
    expect(isTaskSheet('Công việc')).toBe(true);
    expect(isTaskSheet('Tổng quan')).toBe(false);
  });

  it('decides from the value alone, without reading the sheet, which edits can matter', () => {
    expect(['Hoàn thành', 'hoàn thành', 'Xong', 'Done', '1', '100', '100%'].every(mayStamp)).toBe(true);
    expect(['Đang thực hiện', '', '0.5', 'Ghi chú', undefined, null].some(mayStamp)).toBe(false);
  });

  it('stamps today and 100 % in empty cells when the status becomes Hoàn thành', () => {
    const row = ['T1', 'Việc', 'Hoàn thành', '', ''];
    expect(stampsForEdit({ row: 7, column: 3, value: 'Hoàn thành' }, layout, row, TODAY)).toEqual([
      { row: 7, column: 5, value: { date: TODAY }, numberFormat: 'dd/mm/yyyy' },
      { row: 7, column: 4, value: 1, numberFormat: '0%' },
    ]);
  });

  it('never overwrites what the user typed', () => {
    const row = ['T1', 'Việc', 'Hoàn thành', 0.8, { date: '2025-03-01' }];
    expect(stampsForEdit({ row: 7, column: 3, value: 'Hoàn thành' }, layout, row, TODAY)).toEqual([]);
  });

  it('stamps the date when % becomes 100, and nothing for other columns, other values or the header', () => {
    expect(stampsForEdit({ row: 7, column: 4, value: '1' }, layout, ['T1', 'Việc', '', 1, ''], TODAY)).toEqual([
      { row: 7, column: 5, value: { date: TODAY }, numberFormat: 'dd/mm/yyyy' },
    ]);
    expect(stampsForEdit({ row: 7, column: 2, value: 'Hoàn thành' }, layout, ['T1', 'Hoàn thành', '', '', ''], TODAY)).toEqual([]);
    expect(stampsForEdit({ row: 7, column: 3, value: 'Đang thực hiện' }, layout, ['T1', 'x', 'Đang thực hiện', '', ''], TODAY)).toEqual([]);
    expect(stampsForEdit({ row: 2, column: 3, value: 'Hoàn thành' }, layout, top[1], TODAY)).toEqual([]);
  });
});
