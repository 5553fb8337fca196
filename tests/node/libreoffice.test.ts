/**
 * A real spreadsheet program opens what this host writes: LibreOffice Calc converts the sample
 * and a freshly initialised tracker to CSV (as the cells are shown), and every cell reads as the
 * core read it: day-first dates on the right day, text intact, no repaired file.
 * CI installs libreoffice-calc (.ci/run); elsewhere the test is skipped when Calc is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/plan/cells';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { SAMPLE_FILE } from '../../examples/build-sample';
import { tempDir, tiendo } from './helpers';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const hasCalc = !!soffice && existsSync('/usr/lib/libreoffice/program/libsclo.so');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => { tmp = tempDir(); });
afterEach(() => tmp.done());

/** RFC 4180 CSV: quoted fields, doubled quotes, new lines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Every sheet of the workbook as LibreOffice shows it, by sheet name. */
function calcSheets(file: string, outDir: string): Map<string, string[][]> {
  const r = spawnSync(soffice!, [
    `-env:UserInstallation=file://${path.join(outDir, 'profile')}`, '--headless',
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    '--outdir', outDir, file,
  ], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const base = path.basename(file, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) sheets.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(outDir, f), 'utf8')));
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
  }, 180_000);

  it('shows a new tracker and an English one with their headers and settings', async () => {
    for (const lang of ['vi', 'en']) {
      const file = path.join(tmp.dir, `moi-${lang}.xlsx`);
      expect(tiendo(['init', file, '--lang', lang]).code).toBe(0);
      const calc = calcSheets(file, tmp.dir);
      expectSameCells(file, calc, await XlsxWorkbook.load(file));
      expect(calc.get(lang === 'en' ? 'Tasks' : 'Công việc')?.[0]?.[7]).toBe(lang === 'en' ? 'Due' : 'Hạn hoàn thành');
    }
  }, 180_000);
});
