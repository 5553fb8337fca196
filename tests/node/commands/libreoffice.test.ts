/**
 * A real spreadsheet program opens what this host writes: LibreOffice Calc converts the sample
 * and a freshly initialised tracker to CSV (as the cells are shown), and every cell reads as the
 * core read it: day-first dates on the right day, text intact, no repaired file.
 * CI installs libreoffice-calc (.ci/run); elsewhere the test is skipped when Calc is missing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/plan/cells';
import { csvRecords } from '../../../src/core/reports/csv';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { SAMPLE_FILE } from '../../../examples/build-sample';
import { tempDir, tempDirPerTest, tiendo } from '../cli.fixture';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const hasCalc = !!soffice && existsSync('/usr/lib/libreoffice/program/libsclo.so');

const tmp = tempDirPerTest();

// One LibreOffice user profile for the file, created by a first conversion in the hook: a new
// profile costs several seconds of start-up that would otherwise fall on each test.
let lo: ReturnType<typeof tempDir>;
const profileArg = () => `-env:UserInstallation=file://${path.join(lo.dir, 'profile')}`;
beforeAll(() => {
  lo = tempDir();
  if (!hasCalc) return;
  const csv = path.join(lo.dir, 'warm.csv');
  writeFileSync(csv, 'a,b\n1,2\n');
  const r = spawnSync(soffice!, [profileArg(), '--headless', '--convert-to', 'xlsx', '--outdir', lo.dir, csv], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);
afterAll(() => lo.done());

/** Every sheet of the workbook as LibreOffice shows it, by sheet name. */
function calcSheets(file: string, outDir: string): Map<string, string[][]> {
  const r = spawnSync(soffice!, [
    profileArg(), '--headless',
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    '--outdir', outDir, file,
  ], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) sheets.set(f.slice(base.length + 1, -4), csvRecords(readFileSync(path.join(outDir, f), 'utf8'), ','));
  }
  return sheets;
}

function expectSameCells(file: string, calc: Map<string, string[][]>, x: XlsxWorkbook): void {
  expect([...calc.keys()].sort()).toEqual(x.sheetNames().sort());
  for (const grid of x.readGrids(x.sheetNames())) {
    const shown = calc.get(grid.name)!;
    grid.values.forEach((row, r) => row.forEach((v, c) => {
      const text = shown[r]?.[c] ?? '';
      // Percent cells are shown with their format; everything else as the core reads it.
      if (typeof v === 'number' && text.endsWith('%')) expect(Number(text.slice(0, -1)) / 100, `${grid.name} ${r + 1}:${c + 1}`).toBeCloseTo(v, 6);
      else expect(text, `${file} ${grid.name} ${r + 1}:${c + 1}`).toBe(cellText(v));
    }));
  }
}

describe.skipIf(!hasCalc)('LibreOffice Calc opens the workbooks this host writes', () => {
  it('shows the sample exactly as the core reads it', async () => {
    expectSameCells('sample', calcSheets(SAMPLE_FILE, tmp.dir), await XlsxWorkbook.load(SAMPLE_FILE));
  });

  it.each(['vi', 'en'])('shows a new tracker (%s) with its headers and settings', async (lang) => {
    const file = path.join(tmp.dir, `moi-${lang}.xlsx`);
    expect((await tiendo(['init', file, '--lang', lang])).code).toBe(0);
    const calc = calcSheets(file, tmp.dir);
    expectSameCells(file, calc, await XlsxWorkbook.load(file));
    expect(calc.get(lang === 'en' ? 'Tasks' : 'Công việc')?.[0]?.[7]).toBe(lang === 'en' ? 'Due' : 'Hạn hoàn thành');
  });

  it('keeps the print titles, sheet protection and zoom of a LibreOffice-saved workbook through a refresh', async () => {
    // The user's tracker, with a print title row and a protected sheet, saved by LibreOffice.
    const src = path.join(tmp.dir, 'nguon.xlsx');
    expect((await tiendo(['init', src])).code).toBe(0);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(src);
    const ws = excel.getWorksheet('Công việc')!;
    ws.pageSetup.printTitlesRow = '1:1';
    await ws.protect('', { formatColumns: true, formatCells: true });
    await excel.xlsx.writeFile(src);
    const conv = path.join(tmp.dir, 'lo');
    const r = spawnSync(soffice!, [profileArg(), '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', conv, src], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const file = path.join(conv, 'nguon.xlsx');
    const sheetXml = async (f: string) => {
      const zip = await JSZip.loadAsync(readFileSync(f));
      const book = await zip.file('xl/workbook.xml')!.async('string');
      return { zip, book, sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string') };
    };
    const saved = await sheetXml(file);
    // LibreOffice's own spelling of yes/no; a headless conversion cannot set a zoom, so the view's zoom is set as a saved view holds it.
    expect(saved.sheet).toMatch(/<sheetProtection sheet="true"/);
    saved.zip.file('xl/worksheets/sheet1.xml', saved.sheet.replace(/zoomScale="\d+"/, 'zoomScale="85"'));
    writeFileSync(file, await saved.zip.generateAsync({ type: 'nodebuffer' }));

    const done = await tiendo(['refresh', file, '--today', '2019-07-05']);
    expect(done.code, done.stderr).toBe(0);
    const after = await sheetXml(file);
    expect(after.sheet).toMatch(/<sheetProtection [^>]*sheet="1"/);
    // The allowances LibreOffice wrote stay allowances.
    expect(after.sheet).toMatch(/<sheetProtection [^>]*formatColumns="0"/);
    expect(after.sheet).toMatch(/<sheetView [^>]*zoomScale="85"/);
    // The title row repeated on every page (tiendo init also repeats the ID columns) survives the write.
    expect(after.book).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">[^<]*(?:'|&apos;)Công việc(?:'|&apos;)!\$1:\$1[^<]*<\/definedName>/);
  });
});
