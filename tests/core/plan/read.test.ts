import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/core/plan/read';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { problemSentence } from '../../../src/core/plan/problems';

const tasks = (rows: unknown[][]): SheetGrid => ({ name: 'Công việc', values: rows as SheetGrid['values'] });

describe('readTracker', () => {
  it('matches headers ignoring case, diacritics, order and English aliases, and keeps unknown columns out', () => {
    const wb = readTracker([
      tasks([
        ['due', 'MY OWN COLUMN', 'noi dung cong viec', 'MÃ', 'Lead', 'phoi hop'],
        ['05/07/2019', 'keep me', 'Gửi ý kiến', 'T1', 'Văn phòng; Ban Tuyên giáo', 'A\nB'],
      ]),
    ]);
    expect(wb.tasks).toHaveLength(1);
    const t = wb.tasks[0];
    expect(t).toMatchObject({ id: 'T1', title: 'Gửi ý kiến', due: '2019-07-05', lead: ['Văn phòng', 'Ban Tuyên giáo'], support: ['A', 'B'], row: 2 });
    expect(wb.layouts.tasks?.columns).toMatchObject({ due: 0, title: 2, id: 3, lead: 4, support: 5 });
    expect(Object.values(wb.layouts.tasks!.columns)).not.toContain(1);
    // «Hạn chót», as many offices head their deadline column, is the deadline.
    const hanChot = readTracker([tasks([['Mã', 'Nội dung', 'Hạn chót'], ['T1', 'Gửi ý kiến', '05/07/2019']])]);
    expect(hanChot.tasks[0].due).toBe('2019-07-05');
  });

  it('reports bad cells by sheet, row and column in Vietnamese and English, without throwing', () => {
    const long = 'x'.repeat(50_000);
    const wb = readTracker([
      tasks([
        ['Mã', 'Nội dung công việc', 'Hạn hoàn thành', '% hoàn thành', 'Trạng thái'],
        [],
        ['T1', '=HYPERLINK("http://x","y")', '32/13/2020', '150%', 'đang làm gì đó'],
        ['T1', long, { date: '1899-12-30' }, 0.5, 'Hoàn thành'],
        ['', '', '', '', ''],
      ]),
    ]);
    expect(wb.tasks).toHaveLength(2);
    expect(wb.tasks[0].title).toBe('=HYPERLINK("http://x","y")');
    expect(wb.tasks[1].title).toHaveLength(50_000);
    const vi = wb.problems.map((p) => problemSentence(p, 'vi'));
    expect(vi).toContain('Công việc, dòng 3, cột «Hạn hoàn thành»: “32/13/2020” không phải là ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 05/07/2019).');
    expect(vi.some((s) => s.startsWith('Công việc, dòng 3, cột «Nội dung công việc»') && s.includes('=HYPERLINK'))).toBe(true);
    expect(vi.some((s) => s.startsWith('Công việc, dòng 4, cột «Mã»') && s.includes('dòng 3'))).toBe(true);
    expect(vi.some((s) => s.startsWith('Công việc, dòng 4, cột «Hạn hoàn thành»') && s.includes('giờ'))).toBe(true);
    expect(vi.some((s) => s.startsWith('Công việc, dòng 3, cột «% hoàn thành»'))).toBe(true);
    const en = wb.problems.map((p) => problemSentence(p, 'en'));
    expect(en).toContain('Tasks, row 3, column “Due”: “32/13/2020” is not a valid date (write day/month/year, e.g. 05/07/2019).');
  });

  it('finds the header below an instruction row and reads people, holidays and settings', () => {
    const wb = readTracker([
      tasks([['Hướng dẫn: mỗi dòng một việc'], ['Mã', 'Nội dung công việc'], ['1', 'Việc một']]),
      { name: 'Nhân sự', values: [['Họ tên', 'Email', 'Cấp trên'], ['Trần Thanh Tiến', 'tien@example.org', ''], ['Lê Văn Phúc', 'not-an-email', 'Trần Thanh Tiến']] },
      { name: 'Ngày nghỉ', values: [['Ngày', 'Loại'], [{ date: '2026-02-16' }, 'Nghỉ'], ['07/02/2026', 'Làm bù'], ['x', 'Nghỉ']] },
      { name: 'Cài đặt', values: [['Mục', 'Giá trị'], ['Báo trước (ngày làm việc)', 5], ['Ngôn ngữ', 'English'], ['Giờ gửi nhắc việc', 'sáng'], ['Điều gì đó', '1']] },
    ]);
    expect(wb.tasks[0]).toMatchObject({ id: '1', title: 'Việc một', row: 3 });
    expect(wb.people.map((p) => p.email)).toEqual(['tien@example.org', null]);
    expect(wb.holidays).toEqual([
      { row: 2, date: '2026-02-16', kind: 'off', note: '' },
      { row: 3, date: '2026-02-07', kind: 'makeup', note: '' },
    ]);
    expect(wb.settings.horizonDays).toBe(5);
    expect(wb.settings.language).toBe('en');
    expect(wb.settings.reminderHour).toBe(7);
    const codes = wb.problems.map((p) => `${p.sheet}:${p.row}:${p.code}`);
    expect(codes).toEqual(expect.arrayContaining(['people:3:badEmail', 'holidays:4:badDate', 'settings:4:badSetting', 'settings:5:unknownSetting']));
  });

  it('writes dates in its messages day first, as the user typed them', () => {
    const wb = readTracker([tasks([['Mã', 'Nội dung công việc', 'Bắt đầu', 'Hạn hoàn thành'], ['T1', 'Việc', '20/03/2025', '14/03/2025']])]);
    expect(wb.problems.map((p) => problemSentence(p, 'vi'))).toContain(
      'Công việc, dòng 2, cột «Hạn hoàn thành»: hạn hoàn thành 14/03/2025 trước ngày bắt đầu 20/03/2025.',
    );
  });
});
