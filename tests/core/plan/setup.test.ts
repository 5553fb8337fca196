/**
 * Setup and migrations as pure plans over grids: what gets created, what gets appended, and
 * above all that no cell the user wrote is changed. Outputs are applied to the grids with a
 * minimal in-test writer (the Apps Script path is covered in tests/gas/setup.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SheetOutput } from '../../../src/core/sheet/output';
import type { CellValue } from '../../../src/core/sheet/cells';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { readTracker } from '../../../src/core/plan/read';
import { planSetup, setupSummary } from '../../../src/core/plan/setup';
import { LAYOUT_VERSION, currentVersion, planMigrations } from '../../../src/core/plan/migrations';
import { SETTING_DEFS } from '../../../src/core/plan/settings';

function apply(grids: SheetGrid[], outputs: SheetOutput[]): Map<string, CellValue[][]> {
  const book = new Map(grids.map((g) => [g.name, g.values.map((r) => r.slice())]));
  for (const o of outputs) {
    const v = book.get(o.sheet) ?? [];
    book.set(o.sheet, v);
    for (const b of o.blocks) {
      b.values.forEach((row, i) => row.forEach((cell, j) => {
        const r = b.row - 1 + i;
        while (v.length <= r) v.push([]);
        while (v[r].length < b.col + j) v[r].push('');
        v[r][b.col - 1 + j] = cell === null ? '' : (cell as CellValue);
      }));
    }
  }
  return book;
}

function unchanged(before: SheetGrid[], after: Map<string, CellValue[][]>): string[] {
  const diffs: string[] = [];
  for (const g of before) {
    const a = after.get(g.name)!;
    g.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== '' && JSON.stringify(a[r]?.[c]) !== JSON.stringify(v)) diffs.push(`${g.name}!R${r + 1}C${c + 1}: ${JSON.stringify(v)} → ${JSON.stringify(a[r]?.[c])}`);
    }));
  }
  return diffs;
}

const halfFilled = (): SheetGrid[] => [
  {
    name: 'Công việc',
    values: [
      ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Trạng thái', 'Cột riêng của tôi'],
      ['T1', 'Xây dựng dự thảo báo cáo chính trị', 'Nguyễn Văn An', { date: '2025-07-05' }, 'Đang thực hiện', 'ghi chú riêng'],
      ['T2', 'Trình Ban Thường vụ cho ý kiến', 'Trần Thị Bình', { date: '2025-07-20' }, '', ''],
    ],
  },
  { name: 'Nhân sự', values: [['Họ tên', 'Email'], ['Nguyễn Văn An', 'an@example.vn']] },
  {
    name: 'Cài đặt',
    values: [
      ['Mục', 'Giá trị', 'Giải thích'],
      ['Tên kế hoạch', 'Kế hoạch tổ chức Đại hội', ''],
      ['Giờ gửi nhắc việc', 8, 'tự ghi'],
    ],
  },
];

describe('planSetup', () => {
  it('creates the four sheets in an empty spreadsheet, each with a header, frozen row and instruction note', () => {
    const plan = planSetup([], ['Trang tính1'], { lang: 'vi' });
    expect(plan.report.created).toEqual(['Công việc', 'Nhân sự', 'Ngày nghỉ', 'Cài đặt']);
    expect(plan.outputs.map((o) => o.sheet)).toEqual(['Công việc', 'Nhân sự', 'Ngày nghỉ', 'Cài đặt']);
    for (const o of plan.outputs) expect(o.frozenRows).toBe(1);
    const after = apply([], plan.outputs);
    const wb = readTracker([...after].map(([name, values]) => ({ name, values })));
    expect(wb.layouts.tasks?.headerRow).toBe(1);
    expect(Object.keys(wb.layouts.tasks!.columns)).toHaveLength(15);
    expect(wb.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plan.notes.map((n) => n.sheet)).toEqual(['Công việc', 'Nhân sự', 'Ngày nghỉ', 'Cài đặt']);
    expect(plan.notes[0].text).toMatch(/T3\+3/);
  });

  it('names the sheets in English for an English user', () => {
    const plan = planSetup([], [], { lang: 'en' });
    expect(plan.report.created).toEqual(['Tasks', 'People', 'Holidays', 'Settings']);
  });

  it('repairs a half-filled tracker without changing any cell the user wrote', () => {
    const grids = halfFilled();
    const plan = planSetup(grids, grids.map((g) => g.name), { lang: 'vi' });
    const after = apply(grids, plan.outputs);
    expect(unchanged(grids, after)).toEqual([]);
    expect(plan.report.created).toEqual(['Ngày nghỉ']);
    // Missing columns go to the right of the user's own extra column.
    const header = after.get('Công việc')![0];
    expect(header.slice(0, 6)).toEqual(grids[0].values[0]);
    expect(header.slice(6)).toEqual(['Phần', 'Sản phẩm', 'Phối hợp', 'Bắt đầu', 'Phụ thuộc', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Văn bản', 'Ghi chú']);
    // The repaired sheets read as complete, with the user's data where it was.
    const wb = readTracker([...after].map(([name, values]) => ({ name, values })));
    expect(wb.tasks.map((t) => [t.id, t.due, t.lead])).toEqual([['T1', '2025-07-05', ['Nguyễn Văn An']], ['T2', '2025-07-20', ['Trần Thị Bình']]]);
    expect(wb.settings.planName).toBe('Kế hoạch tổ chức Đại hội');
    expect(wb.settings.reminderHour).toBe(8);
    expect(plan.report.addedSettings).toEqual({ sheet: 'Cài đặt', count: SETTING_DEFS.length - 2 });
    // Only the new columns get formats and lists: the date column "Bắt đầu" is J, the first list is the remind column.
    const tasksOut = plan.outputs.find((o) => o.sheet === 'Công việc')!;
    expect(tasksOut.blocks[0]).toMatchObject({ row: 1, col: 7 });
    expect(tasksOut.validations?.map((v) => v.range)).toEqual(expect.arrayContaining(['J2:J501', 'L2:L501', 'N2:N501']));
    expect(tasksOut.validations?.every((v) => /^[G-P]\d/.test(v.range))).toBe(true);
  });

  it('leaves a complete tracker as it is and says so', () => {
    const first = planSetup([], [], { lang: 'vi' });
    const grids = [...apply([], first.outputs)].map(([name, values]) => ({ name, values }));
    const again = planSetup(grids, grids.map((g) => g.name), { lang: 'vi' });
    expect(again.outputs).toEqual([]);
    expect(setupSummary(again.report, 'vi')).toEqual(['Bảng theo dõi đã đầy đủ, không cần thay đổi gì.']);
  });

  it('does not touch a sheet it cannot read, and says which', () => {
    const grids: SheetGrid[] = [{ name: 'Công việc', values: [['Danh sách việc tháng 7'], ['gọi điện cho anh An']] }];
    const plan = planSetup(grids, ['Công việc'], { lang: 'vi' });
    expect(plan.outputs.find((o) => o.sheet === 'Công việc')).toBeUndefined();
    expect(setupSummary(plan.report, 'vi').join(' ')).toMatch(/Trang «Công việc» có dữ liệu nhưng không có dòng tiêu đề/);
  });

  it('fills a sample plan into new sheets, never next to the user’s rows', () => {
    const sample = { tasks: [['T1', 'Phần I', 'Việc mẫu']], people: [['Người mẫu']] };
    const fresh = planSetup([], [], { lang: 'vi', sample });
    const after = apply([], fresh.outputs);
    expect(after.get('Công việc')![1].slice(0, 3)).toEqual(['T1', 'Phần I', 'Việc mẫu']);
    expect(after.get('Nhân sự')![1][0]).toBe('Người mẫu');
    expect(fresh.report.sample).toEqual({ tasks: 1, people: 1 });
    const grids = halfFilled();
    const busy = planSetup(grids, grids.map((g) => g.name), { lang: 'vi', sample });
    expect(busy.report.sample).toBeNull();
    expect(unchanged(grids, apply(grids, busy.outputs))).toEqual([]);
  });
});

const v1 = (): SheetGrid[] => [
  {
    name: 'Công việc',
    values: [
      ['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Hạn tính', 'Trạng thái tính', 'Số ngày còn lại', 'Lỗi'],
      ['T1', 'Dự thảo báo cáo', { date: '2025-07-05' }, { date: '2025-07-05' }, 'Quá hạn', -3, ''],
    ],
  },
  {
    name: 'Cài đặt',
    values: [
      ['Key', 'Value', 'Note'],
      ['planName', 'Kế hoạch 07-KH', ''],
      ['reminderHour', 6, ''],
      ['Ghi chú của văn phòng', '', ''],
    ],
  },
];

describe('migrations', () => {
  it('treats a tracker with no stored version as version 1, a new workbook as current', () => {
    expect(currentVersion(null, v1())).toBe(1);
    expect(currentVersion(null, [])).toBe(LAYOUT_VERSION);
    expect(currentVersion('2', v1())).toBe(2);
  });

  it('renames version-1 headers and setting labels in place and keeps every value', () => {
    const grids = v1();
    const plan = planMigrations(grids, null);
    expect(plan.from).toBe(1);
    expect(plan.to).toBe(2);
    expect(plan.changes.map((c) => `${c.sheet}!R${c.row}C${c.col} ${c.from} → ${c.to}`)).toEqual([
      'Công việc!R1C4 Hạn tính → Hạn tính toán',
      'Công việc!R1C5 Trạng thái tính → Tình trạng',
      'Công việc!R1C6 Số ngày còn lại → Còn lại (ngày làm việc)',
      'Công việc!R1C7 Lỗi → Kiểm tra',
      'Cài đặt!R1C1 Key → Mục',
      'Cài đặt!R1C2 Value → Giá trị',
      'Cài đặt!R1C3 Note → Giải thích',
      'Cài đặt!R2C1 planName → Tên kế hoạch',
      'Cài đặt!R3C1 reminderHour → Giờ gửi nhắc việc',
    ]);
    const after = apply(grids, plan.outputs);
    expect(after.get('Công việc')![1]).toEqual(grids[0].values[1]);
    expect(after.get('Cài đặt')!.map((r) => r[1])).toEqual(['Giá trị', 'Kế hoạch 07-KH', 6, '']);
    expect(after.get('Cài đặt')![3][0]).toBe('Ghi chú của văn phòng');
    // The refresh now finds its computed columns where they were instead of adding new ones.
    const wb = readTracker([...after].map(([name, values]) => ({ name, values })));
    expect(wb.layouts.tasks?.computed).toEqual({ computedDue: 3, scheduleStatus: 4, workdaysLeft: 5, problems: 6 });
    expect(wb.settings.reminderHour).toBe(6);
  });

  it('writes each renamed run of cells once: header cells per cell, a column of labels as one block', () => {
    const plan = planMigrations(v1(), null);
    const settings = plan.outputs.find((o) => o.sheet === 'Cài đặt')!;
    expect(settings.blocks).toEqual([
      { row: 1, col: 1, values: [['Mục'], ['Tên kế hoạch'], ['Giờ gửi nhắc việc']] },
      { row: 1, col: 2, values: [['Giá trị']] },
      { row: 1, col: 3, values: [['Giải thích']] },
    ]);
  });

  it('is idempotent and respects a stored version', () => {
    const once = planMigrations(v1(), null);
    expect(planMigrations(once.grids, null).changes).toEqual([]);
    expect(planMigrations(v1(), '2').changes).toEqual([]);
  });

  it('changes nothing in a workbook made by a newer version', () => {
    const plan = planMigrations(v1(), '9');
    expect(plan.tooNew).toBe(true);
    expect(plan.outputs).toEqual([]);
  });
});
