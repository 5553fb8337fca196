/**
 * How the sheets the add-on writes look and print, read back from the .xlsx as Excel and
 * LibreOffice read it: row heights of the overview, the computed columns' headers and alignment,
 * the print setup of every sheet (A4, landscape where wide), the log's key column hidden. One
 * sheet is printed by LibreOffice to check the paper for real.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPUTED_COLUMNS } from '../../../src/core/plan/columns';
import { convertToPdf, findSoffice } from '../../../src/node/pdf';
import { loadExcel, ROOT, tempDir, tiendo } from '../cli.fixture';

let tmp: ReturnType<typeof tempDir>;
let wb: ExcelJS.Workbook;
let fresh: ExcelJS.Workbook;
let book: string;

beforeAll(async () => {
  tmp = tempDir();
  book = path.join(tmp.dir, 'ke-hoach-mau.xlsx');
  copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
  const refreshed = await tiendo(['refresh', book, '--today', '12/11/2019']);
  expect(refreshed.code, refreshed.stderr).toBe(0);
  // The reminder log is written by a real run only (an --outbox preview marks nothing): a run whose
  // mail server refuses the connection logs every mail as not sent, and exits 1.
  const closed = await closedPort();
  const reminded = await tiendo(['remind', book, '--today', '12/11/2019', '--smtp', `127.0.0.1:${closed}`]);
  expect(reminded.code, reminded.stderr).toBe(1);
  expect(reminded.stdout).toContain('từ chối kết nối');
  wb = await loadExcel(book);
  const init = path.join(tmp.dir, 'moi.xlsx');
  expect((await tiendo(['init', init])).code).toBe(0);
  fresh = await loadExcel(init);
}, 60_000);
afterAll(() => tmp.done());

/** A port of this computer nothing listens on: one just given back by the system. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const heightOf = (ws: ExcelJS.Worksheet, r: number) => ws.getRow(r).height ?? 15;

describe('Tổng quan', () => {
  it('keeps the title and section headings one line high, and gives long names the lines they need', () => {
    const ws = wb.getWorksheet('Tổng quan')!;
    const merged: number[] = [];
    ws.eachRow((row, r) => { if (/^[IVX]+\. /.test(String(row.getCell(1).value ?? '')) || r <= 2) merged.push(r); });
    expect(merged.length).toBeGreaterThanOrEqual(8);
    for (const r of merged) expect(heightOf(ws, r), `row ${r}: ${ws.getCell(r, 1).value}`).toBeLessThanOrEqual(30);
    // A section name longer than its column wraps: its row is two lines high, not one.
    let long = 0;
    ws.eachRow((row, r) => { if (String(row.getCell(2).value ?? '').startsWith('Từ cuối tháng 11/2019')) long = r; });
    expect(long).toBeGreaterThan(0);
    expect(heightOf(ws, long)).toBeGreaterThanOrEqual(30);
    expect(ws.getCell(long, 2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });
});

describe('Công việc', () => {
  it('styles the computed headers like the input ones, wraps them and the cells, top-aligned', () => {
    const ws = wb.getWorksheet('Công việc')!;
    const header = ws.getRow(1);
    const input = header.getCell(1);
    const cols: number[] = [];
    header.eachCell((c, n) => { if (COMPUTED_COLUMNS.some((d) => d.vi === c.value)) cols.push(n); });
    expect(cols).toHaveLength(COMPUTED_COLUMNS.length);
    for (const n of cols) {
      const c = header.getCell(n);
      expect((c.fill as ExcelJS.FillPattern).fgColor?.argb, String(c.value)).toBe((input.fill as ExcelJS.FillPattern).fgColor?.argb);
      expect(c.font?.bold).toBe(true);
      expect(c.font?.color?.argb).toBe('FFFFFFFF');
      expect(c.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      expect(ws.getCell(5, n).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    }
    // «Còn lại (ngày làm việc)» does not fit one line of its column: the header row holds two.
    expect(heightOf(ws, 1)).toBeGreaterThanOrEqual(30);
  });
});

describe('printing on A4', () => {
  it('sets every sheet to A4, landscape where wide, fit to the page’s width', () => {
    const setups: Record<string, Partial<ExcelJS.PageSetup>> = {
      'Công việc': { orientation: 'landscape', paperSize: 9, fitToWidth: 2, printTitlesRow: '1:1', printTitlesColumn: 'A:C' },
      'Tổng quan': { orientation: 'portrait', paperSize: 9, fitToWidth: 1 },
      'Nhật ký nhắc việc': { orientation: 'landscape', paperSize: 9, fitToWidth: 1 },
      Gantt: { orientation: 'landscape', paperSize: 9 },
    };
    for (const [name, setup] of Object.entries(setups)) expect(wb.getWorksheet(name)?.pageSetup, name).toMatchObject({ fitToPage: true, ...setup });
    for (const [name, orientation] of [['Nhân sự', 'landscape'], ['Cài đặt', 'landscape'], ['Ngày nghỉ', 'portrait']] as const) {
      expect(fresh.getWorksheet(name)?.pageSetup, name).toMatchObject({ orientation, paperSize: 9, fitToPage: true, fitToWidth: 1 });
    }
  });

  it('hides the reminder log’s internal key column', () => {
    const ws = wb.getWorksheet('Nhật ký nhắc việc')!;
    const key = (ws.getRow(1).values as unknown[]).indexOf('Khóa');
    expect(key).toBeGreaterThan(0);
    expect(ws.getColumn(key).hidden).toBe(true);
    for (let c = 1; c < key; c++) expect(ws.getColumn(c).hidden, `column ${c}`).toBe(false);
  });

  it.skipIf(!findSoffice())('prints the reminder log on one A4 landscape page, without the key', async () => {
    const only = await loadExcel(book);
    for (const ws of [...only.worksheets]) if (ws.name !== 'Nhật ký nhắc việc') only.removeWorksheet(ws.id);
    const file = path.join(tmp.dir, 'nhat-ky.xlsx');
    await only.xlsx.writeFile(file);
    const pdf = convertToPdf(file, tmp.dir);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Người nhận');
    expect(text).not.toContain('Khóa');
  });
});
