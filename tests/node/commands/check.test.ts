import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, tiendo } from '../cli.fixture';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => { tmp = tempDir(); });
afterEach(() => tmp.done());

/**
 * A tracker as users really send it: a title row merged over the columns, English and
 * accent-less headers in their own order, a header cell merged over two columns, blank rows,
 * dates typed as text, an impossible date, a huge cell, formula-looking text and a real formula.
 */
async function messyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tasks');
  ws.getCell('A1').value = 'KẾ HOẠCH THEO DÕI';
  ws.mergeCells('A1:G1');
  ws.getRow(2).values = ['due', 'noi dung cong viec', '', 'MA', 'Lead', 'trang thai', '% done'];
  ws.mergeCells('B2:C2');
  ws.getRow(3).values = ['05/07/2019', 'Gửi dự thảo', '', 'T1', 'Văn phòng', 'Hoàn thành', 1];
  // rows 4 and 5 left blank
  ws.getRow(6).values = ['32/13/2020', 'Trình Ban Thường vụ', '', 'T2', 'Trần Thanh Tiến', 'đang làm gì đó', '150%'];
  ws.getRow(7).values = [new Date(Date.UTC(2019, 11, 31)), 'x'.repeat(50_000), '', 'T3', '', '', 0.5];
  ws.getRow(8).values = ['', '=HYPERLINK("http://example.org","mở")', '', 'T4', '', '', ''];
  ws.getRow(9).values = ['15.8.2019', { formula: 'HYPERLINK("http://example.org","Xem văn bản")', result: 'Xem văn bản' } as ExcelJS.CellFormulaValue, '', 'T1', '', '', ''];
  ws.getCell('D9').note = 'ghi chú của người dùng';
  const people = wb.addWorksheet('nhan su');
  people.getRow(1).values = ['Ho ten', 'E-mail'];
  people.getRow(2).values = ['Trần Thanh Tiến', 'khong-phai-email'];
  await wb.xlsx.writeFile(file);
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
    expect(out).toContain('Lỗi: Tasks, dòng 6, cột «Hạn hoàn thành»: “32/13/2020” không phải là ngày hợp lệ');
    expect(out).toContain('Lỗi: Tasks, dòng 6, cột «Trạng thái»: “đang làm gì đó” không phải là trạng thái hợp lệ');
    expect(out).toContain('Lỗi: Tasks, dòng 6, cột «% hoàn thành»: “150%” vượt quá 100%');
    expect(out).toContain('Lỗi: Tasks, dòng 9, cột «Mã»: mã “T1” trùng với dòng 3.');
    expect(out).toContain('Lỗi: nhan su, dòng 2, cột «Email»: “khong-phai-email” không phải là địa chỉ e-mail hợp lệ.');
    expect(out).toContain('Cảnh báo: Tasks, dòng 7, cột «Nội dung công việc»: nội dung dài 50000 ký tự');
    expect(out).toContain('Cảnh báo: Tasks, dòng 8, cột «Nội dung công việc»: nội dung bắt đầu bằng “=”');
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
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Công việc').getRow(1).values = ['Cột A', 'Cột B'];
    await wb.xlsx.writeFile(file);
    const r = await tiendo(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Trang «Công việc» không có dòng tiêu đề nhận ra được');
    expect(r.stdout).toContain('Không tìm thấy trang «Nhân sự»');
  });
});
