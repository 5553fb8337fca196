import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest, tiendo, writeXlsx } from '../cli.fixture';

const tmp = tempDirPerTest();

/**
 * A tracker as users really send it: a title row merged over the columns, English and
 * accent-less headers in their own order, a header cell merged over two columns, blank rows,
 * dates typed as text, an impossible date, a huge cell, formula-looking text and a real formula.
 */
function messyWorkbook(file: string): Promise<void> {
  return writeXlsx(file, {
    Tasks: [
      ['KẾ HOẠCH THEO DÕI'],
      ['due', 'noi dung cong viec', '', 'MA', 'Lead', 'trang thai', '% done'],
      ['05/07/2019', 'Gửi dự thảo', '', 'T1', 'Văn phòng', 'Hoàn thành', 1],
      [], [], // rows 4 and 5 left blank
      ['32/13/2020', 'Trình Ban Thường vụ', '', 'T2', 'Trần Thanh Tiến', 'đang làm gì đó', '150%'],
      [new Date(Date.UTC(2019, 11, 31)), 'x'.repeat(50_000), '', 'T3', '', '', 0.5],
      ['', '=HYPERLINK("http://example.org","mở")', '', 'T4', '', '', ''],
      ['15.8.2019', { formula: 'HYPERLINK("http://example.org","Xem văn bản")', result: 'Xem văn bản' }, '', 'T1', '', '', ''],
    ],
    'nhan su': [['Ho ten', 'E-mail'], ['Trần Thanh Tiến', 'khong-phai-email']],
  }, (wb) => {
    const ws = wb.getWorksheet('Tasks')!;
    ws.mergeCells('A1:G1');
    ws.mergeCells('B2:C2');
    ws.getCell('D9').note = 'ghi chú của người dùng';
  });
}

describe('tiendo check', () => {
  it('lists each bad cell by sheet, row and column, never crashes, and leaves the file as it was', async () => {
    const file = path.join(tmp.dir, 'messy.xlsx');
    await messyWorkbook(file);
    const bytes = readFileSync(file);

    const r = await tiendo(['check', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = r.stdout;
    for (const problem of [
      'Lỗi: Tasks, dòng 6, cột «Hạn hoàn thành»: “32/13/2020” không phải là ngày hợp lệ',
      'Lỗi: Tasks, dòng 6, cột «Trạng thái»: “đang làm gì đó” không phải là trạng thái hợp lệ',
      'Lỗi: Tasks, dòng 6, cột «% hoàn thành»: “150%” vượt quá 100%',
      'Lỗi: Tasks, dòng 9, cột «Mã»: mã “T1” trùng với dòng 3.',
      'Lỗi: nhan su, dòng 2, cột «Email»: “khong-phai-email” không phải là địa chỉ e-mail hợp lệ.',
      'Cảnh báo: Tasks, dòng 7, cột «Nội dung công việc»: nội dung dài 50000 ký tự',
      'Cảnh báo: Tasks, dòng 8, cột «Nội dung công việc»: nội dung bắt đầu bằng “=”',
    ]) expect(out).toContain(problem);
    // Errors come before warnings; a line per problem; then the summary in both languages.
    expect(out.indexOf('Lỗi:')).toBeLessThan(out.indexOf('Cảnh báo:'));
    expect(out).toMatch(/messy\.xlsx: 5 công việc, 1 người; 5 lỗi, \d+ cảnh báo\./);
    expect(out).toMatch(/messy\.xlsx: 5 tasks, 1 people; 5 error\(s\), \d+ warning\(s\)\./);
    // The dates typed as text and the formula's cached text were understood: no message about them.
    expect(out).not.toMatch(/dòng 3, cột «Hạn|dòng 7, cột «Hạn|dòng 9, cột «Hạn|dòng 9, cột «Nội dung/);
    // The same problems as refresh: those found while computing the schedule too.
    expect(out).toContain('Cảnh báo: Tasks, dòng 3, cột «Ngày hoàn thành»: đã hoàn thành nhưng chưa ghi ngày hoàn thành.');
    expect(out.split('\n').every((l) => l.length < 400)).toBe(true);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const en = await tiendo(['check', file, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Error: Tasks, row 6, column “Due”: “32/13/2020” is not a valid date');
  });

  it('says which sheet is missing or has no header it recognises', async () => {
    const file = path.join(tmp.dir, 'odd.xlsx');
    await writeXlsx(file, { 'Công việc': [['Cột A', 'Cột B']] });
    const r = await tiendo(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Trang «Công việc» không có dòng tiêu đề nhận ra được');
    expect(r.stdout).toContain('Không tìm thấy trang «Nhân sự»');
    // In English the needed columns have their English names.
    const en = await tiendo(['check', file, '--lang', 'en']);
    expect(en.stdout).toContain('Sheet “Công việc” has no recognisable header row (needs at least the columns “Task”).');
  });

  it('says when the deadline or lead column was renamed past recognition, and names the headers it did not know', async () => {
    const file = path.join(tmp.dir, 'renamed.xlsx');
    await writeXlsx(file, {
      'Công việc': [
        ['Mã', 'Nội dung công việc', 'Người chủ trì chính', 'Ngày phải xong', 'Trạng thái'],
        ['1', 'Dự thảo báo cáo', 'Văn phòng', '15/01/2020', ''],
      ],
    });
    const r = await tiendo(['check', file, '--today', '2020-01-10']);
    expect(r.stdout).toContain('Cảnh báo: Trang «Công việc» không có cột «Hạn hoàn thành» (hay «Hạn», «Thời hạn»): mọi việc được coi như chưa có hạn. Cột có tên không nhận ra: «Người chủ trì chính» (C), «Ngày phải xong» (D).');
    expect(r.stdout).toContain('Cảnh báo: Trang «Công việc» không có cột «Chủ trì» (hay «Đơn vị chủ trì»)');
    const en = await tiendo(['check', file, '--today', '2020-01-10', '--lang', 'en']);
    expect(en.stdout).toContain('Warning: Sheet “Công việc” has no “Due” column (or “Hạn hoàn thành”, “Deadline”): every task counts as having no deadline.');
  });
});
