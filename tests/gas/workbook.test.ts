/**
 * GasWorkbook against the fakes: what a user sees in the sheet after a write, and how many
 * service calls it took (the same for 10 tasks as for 5 000).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellBlock, OutCell, SheetOutput } from '../../src/core/sheet/output';
import { GasWorkbook } from '../../src/gas/workbook';
import { markedFormula, ruleOwner } from '../../src/core/sheet/rule-mark';
import { type FakeEnv, createFakes, seedSheet, sheetState } from '../fakes/index';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

function setup(opts: Parameters<typeof createFakes>[0] = {}): { env: FakeEnv; book: GasWorkbook } {
  const env = createFakes(opts);
  undo = env.install();
  return { env, book: new GasWorkbook(env.spreadsheet) };
}

/** A refresh-like output for `n` tasks: computed columns with formats, rules, validations, layout. */
function overview(n: number, minRows = n + 1): SheetOutput {
  const values: OutCell[][] = [];
  const bg: Array<Array<string | null>> = [];
  const bold: Array<Array<boolean | null>> = [];
  const nf: Array<Array<string | null>> = [];
  for (let i = 0; i < n; i++) {
    values.push([`T${i + 1}`, `Việc ${i + 1}`, { date: '2026-03-02' }, i % 3 === 0 ? 'Quá hạn' : 'Đúng hạn', (i % 10) / 10]);
    bg.push([null, null, null, i % 3 === 0 ? '#f4cccc' : null, null]);
    bold.push([true, null, null, null, null]);
    nf.push([null, null, 'dd/mm/yyyy', null, '0%']);
  }
  const block: CellBlock = { row: 2, col: 1, values, backgrounds: bg, bold, numberFormats: nf, fontColors: bg.map((r) => r.map(() => null)), wrap: false };
  return {
    sheet: 'Tổng quan', mode: 'replace',
    blocks: [{ row: 1, col: 1, values: [['Mã', 'Việc', 'Hạn', 'Tình trạng', '%']], bold: [[true, true, true, true, true]] }, block],
    frozenRows: 1, frozenColumns: 2, columnWidths: [[1, 60], [2, 360], [3, 95], [4, 95], [5, 80]], merges: ['G1:H1'],
    conditionalRules: { ownerTag: 'overview', rules: [{ range: `D2:D${n + 1}`, formula: '=$D2="Quá hạn"', background: '#f4cccc', bold: true }] },
    validations: [{ range: `E2:E${n + 1}`, kind: 'percent', strict: true }, { range: `D2:D${n + 1}`, kind: 'list', values: ['Quá hạn', 'Đúng hạn'] }],
    hideGridlines: true, print: { landscape: true, paper: 'A3', fitToWidth: true }, minRows,
  };
}

describe('readGrids', () => {
  it('reads each sheet with one getDataRange().getValues(), dates as civil days, missing sheets left out', () => {
    const { env, book } = setup({ timeZone: 'America/New_York' });
    seedSheet(env, 'Công việc', [['Mã', 'Hạn', '%'], ['T1', '05/07/2019', '50%'], ['T2', '', 0.25]]);
    seedSheet(env, 'Nhân sự', [['Họ tên'], ['Trần Thanh Tiến']]);
    expect(book.sheetNames()).toEqual(['Trang tính1', 'Công việc', 'Nhân sự']);
    env.calls.reset();
    const grids = book.readGrids(['Công việc', 'Không có', 'Nhân sự']);
    expect(grids).toEqual([
      {
        name: 'Công việc', values: [['Mã', 'Hạn', '%'], ['T1', { date: '2019-07-05' }, 0.5], ['T2', '', 0.25]],
        // The task sheet also brings its header notes (which columns are the add-on's) and merges.
        notes: [['', '', ''], ['', '', ''], ['', '', '']], merges: [],
      },
      { name: 'Nhân sự', values: [['Họ tên'], ['Trần Thanh Tiến']] },
    ]);
    expect(env.calls.byMethod()).toMatchObject({ 'Sheet.getDataRange': 2, 'Range.getValues': 2, 'Range.getNotes': 1, 'Range.getMergedRanges': 1 });
    expect(Object.keys(env.calls.byMethod()).filter((k) => k.startsWith('Range.') || k.startsWith('Sheet.')).sort()).toEqual([
      'Range.getMergedRanges', 'Range.getNotes', 'Range.getValues', 'Sheet.getDataRange', 'Sheet.getRange',
    ]);
  });
});

describe('write', () => {
  it('costs the same calls for 10 tasks as for 5 000', () => {
    // Both sized for 5 000 rows, as a refresh sizes its sheet: the grid grows once in each.
    const count = (n: number) => {
      const { env, book } = setup();
      book.write(overview(n, 5001));
      const calls = env.calls.byMethod();
      undo?.();
      undo = null;
      return calls;
    };
    const small = count(10);
    const large = count(5000);
    expect(large).toEqual(small);
    expect(small['Range.setValues']).toBe(2);
    expect(small['Sheet.insertRowsAfter']).toBe(1);
    expect(Object.values(large).reduce((a, b) => a + b, 0)).toBeLessThan(70);
  });

  it('grows the sheet once when the blocks reach past it, creating the sheet when missing', () => {
    const { env, book } = setup();
    book.write(overview(5000));
    const st = sheetState(env, 'Tổng quan');
    expect(st.maxRows).toBe(5001);
    expect(env.calls.byMethod()['Sheet.insertRowsAfter']).toBe(1);
    expect(env.calls.byMethod()['Spreadsheet.insertSheet']).toBe(1);
    expect(st.values[5000][0]).toBe('T5000');
  });

  it('shows what the user expects: values, dates, formats, rules, validations, layout', () => {
    const { env, book } = setup();
    book.write(overview(3));
    const st = sheetState(env, 'Tổng quan');
    expect(st.displayValues.slice(0, 3).map((r) => r.slice(0, 5))).toEqual([
      ['Mã', 'Việc', 'Hạn', 'Tình trạng', '%'],
      ['T1', 'Việc 1', '02/03/2026', 'Quá hạn', '0%'],
      ['T2', 'Việc 2', '02/03/2026', 'Đúng hạn', '10%'],
    ]);
    expect(st.backgrounds[1][3]).toBe('#f4cccc');
    expect(st.backgrounds[2][3]).toBe('#ffffff');
    expect(st.bold[0]).toEqual([true, true, true, true, true]);
    expect(st.bold[1].slice(0, 2)).toEqual([true, false]);
    expect([st.frozenRows, st.frozenColumns, st.gridlines]).toEqual([1, 2, false]);
    expect(st.columnWidths).toEqual({ 1: 60, 2: 360, 3: 95, 4: 95, 5: 80 });
    expect(env.calls.byMethod()['Sheet.setColumnWidths']).toBe(1);
    expect(st.merges).toEqual(['G1:H1']);
    expect(st.conditionalRules).toEqual([{ ranges: ['D2:D4'], formula: '=AND($D2="Quá hạn",N("tiendo:overview")=0)', background: '#f4cccc', bold: true }]);
    expect(st.validations).toEqual([
      { a1: 'D2:D4', kind: 'list', values: ['Quá hạn', 'Đúng hạn'], strict: false, help: '' },
      { a1: 'E2:E4', kind: 'numberBetween', values: ['0', '1'], strict: true, help: '' },
    ]);
  });

  it('replace clears the previous contents, formats, merges and our rules, and keeps the user\'s rules', () => {
    const { env, book } = setup();
    book.write(overview(6));
    const sheet = env.spreadsheet.getSheetByName('Tổng quan') as GoogleAppsScript.Spreadsheet.Sheet;
    const userRule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Gấp').setBackground('#ffff00').setRanges([sheet.getRange('B2:B7')]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), userRule]);
    book.write({ ...overview(2), merges: [], conditionalRules: { ownerTag: 'overview', rules: [] } });
    const st = sheetState(env, 'Tổng quan');
    expect(st.values.length).toBe(3);
    expect(st.backgrounds.flat().filter((b) => b !== '#ffffff')).toEqual(['#f4cccc']);
    expect(st.merges).toEqual([]);
    expect(st.conditionalRules).toEqual([{ ranges: ['B2:B7'], formula: 'TEXT_EQUAL_TO(Gấp)', background: '#ffff00' }]);
  });

  it('update writes only its blocks: formulas and text in user cells elsewhere stay untouched', () => {
    const { env, book } = setup();
    seedSheet(env, 'Công việc', [['Mã', 'Nội dung', 'Tổng', 'Tình trạng'], ['T1', 'Việc', 3, 'cũ'], ['T2', 'Việc 2', 5, 'cũ']], { formulas: { C2: '=LEN(B2)', C3: '=LEN(B3)' } });
    book.write({ sheet: 'Công việc', mode: 'update', blocks: [{ row: 2, col: 4, values: [['Quá hạn'], ['Đúng hạn']] }] });
    const st = sheetState(env, 'Công việc');
    expect(st.formulas.map((r) => r[2])).toEqual(['', '=LEN(B2)', '=LEN(B3)']);
    expect(st.values.map((r) => r[3])).toEqual(['Tình trạng', 'Quá hạn', 'Đúng hạn']);
    expect(st.values.map((r) => r[1])).toEqual(['Nội dung', 'Việc', 'Việc 2']);
  });

  it('a =HYPERLINK(...) the user typed as text, read and written back, stays text', () => {
    const { env, book } = setup();
    seedSheet(env, 'Công việc', [['Nội dung'], ["'=HYPERLINK(\"http://x\",\"bấm\")"]]);
    const [grid] = book.readGrids(['Công việc']);
    expect(grid.values[1][0]).toBe('=HYPERLINK("http://x","bấm")');
    book.write({ sheet: 'Công việc', mode: 'update', blocks: [{ row: 2, col: 1, values: [[grid.values[1][0] as string]] }] });
    const st = sheetState(env, 'Công việc');
    expect(st.formulas[1][0]).toBe('');
    expect(st.values[1][0]).toBe('=HYPERLINK("http://x","bấm")');
  });

  it('conditional rules of one owner replace only that owner\'s earlier rules', () => {
    const { env, book } = setup();
    const rules = (owner: string, formula: string) => ({ sheet: 'Gantt', mode: 'update' as const, blocks: [], conditionalRules: { ownerTag: owner, rules: [{ range: 'H3:Z50', formula, background: '#6fa8dc' }] } });
    book.write(rules('gantt', '=AND(H$2>=$C3,H$2<=$D3)'));
    book.write(rules('today', '=H$2=TODAY()'));
    const sheet = env.spreadsheet.getSheetByName('Gantt') as GoogleAppsScript.Spreadsheet.Sheet;
    const mine = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$A3="x"').setBackground('#000000').setRanges([sheet.getRange('A3:A50')]).build();
    sheet.setConditionalFormatRules([mine, ...sheet.getConditionalFormatRules()]);
    book.write(rules('gantt', '=AND(H$2>=$C3,H$2<=$E3)'));
    expect(sheetState(env, 'Gantt').conditionalRules.map((r) => r.formula)).toEqual([
      '=$A3="x"',
      '=AND(H$2=TODAY(),N("tiendo:today")=0)',
      '=AND(AND(H$2>=$C3,H$2<=$E3),N("tiendo:gantt")=0)',
    ]);
  });

  it('the owner marker survives formula normalisation and never matches a user formula', () => {
    expect(ruleOwner(markedFormula('=$P2="Quá hạn"', 'overview'))).toBe('overview');
    expect(ruleOwner('=and($P2="Quá hạn", n( "tiendo:overview" )=0)')).toBe('overview');
    expect(ruleOwner('=$P2="tiendo:overview"')).toBeNull();
    expect(markedFormula('$A1>0', 'a b')).toBe('=AND($A1>0,N("tiendo:a_b")=0)');
  });

  it('a null format leaves the cell\'s own format; a date written into an automatic cell shows as a date', () => {
    const { env, book } = setup();
    seedSheet(env, 'S', [['', '']], { numberFormats: { A1: '0.0%' } });
    book.write({ sheet: 'S', mode: 'update', blocks: [{ row: 1, col: 1, values: [[0.25, { date: '2026-02-16' }]], numberFormats: [[null, null]], backgrounds: [[null, '#00ff00']] }] });
    const st = sheetState(env, 'S');
    expect(st.displayValues[0]).toEqual(['25,0%', '16/02/2026']);
    expect(st.backgrounds[0]).toEqual(['#ffffff', '#00ff00']);
  });
});

describe('sheet names', () => {
  it('finds a sheet whose name differs only in case or Unicode form instead of adding a duplicate', () => {
    const { env, book } = setup();
    seedSheet(env, 'Tổng Quan'.normalize('NFD'), [['cũ']]);
    book.write({ sheet: 'Tổng quan', mode: 'update', blocks: [{ row: 2, col: 1, values: [['mới']] }] });
    expect(env.spreadsheet.getSheets().map((s) => s.getName().normalize('NFC'))).toEqual(['Trang tính1', 'Tổng Quan']);
    expect(sheetState(env, 'Tổng Quan'.normalize('NFD')).values).toEqual([['cũ'], ['mới']]);
  });
});

describe('appendRows, rowLink, title', () => {
  it('appends after the last row with content in one getLastRow and one setValues, growing when full', () => {
    const { env, book } = setup();
    seedSheet(env, 'Nhật ký', [['Lúc', 'Việc'], ['x', 'y']]);
    const sheet = env.spreadsheet.getSheetByName('Nhật ký') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.deleteRows(3, 997); // a 2-row sheet
    env.calls.reset();
    book.appendRows('Nhật ký', [['2026-02-16', '=1+1'], [{ date: '2026-02-17' }, 'ok', 'extra']]);
    const st = sheetState(env, 'Nhật ký');
    expect(st.values.slice(2).map((r) => r.slice(1))).toEqual([['=1+1', ''], ['ok', 'extra']]);
    expect(st.displayValues[3][0]).toBe('17/02/2026');
    expect(st.formulas.flat().every((f) => f === '')).toBe(true);
    expect(env.calls.byMethod()).toMatchObject({ 'Sheet.getLastRow': 1, 'Range.setValues': 1, 'Sheet.insertRowsAfter': 1 });
  });

  it('links open the sheet at a row; the title is the spreadsheet name', () => {
    const { env, book } = setup({ spreadsheetName: 'Kế hoạch 07' });
    seedSheet(env, 'Công việc', [['Mã']]);
    const gid = (env.spreadsheet.getSheetByName('Công việc') as GoogleAppsScript.Spreadsheet.Sheet).getSheetId();
    expect(book.rowLink('Công việc', 12)).toBe(`${env.spreadsheet.getUrl()}#gid=${gid}&range=A12`);
    expect(book.title()).toBe('Kế hoạch 07');
  });

  it('asks for the url and the sheet id once, however many rows a digest links', () => {
    const { env, book } = setup();
    seedSheet(env, 'Công việc', [['Mã']]);
    env.calls.reset();
    const links = Array.from({ length: 200 }, (_, i) => book.rowLink('Công việc', i + 2));
    expect(new Set(links).size).toBe(200);
    expect(env.calls.byMethod()['Sheet.getSheetId']).toBe(1);
    expect(env.calls.byMethod()['Spreadsheet.getUrl']).toBe(1);
  });
});
