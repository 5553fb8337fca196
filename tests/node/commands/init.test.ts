import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET } from '../../../src/core/plan/columns';
import { readTracker } from '../../../src/core/plan/read';
import { SETTING_DEFS } from '../../../src/core/plan/settings';
import { trackerTemplate } from '../../../src/core/plan/template';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { workCalendar } from '../../../src/core/dates/workdays';
import { addDays } from '../../../src/core/dates/civil';
import { loadExcel, tempDirPerTest, tiendo } from '../cli.fixture';

const tmp = tempDirPerTest();

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validationsOf = (ws: ExcelJS.Worksheet): Validations =>
  (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
const col = (def: { columns: ReadonlyArray<{ key: string }> }, key: string) => String.fromCharCode(65 + def.columns.findIndex((c) => c.key === key));

describe('tiendo init', () => {
  it('writes an empty tracker: four sheets, headers, formats, lists, frozen header rows', async () => {
    const file = path.join(tmp.dir, 'book.xlsx');
    const r = await tiendo(['init', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Công việc, Nhân sự, Ngày nghỉ, Cài đặt');

    const wb = await loadExcel(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Công việc', 'Nhân sự', 'Ngày nghỉ', 'Cài đặt']);
    for (const def of [TASKS_SHEET, PEOPLE_SHEET, HOLIDAYS_SHEET, SETTINGS_SHEET]) {
      const ws = wb.getWorksheet(def.vi)!;
      expect((ws.getRow(1).values as unknown[]).slice(1), def.vi).toEqual(def.columns.map((c) => c.vi));
      expect(ws.views[0], def.vi).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F5C99');
      expect(ws.getColumn(1).width).toBeGreaterThan(5);
    }

    const tasks = wb.getWorksheet('Công việc')!;
    for (const key of ['start', 'due', 'doneOn']) expect(tasks.getCell(`${col(TASKS_SHEET, key)}2`).numFmt, key).toBe('dd/mm/yyyy');
    expect(tasks.getCell(`${col(TASKS_SHEET, 'due')}501`).numFmt).toBe('dd/mm/yyyy');
    expect(tasks.getCell(`${col(TASKS_SHEET, 'percent')}2`).numFmt).toBe('0%');
    const tv = validationsOf(tasks);
    expect(tv[`${col(TASKS_SHEET, 'status')}2`]).toMatchObject({ type: 'list', formulae: ['"Chưa bắt đầu,Đang thực hiện,Hoàn thành,Tạm dừng,Hủy"'] });
    expect(tv[`${col(TASKS_SHEET, 'status')}501`]?.type).toBe('list');
    expect(tv[`${col(TASKS_SHEET, 'remind')}2`]).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(tv[`${col(TASKS_SHEET, 'due')}2`]).toMatchObject({ type: 'date' });
    expect(tv[`${col(TASKS_SHEET, 'percent')}2`]).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    // The wide task list: A4 landscape, two pages across, header row and Mã…Nội dung on each page.
    expect(tasks.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 2, printTitlesRow: '1:1', printTitlesColumn: 'A:C' });

    const holidays = wb.getWorksheet('Ngày nghỉ')!;
    expect(validationsOf(holidays)[`${col(HOLIDAYS_SHEET, 'kind')}2`]).toMatchObject({ type: 'list', formulae: ['"Nghỉ,Làm bù"'], errorStyle: 'stop' });
    expect(holidays.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(validationsOf(wb.getWorksheet('Nhân sự')!)[`${col(PEOPLE_SHEET, 'contact')}2`]).toMatchObject({ formulae: ['"Có,Không"'] });

    const settings = wb.getWorksheet('Cài đặt')!;
    expect(settings.rowCount).toBe(SETTING_DEFS.length + 1);
    const i = SETTING_DEFS.findIndex((d) => d.key === 'summaryFrequency');
    expect(settings.getCell(`A${i + 2}`).value).toBe('Báo cáo cho người điều phối');
    expect(settings.getCell(`B${i + 2}`).value).toBe('Hằng ngày');
    expect(validationsOf(settings)[`B${i + 2}`]).toMatchObject({ type: 'list', formulae: ['"Hằng ngày,Hằng tuần,Không gửi"'] });
    expect(settings.getCell(`B${SETTING_DEFS.findIndex((d) => d.key === 'reminderHour') + 2}`).value).toBe(7);

    // The tracker reads back with no problem at all and the default settings.
    const x = await XlsxWorkbook.load(file);
    const read = readTracker(x.readGrids(x.sheetNames()));
    expect(read.problems).toEqual([]);
    expect(read.tasks).toEqual([]);
    expect(read.settings.summaryFrequency).toBe('daily');
  });

  it('lists the built-in days off in «Ngày nghỉ», marked «có sẵn», and a row the user changes wins', async () => {
    const file = path.join(tmp.dir, 'book.xlsx');
    expect((await tiendo(['init', file])).code).toBe(0);
    const wb = await loadExcel(file);
    const ws = wb.getWorksheet('Ngày nghỉ')!;
    const rows = new Map<string, { kind: string; note: string; row: number }>();
    ws.eachRow((r, n) => {
      if (n === 1) return;
      const d = r.getCell(1).value;
      if (d instanceof Date) rows.set(d.toISOString().slice(0, 10), { kind: String(r.getCell(2).value), note: String(r.getCell(3).value), row: n });
    });
    // Tết 2025 as announced: Monday 27/01 to Friday 31/01 off, Monday 03/02 a working day.
    for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) expect(rows.get(d)?.kind, d).toBe('Nghỉ');
    expect(rows.get('2025-01-27')?.note).toBe('Tết Nguyên đán (28 tháng Chạp) (có sẵn)');
    expect(rows.has('2025-02-03')).toBe(false);
    expect(rows.get('2025-04-26')).toMatchObject({ kind: 'Làm bù' });
    expect(rows.get('2025-09-01')?.kind).toBe('Nghỉ');
    // Years before and after: 2019 and the rule's 2027–2028 are listed too.
    expect(rows.get('2019-02-04')?.kind).toBe('Nghỉ');
    expect(rows.get('2027-02-10')?.note).toMatch(/^Nghỉ bù Tết Nguyên đán .*\(có sẵn\)$/);

    // Read back untouched, the sheet gives exactly the built-in calendar…
    const x = await XlsxWorkbook.load(file);
    const read = readTracker(x.readGrids(x.sheetNames()));
    expect(read.problems).toEqual([]);
    const fromSheet = workCalendar(read.holidays);
    const builtIn = workCalendar();
    for (let d = '2019-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) if (fromSheet.isWorkday(d) !== builtIn.isWorkday(d)) throw new Error(`differs on ${d}`);

    // …and a built-in row the user turns into «Làm bù» makes that day a working day.
    ws.getCell(`B${rows.get('2025-05-02')!.row}`).value = 'Làm bù';
    await wb.xlsx.writeFile(file);
    const y = await XlsxWorkbook.load(file);
    const changed = workCalendar(readTracker(y.readGrids(y.sheetNames())).holidays);
    expect(changed.isWorkday('2025-05-02')).toBe(true);
    expect(changed.isWorkday('2025-05-01')).toBe(false);
  });

  it('builds the English tracker with English headers the reader still understands', async () => {
    const file = path.join(tmp.dir, 'en.xlsx');
    expect((await tiendo(['init', file, '--lang', 'en'])).code).toBe(0);
    const x = await XlsxWorkbook.load(file);
    expect(x.sheetNames()).toEqual(['Tasks', 'People', 'Holidays', 'Settings']);
    const read = readTracker(x.readGrids(x.sheetNames()));
    expect(read.problems).toEqual([]);
    expect(read.layouts.tasks?.columns).toMatchObject({ id: 0, title: 2, due: 7 });
    expect(trackerTemplate('en')[0].validations?.find((v) => v.values?.includes('In progress'))).toBeTruthy();
  });

  it('refuses to overwrite an existing file unless --force, and adds .xlsx when missing', async () => {
    const file = path.join(tmp.dir, 'book.xlsx');
    expect((await tiendo(['init', path.join(tmp.dir, 'book')])).code).toBe(0);
    const before = readFileSync(file);
    const r = await tiendo(['init', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('đã có; thêm --force để ghi đè');
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await tiendo(['init', file, '--force'])).code).toBe(0);
  });
});
