/**
 * On an .xlsx file, as a user meets it: their own `Tình trạng` and `Kiểm tra` columns keep every
 * cell through refreshes, `check` tells the clash; a failed formula (also in a date column) and a merged `Phần` are read
 * as they look.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { loadExcel, tempDirPerTest, tiendo } from '../cli.fixture';

const tmp = tempDirPerTest();

const HEADER = ['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Tình trạng', 'Kiểm tra'];

async function tracker(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Công việc');
  ws.addRow(HEADER);
  ws.addRow(['1', 'I. Văn kiện', 'Dự thảo báo cáo', 'Văn phòng', '10/01/2025', 'chờ ý kiến', 'đã gọi điện']);
  ws.addRow(['2', '', 'Góp ý dự thảo', 'Văn phòng', '20/01/2025', '', 'ghi chú riêng']);
  ws.addRow(['3', '', { formula: '1/0', result: { error: '#DIV/0!' } }, 'Văn phòng', '25/01/2025', 'xong phần 1', '']);
  ws.addRow(['4', 'II. Hậu cần', 'Hội trường', 'Văn phòng', '30/01/2025', '', '']);
  ws.mergeCells('B2:B4');
  await wb.xlsx.writeFile(file);
}

function userCells(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 1; r <= 5; r++) out.push([6, 7].map((c) => ws.getRow(r).getCell(c).value));
  return out;
}

describe('a user column named like a computed one, on .xlsx', () => {
  it('keeps every cell through two refreshes; the add-on adds its own marked columns once; check says why', async () => {
    const file = path.join(tmp.dir, 'plan.xlsx');
    await tracker(file);
    const before = userCells((await loadExcel(file)).getWorksheet('Công việc')!);
    expect((await tiendo(['refresh', file, '--today', '2025-01-20'])).code).toBe(0);
    expect((await tiendo(['refresh', file, '--today', '2025-01-20'])).code).toBe(0);
    const ws = (await loadExcel(file)).getWorksheet('Công việc')!;
    expect(userCells(ws)).toEqual(before);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...HEADER, 'Hạn tính toán', 'Tình trạng', 'Còn lại (ngày làm việc)', 'Đường găng', 'Kiểm tra']);
    for (let c = 8; c <= 12; c++) expect(String(ws.getRow(1).getCell(c).note)).toMatch(/\[tiendo:\w+\]$/);
    expect(ws.getRow(3).getCell(9).value).toBe('Đến hạn hôm nay');

    const c = await tiendo(['check', file, '--today', '2025-01-20']);
    expect(c.stdout).toContain('Cảnh báo: Công việc, dòng 1, cột «Tình trạng»: cột «Tình trạng» (cột F) trùng tên với một cột Tiến độ tự tính nhưng không do Tiến độ tạo ra');
    expect(c.stdout).toContain('Cảnh báo: Công việc, dòng 1, cột «Kiểm tra»: cột «Kiểm tra» (cột G) trùng tên');
  });

  it('a failed formula is a located problem, and a merged Phần covers each row it spans', async () => {
    const file = path.join(tmp.dir, 'plan.xlsx');
    await tracker(file);
    const c = await tiendo(['check', file, '--today', '2025-01-20']);
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 4, cột «Nội dung công việc»: công thức trong ô (cột C) báo lỗi “#DIV/0!”');
    const r = await tiendo(['refresh', file, '--today', '2025-01-20']);
    expect(r.stdout).toMatch(/I\. Văn kiện \| 3 \| /);
    expect(r.stdout).toMatch(/II\. Hậu cần \| 1 \| /);
  });

  it('a formula in a date column whose result is an error or text is read as it shows, not as an empty cell', async () => {
    // Excel saves such results as text (t="e" / t="str"); in a dd/mm/yyyy cell exceljs alone reads them as an Invalid Date.
    const file = path.join(tmp.dir, 'dates.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Công việc');
    ws.addRow(['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành']);
    ws.addRow(['1', 'Dự thảo báo cáo', 'Văn phòng', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    ws.addRow(['2', 'Góp ý dự thảo', 'Văn phòng', { formula: '"15/01/2025"', result: '15/01/2025' }]);
    ws.getColumn(4).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file);

    const c = await tiendo(['check', file, '--today', '2025-01-10']);
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 2, cột «Hạn hoàn thành»: công thức trong ô (cột D) báo lỗi “#DIV/0!”');
    expect(c.stdout).not.toMatch(/dòng 3, cột «Hạn hoàn thành»/);
    await tiendo(['refresh', file, '--today', '2025-01-10']);
    const after = (await XlsxWorkbook.load(file)).book.getWorksheet('Công việc')!;
    expect(after.getCell('E3').value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    // The user's formulas and their saved results are kept (read the way Tiến độ reads them).
    expect(after.getCell('D2').value).toEqual({ formula: '1/0', result: { error: '#DIV/0!' } });
    expect(after.getCell('D3').value).toEqual({ formula: '"15/01/2025"', result: '15/01/2025' });
  });
});
