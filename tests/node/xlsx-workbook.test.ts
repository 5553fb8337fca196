import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { ruleOwnerOf } from '../../src/node/xlsx-rules';
import { readCell, writeCell } from '../../src/node/cells';
import { cellSnapshot, loadExcel, tempDirPerTest } from './cli.fixture';
import { inTimeZone } from './time-zone.fixture';

const tmp = tempDirPerTest();

const USER_STYLE: Partial<ExcelJS.Style> = {
  numFmt: '0.00',
  font: { italic: true, color: { argb: 'FF7F6000' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
  border: { bottom: { style: 'thin' } },
};

/** A workbook as a user leaves it: formulas, notes, styles, rich text, links, merges, their own rules. */
async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Công việc');
  ws.getRow(1).values = ['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Ghi chú', 'Độ dài'];
  ws.getRow(1).font = { bold: true };
  const rows: Array<[string, ExcelJS.CellValue, Date]> = [
    ['T1', 'Gửi dự thảo', new Date(Date.UTC(2019, 6, 5))],
    ['T2', { richText: [{ text: 'Trình ', font: { bold: true } }, { text: 'Ban Thường vụ' }] }, new Date(Date.UTC(2019, 6, 19))],
    ['T3', '=SUM(A1:A2)', new Date(Date.UTC(2019, 11, 31))],
    ['T4', { text: 'Xem văn bản', hyperlink: 'https://example.org/vb' }, new Date(Date.UTC(2020, 0, 1))],
  ];
  rows.forEach(([id, title, due], i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = id;
    ws.getCell(r, 1).style = { ...USER_STYLE };
    ws.getCell(r, 2).value = title;
    ws.getCell(r, 3).value = due;
    ws.getCell(r, 3).numFmt = 'dd/mm/yyyy';
    ws.getCell(r, 5).value = { formula: `LEN(A${r})`, result: 2 } as ExcelJS.CellFormulaValue;
    // Empty cells carrying the same style as column A: a write there must not restyle column A.
    ws.getCell(r, 6).style = { ...USER_STYLE };
  });
  ws.getCell('D2').value = 'có ghi chú';
  ws.getCell('D2').note = 'Ghi chú của người dùng';
  ws.getCell('D3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('H1').value = 'Ô gộp';
  ws.mergeCells('H1:I1');
  ws.addConditionalFormatting({
    ref: 'A2:A100',
    rules: [{ type: 'expression', priority: 1, formulae: ['LEN($A2)>3'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }],
  });
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } })
    .dataValidations.add('D2:D50', { type: 'list', allowBlank: true, formulae: ['"x,y"'] });
  wb.addWorksheet('Của tôi').getCell('A1').value = 'không đụng tới';
  await wb.xlsx.writeFile(file);
}

describe('XlsxWorkbook reads like Sheets getValues', () => {
  it('turns each kind of cell into what the core expects', async () => {
    const file = path.join(tmp.dir, 'user.xlsx');
    await userWorkbook(file);
    const wb = await XlsxWorkbook.load(file);
    expect(wb.sheetNames()).toEqual(['Công việc', 'Của tôi']);
    const [grid] = wb.readGrids(['Công việc']);
    expect(grid.name).toBe('Công việc');
    // Data range: 5 rows, up to column H (the merged cell's value); F's styled empty cells do not widen it.
    expect(grid.values).toHaveLength(5);
    expect(grid.values.map((r) => r.length)).toEqual([8, 8, 8, 8, 8]);
    expect(grid.values[0].slice(0, 5)).toEqual(['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Ghi chú', 'Độ dài']);
    expect(grid.values[0].slice(5)).toEqual(['', '', 'Ô gộp']);
    expect(grid.values[1].slice(0, 6)).toEqual(['T1', 'Gửi dự thảo', { date: '2019-07-05' }, 'có ghi chú', 2, '']);
    expect(grid.values[2][1]).toBe('Trình Ban Thường vụ');
    expect(grid.values[2][3]).toBe('#REF!');
    expect(grid.values[3][1]).toBe('=SUM(A1:A2)');
    expect(grid.values[3][2]).toEqual({ date: '2019-12-31' });
    expect(grid.values[4][1]).toBe('Xem văn bản');
    expect(wb.readGrids(['Không có'])).toEqual([]);
  });

  it('reads a date as the same civil day whatever the machine’s time zone', async () => {
    const file = path.join(tmp.dir, 'dates.xlsx');
    await userWorkbook(file);
    const days = [];
    for (const tz of ['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
      days.push(await inTimeZone(tz, async () => {
        // The zone is really in force while the workbook is read.
        expect(new Date(Date.UTC(2019, 6, 5)).getTimezoneOffset()).toBe({ 'America/Los_Angeles': 420, 'Asia/Ho_Chi_Minh': -420, 'Pacific/Kiritimati': -840 }[tz]);
        const wb = await XlsxWorkbook.load(file);
        return wb.readGrids(['Công việc'])[0].values.slice(1).map((r) => r[2]);
      }));
    }
    expect(days[0]).toEqual([{ date: '2019-07-05' }, { date: '2019-07-19' }, { date: '2019-12-31' }, { date: '2020-01-01' }]);
    expect(days[1]).toEqual(days[0]);
    expect(days[2]).toEqual(days[0]);
  });

  it('converts single values both ways', () => {
    expect(readCell(null)).toBe('');
    expect(readCell(undefined)).toBe('');
    expect(readCell(new Date(Date.UTC(2020, 1, 29, 18, 30)))).toEqual({ date: '2020-02-29' });
    expect(readCell(new Date(Date.UTC(1899, 11, 30)))).toEqual({ date: '1899-12-30' });
    expect(readCell({ formula: 'A1', result: new Date(Date.UTC(2019, 0, 2)) } as ExcelJS.CellFormulaValue)).toEqual({ date: '2019-01-02' });
    expect(readCell({ formula: 'A1' } as ExcelJS.CellFormulaValue)).toBe('');
    expect(readCell({ formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue)).toBe('#DIV/0!');
    expect(readCell({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' } as unknown as ExcelJS.CellValue)).toBe('ab');
    expect(writeCell({ date: '2019-07-05' })).toEqual(new Date(Date.UTC(2019, 6, 5)));
    expect(writeCell('=1+1')).toBe('=1+1');
    expect(writeCell({ formula: '=A1*2' })).toEqual({ formula: 'A1*2' });
    expect(writeCell(Number.NaN)).toBeNull();
    expect((writeCell('x'.repeat(50_000)) as string).length).toBe(32_767);
  });
});

describe('XlsxWorkbook writes only what it is asked to', () => {
  it('keeps every other cell’s value, formula, style and note byte for byte', async () => {
    const file = path.join(tmp.dir, 'user.xlsx');
    await userWorkbook(file);
    const before = cellSnapshot(await loadExcel(file));

    const wb = await XlsxWorkbook.load(file);
    wb.write({
      sheet: 'Công việc', mode: 'update',
      blocks: [
        {
          row: 2, col: 6,
          values: [[0.5], [{ date: '2019-11-12' }], ['=HYPERLINK("http://x","y")'], [null]],
          numberFormats: [['0%'], [null], [null], [null]],
          backgrounds: [['#FCE8E6'], [null], [null], [null]],
          bold: [[true], [null], [null], [null]],
        },
        { row: 1, col: 10, values: [['Tình trạng'], ['Quá hạn'], ['Đúng hạn'], ['@mention'], ['+84 123']], fontColors: [['#ffffff'], [null], [null], [null], [null]] },
      ],
      frozenRows: 1,
      conditionalRules: { ownerTag: 'schedule', rules: [{ range: 'J2:J5', formula: '=$J2="Quá hạn"', background: '#F4CCCC', bold: true }] },
      validations: [{ range: 'J2:J5', kind: 'list', values: ['Quá hạn', 'Đúng hạn'], strict: true, help: 'Chọn' }],
    });
    await wb.save(file);

    const after = await loadExcel(file);
    const now = cellSnapshot(after);
    const written = new Set(['F2', 'F3', 'F4', 'F5', 'J1', 'J2', 'J3', 'J4', 'J5'].map((a) => `Công việc!${a}`));
    for (const [key, was] of before) {
      if (!written.has(key)) expect(now.get(key), key).toEqual(was);
    }

    const ws = after.getWorksheet('Công việc')!;
    expect(ws.getCell('F2').value).toBe(0.5);
    expect(ws.getCell('F2').numFmt).toBe('0%');
    expect(ws.getCell('F2').font?.bold).toBe(true);
    expect((ws.getCell('F2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE8E6');
    // The user's own formats on the written cell stay where not overridden.
    expect(ws.getCell('F2').border).toEqual(USER_STYLE.border);
    expect(ws.getCell('F3').value).toEqual(new Date(Date.UTC(2019, 10, 12)));
    // A date in a cell whose format is not a date's gets the day-first date format.
    expect(ws.getCell('F3').numFmt).toBe('dd/mm/yyyy');
    // Text that looks like a formula is stored as text, never as a formula.
    expect(ws.getCell('F4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('F4').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('F4').formula).toBeUndefined();
    expect(ws.getCell('J4').value).toBe('@mention');
    expect(ws.getCell('J5').value).toBe('+84 123');
    expect(ws.getCell('J1').font?.color?.argb).toBe('FFFFFFFF');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules.map((r) => r.ref).sort()).toEqual(['A2:A100', 'J2:J5']);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations.D2).toMatchObject({ type: 'list', formulae: ['"x,y"'] });
    expect(validations.J3).toMatchObject({ type: 'list', formulae: ['"Quá hạn,Đúng hạn"'], errorStyle: 'stop', prompt: 'Chọn' });
    expect(after.getWorksheet('Của tôi')!.getCell('A1').value).toBe('không đụng tới');
  });

  it('replaces its own conditional rules by owner tag and keeps the user’s and other owners’', async () => {
    const file = path.join(tmp.dir, 'user.xlsx');
    await userWorkbook(file);
    const wb = await XlsxWorkbook.load(file);
    const rule = (range: string) => ({ range, formula: '=$J2="Quá hạn"', background: '#F4CCCC' });
    wb.write({ sheet: 'Công việc', mode: 'update', blocks: [], conditionalRules: { ownerTag: 'schedule', rules: [rule('J2:J5'), rule('K2:K5')] } });
    wb.write({ sheet: 'Công việc', mode: 'update', blocks: [], conditionalRules: { ownerTag: 'gantt', rules: [rule('L2:L5')] } });
    await wb.save(file);
    const again = await XlsxWorkbook.load(file);
    again.write({ sheet: 'Công việc', mode: 'update', blocks: [], conditionalRules: { ownerTag: 'schedule', rules: [rule('M2:M5')] } });
    await again.save(file);
    const ws = (await loadExcel(file)).getWorksheet('Công việc')!;
    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules.map((r) => [r.ref, ruleOwnerOf(r.rules[0] as { formulae?: unknown[] })]).sort()).toEqual([
      ['A2:A100', null], ['L2:L5', 'gantt'], ['M2:M5', 'schedule'],
    ]);
  });

  it('replace mode clears the sheet but keeps its place among the tabs', async () => {
    const file = path.join(tmp.dir, 'book.xlsx');
    const src = new ExcelJS.Workbook();
    src.addWorksheet('Công việc').getCell('A1').value = 'Mã';
    const old = src.addWorksheet('Tổng quan');
    old.getCell('A1').value = 'cũ';
    old.getCell('C9').value = 'cũ nữa';
    old.mergeCells('A1:B1');
    src.addWorksheet('Cuối').getCell('A1').value = 'x';
    await src.xlsx.writeFile(file);

    const wb = await XlsxWorkbook.load(file);
    wb.write({
      sheet: 'Tổng quan', mode: 'replace', blocks: [{ row: 1, col: 1, values: [['Tổng quan', null], ['Quá hạn', 3]] }],
      merges: ['A1:B1'], columnWidths: [[1, 200]], hideGridlines: true,
      print: { landscape: true, paper: 'A3', fitToWidth: true },
    });
    await wb.save(file);
    const reread = await XlsxWorkbook.load(file);
    expect(reread.sheetNames()).toEqual(['Công việc', 'Tổng quan', 'Cuối']);
    expect(reread.readGrids(['Tổng quan'])[0].values).toEqual([['Tổng quan', ''], ['Quá hạn', 3]]);
    const ws = reread.book.getWorksheet('Tổng quan')!;
    expect(ws.getColumn(1).width).toBeCloseTo((200 - 5) / 7, 1);
    expect(ws.views[0].showGridLines).toBe(false);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell('B1').isMerged).toBe(true);
  });

  it('appends rows after the last row with content, and names links and the title from the file', async () => {
    const file = path.join(tmp.dir, 'Kế hoạch 2020.xlsx');
    await userWorkbook(file);
    const wb = await XlsxWorkbook.load(file);
    wb.appendRows('Công việc', [['T5', 'Việc mới', { date: '2020-03-15' }]]);
    wb.appendRows('Nhật ký', [['12/11/2019', 'đã gửi']]);
    const [tasks, log] = wb.readGrids(['Công việc', 'Nhật ký']);
    expect(tasks.values[5].slice(0, 3)).toEqual(['T5', 'Việc mới', { date: '2020-03-15' }]);
    expect(wb.book.getWorksheet('Công việc')!.getCell('C6').numFmt).toBe('dd/mm/yyyy');
    expect(log.values).toEqual([['12/11/2019', 'đã gửi']]);
    expect(wb.title()).toBe('Kế hoạch 2020');
    expect(wb.rowLink("Của tôi's", 12)).toBe("Kế hoạch 2020.xlsx#'Của tôi''s'!A12");
    await wb.save(path.join(tmp.dir, 'copy.xlsx'));
    expect(wb.title()).toBe('copy');
  });
});
