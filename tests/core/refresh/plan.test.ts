import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/sheet/cells';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { planRefresh } from '../../../src/core/refresh/plan';
import { outputLines } from '../../../src/core/schedule/text';
import type { OutCell, SheetOutput } from '../../../src/core/sheet/output';
import { TASK_HEADER, d, grids, taskRow } from '../schedule/schedule.fixture';

const TODAY = '2025-03-12';

const rows = [
  { id: '1', section: 'Văn kiện', title: 'Dự thảo báo cáo', lead: 'Văn phòng', due: d('2025-03-11') },
  { id: '2', section: 'Văn kiện', title: 'Trình thông qua', lead: 'Văn phòng', deps: '1+3' },
  { id: '3', section: 'Hậu cần', title: 'Chuẩn bị hội trường', lead: 'Ban Tổ chức', due: d('2025-03-12'), status: 'Đang thực hiện' },
  { id: '4', section: 'Hậu cần', title: 'Đã xong', lead: 'Ban Tổ chức', due: d('2025-03-07'), status: 'Hoàn thành', doneOn: d('2025-03-10') },
  { id: '5', title: 'Việc thiếu phụ thuộc', lead: '', deps: 'X1' },
];

function sheet(plan: ReturnType<typeof planRefresh>, name: string): SheetOutput {
  const o = plan.outputs.find((x) => x.sheet === name);
  if (!o) throw new Error(`no output for ${name}`);
  return o;
}

describe('computed columns on the task sheet', () => {
  it('appends them after the last used column, with headers, in one block over every row', () => {
    const plan = planRefresh(grids(rows), TODAY);
    const out = sheet(plan, 'Công việc');
    expect(out.mode).toBe('update');
    expect(out.blocks).toHaveLength(1);
    const b = out.blocks[0];
    expect([b.row, b.col]).toEqual([1, TASK_HEADER.length + 1]);
    expect(b.values[0]).toEqual(['Hạn tính toán', 'Tình trạng', 'Còn lại (ngày làm việc)', 'Đường găng', 'Kiểm tra']);
    expect(b.values.slice(1)).toEqual([
      [d('2025-03-11'), 'Quá hạn', -1, '✓', null],
      // Task 1 is a day late: task 2 (due 3 days after it) moves with it.
      [d('2025-03-14'), 'Sắp đến hạn', 2, '✓', 'dự kiến xong 15/03/2025 thay vì 14/03/2025: việc trước 1 chưa xong đúng hạn.'],
      [d('2025-03-12'), 'Đến hạn hôm nay', 0, null, null],
      [d('2025-03-07'), 'Hoàn thành trễ', null, null, null],
      [null, 'Chưa bắt đầu', null, null, '“X1” trong «Phụ thuộc» không phải là mã của công việc nào.; việc chưa có người chủ trì: không ai được nhắc việc này.'],
    ]);
    expect(b.numberFormats?.[1]).toEqual(['dd/mm/yyyy', null, '0', null, null]);
    expect(out.frozenRows).toBe(1);
    expect(out.minColumns).toBe(TASK_HEADER.length + 5);
  });

  it('finds them by header when present, wherever the user moved them, and never writes a user column', () => {
    const header: CellValue[] = [...TASK_HEADER.slice(0, 3), 'Tình trạng', 'Hạn tính toán', ...TASK_HEADER.slice(3), 'Kiểm tra', 'Ghi chú riêng', 'Còn lại (ngày làm việc)', 'Đường găng'];
    const values: CellValue[][] = [header, ...rows.map((r) => {
      const t = taskRow(r);
      return [...t.slice(0, 3), 'cũ', 'cũ', ...t.slice(3), 'cũ', 'ghi chú của tôi', 9, ''];
    })];
    // The add-on's columns carry its marker note on their header, wherever they were moved.
    const notes = [header.map((h) => {
      const key = ({ 'Tình trạng': 'scheduleStatus', 'Hạn tính toán': 'computedDue', 'Kiểm tra': 'problems', 'Còn lại (ngày làm việc)': 'workdaysLeft', 'Đường găng': 'critical' } as Record<string, string>)[h as string];
      return key ? `Cột do Tiến độ tính [tiendo:${key}]` : '';
    })];
    const plan = planRefresh([{ name: 'Công việc', values, notes }], TODAY);
    const out = sheet(plan, 'Công việc');
    expect(out.blocks.every((b) => b.notes === undefined)).toBe(true); // already marked: no note written again
    const spans = out.blocks.map((b) => [b.col, b.values[0].length]);
    // D–E (status, due), then the problems column, then the last two: the user's column between is skipped.
    expect(spans).toEqual([[4, 2], [16, 1], [18, 2]]);
    expect(out.blocks[0].values[0]).toEqual(['Tình trạng', 'Hạn tính toán']);
    expect(out.blocks[0].values[1]).toEqual(['Quá hạn', d('2025-03-11')]);
    const written = new Set(out.blocks.flatMap((b) => b.values[0].map((_, i) => b.col + i)));
    for (let c = 1; c <= header.length; c++) {
      const name = header[c - 1] as string;
      const computed = ['Tình trạng', 'Hạn tính toán', 'Kiểm tra', 'Còn lại (ngày làm việc)', 'Đường găng'].includes(name);
      expect(written.has(c)).toBe(computed);
    }
  });

  it('never writes a user’s own column named like a computed one, says so, and adds its own beside the table', () => {
    const header: CellValue[] = [...TASK_HEADER, 'Tình trạng', 'Kiểm tra'];
    const values: CellValue[][] = [header, ...rows.map((r) => [...taskRow(r), 'của tôi', 'đã xem'])];
    const plan = planRefresh([{ name: 'Công việc', values }], TODAY);
    const out = sheet(plan, 'Công việc');
    // One block of five new columns after the user's two; nothing written in columns 14 and 15.
    expect(out.blocks.map((b) => [b.col, b.values[0].length])).toEqual([[TASK_HEADER.length + 3, 5]]);
    expect(out.blocks[0].notes![0].every((n) => typeof n === 'string' && /\[tiendo:\w+\]$/.test(n))).toBe(true);
    expect(out.blocks[0].notes!.slice(1).flat().every((n) => n === null)).toBe(true);
    const clashes = plan.problems.filter((p) => p.code === 'computedNameClash');
    expect(clashes.map((p) => [p.row, p.column, p.params.letter])).toEqual([[1, 'scheduleStatus', 'N'], [1, 'problems', 'O']]);
    // Next refresh: the new columns are found by their marker and the user's still are not written.
    const notes = [[...header.map(() => ''), ...out.blocks[0].notes![0].map((n) => n ?? '')]];
    const again = sheet(planRefresh([{ name: 'Công việc', values: values.map((r, i) => [...r, ...(out.blocks[0].values[i] as CellValue[])]), notes }], TODAY), 'Công việc');
    expect(again.blocks.map((b) => [b.col, b.values[0].length])).toEqual([[TASK_HEADER.length + 3, 5]]);
  });

  it('clears stale computed cells on rows that are no longer tasks', () => {
    const values: CellValue[][] = [[...TASK_HEADER, 'Tình trạng'], [...taskRow(rows[0]), 'x'], [...TASK_HEADER.map(() => ''), 'Quá hạn']];
    const notes = [[...TASK_HEADER.map(() => ''), 'Cột do Tiến độ tính [tiendo:scheduleStatus]']];
    const out = sheet(planRefresh([{ name: 'Công việc', values, notes }], TODAY), 'Công việc');
    const statusBlock = out.blocks.find((b) => b.values[0][0] === 'Tình trạng')!;
    expect(statusBlock.values.map((r) => r[0])).toEqual(['Tình trạng', 'Quá hạn', null]);
  });

  it('colours statuses by conditional rules it owns, and validates the user’s status, reminder, date and % columns', () => {
    const out = sheet(planRefresh(grids(rows), TODAY), 'Công việc');
    const status = 'O'; // column 15: the second computed column after 13 user columns
    expect(out.conditionalRules?.ownerTag).toBe('tiendo-status');
    const rules = out.conditionalRules!.rules;
    expect(rules.map((r) => r.formula)).toContain(`=$${status}2="Quá hạn"`);
    expect(rules.every((r) => r.range === `${status}2:${status}506`)).toBe(true);
    expect(rules.find((r) => r.formula.endsWith('"Quá hạn"'))).toMatchObject({ background: '#f4c7c3', fontColor: '#a50e0e' });
    expect(rules).toHaveLength(8); // every status but “Chưa bắt đầu”, which stays plain
    expect(out.validations?.map((v) => [v.range, v.kind])).toEqual([
      ['I2:I506', 'list'], ['L2:L506', 'list'], ['F2:F506', 'date'], ['G2:G506', 'date'], ['K2:K506', 'date'], ['J2:J506', 'percent'],
    ]);
    expect(out.validations?.[0].values).toEqual(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng', 'Hủy']);
    expect(out.validations?.[1].values).toEqual(['Có', 'Không']);
    expect(out.minRows).toBe(506);
  });

  it('writes English labels when the sheet’s language is English', () => {
    const plan = planRefresh(grids(rows, { settings: [['Ngôn ngữ', 'English']] }), TODAY);
    const b = sheet(plan, 'Công việc').blocks[0];
    expect(b.values[0][1]).toBe('Schedule status');
    expect(b.values[1][1]).toBe('Overdue');
  });

  it('notes a deadline moved off a day off in `Kiểm tra`', () => {
    const plan = planRefresh(grids([{ id: '1', due: d('2025-04-30') }], { settings: [['Dời hạn rơi vào ngày nghỉ', 'Có']] }), TODAY);
    const b = sheet(plan, 'Công việc').blocks[0];
    // 30/4–4/5/2025 off (Friday 2/5 swapped for Saturday 26/4): the next working day is 5/5.
    expect(b.values[1][0]).toEqual(d('2025-05-05'));
    expect(b.values[1][4]).toBe('hạn 30/04/2025 rơi vào ngày nghỉ (Ngày Chiến thắng (30/4)), dời sang 05/05/2025 (Điều 148 Bộ luật Dân sự).');
  });
});

describe('the overview sheet', () => {
  const plan = planRefresh(grids(rows), TODAY);
  const out = sheet(plan, 'Tổng quan');
  const lines = outputLines(out);
  const after = (heading: RegExp, n: number) => { const i = lines.findIndex((l) => heading.test(l)); return lines.slice(i + 1, i + 1 + n); };

  it('is rebuilt whole, one block, for A4 portrait, with the date it was computed', () => {
    expect(out.mode).toBe('replace');
    expect(out.blocks).toHaveLength(1);
    expect(out.print).toEqual({ landscape: false, paper: 'A4', fitToWidth: true });
    expect(out.columnWidths!.reduce((s, [, w]) => s + w, 0)).toBeLessThanOrEqual(730);
    expect(lines.slice(0, 3)).toEqual(['TỔNG QUAN TIẾN ĐỘ', 'Kế hoạch: Kế hoạch công tác', 'Số liệu tính đến ngày 12/03/2025 (Thứ Tư)']);
  });

  it('counts tasks by status', () => {
    expect(after(/^I\. SỐ LƯỢNG/, 13)).toEqual([
      'Tình trạng | Số việc | Tỉ lệ',
      '1 | Quá hạn | 1 | 20%', '2 | Đến hạn hôm nay | 1 | 20%', '3 | Sắp đến hạn | 1 | 20%', '4 | Đang thực hiện | 0 | 0%',
      '5 | Chưa bắt đầu | 1 | 20%', '6 | Tạm dừng | 0 | 0%', '7 | Hoàn thành trễ | 1 | 20%', '8 | Hoàn thành | 0 | 0%', '9 | Hủy | 0 | 0%',
      'Tổng số | 5', 'Tiến độ chung (theo thời lượng) | 14%', '', // task 2 spans 3 working days
    ]);
  });

  it('shows each lead’s open, overdue and late-done tasks, the late ones first', () => {
    expect(after(/^II\. THEO/, 4)).toEqual([
      'Chủ trì | Số việc | Đang mở | Quá hạn | Hoàn thành trễ',
      '1 | Văn phòng | 2 | 2 | 1 | 0',
      '2 | Ban Tổ chức | 2 | 1 | 0 | 1',
      '3 | (chưa giao chủ trì) | 1 | 1 | 0 | 0',
    ]);
  });

  it('lists overdue tasks with days late, and what falls due in the next 7 days', () => {
    expect(after(/^III\. CÔNG VIỆC QUÁ HẠN/, 2)).toEqual(['Mã | Nội dung công việc | Chủ trì | Hạn | Trễ (ngày làm việc)', '1 | Dự thảo báo cáo | Văn phòng | 11/03/2025 | 1']);
    expect(after(/^IV\. ĐẾN HẠN TRONG 7 NGÀY TỚI \(12\/03\/2025 – 19\/03\/2025\)/, 3)).toEqual([
      'Mã | Nội dung công việc | Chủ trì | Hạn | Còn (ngày làm việc) | Dự kiến xong',
      '3 | Chuẩn bị hội trường | Ban Tổ chức | 12/03/2025 | 0',
      '2 | Trình thông qua | Văn phòng | 14/03/2025 | 2 | 15/03/2025',
    ]);
  });

  it('shows progress per section and the problems found, each with its place', () => {
    expect(after(/^V\. TIẾN ĐỘ THEO PHẦN/, 3)).toEqual([
      'Phần | Số việc | Tiến độ | Quá hạn | Hạn', 'Văn kiện | 2 | 0% | 1 | 14/03/2025', 'Hậu cần | 2 | 50% | 0 | 12/03/2025',
    ]);
    expect(after(/^VII\. CÁC VẤN ĐỀ CẦN KIỂM TRA \(3\)/, 4)).toEqual([
      'Dòng | Vấn đề | Vị trí',
      'Không tìm thấy trang «Nhân sự»; dùng giá trị mặc định. | Trang «Nhân sự»',
      '6 | “X1” trong «Phụ thuộc» không phải là mã của công việc nào. | Công việc, dòng 6, cột «Phụ thuộc»',
      '6 | việc chưa có người chủ trì: không ai được nhắc việc này. | Công việc, dòng 6, cột «Chủ trì»',
    ]);
  });

  it('merges only its fixed lines, so the number of merges never depends on the data', () => {
    const big = planRefresh(grids(Array.from({ length: 300 }, (_, i) => ({ id: `T${i}`, lead: `Người ${i}`, deps: `T${i + 1000}`, due: d('2025-03-01') }))), TODAY);
    expect(out.merges).toHaveLength(10); // title, plan, date, seven headings
    expect(sheet(big, 'Tổng quan').merges).toHaveLength(10);
  });
});

describe('baseline', () => {
  const base = (values: OutCell[][]): SheetGrid => ({ name: 'Kế hoạch gốc', values: values as CellValue[][] });

  it('“Chốt kế hoạch” freezes every task’s current due with today’s date', () => {
    const plan = planRefresh(grids(rows), TODAY, { freeze: true });
    const out = sheet(plan, 'Kế hoạch gốc');
    expect(out.mode).toBe('replace');
    expect(out.blocks[0].values.slice(0, 3)).toEqual([
      ['Mã', 'Nội dung', 'Hạn gốc', 'Chốt ngày', 'Số lần gia hạn', 'Hạn hiện tại'],
      ['1', 'Dự thảo báo cáo', d('2025-03-11'), d(TODAY), 0, d('2025-03-11')],
      ['2', 'Trình thông qua', d('2025-03-14'), d(TODAY), 0, d('2025-03-14')],
    ]);
    expect(plan.baseline?.tracks.map((x) => [x.id, x.slipDays, x.extensions])).toEqual([['1', 0, 0], ['2', 0, 0], ['3', 0, 0], ['4', 0, 0], ['5', null, 0]]);
  });

  it('shows slippage in days and counts one extension each time a due moves later than last seen', () => {
    const later = rows.map((r) => (r.id === '1' ? { ...r, due: d('2025-03-20') } : r));
    const frozen = base([
      ['Mã', 'Nội dung', 'Hạn gốc', 'Chốt ngày', 'Số lần gia hạn', 'Hạn hiện tại'],
      ['1', 'Dự thảo báo cáo', d('2025-03-11'), d('2025-03-01'), 1, d('2025-03-15')],
      ['2', 'Trình thông qua', d('2025-03-14'), d('2025-03-01'), 0, d('2025-03-14')],
      ['9', 'Việc đã xóa', d('2025-03-14'), d('2025-03-01'), 0, d('2025-03-14')],
    ]);
    const plan = planRefresh([...grids(later), frozen], TODAY);
    const track = plan.baseline!.tracks.find((x) => x.id === '1')!;
    expect(track).toMatchObject({ slipDays: 9, extensions: 2, currentDue: '2025-03-20' });
    // `2` now follows `1`'s later due (1+3): derived dates slip too, and count as extended.
    expect(plan.baseline!.tracks.find((x) => x.id === '2')).toMatchObject({ slipDays: 9, extensions: 1 });
    const write = sheet(plan, 'Kế hoạch gốc');
    expect(write.mode).toBe('update');
    expect(write.blocks).toEqual([{
      row: 2, col: 5,
      values: [[2, d('2025-03-20')], [1, d('2025-03-23')], [0, d('2025-03-14')]],
      numberFormats: [['0', 'dd/mm/yyyy'], ['0', 'dd/mm/yyyy'], ['0', 'dd/mm/yyyy']],
    }]);
    const lines = outputLines(sheet(plan, 'Tổng quan'));
    const i = lines.findIndex((l) => l.startsWith('VI. SO VỚI KẾ HOẠCH GỐC (chốt ngày 01/03/2025)'));
    expect(lines.slice(i + 1, i + 5)).toEqual([
      '2 việc chậm so với hạn gốc, 2 việc đã gia hạn, 0 việc sớm hơn.',
      'Mã | Nội dung công việc | Hạn gốc | Hạn hiện tại | Chậm (ngày) | Số lần gia hạn',
      '1 | Dự thảo báo cáo | 11/03/2025 | 20/03/2025 | 9 | 2',
      '2 | Trình thông qua | 14/03/2025 | 23/03/2025 | 9 | 1',
    ]);
  });

  it('does not count the same extension twice when refreshed again', () => {
    const frozen = base([
      ['Mã', 'Hạn gốc', 'Số lần gia hạn', 'Hạn hiện tại'],
      ['1', d('2025-03-05'), 1, d('2025-03-11')],
    ]);
    const plan = planRefresh([...grids(rows), frozen], TODAY);
    expect(plan.baseline!.tracks[0]).toMatchObject({ extensions: 1, slipDays: 6 });
  });

  it('adds the tracking columns when an older baseline sheet lacks them', () => {
    const plan = planRefresh([...grids(rows), base([['Mã', 'Hạn gốc'], ['1', d('2025-03-05')]])], TODAY);
    expect(sheet(plan, 'Kế hoạch gốc').blocks).toEqual([{
      row: 1, col: 3, values: [['Số lần gia hạn', 'Hạn hiện tại'], [1, d('2025-03-11')]],
      numberFormats: [[null, null], ['0', 'dd/mm/yyyy']],
    }]);
  });

  it('reports a baseline sheet it cannot read, and goes on', () => {
    const plan = planRefresh([...grids(rows), base([['something else']])], TODAY);
    expect(plan.baseline).toBeNull();
    expect(plan.problems.map((p) => p.code)).toContain('baselineNoHeader');
  });
});
