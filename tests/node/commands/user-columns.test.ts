/**
 * On an .xlsx file, as a user meets it: their own `Tình trạng` and `Kiểm tra` columns keep every
 * cell through refreshes, `check` tells the clash; a failed formula and a merged `Phần` are read
 * as they look.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
});
