import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/sheet/cells';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { readReports, parseTimestamp } from '../../../src/core/reports/read';
import { planRefresh } from '../../../src/core/refresh/plan';
import { d, grids } from '../schedule/schedule.fixture';

const REPORT_HEADER = ['Dấu thời gian', 'Email', 'Mã việc', 'Tình trạng', '% hoàn thành', 'Ngày hoàn thành', 'Kết quả', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị', 'Đề nghị hạn mới'];
const PEOPLE = [
  ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng', 'tien@example.org', ''],
  ['Lê Văn Phúc', 'Chuyên viên', 'Văn phòng', 'phuc@example.org', ''],
  ['Nguyễn Thị Mai', 'Trưởng ban', 'Ban Tuyên giáo', 'mai@example.org', ''],
  ['Phạm Văn Hùng', 'Chuyên viên', 'Ban Tổ chức', 'hung@example.org', ''],
];

function book(reports: CellValue[][], settings: CellValue[][] = []): SheetGrid[] {
  const g = grids([
    { id: '1', title: 'Dự thảo báo cáo chính trị', lead: 'Trần Thanh Tiến', due: d('2019-11-20'), status: 'Đang thực hiện', pct: 0.3 },
    { id: '2', title: 'Tổng hợp ý kiến', lead: 'Ban Tuyên giáo', due: d('2019-11-05') },
    { id: '3', title: 'Hoàn thiện dự thảo', lead: 'Lê Văn Phúc', due: d('2019-12-10') },
  ], { people: PEOPLE, settings });
  g.push({ name: 'Báo cáo từ đơn vị', values: [REPORT_HEADER, ...reports] });
  return g;
}

const TODAY = '2019-11-12';
const taskBlocks = (plan: ReturnType<typeof planRefresh>) => plan.outputs.find((o) => o.sheet === 'Công việc')!.blocks;
const handling = (plan: ReturnType<typeof planRefresh>) => plan.outputs.find((o) => o.sheet === 'Báo cáo từ đơn vị');

describe('unit reports in a refresh', () => {
  it('waits for approval by default: nothing written to the user columns, the report marked Chờ duyệt', () => {
    const plan = planRefresh(book([['11/11/2019 09:15:00', 'tien@example.org', '1', 'Đã hoàn thành', '100', '10/11/2019', 'Dự thảo lần 1', '', '', '']]), TODAY);
    expect(plan.reports.reports.map((r) => r.verdict)).toEqual(['pending']);
    // Only the computed columns and `Báo cáo gần nhất`: the status column (J, index 9) is untouched.
    expect(taskBlocks(plan).some((b) => b.col === 9)).toBe(false);
    expect(handling(plan)!.blocks.at(-1)!.values).toEqual([['Chờ duyệt']]);
    const latest = taskBlocks(plan).at(-1)!;
    expect(latest.values[0]).toEqual(['Báo cáo gần nhất']);
    expect(latest.values[1][0]).toBe('11/11/2019 · tien@example.org · Đã hoàn thành · 100% (chờ duyệt)');
    expect(plan.schedule.byId.get('1')!.status).not.toBe('done');
  });

  it('applies at once when the setting says so, with a note naming the report', () => {
    const plan = planRefresh(book([['11/11/2019 09:15:00', 'TIEN@example.org', '1', 'Đã hoàn thành', '', '10/11/2019', 'Dự thảo lần 1', '', '', '']], [['Áp dụng báo cáo của đơn vị', 'Ngay']]), TODAY);
    expect(plan.reports.reports[0].verdict).toBe('applied');
    expect(plan.schedule.byId.get('1')!.isDone).toBe(true);
    const status = taskBlocks(plan).find((b) => b.col === 9)!;
    expect(status.values).toEqual([['Hoàn thành']]);
    expect(status.notes![0][0]).toContain('tien@example.org');
    expect(status.notes![0][0]).toContain('dòng 2');
    expect(taskBlocks(plan).find((b) => b.col === 11)!.values).toEqual([[d('2019-11-10')]]);
    expect(handling(plan)!.blocks.at(-1)!.values).toEqual([['Đã áp dụng 12/11/2019']]);
  });

  it('refuses a reporter who is not assigned (nor of the lead unit) and lists it as a problem', () => {
    const plan = planRefresh(book([['11/11/2019', 'hung@example.org', '2', 'Đã hoàn thành', '100', '', '', '', '', '']], [['Áp dụng báo cáo của đơn vị', 'Ngay']]), TODAY);
    expect(plan.reports.reports[0].verdict).toBe('invalid');
    expect(plan.schedule.byId.get('2')!.status).toBe('overdue');
    expect(plan.problems.some((p) => p.sheet === 'reports' && p.code === 'reportNotAssigned' && p.row === 2)).toBe(true);
    expect(String(handling(plan)!.blocks.at(-1)!.values[0][0])).toMatch(/^Không hợp lệ: hung@example.org không phải/);
  });

  it('lets a person of the lead unit report, and a colleague of a named lead', () => {
    const plan = planRefresh(book([
      ['11/11/2019', 'mai@example.org', '2', 'Đang thực hiện', '50', '', '', '', '', ''],
      ['11/11/2019', 'phuc@example.org', '1', 'Đang thực hiện', '60', '', '', '', '', ''],
    ]), TODAY);
    expect(plan.reports.reports.map((r) => r.verdict)).toEqual(['pending', 'pending']);
  });

  it('an approved extension moves the deadline; in auto mode the request still waits', () => {
    const rows = [['11/11/2019 10:00:00', 'mai@example.org', '2', 'Đề nghị gia hạn', '70', '', '', 'Chờ ý kiến các ban', 'Xin lùi hạn', '29/11/2019']];
    const auto = planRefresh(book(rows, [['Áp dụng báo cáo của đơn vị', 'Ngay']]), TODAY);
    expect(auto.reports.reports[0].verdict).toBe('pending');
    const approved = planRefresh(book(rows), TODAY, { reports: { taskIds: ['2'] } });
    expect(approved.reports.reports[0].verdict).toBe('approved');
    expect(approved.schedule.byId.get('2')!.due).toBe('2019-11-29');
    expect(approved.schedule.byId.get('2')!.status).not.toBe('overdue');
    expect(taskBlocks(approved).find((b) => b.col === 7)!.values).toEqual([[d('2019-11-29')]]);
  });

  it('never applies a report twice: a row marked applied keeps its mark and changes nothing', () => {
    const plan = planRefresh(book([['11/11/2019', 'tien@example.org', '1', 'Đã hoàn thành', '100', '', '', '', '', '', 'Đã áp dụng 11/11/2019']], [['Áp dụng báo cáo của đơn vị', 'Ngay']]), TODAY);
    expect(plan.reports.reports[0].verdict).toBe('applied');
    expect(plan.reports.reports[0].now).toBe(false);
    expect(taskBlocks(plan).some((b) => b.col === 9)).toBe(false);
    // Only the column's header is new; the row's mark is left as it was.
    expect(handling(plan)!.blocks).toEqual([{ row: 1, col: 11, values: [['Xử lý']], bold: [[true]] }]);
  });

  it('reads the form timestamps and unknown tasks', () => {
    expect(parseTimestamp('05/07/2019 8:05:09')).toEqual({ at: '2019-07-05 08:05:09', date: '2019-07-05' });
    expect(parseTimestamp('31/02/2019')).toBeNull();
    const r = readReports({ name: 'Báo cáo từ đơn vị', values: [REPORT_HEADER, ['x', 'a@b.org', '9', 'Đã hoàn thành', '', '', '', '', '', '']] });
    expect(r.reports[0].bad).toEqual({ column: 'timestamp', value: 'x' });
    const plan = planRefresh(book([['11/11/2019', 'tien@example.org', '99', 'Đã hoàn thành', '', '', '', '', '', '']]), TODAY);
    expect(plan.problems.find((p) => p.sheet === 'reports')!.code).toBe('reportUnknownTask');
  });

  it('shows reports and extension requests in the overview', () => {
    const plan = planRefresh(book([['11/11/2019', 'mai@example.org', '2', 'Đề nghị gia hạn', '', '', '', '', '', '29/11/2019']]), TODAY);
    const overview = plan.outputs.find((o) => o.sheet === 'Tổng quan')!;
    const text = overview.blocks[0].values.map((r) => r.filter(Boolean).join(' ')).join('\n');
    expect(text).toContain('VIII. BÁO CÁO CỦA ĐƠN VỊ');
    expect(text).toContain('[2] Tổng hợp ý kiến: từ 05/11/2019 đến 29/11/2019 (chờ duyệt)');
  });
});
