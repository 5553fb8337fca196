/**
 * The fakes reproduce what Apps Script does; each test states a behaviour Google documents (see the
 * comments in the fakes) and that our adapters or features rely on.
 */
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetDate, sheetState } from './index';
import { loadBundle } from './vm';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Logger: GoogleAppsScript.Base.Logger;
};
const g = (env: FakeEnv) => env.globals as unknown as G;
const sheetOf = (env: FakeEnv, name: string) => env.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
const ymd = (env: FakeEnv, d: unknown, tz = env.spreadsheet.getSpreadsheetTimeZone()) => g(env).Utilities.formatDate(d as Date, tz, 'yyyy-MM-dd HH:mm');

describe('Range values', () => {
  it('getValues returns Number, Boolean, Date or String, "" for empty cells and fractions for percentages', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['Mã', 12, true, '05/07/2019', '50%', '', 'z'], ['x']]);
    const v = sheetOf(env, 'S').getDataRange().getValues();
    expect(v[0].slice(0, 3)).toEqual(['Mã', 12, true]);
    expect(Object.prototype.toString.call(v[0][3])).toBe('[object Date]');
    expect(v[0][4]).toBe(0.5);
    expect(v[0][5]).toBe('');
    expect(v[1]).toEqual(['x', '', '', '', '', '', '']);
  });

  it("a date cell is the Date of that day's midnight in the SPREADSHEET's zone, not the script's", () => {
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const env = createFakes({ timeZone: tz });
      seedSheet(env, 'S', [['05/07/2019']]);
      const d = sheetOf(env, 'S').getRange('A1').getValue() as Date;
      expect(ymd(env, d, tz)).toBe('2019-07-05 00:00');
      expect(d.getTime()).toBe(sheetDate(env, '2019-07-05').getTime());
    }
    const la = createFakes({ timeZone: 'America/Los_Angeles' });
    seedSheet(la, 'S', [['05/07/2019']]);
    expect((sheetOf(la, 'S').getRange('A1').getValue() as Date).toISOString()).toBe('2019-07-05T07:00:00.000Z');
  });

  it('a time-only cell is a Date on 1899-12-30', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['08:30']]);
    const d = sheetOf(env, 'S').getRange(1, 1).getValue();
    expect(ymd(env, d)).toBe('1899-12-30 08:30');
  });

  it('getDisplayValues formats by number format and locale', () => {
    const env = createFakes();
    seedSheet(env, 'S', [[0.5, 1234.5, 1234.5, 0.125, '05/07/2019', 3.25]], { numberFormats: { A1: '0%', B1: '#,##0.00', C1: '0', D1: '0.0%', F1: 'General' } });
    expect(sheetOf(env, 'S').getRange('A1:F1').getDisplayValues()).toEqual([['50%', '1.234,50', '1235', '12,5%', '05/07/2019', '3,25']]);
    const en = createFakes({ locale: 'en_US' });
    seedSheet(en, 'S', [[1234.5, '7/5/2019']], { numberFormats: { A1: '#,##0.00' } });
    expect(sheetOf(en, 'S').getRange('A1:B1').getDisplayValues()).toEqual([['1,234.50', '7/5/2019']]);
  });

  it('getFormulas shows formulas; getValues shows their results', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['label', 1]], { formulas: { A1: '=HYPERLINK("https://x","label")' } });
    const r = sheetOf(env, 'S').getRange('A1:B1');
    expect(r.getFormulas()).toEqual([['=HYPERLINK("https://x","label")', '']]);
    expect(r.getValues()).toEqual([['label', 1]]);
  });

  it('setValues checks the shape first and names the mismatch like Google', () => {
    const env = createFakes();
    const r = sheetOf(env, 'Trang tính1').getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues([[1, 2, 3], [1, 2]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(() => r.setBackgrounds([['red']])).toThrow('The data has 1 but the range has 2.');
    expect(sheetState(env, 'Trang tính1').values).toEqual([['']]);
  });

  it('refuses a cell over 50 000 characters, writing nothing of the range, as Sheets does', () => {
    const env = createFakes();
    const r = sheetOf(env, 'Trang tính1').getRange(1, 1, 1, 2);
    expect(() => r.setValues([['ngắn', 'x'.repeat(50_001)]])).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(sheetState(env, 'Trang tính1').values).toEqual([['']]);
    r.setValues([['ngắn', 'x'.repeat(50_000)]]);
    expect(String(sheetState(env, 'Trang tính1').values[0][1])).toHaveLength(50_000);
  });

  it('setValues parses strings as typed: = makes a formula, dates, numbers, percents, booleans convert, a leading quote keeps text', () => {
    const env = createFakes({ now: () => new Date('2026-03-01T00:00:00Z') });
    const s = sheetOf(env, 'Trang tính1');
    s.getRange(1, 1, 1, 7).setValues([['=1+1', '1/2', '001', '05/07/2019', '50%', 'TRUE', "'=HYPERLINK(\"u\",\"x\")"]]);
    s.getRange(2, 1, 1, 3).setValues([["'001", "'05/07/2019", 'văn bản']]);
    const st = sheetState(env, 'Trang tính1');
    expect(st.formulas[0][0]).toBe('=1+1');
    expect(ymd(env, st.values[0][1]).slice(0, 10)).toBe('2026-02-01');
    expect(st.values[0][2]).toBe(1);
    expect(ymd(env, st.values[0][3]).slice(0, 10)).toBe('2019-07-05');
    expect(st.values[0][4]).toBe(0.5);
    expect(st.displayValues[0][4]).toBe('50%');
    expect(st.values[0][5]).toBe(true);
    expect(st.values[0][6]).toBe('=HYPERLINK("u","x")');
    expect(st.formulas[0][6]).toBe('');
    expect(st.values[1]).toEqual(['001', '05/07/2019', 'văn bản', '', '', '', '']);
  });

  it('an object written by mistake shows as Java text, as Apps Script converts it', () => {
    const env = createFakes();
    sheetOf(env, 'Trang tính1').getRange('A1:B1').setValues([[{ date: '2026-03-02' }, ['a', 1]]]);
    expect(sheetState(env, 'Trang tính1').values).toEqual([['{date=2026-03-02}', '[a, 1]']]);
  });

  it('reads day/month in a vi spreadsheet and month/day in en_US', () => {
    const en = createFakes({ locale: 'en_US' });
    sheetOf(en, 'Sheet1').getRange('A1').setValue('05/07/2019');
    expect(ymd(en, sheetState(en, 'Sheet1').values[0][0]).slice(0, 10)).toBe('2019-05-07');
  });

  it('a Date written is stored as its wall-clock day in the spreadsheet zone and reads back identical', () => {
    const env = createFakes({ timeZone: 'America/New_York' });
    const s = sheetOf(env, 'Trang tính1');
    const d = sheetDate(env, '2024-03-10');
    s.getRange('B2').setValue(d);
    expect((s.getRange('B2').getValue() as Date).getTime()).toBe(d.getTime());
    expect(s.getRange('B2').getDisplayValue()).toBe('10/03/2024');
  });

  it('setValue, setFormula, setNote, formats and notes apply to every cell of the range; shapes are checked', () => {
    const env = createFakes();
    const r = sheetOf(env, 'Trang tính1').getRange('A1:B2');
    r.setValue(7).setBackground('#FF0000').setFontColor('white').setFontWeight('bold').setNote('n').setNumberFormat('0.00');
    r.setBackgrounds([['#00ff00', null], [null, 'yellow']]);
    r.setFontWeights([['normal', 'bold'], ['bold', 'normal']]);
    r.setNumberFormats([['0%', '0'], ['0', '0']]);
    r.setNotes([['a', ''], ['', 'b']]);
    sheetOf(env, 'Trang tính1').getRange('C1:C2').setFormulas([['=1'], ['=2']]);
    const st = sheetState(env, 'Trang tính1');
    expect(st.values).toEqual([[7, 7, 1], [7, 7, 2]]);
    expect(st.backgrounds).toEqual([['#00ff00', '#ffffff', '#ffffff'], ['#ffffff', '#ffff00', '#ffffff']]);
    expect(st.fontColors[0][0]).toBe('#ffffff');
    expect(st.bold).toEqual([[false, true, false], [true, false, false]]);
    expect(st.displayValues[0][0]).toBe('700%');
    expect(st.notes).toEqual([['a', '', ''], ['', 'b', '']]);
    expect(st.formulas[1][2]).toBe('=2');
  });

  it('clear, clearContent and clearFormat remove what they say', () => {
    const env = createFakes();
    seedSheet(env, 'S', [[1, 2]]);
    const s = sheetOf(env, 'S');
    s.getRange('A1:B1').setBackground('red');
    s.getRange('A1').clearContent();
    s.getRange('B1').clearFormat();
    const st = sheetState(env, 'S');
    expect(st.values).toEqual([['', 2]]);
    expect(st.backgrounds).toEqual([['#ff0000', '#ffffff']]);
    s.clear();
    expect(sheetState(env, 'S').values).toEqual([['']]);
  });

  it('merge keeps the top-left value and refuses to cut through an existing merge', () => {
    const env = createFakes();
    seedSheet(env, 'S', [[1, 2, 3], [4, 5, 6]]);
    const s = sheetOf(env, 'S');
    s.getRange('A1:B2').merge();
    expect(sheetState(env, 'S').values).toEqual([[1, '', 3], ['', '', 6]]);
    expect(sheetState(env, 'S').merges).toEqual(['A1:B2']);
    expect(() => s.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    s.getRange('A1:C2').breakApart();
    expect(sheetState(env, 'S').merges).toEqual([]);
  });
});

describe('Sheet geometry', () => {
  it('getLastRow/getLastColumn/getDataRange follow content only; getRange forms agree', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['a', '', ''], ['', '', 'c'], ['', '', '']]);
    const s = sheetOf(env, 'S');
    s.getRange('E9').setBackground('red');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([2, 3]);
    const dr = s.getDataRange();
    expect([dr.getA1Notation(), dr.getNumRows(), dr.getNumColumns()]).toEqual(['A1:C2', 2, 3]);
    expect(s.getRange(2, 3).getValue()).toBe('c');
    expect(s.getRange('C2').getValue()).toBe('c');
    expect(s.getRange('B1:C2').getValues()).toEqual([['', ''], ['', 'c']]);
    expect(s.getRange('A2:C').getNumRows()).toBe(s.getMaxRows() - 1);
    const empty = env.spreadsheet.insertSheet('Empty');
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
    expect(empty.getDataRange().getValues()).toEqual([['']]);
  });

  it('ranges outside the grid are refused until the sheet grows', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1');
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange('not a range')).toThrow('Range not found');
    s.insertRowsAfter(1000, 500).insertColumnsAfter(26, 4);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1500, 30]);
    s.getRange(1500, 30).setValue('x');
    expect(s.getRange('AD1500').getValue()).toBe('x');
  });

  it('inserting rows in the middle moves the cells below', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['a'], ['b']]);
    sheetOf(env, 'S').insertRowsAfter(1, 2);
    expect(sheetState(env, 'S').values).toEqual([['a'], [''], [''], ['b']]);
  });

  it('a spreadsheet holds at most 10 million cells: growing or adding sheets beyond fails', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1');
    s.insertRowsAfter(1000, 384_000 - 1000); // 384 000 × 26 = 9 984 000 cells
    expect(() => s.insertRowsAfter(384_000, 1000)).toThrow('above the limit of 10000000 cells');
    expect(() => env.spreadsheet.insertSheet('More')).toThrow('above the limit of 10000000 cells');
    expect(() => s.insertColumnsAfter(26, 1)).toThrow('above the limit of 10000000 cells');
  });

  it('frozen rows/columns, column widths, gridlines, hiding, activation and selection', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1');
    s.setFrozenRows(2);
    s.setFrozenColumns(1);
    s.setColumnWidth(3, 240).setColumnWidths(4, 2, 80);
    s.setHiddenGridlines(true);
    const other = env.spreadsheet.insertSheet('Khác');
    expect(env.active().sheet).toBe('Khác');
    s.activate();
    env.spreadsheet.setActiveSelection('B2:C3');
    expect(env.active()).toEqual({ sheet: 'Trang tính1', range: 'B2:C3' });
    other.setActiveRange(other.getRange('A5'));
    expect(env.active()).toEqual({ sheet: 'Khác', range: 'A5' });
    other.hideSheet();
    const st = sheetState(env, 'Trang tính1');
    expect([st.frozenRows, st.frozenColumns, st.gridlines]).toEqual([2, 1, false]);
    expect(st.columnWidths).toEqual({ 3: 240, 4: 80, 5: 80 });
    expect(sheetState(env, 'Khác').hidden).toBe(true);
    expect(s.getColumnWidth(1)).toBe(100);
  });
});

describe('Spreadsheet', () => {
  it('names, ids, url, zone, locale; sheets by name; insert and delete', () => {
    const env = createFakes({ spreadsheetName: 'Kế hoạch 2026', timeZone: 'Asia/Ho_Chi_Minh' });
    const ss = env.spreadsheet;
    expect(ss.getName()).toBe('Kế hoạch 2026');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi');
    expect(ss.getSheetByName('Không có')).toBeNull();
    const a = ss.insertSheet('Công việc');
    expect(() => ss.insertSheet('Công việc')).toThrow('A sheet with the name "Công việc" already exists. Please enter another name.');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Trang tính1', 'Công việc']);
    expect(ss.getSheets()[0].getSheetId()).toBe(0);
    expect(a.getSheetId()).not.toBe(0);
    ss.deleteSheet(ss.getSheets()[0]);
    expect(() => ss.deleteSheet(a)).toThrow("You can't remove all the sheets in a document.");
    ss.toast('Đang đọc…', 'Tiến độ', 5);
    expect(env.ui.toasts).toEqual(['Đang đọc…']);
  });

  it('a menu run always has a current cell: the selection, or A1 of the active sheet', () => {
    const env = createFakes();
    const ss = env.spreadsheet;
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A1');
    expect(ss.getActiveSheet().getActiveRangeList()?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1']);
    ss.setActiveSelection('C3:D7');
    expect(ss.getActiveRangeList()?.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Trang tính1!C3:D7']);
  });

  it('data validation rules are built, applied per cell, reported, and a rejecting rule refuses a bad write', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1');
    const app = g(env).SpreadsheetApp;
    const list = app.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).setHelpText('Có/Không').build();
    s.getRange('A2:A5').setDataValidation(list);
    s.getRange('B2:B5').setDataValidation(app.newDataValidation().requireDate().build());
    s.getRange('C2:C5').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build());
    expect(sheetState(env, 'Trang tính1').validations).toEqual([
      { a1: 'A2:A5', kind: 'list', values: ['Có', 'Không'], strict: true, help: 'Có/Không' },
      { a1: 'B2:B5', kind: 'date', strict: false, help: '' },
      { a1: 'C2:C5', kind: 'numberBetween', values: ['0', '1'], strict: true, help: '' },
    ]);
    expect(() => s.getRange('A3').setValue('Có lẽ')).toThrow('The data you entered in cell A3 violates the data validation rules set on this cell.');
    s.getRange('A3').setValue('Có');
    s.getRange('B3').setValue('không phải ngày'); // warning only
    expect(s.getRange('A3').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Có', 'Không']);
    s.getRange('A2:A5').setDataValidation(null);
    expect(sheetState(env, 'Trang tính1').validations.map((v) => v.a1)).toEqual(['B2:B5', 'C2:C5']);
  });

  it('conditional format rules: builder, read back, and setConditionalFormatRules REPLACES all', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1');
    const app = g(env).SpreadsheetApp;
    const r1 = app.newConditionalFormatRule().whenFormulaSatisfied('=$P2="Quá hạn"').setBackground('#F4CCCC').setFontColor('#990000').setBold(true).setRanges([s.getRange('A2:P100')]).build();
    s.setConditionalFormatRules([r1]);
    const read = s.getConditionalFormatRules();
    expect(read).toHaveLength(1);
    expect(read[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['=$P2="Quá hạn"']);
    expect(read[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:P100']);
    const r2 = app.newConditionalFormatRule().whenCellEmpty().setBackground('yellow').setRanges([s.getRange('B1')]).build();
    s.setConditionalFormatRules([r2]);
    expect(sheetState(env, 'Trang tính1').conditionalRules).toEqual([{ ranges: ['B1'], formula: 'CELL_EMPTY()', background: '#ffff00' }]);
    s.setConditionalFormatRules([...s.getConditionalFormatRules(), r1]);
    expect(sheetState(env, 'Trang tính1').conditionalRules[1]).toEqual({ ranges: ['A2:P100'], formula: '=$P2="Quá hạn"', background: '#f4cccc', fontColor: '#990000', bold: true });
  });
});

describe('Ui and HtmlService', () => {
  it('builds add-on menus with items, separators and submenus', () => {
    const env = createFakes();
    const ui = g(env).SpreadsheetApp.getUi();
    const sub = ui.createMenu('Tạo văn bản').addItem('Kế hoạch', 'menuDocPlan');
    ui.createAddonMenu().addItem('Cập nhật', 'menuRefresh').addSeparator().addSubMenu(sub).addToUi();
    expect(env.ui.menus).toEqual([{ title: 'Tiến độ', items: [{ label: 'Cập nhật', fn: 'menuRefresh' }, 'separator', { sub: 'Tạo văn bản', items: [{ label: 'Kế hoạch', fn: 'menuDocPlan' }] }] }]);
  });

  it('a run without a user (time-driven trigger) has no UI', () => {
    const env = createFakes({ ui: false });
    expect(() => g(env).SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('alerts and prompts answer with the queued responses', () => {
    const env = createFakes();
    const ui = g(env).SpreadsheetApp.getUi();
    env.ui.alertResponses.push('NO');
    expect(ui.alert('Xóa?', 'Chắc chắn?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    env.ui.promptResponses.push({ text: 'Nguyễn Văn A' });
    const p = ui.prompt('Tên?', ui.ButtonSet.OK_CANCEL);
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['Nguyễn Văn A', ui.Button.OK]);
    expect(env.ui.alerts).toEqual(['Xóa?\nChắc chắn?', 'Xong']);
    expect(env.ui.prompts).toEqual(['Tên?']);
  });

  it('serves files by name, fails like Google for a missing one, and shows dialogs and sidebars', () => {
    const env = createFakes();
    env.htmlFiles.sidebar = '<p>Xin chào</p>';
    const html = g(env).HtmlService;
    const ui = g(env).SpreadsheetApp.getUi();
    expect(() => html.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
    const out = html.createHtmlOutputFromFile('sidebar').setTitle('Cài đặt').setSandboxMode(html.SandboxMode.IFRAME).append('<i>!</i>');
    ui.showSidebar(out);
    ui.showModalDialog(html.createHtmlOutput('<b>d</b>').setWidth(600).setHeight(400), 'Xem trước');
    ui.showModelessDialog(html.createHtmlOutput('m'), 'M');
    expect(env.ui.sidebars).toEqual([{ title: 'Cài đặt', html: '<p>Xin chào</p><i>!</i>' }]);
    expect(env.ui.dialogs).toEqual([{ title: 'Xem trước', html: '<b>d</b>', modeless: false, width: 600, height: 400 }, { title: 'M', html: 'm', modeless: true, width: undefined, height: undefined }]);
    expect(() => html.createTemplateFromFile('sidebar')).toThrow(/not used/);
  });
});

describe('PropertiesService, LockService, CacheService', () => {
  it('missing keys are null; 9 KB per value and 500 KB per store are enforced', () => {
    const env = createFakes();
    const props = g(env).PropertiesService.getDocumentProperties();
    expect(props.getProperty('none')).toBeNull();
    props.setProperty('k', 'v');
    expect(props.getProperty('k')).toBe('v');
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('ok', 'đ'.repeat(4608)); // 9 216 bytes
    for (let i = 0; i < 55; i++) props.setProperty(`p${i}`, 'x'.repeat(9000)); // ≈ 504 000 bytes so far
    expect(() => props.setProperty('p99', 'x'.repeat(9000))).toThrow('You have exceeded the property storage quota');
    expect(createFakes({ container: false }).globals.PropertiesService).toBeDefined();
    expect((createFakes({ container: false }).globals as unknown as G).PropertiesService.getDocumentProperties()).toBeNull();
  });

  it('tryLock is false while another execution holds the lock; waitLock throws; release and hasLock', () => {
    const env = createFakes();
    const lock = g(env).LockService.getDocumentLock();
    env.lock.holdByOther();
    expect(lock.tryLock(5000)).toBe(false);
    expect(env.lock.waitedMs()).toBe(5000);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    env.lock.holdByOther(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect((createFakes({ container: false }).globals as unknown as G).LockService.getDocumentLock()).toBeNull();
  });

  it('cache entries expire', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const env = createFakes({ now: () => now });
    const cache = g(env).CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    now = new Date('2026-01-01T00:01:01Z');
    expect(cache.get('k')).toBeNull();
  });
});

describe('MailApp', () => {
  it('sends both call forms and counts recipients (to + cc + bcc) against the daily quota', () => {
    const env = createFakes({ mailQuota: 10 });
    const mail = g(env).MailApp;
    mail.sendEmail({ to: 'a@x.vn,b@x.vn', cc: 'c@x.vn', bcc: 'd@x.vn', subject: 'S', body: 'B', htmlBody: '<p>B</p>', name: 'Tiến độ', replyTo: 'r@x.vn' });
    mail.sendEmail('e@x.vn', 'S2', 'B2', { cc: 'f@x.vn' });
    expect(mail.getRemainingDailyQuota()).toBe(4);
    expect(env.mail.sent[0]).toEqual({ to: 'a@x.vn,b@x.vn', cc: 'c@x.vn', bcc: 'd@x.vn', replyTo: 'r@x.vn', name: 'Tiến độ', subject: 'S', body: 'B', htmlBody: '<p>B</p>' });
    expect(env.mail.sent[1]).toMatchObject({ to: 'e@x.vn', cc: 'f@x.vn', subject: 'S2', body: 'B2' });
    expect(() => mail.sendEmail({ to: 'a@x.vn,b@x.vn,c@x.vn,d@x.vn,e@x.vn', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    expect(env.mail.sent).toHaveLength(2);
  });

  it('refuses more than 50 recipients, bodies over 200 KB and bad addresses, with Google\'s messages', () => {
    const env = createFakes({ mailQuota: 1500 });
    const mail = g(env).MailApp;
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@x.vn`).join(',');
    expect(() => mail.sendEmail(many, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => mail.sendEmail('a@x.vn', 's', 'x'.repeat(200 * 1024 + 1))).toThrow('Limit Exceeded: Email Body Size.');
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    env.mail.failNext(1, 'Service unavailable: Mail');
    expect(() => mail.sendEmail('a@x.vn', 's', 'b')).toThrow('Service unavailable: Mail');
    mail.sendEmail('a@x.vn', 's', 'b');
    expect(env.mail.sent).toHaveLength(1);
    expect(mail.getRemainingDailyQuota()).toBe(1499);
  });
});

describe('ScriptApp and Session', () => {
  it('creates, lists and deletes triggers; 20 per user per script; one time-driven trigger per document for an add-on', () => {
    const env = createFakes();
    const app = g(env).ScriptApp;
    const t = app.newTrigger('dailyReminders_').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();
    expect([t.getHandlerFunction(), t.getTriggerSource(), t.getEventType()]).toEqual(['dailyReminders_', app.TriggerSource.CLOCK, app.EventType.CLOCK]);
    expect(env.triggers[0]).toMatchObject({ handler: 'dailyReminders_', everyDays: 1, atHour: 7, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(() => app.newTrigger('other').timeBased().everyHours(1).create()).toThrow('too many time-based triggers in this document');
    expect(() => app.newTrigger('x').timeBased().everyMinutes(5).create()).toThrow(/more than once per hour/);
    const e = app.newTrigger('onEditInstalled').forSpreadsheet(env.spreadsheet).onEdit().create();
    expect(e.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(app.getUserTriggers(env.spreadsheet).map((x) => x.getHandlerFunction())).toEqual(['dailyReminders_', 'onEditInstalled']);
    app.deleteTrigger(app.getProjectTriggers()[0]);
    expect(env.triggers.map((x) => x.handler)).toEqual(['onEditInstalled']);
    for (let i = 0; i < 19; i++) app.newTrigger(`h${i}`).forSpreadsheet(env.spreadsheet).onOpen().create();
    expect(() => app.newTrigger('h20').forSpreadsheet(env.spreadsheet).onOpen().create()).toThrow('This script has too many triggers.');
  });

  it('getAuthorizationInfo says REQUIRED with a URL while a scope is missing', () => {
    const env = createFakes();
    const app = g(env).ScriptApp;
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationUrl()).toBeNull();
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
  });

  it('Session gives the user locale, the manifest time zone and the user', () => {
    const env = createFakes({ locale: 'en_GB', userEmail: 'a@b.vn' });
    const s = g(env).Session;
    expect([s.getActiveUserLocale(), s.getScriptTimeZone(), s.getActiveUser().getEmail(), s.getEffectiveUser().getEmail()]).toEqual(['en_GB', 'Asia/Ho_Chi_Minh', 'a@b.vn', 'a@b.vn']);
  });
});

describe('authorization', () => {
  it('AuthMode.NONE allows menus and the locale only', () => {
    const env = createFakes({ authMode: 'NONE' });
    const app = g(env).SpreadsheetApp;
    app.getUi().createAddonMenu().addItem('x', 'y').addToUi();
    expect(g(env).Session.getActiveUserLocale()).toBe('vi');
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
    expect(() => g(env).PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
  });

  it('a scope not granted fails with Google\'s message, in the user\'s language', () => {
    const env = createFakes({ errorLanguage: 'vi' });
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    expect(() => g(env).MailApp.sendEmail('a@x.vn', 's', 'b')).toThrow('Các quyền đã chỉ định không đủ để gọi MailApp.sendEmail. Quyền bắt buộc: https://www.googleapis.com/auth/script.send_mail');
    const limitedVi = createFakes({ authMode: 'LIMITED', errorLanguage: 'vi' });
    expect(() => g(limitedVi).MailApp.sendEmail('a@x.vn', 's', 'b')).toThrow('Bạn không có quyền gọi MailApp.sendEmail. Quyền bắt buộc:');
    const en = createFakes({ authMode: 'LIMITED' });
    expect(() => g(en).MailApp.sendEmail('a@x.vn', 's', 'b')).toThrow('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(g(en).SpreadsheetApp.getActiveSpreadsheet().getName()).toBeTruthy();
  });
});

describe('Utilities, Logger', () => {
  it('formatDate supports the patterns we use, in any zone', () => {
    const env = createFakes();
    const u = g(env).Utilities;
    const d = new Date('2026-02-16T17:30:05Z');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd')).toBe('2026-02-17');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe('17/02/2026 00:30');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'EEE')).toBe('Tue');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-02-17T00:30:05+07:00');
    expect(u.formatDate(d, 'America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-02-16T12:30:05-05:00');
    expect(u.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-02-16T17:30:05Z');
  });

  it('sleep does not wait but counts; blobs and digests behave like Java bytes', () => {
    const env = createFakes();
    const u = g(env).Utilities;
    const t0 = Date.now();
    u.sleep(60_000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(env.sleptMs()).toBe(60_000);
    expect(env.calls.byMethod()['Utilities.sleep']).toBe(1);
    const b = u.newBlob('Tiến độ', 'text/plain', 'a.txt');
    expect([b.getDataAsString(), b.getName(), b.getContentType()]).toEqual(['Tiến độ', 'a.txt', 'text/plain']);
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc').map((x) => ((x + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(md5).toBe('900150983cd24fb0d6963f7d28e17f72');
    g(env).Logger.log('a %s', 'b');
    expect(env.logs).toEqual(['a b']);
  });
});

describe('DocumentApp and DriveApp', () => {
  it('builds a formatted document with header, footer, table, page break and page setup, all readable from env.docs', () => {
    const env = createFakes();
    const { DocumentApp: D } = g(env);
    const doc = D.create('Kế hoạch số 07');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1); // a new document already holds one empty paragraph
    body.setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85).setMarginRight(42.5).setPageWidth(595.3).setPageHeight(841.9);
    const title = body.appendParagraph('KẾ HOẠCH').setHeading(D.ParagraphHeading.HEADING1).setAlignment(D.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(16).setFontFamily('Times New Roman');
    const p = body.appendParagraph('Thực hiện ').setIndentFirstLine(36).setSpacingBefore(6).setSpacingAfter(0).setLineSpacing(1.15);
    p.appendText('Chỉ thị 35').setItalic(true);
    p.appendText(' của Bộ Chính trị').setItalic(false);
    p.editAsText().setBold(0, 8, true);
    const t = body.appendTable([['Số', 'Nơi'], ['07', 'Hạ Long']]).setBorderWidth(0).setBorderColor('#ffffff');
    t.getCell(1, 1).editAsText().setItalic(true);
    body.appendPageBreak();
    doc.addHeader().appendParagraph('Trang 2');
    doc.addFooter().appendParagraph('Lưu VPTU');
    expect(() => doc.addHeader()).toThrow();
    doc.saveAndClose();
    const rec = env.docs.byId(doc.getId());
    expect(rec?.page).toMatchObject({ marginTop: 56.7, marginLeft: 85, pageWidth: 595.3 });
    expect(env.docs.text(doc.getId())).toBe('\nKẾ HOẠCH\nThực hiện Chỉ thị 35 của Bộ Chính trị\nSố\tNơi\n07\tHạ Long\n');
    expect(env.docs.text(doc.getId(), 'header')).toBe('\nTrang 2');
    const paras = env.docs.paragraphs(doc.getId());
    expect(paras[1]).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER' });
    expect(env.docs.runs(paras[1])).toEqual([{ text: 'KẾ HOẠCH', bold: true, fontSize: 16, fontFamily: 'Times New Roman' }]);
    expect(paras[2]).toMatchObject({ indentFirstLine: 36, spacingBefore: 6, spacingAfter: 0, lineSpacing: 1.15 });
    expect(env.docs.runs(paras[2])).toEqual([
      { text: 'Thực hiện', bold: true },
      { text: ' ' },
      { text: 'Chỉ thị 35', italic: true },
      { text: ' của Bộ Chính trị', italic: false },
    ]);
    expect(env.docs.tables(doc.getId())[0]).toMatchObject({ borderWidth: 0, borderColor: '#ffffff' });
    expect(() => body.appendParagraph('x')).toThrow('Document is closed');
  });

  it('appended text inherits the formatting before it, as in Google Docs', () => {
    const env = createFakes();
    const p = g(env).DocumentApp.create('d').getBody().appendParagraph('');
    p.appendText('Đậm').setBold(true);
    p.appendText(' tiếp');
    expect(env.docs.runs(env.docs.paragraphs(env.docs.documents[0])[1])).toEqual([{ text: 'Đậm tiếp', bold: true }]);
  });

  it('copies a template into a folder, replaces placeholders, and exports only what was saved as PDF', () => {
    const env = createFakes();
    // DriveApp needs the full drive scope (the product does not declare it; the fake still models it).
    env.auth.grant('https://www.googleapis.com/auth/drive');
    const tpl = env.docs.seedDocument('Mẫu', ['Kính gửi: {{ten}}', 'Hạn: {{han}}']);
    const folder = env.docs.seedFolder('Văn bản');
    const { DriveApp: Drive, DocumentApp: D } = g(env);
    const copy = Drive.getFileById(tpl).makeCopy('Thư mời', Drive.getFolderById(folder));
    const doc = D.openById(copy.getId());
    doc.getBody().replaceText('\\{\\{ten\\}\\}', 'Đồng chí A');
    doc.getBody().replaceText('\\{\\{han\\}\\}', '05/07/2019');
    const before = Drive.getFileById(copy.getId()).getAs('application/pdf').getDataAsString();
    expect(before).toContain('{{ten}}'); // not saved yet
    doc.saveAndClose();
    const pdf = Drive.getFileById(copy.getId()).getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getDataAsString()).toContain('Kính gửi: Đồng chí A\nHạn: 05/07/2019');
    const file = Drive.getFolderById(folder).createFile(pdf.setName('Thư mời.pdf'));
    expect([file.getName(), file.getMimeType()]).toEqual(['Thư mời.pdf', 'application/pdf']);
    expect(env.docs.file(file.getId())?.parents).toEqual([folder]);
    expect(env.docs.text(tpl)).toBe('Kính gửi: {{ten}}\nHạn: {{han}}');
  });

  it('elements are appended elsewhere only as detached copies; casts and parents work as in DocumentApp', () => {
    const env = createFakes();
    const { DocumentApp: D } = g(env);
    const src = D.create('Nguồn').getBody();
    const p = src.appendParagraph('Căn cứ Chỉ thị 35').setAlignment(D.HorizontalAlignment.JUSTIFY);
    const t = src.appendTable([['a', 'b']]);
    const dst = D.create('Đích').getBody();
    expect(() => dst.appendParagraph(p)).toThrow('Element must be detached.');
    dst.appendParagraph(src.getChild(1).asParagraph().copy());
    dst.appendTable(t.copy());
    expect(() => src.getChild(1).asTable()).toThrow(/Cannot cast PARAGRAPH to TABLE/);
    expect(src.getChild(2).getType()).toBe(D.ElementType.TABLE);
    expect(dst.getChild(1).getParent().getType()).toBe(D.ElementType.BODY_SECTION);
    expect(env.docs.text(env.docs.documents[1])).toBe('\nCăn cứ Chỉ thị 35\na\tb');
    expect(env.docs.paragraphs(env.docs.documents[1])[1].alignment).toBe('JUSTIFY');
    expect(() => dst.getChild(0).removeFromParent()).not.toThrow();
    const only = D.create('Một').getBody();
    expect(() => only.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  it('DriveApp does not honour drive.file: every method needs the drive scope (drive.readonly for reads)', () => {
    const env = createFakes();
    const mine = env.docs.seedDocument('Của tôi', ['x']);
    expect(() => g(env).DriveApp.createFolder('Văn bản')).toThrow('Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive');
    expect(() => g(env).DriveApp.getFileById(mine)).toThrow('Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)');
    env.auth.grant('https://www.googleapis.com/auth/drive.readonly');
    expect(g(env).DriveApp.getFileById(mine).getName()).toBe('Của tôi');
    expect(() => g(env).DriveApp.getFileById(mine).setName('y')).toThrow('Specified permissions are not sufficient to call File.setName.');
    expect(() => g(env).DocumentApp.openById('nope')).toThrow('Document is missing');
  });
});

describe('call counting', () => {
  it('counts every call on every service object by Type.method; seeding and reading state do not count', () => {
    const env = createFakes();
    seedSheet(env, 'S', [['a', 1]]);
    sheetState(env, 'S');
    expect(env.calls.total()).toBe(0);
    const s = g(env).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S') as GoogleAppsScript.Spreadsheet.Sheet;
    s.getDataRange().getValues();
    s.getRange(1, 1).setValue('b');
    g(env).PropertiesService.getScriptProperties().getProperty('x');
    expect(env.calls.byMethod()).toEqual({
      'Properties.getProperty': 1, 'PropertiesService.getScriptProperties': 1, 'Range.getValues': 1, 'Range.setValue': 1,
      'Sheet.getDataRange': 1, 'Sheet.getRange': 1, 'Spreadsheet.getSheetByName': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(env.calls.total()).toBe(8);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  it('an Apps Script method the fakes do not reproduce fails with a clear message', () => {
    const env = createFakes();
    const s = sheetOf(env, 'Trang tính1') as unknown as { getBandings(): unknown };
    expect(() => s.getBandings()).toThrow('Sheet.getBandings() is not reproduced by the Apps Script fakes');
  });
});

describe('loadBundle', () => {
  it('runs a plain script with only the services as globals; top-level functions are callable', () => {
    const env = createFakes({ now: () => new Date('2026-02-16T01:00:00Z') });
    const ctx = loadBundle(env, {
      code: `function probe() { return [typeof require, typeof process, typeof setTimeout, typeof SpreadsheetApp, new Date().toISOString(), Session.getActiveUserLocale()]; }
             function isDate(v) { return v instanceof Date; }`,
    });
    expect((ctx.probe as () => unknown[])()).toEqual(['undefined', 'undefined', 'undefined', 'object', '2026-02-16T01:00:00.000Z', 'vi']);
    seedSheet(env, 'S', [['05/07/2019']]);
    expect((ctx.isDate as (v: unknown) => boolean)(sheetOf(env, 'S').getRange('A1').getValue())).toBe(true);
  });
});
