/**
 * WorkbookPort over a Google spreadsheet. Every operation costs a fixed number of service calls
 * however many tasks there are: a sheet is read with one `getDataRange().getValues()`, a block is
 * written with one `setValues` (plus one call per kind of format given).
 *
 * Conditional-format rules: `setConditionalFormatRules` replaces ALL of a sheet's rules, so we
 * read them, keep the user's, drop ours and add the new ones in one call. Ours are recognised by a
 * marker inside the formula itself: `=AND(<formula>,N("tiendo:<ownerTag>")=0)`. `N("text")` is 0,
 * so the marker never changes the result, and unlike a list kept in document properties it travels
 * with the rule: it survives copying the sheet or the file, undo, and users editing other rules,
 * and can never point at a rule that no longer exists.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
 *
 * Print settings (orientation, paper, fit to width) are not available in the Spreadsheet service
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet has no page-setup
 * methods); they are chosen in File › Print, so `SheetOutput.print` is ignored here.
 */
import type { CellBlock, CellValue, ConditionalRule, FormulaCell, OutCell, SheetGrid, SheetOutput, ValidationRule, WorkbookPort } from '../ports';
import { type Lang, t } from '../core/i18n';
import { ZoneCalendar, toCell, toSheetValue } from './cells';
import { TASKS_SHEET, matchSheet } from '../core/plan/columns';
import { type GridArea, HEADER_SCAN_ROWS } from '../core/plan/read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const MARK = /N\(\s*"tiendo:([A-Za-z0-9_.-]+)"\s*\)/i;

/**
 * Google's refusals of a write this account may not make: a range protected against it
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection), or a write that
 * would split cells the user merged. The rest of the output is still written, and the refusal is
 * kept for a message naming the sheet and the range.
 */
const PROTECTED = /protected cell or object|được bảo vệ/i;
const MERGED = /merged range|ô đã gộp|ô được hợp nhất/i;

export interface WriteRefusal {
  kind: 'protected' | 'merged';
  sheet: string;
  range: string;
}

function colLetters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The A1 range a block covers. */
function blockA1(b: CellBlock): string {
  const w = Math.max(1, ...b.values.map((r) => r.length));
  return `${colLetters(b.col)}${b.row}:${colLetters(b.col + w - 1)}${b.row + Math.max(1, b.values.length) - 1}`;
}

/** One sentence per refusal, in the user's language. */
export function refusalMessages(refusals: WriteRefusal[], lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of refusals) {
    const key = `${r.kind}|${r.sheet}|${r.range}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t(lang, r.kind === 'protected' ? 'workspace.sheet.protected' : 'workspace.sheet.merged', { sheet: r.sheet, range: r.range }));
  }
  return out;
}

/** Our rule formula for `ownerTag`: the formula's result is unchanged (AND with TRUE). */
export function markedFormula(formula: string, ownerTag: string): string {
  const tag = ownerTag.replace(/[^A-Za-z0-9_.-]/g, '_');
  const body = formula.trim().replace(/^=/, '');
  return `=AND(${body},N("tiendo:${tag}")=0)`;
}

/** The owner tag of one of our rule formulas, or null for a user's formula. */
export function ruleOwner(formula: string): string | null {
  const m = MARK.exec(formula);
  return m ? m[1] : null;
}

/** Rows and columns an A1 range reaches (`P2:P5001`, `A1`, `'Sheet'!B2:C3`); open ends count as 0. */
function extent(a1: string): { rows: number; cols: number } {
  const ref = a1.replace(/^.*!/, '').replace(/\$/g, '');
  let rows = 0;
  let cols = 0;
  for (const part of ref.split(':')) {
    const m = /^([A-Za-z]*)(\d*)$/.exec(part.trim());
    if (!m) continue;
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
    cols = Math.max(cols, c);
    rows = Math.max(rows, m[2] ? Number(m[2]) : 0);
  }
  return { rows, cols };
}

/** `B3:B9` → its area (1-based, inclusive); a single cell is a 1×1 area. */
function area(a1: string): GridArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.replace(/^.*!/, ''));
  if (!m) return null;
  const col = (letters: string) => { let c = 0; for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64; return c; };
  return { top: +m[2], left: col(m[1]), bottom: +(m[4] ?? m[2]), right: col(m[3] ?? m[1]) };
}

function width(values: unknown[][]): number {
  let w = 0;
  for (const r of values) w = Math.max(w, r.length);
  return w;
}

/** Pads ragged rows so the array matches the range exactly (setValues checks the shape). */
function rect<T>(rows: T[][], w: number, fill: T): T[][] {
  return rows.map((r) => (r.length === w ? r : r.concat(new Array<T>(w - r.length).fill(fill))));
}

export class GasWorkbook implements WorkbookPort {
  private sheets: Map<string, Sheet> | null = null;
  private names: string[] = [];
  private cal: ZoneCalendar | null = null;
  private url: string | null = null;

  constructor(private readonly ss: Spreadsheet) {}

  /** The spreadsheet the add-on runs in. */
  static active(): GasWorkbook {
    return new GasWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  }

  private calendar(): ZoneCalendar {
    if (!this.cal) this.cal = new ZoneCalendar(this.ss.getSpreadsheetTimeZone());
    return this.cal;
  }

  private index(): Map<string, Sheet> {
    if (!this.sheets) {
      this.sheets = new Map();
      this.names = [];
      for (const s of this.ss.getSheets()) {
        const name = s.getName();
        this.names.push(name);
        this.sheets.set(name, s);
      }
    }
    return this.sheets;
  }

  /**
   * Sheet names are unique regardless of case in Sheets; a name typed on a Windows keyboard may
   * also be decomposed (NFD). Either way it is the same sheet to the user.
   */
  private find(name: string): Sheet | null {
    const sheets = this.index();
    const exact = sheets.get(name);
    if (exact) return exact;
    const key = (s: string) => s.normalize('NFC').toLowerCase();
    for (const [n, s] of sheets) if (key(n) === key(name)) return s;
    return null;
  }

  private findOrCreate(name: string): Sheet {
    const existing = this.find(name);
    if (existing) return existing;
    const s = this.ss.insertSheet(name);
    this.index().set(name, s);
    this.names.push(name);
    return s;
  }

  sheetNames(): string[] {
    this.index();
    return [...this.names];
  }

  title(): string {
    return this.ss.getName();
  }

  readGrids(names: string[]): SheetGrid[] {
    const grids: SheetGrid[] = [];
    for (const name of names) {
      const sheet = this.find(name);
      if (!sheet) continue;
      const data = sheet.getDataRange();
      const raw = data.getValues();
      const cal = this.calendar();
      const values: CellValue[][] = raw.map((row) => row.map((v) => toCell(v, cal)));
      const grid: SheetGrid = { name, values };
      if (matchSheet(name, TASKS_SHEET) && raw.length) this.readTaskExtras(sheet, data, grid);
      grids.push(grid);
    }
    return grids;
  }

  /**
   * The task sheet also needs the notes of its header rows (which columns are the add-on's) and
   * its merged cells (a `Phần` merged over its rows): two calls, plus one per merged area (a
   * plan merges its sections, not its tasks).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getNotes()
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
   */
  private readTaskExtras(sheet: Sheet, data: GoogleAppsScript.Spreadsheet.Range, grid: SheetGrid): void {
    const cols = Math.max(1, width(grid.values));
    grid.notes = sheet.getRange(1, 1, Math.min(HEADER_SCAN_ROWS, grid.values.length), cols).getNotes();
    grid.merges = [];
    for (const m of data.getMergedRanges()) {
      const e = area(m.getA1Notation());
      if (e) grid.merges.push(e);
    }
  }

  write(out: SheetOutput): void {
    // A block written may move where the sheet ends: the next append reads it again.
    this.ends.delete(out.sheet);
    const sheet = this.findOrCreate(out.sheet);
    const size = this.grow(sheet, out);
    if (out.mode === 'replace') {
      // Contents and formats go; so do validations and merges of the previous layout.
      sheet.clear();
      const all = sheet.getRange(1, 1, size.rows, size.cols);
      all.clearDataValidations();
      all.breakApart();
    }
    for (const b of out.blocks) this.guarded(out.sheet, () => blockA1(b), () => this.writeBlock(sheet, b));
    if (out.conditionalRules || out.mode === 'replace') this.guarded(out.sheet, () => '', () => this.replaceRules(sheet, out));
    for (const v of out.validations ?? []) this.guarded(out.sheet, () => v.range, () => this.validate(sheet, v));
    if (out.frozenRows !== undefined) sheet.setFrozenRows(out.frozenRows);
    if (out.frozenColumns !== undefined) sheet.setFrozenColumns(out.frozenColumns);
    this.widths(sheet, out.columnWidths ?? []);
    for (const a1 of out.merges ?? []) this.guarded(out.sheet, () => a1, () => sheet.getRange(a1).merge());
    if (out.hideGridlines !== undefined) sheet.setHiddenGridlines(out.hideGridlines);
    for (const c of out.hiddenColumns ?? []) sheet.hideColumns(c);
  }

  /** Writes Google refused (protected, or splitting a merge), in order; the caller tells the user. */
  readonly refusals: WriteRefusal[] = [];

  private guarded(sheet: string, range: () => string, write: () => void): void {
    try {
      write();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const kind = PROTECTED.test(message) ? 'protected' : MERGED.test(message) ? 'merged' : null;
      if (!kind) throw e;
      this.refusals.push({ kind, sheet, range: range() });
    }
  }

  /** Grows the grid once so every block, rule, validation and merge fits; returns the grid's size. */
  private grow(sheet: Sheet, out: SheetOutput): { rows: number; cols: number } {
    let rows = Math.max(out.minRows ?? 0, out.frozenRows ?? 0);
    let cols = Math.max(out.minColumns ?? 0, out.frozenColumns ?? 0);
    for (const b of out.blocks) {
      if (!b.values.length) continue;
      rows = Math.max(rows, b.row + b.values.length - 1);
      cols = Math.max(cols, b.col + width(b.values) - 1);
    }
    const ranges = [
      ...(out.conditionalRules?.rules ?? []).map((r) => r.range),
      ...(out.validations ?? []).map((v) => v.range),
      ...(out.merges ?? []),
    ];
    for (const a1 of ranges) {
      const e = extent(a1);
      rows = Math.max(rows, e.rows);
      cols = Math.max(cols, e.cols);
    }
    for (const [c] of out.columnWidths ?? []) cols = Math.max(cols, c);
    for (const c of out.hiddenColumns ?? []) cols = Math.max(cols, c);
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
    return { rows: Math.max(rows, maxRows), cols: Math.max(cols, maxCols) };
  }

  private writeBlock(sheet: Sheet, b: CellBlock): void {
    const w = width(b.values);
    if (!b.values.length || !w) return;
    const cal = this.calendar();
    const range = sheet.getRange(b.row, b.col, b.values.length, w);
    const values = rect<OutCell | FormulaCell>(b.values, w, null).map((row) => row.map((v) => toSheetValue(v, cal)));
    range.setValues(values);
    // Formats after values: a Date written into an automatic cell takes a date format, which a
    // `null` ("leave alone") then keeps.
    const merge = (given: Array<Array<string | null>> | undefined, read: () => string[][], set: (v: string[][]) => void) => {
      if (!given) return;
      const g = rect(given, w, null).slice(0, b.values.length);
      while (g.length < b.values.length) g.push(new Array<string | null>(w).fill(null));
      const hasNull = g.some((r) => r.some((x) => x === null));
      const current = hasNull ? read() : null;
      set(g.map((r, i) => r.map((x, j) => (x === null ? (current as string[][])[i][j] : x))));
    };
    merge(b.numberFormats, () => range.getNumberFormats(), (v) => range.setNumberFormats(v));
    merge(b.backgrounds, () => range.getBackgrounds(), (v) => range.setBackgrounds(v));
    merge(b.fontColors, () => range.getFontColors() as string[][], (v) => range.setFontColors(v));
    if (b.bold) {
      const weights = b.bold.map((r) => r.map((x) => (x === null ? null : x ? 'bold' : 'normal')));
      merge(weights, () => range.getFontWeights(), (v) => range.setFontWeights(v as GoogleAppsScript.Spreadsheet.FontWeight[][]));
    }
    if (b.wrap !== undefined) range.setWrap(b.wrap);
    // Wrapped text reads from the top, as the .xlsx host writes it (several lines beside one).
    if (b.wrap) range.setVerticalAlignment('top');
    this.writeNotes(sheet, b, w);
  }

  /** Notes only over the rows that carry one (a header), so a long block costs no extra read. */
  private writeNotes(sheet: Sheet, b: CellBlock, w: number): void {
    if (!b.notes) return;
    const rows = b.notes.map((r, i) => (r.some((x) => x !== null && x !== undefined) ? i : -1)).filter((i) => i >= 0);
    if (!rows.length) return;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const given = rect(b.notes.slice(first, last + 1), w, null);
    const range = sheet.getRange(b.row + first, b.col, last - first + 1, w);
    const current = given.some((r) => r.some((x) => x === null)) ? range.getNotes() : null;
    range.setNotes(given.map((r, i) => r.map((x, j) => (x === null ? (current as string[][])[i][j] : x))));
  }

  /** Reads the sheet's rules once, keeps the user's (and other features'), replaces ours, sets once. */
  private replaceRules(sheet: Sheet, out: SheetOutput): void {
    const tag = out.conditionalRules?.ownerTag ?? null;
    const existing = sheet.getConditionalFormatRules();
    const keep: Rule[] = [];
    let dropped = 0;
    for (const rule of existing) {
      const cond = rule.getBooleanCondition();
      const formula = cond ? String(cond.getCriteriaValues()[0] ?? '') : '';
      const owner = ruleOwner(formula);
      // Replace mode: the add-on owns the sheet, so every rule of ours goes; update: only this owner's.
      if (owner !== null && (out.mode === 'replace' || owner === tag)) dropped++;
      else keep.push(rule);
    }
    const added = (out.conditionalRules?.rules ?? []).map((r) => this.buildRule(sheet, r, tag as string));
    if (!dropped && !added.length) return;
    sheet.setConditionalFormatRules(keep.concat(added));
  }

  private buildRule(sheet: Sheet, r: ConditionalRule, tag: string): Rule {
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(markedFormula(r.formula, tag));
    if (r.background) b = b.setBackground(r.background);
    if (r.fontColor) b = b.setFontColor(r.fontColor);
    if (r.bold !== undefined) b = b.setBold(r.bold);
    return b.setRanges([sheet.getRange(r.range)]).build();
  }

  private validate(sheet: Sheet, v: ValidationRule): void {
    let b = SpreadsheetApp.newDataValidation();
    if (v.kind === 'list') b = b.requireValueInList(v.values ?? [], true);
    else if (v.kind === 'date') b = b.requireDate();
    else b = b.requireNumberBetween(0, 1);
    b = b.setAllowInvalid(!v.strict);
    if (v.help) b = b.setHelpText(v.help);
    sheet.getRange(v.range).setDataValidation(b.build());
  }

  /** Consecutive columns of one width are set in one call. */
  private widths(sheet: Sheet, widths: Array<[number, number]>): void {
    const sorted = [...widths].sort((a, b) => a[0] - b[0]);
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1][0] === sorted[j][0] + 1 && sorted[j + 1][1] === sorted[i][1]) j++;
      if (j === i) sheet.setColumnWidth(sorted[i][0], sorted[i][1]);
      else sheet.setColumnWidths(sorted[i][0], j - i + 1, sorted[i][1]);
      i = j + 1;
    }
  }

  /** Where each sheet appended to ends: read once, then kept, so a run appending row by row (the reminder log) pays one write per append. */
  private readonly ends = new Map<string, { last: number; maxRows: number; maxCols: number }>();

  appendRows(name: string, rows: OutCell[][]): void {
    if (!rows.length) return;
    const w = Math.max(1, width(rows));
    const sheet = this.findOrCreate(name);
    let end = this.ends.get(name);
    if (!end) {
      end = { last: sheet.getLastRow(), maxRows: sheet.getMaxRows(), maxCols: sheet.getMaxColumns() };
      this.ends.set(name, end);
    }
    if (end.last + rows.length > end.maxRows) {
      sheet.insertRowsAfter(end.maxRows, end.last + rows.length - end.maxRows);
      end.maxRows = end.last + rows.length;
    }
    if (w > end.maxCols) {
      sheet.insertColumnsAfter(end.maxCols, w - end.maxCols);
      end.maxCols = w;
    }
    const cal = this.calendar();
    sheet.getRange(end.last + 1, 1, rows.length, w).setValues(rect<OutCell>(rows, w, null).map((r) => r.map((v) => toSheetValue(v, cal))));
    end.last += rows.length;
  }

  private readonly gids = new Map<string, number>();

  rowLink(name: string, row: number): string {
    if (this.url === null) this.url = this.ss.getUrl();
    // A digest links each of its tasks: the sheet's id is asked once, not once per link.
    let gid = this.gids.get(name);
    if (gid === undefined) {
      const sheet = this.find(name);
      gid = sheet ? sheet.getSheetId() : 0;
      this.gids.set(name, gid);
    }
    return `${this.url}#gid=${gid}&range=A${row}`;
  }
}
