/**
 * SpreadsheetApp, Spreadsheet, Sheet, Range and the rule builders, over the model in model.ts.
 * Each behaviour cites Google's reference where it is documented.
 */
import { type Rect, a1Of, contains, overlaps, parseRef, splitSheet } from './a1';
import {
  type Stored, defaultDateFormat, defaultDateTimeFormat, displayText, isDateFormat, parseTyped,
} from './cellformat';
import { raw } from './counting';
import { type FakeContext, gasError } from './context';
import { BookModel, CELL_LIMIT, type CellData, type CfRuleData, DEFAULT_COLUMNS, DEFAULT_ROWS, SheetModel, type ValidationData } from './model';
import { instantOf, isDateObject, serialOfWall, wallAt, wallOfSerial } from './time';
import type { Impl } from './types';
import type { UiState } from './ui';

type GS = typeof GoogleAppsScript.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What `getNumberFormat()` returns for a cell left on the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', gray: '#808080', grey: '#808080', lightgray: '#d3d3d3', lightgrey: '#d3d3d3',
};

/** Sheets reports colours as lower-case `#rrggbb`. */
export function normalizeColor(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  const m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  return m ? `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}` : s;
}

/** Characters one cell can hold (https://support.google.com/drive/answer/37603). */
export const CELL_CHAR_LIMIT = 50_000;

/**
 * The 2-D array methods (setValues, setBackgrounds, setNumberFormats, …) all check the shape
 * first and name the mismatch in these words.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 */
function checkShape(data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw gasError('Exception: The parameters (' + (Array.isArray(data) ? 'number[]' : typeof data) + ") don't match the method signature for SpreadsheetApp.Range.setValues.");
  }
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  if (data.length !== rows) {
    throw gasError(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
  }
  for (const r of data as unknown[][]) {
    if (r.length !== cols) {
      throw gasError(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${cols}.`);
    }
  }
  return data as unknown[][];
}

/** A tiny evaluator: the formulas tests meet (HYPERLINK, DATE, literals). Others evaluate to ''. */
function evaluate(formula: string, locale: string): { v: Stored; nf?: string } {
  const body = formula.slice(1).trim();
  let m = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[;,]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (m) return { v: (m[2] ?? m[1]).replace(/""/g, '"') };
  m = /^DATE\(\s*(\d+)\s*[;,]\s*(\d+)\s*[;,]\s*(\d+)\s*\)$/i.exec(body);
  if (m) return { v: serialOfWall({ y: +m[1], m: +m[2], d: +m[3], h: 0, mi: 0, s: 0, ms: 0 }), nf: defaultDateFormat(locale) };
  if (/^"(?:[^"]|"")*"$/.test(body)) return { v: body.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?$/.test(body)) return { v: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { v: body.toUpperCase() === 'TRUE' };
  return { v: '' };
}

function javaText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(javaText).join(', ')}]`;
  if (v !== null && typeof v === 'object' && !isDateObject(v)) return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${javaText(x)}`).join(', ')}}`;
  return String(v);
}

export interface BookApi {
  ctx: FakeContext;
  model: BookModel;
  ui: UiState;
  spreadsheet(): Spreadsheet;
  sheet(s: SheetModel): Sheet;
  range(s: SheetModel, rect: Rect): Range;
}

/** Data validation rules a script write must respect when they reject invalid input. */
function violates(dv: ValidationData, cell: CellData): boolean {
  if (dv.allowInvalid || (cell.v === '' && !cell.f)) return false;
  const v = cell.v;
  switch (dv.criteria) {
    case 'VALUE_IN_LIST': return !(dv.args[0] as unknown[]).map(String).includes(String(v));
    case 'DATE_IS_VALID_DATE': return !(typeof v === 'number' && isDateFormat(cell.nf));
    case 'NUMBER_BETWEEN': return !(typeof v === 'number' && v >= Number(dv.args[0]) && v <= Number(dv.args[1]));
    case 'CHECKBOX': return typeof v !== 'boolean';
    case 'TEXT_IS_VALID_EMAIL': return !(typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v));
    default: return false;
  }
}

/** Methods that change cells. */
const CHANGES = /^(set|clear|merge|breakApart|insert|delete|sort|copyTo|moveTo|autoFill|trim|randomize|check|uncheck|removeDuplicates|splitTextToColumns)/;

export class FakeRange implements Impl<Range,
  | 'getValues' | 'getValue' | 'setValues' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' | 'getFormula'
  | 'setFormula' | 'setFormulas' | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormat' | 'setNumberFormats'
  | 'getBackgrounds' | 'getBackground' | 'setBackground' | 'setBackgrounds' | 'getFontColors' | 'getFontColor'
  | 'setFontColor' | 'setFontColors' | 'getFontWeights' | 'getFontWeight' | 'setFontWeight' | 'setFontWeights'
  | 'setFontStyle' | 'setFontSize' | 'setWrap' | 'setWraps' | 'getWrap' | 'setHorizontalAlignment' | 'setVerticalAlignment'
  | 'getNote' | 'getNotes' | 'setNote' | 'setNotes' | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote' | 'clearDataValidations'
  | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart' | 'isPartOfMerge' | 'getMergedRanges'
  | 'setDataValidation' | 'setDataValidations' | 'getDataValidation' | 'getDataValidations'
  | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn'
  | 'getHeight' | 'getWidth' | 'getSheet' | 'offset' | 'activate' | 'getCell' | 'isBlank'> {
  constructor(private book: BookApi, readonly sheetModel: SheetModel, readonly rect: Rect) {}

  /**
   * Called before every counted method. A change to cells of a range protected against this user
   * fails with Google's message (https://developers.google.com/apps-script/reference/spreadsheet/protection);
   * a change covering only part of a merged range fails as merge and unmerge do
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#merge()); the fakes
   * refuse value and format writes that would split a merge the same way, on the strict side.
   */
  _beforeWrite(method: string): void {
    if (!CHANGES.test(method)) return;
    if (this.sheetModel.protectedRects.some((p) => overlaps(p, this.rect))) {
      throw gasError('Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
    if (method === 'merge' || method === 'mergeAcross' || method === 'mergeVertically' || method === 'breakApart') return;
    if (this.sheetModel.merges.some((m) => overlaps(m, this.rect) && !contains(this.rect, m))) {
      throw gasError('Exception: You must select all cells in a merged range to merge or unmerge them.');
    }
  }

  private get tz(): string {
    return this.book.model.timeZone;
  }

  private each(fn: (r: number, c: number) => void): void {
    for (let r = this.rect.r1; r <= this.rect.r2; r++) for (let c = this.rect.c1; c <= this.rect.c2; c++) fn(r, c);
  }

  private grid<T>(fn: (cell: CellData | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const row: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) row.push(fn(this.sheetModel.get(r, c), r, c));
      out.push(row);
    }
    return out;
  }

  /**
   * "Values may be of type Number, Boolean, Date, or String … Empty cells are represented by an
   * empty string." A date cell becomes the Date of its wall-clock time in the spreadsheet's zone.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
   */
  private out(cell: CellData | undefined): unknown {
    if (!cell) return '';
    if (typeof cell.v === 'number' && isDateFormat(cell.nf)) return new Date(instantOf(wallOfSerial(cell.v), this.tz));
    return cell.v;
  }

  getValues(): unknown[][] {
    return this.grid((c) => this.out(c));
  }

  getValue(): unknown {
    return this.out(this.sheetModel.get(this.rect.r1, this.rect.c1));
  }

  /** The value a write would store in `cell`, as Sheets parses it; applied only after every cell passed validation. */
  private incoming(value: unknown, cell: CellData | undefined): CellData {
    const next: CellData = { ...(cell ?? { v: '' }) };
    delete next.f;
    const locale = this.book.model.locale;
    if (value === null || value === undefined || value === '') {
      next.v = '';
    } else if (isDateObject(value)) {
      const w = wallAt(value.getTime(), this.tz);
      next.v = serialOfWall(w);
      const hasTime = w.h !== 0 || w.mi !== 0 || w.s !== 0;
      if (!isDateFormat(next.nf)) next.nf = hasTime ? defaultDateTimeFormat(locale) : defaultDateFormat(locale);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      next.v = value;
    } else {
      // Objects cross into Apps Script as Java maps and lists and are written as their Java text:
      // a `{ date }` leaking out of the core shows up in the sheet as `{date=2026-03-02}`.
      const text = typeof value === 'object' ? javaText(value) : String(value);
      if (next.nf === '@') {
        // Plain-text format: Sheets stores what was typed, `=` included.
        next.v = text;
      } else {
        const p = parseTyped(text, locale, wallAt(this.book.ctx.now().getTime(), this.tz).y);
        if (p.formula) {
          const e = evaluate(p.formula, locale);
          next.f = p.formula;
          next.v = e.v;
          if (e.nf && !next.nf) next.nf = e.nf;
        } else {
          next.v = p.value;
          if (p.format && (!next.nf || isDateFormat(next.nf) !== isDateFormat(p.format))) next.nf = p.format;
        }
      }
    }
    return next;
  }

  private commit(values: unknown[][]): void {
    const staged: Array<[number, number, CellData]> = [];
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const r = this.rect.r1 + i;
        const c = this.rect.c1 + j;
        // A cell holds at most 50 000 characters; a longer string fails the whole write.
        // https://support.google.com/drive/answer/37603 (Google Sheets: "Cells … 50,000 characters")
        const given = values[i][j];
        if (typeof given === 'string' && given.length > CELL_CHAR_LIMIT) {
          throw gasError(`Exception: Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`);
        }
        const next = this.incoming(given, this.sheetModel.get(r, c));
        // A rule that rejects invalid data also rejects a script's write (reported by users in
        // these words; lists add their values).
        // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
        if (next.dv && violates(next.dv, next)) {
          const list = next.dv.criteria === 'VALUE_IN_LIST' ? ` Please enter one of the following values: ${(next.dv.args[0] as unknown[]).join(', ')}.` : '';
          throw gasError(`Exception: The data you entered in cell ${a1Of({ r1: r, c1: c, r2: r, c2: c })} violates the data validation rules set on this cell.${list}`);
        }
        staged.push([r, c, next]);
      }
    }
    for (const [r, c, next] of staged) Object.assign(this.sheetModel.ensure(r, c), next, next.f ? {} : { f: undefined });
  }

  /**
   * Shape checked first; strings are parsed as if typed (`=` → formula, `'` → literal text).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
   */
  setValues(values: unknown[][]): this {
    this.commit(checkShape(values, this.rect));
    return this;
  }

  /** "Sets the value of the range": every cell of a multi-cell range gets it. */
  setValue(value: unknown): this {
    this.commit(this.grid(() => value));
    return this;
  }

  getDisplayValues(): string[][] {
    const locale = this.book.model.locale;
    return this.grid((c) => (c ? displayText(c.v, c.nf, locale) : ''));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.grid((c) => c?.f ?? '');
  }

  getFormula(): string {
    return this.sheetModel.get(this.rect.r1, this.rect.c1)?.f ?? '';
  }

  setFormula(formula: string): this {
    // Sheets shifts relative references per cell; the fakes write the same text everywhere.
    this.commit(this.grid(() => (formula.startsWith('=') ? formula : `=${formula}`)));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.commit(checkShape(formulas, this.rect));
    return this;
  }

  private setAttr(data: unknown, apply: (cell: CellData, v: unknown) => void): this {
    const grid = checkShape(data, this.rect);
    grid.forEach((row, i) => row.forEach((v, j) => apply(this.sheetModel.ensure(this.rect.r1 + i, this.rect.c1 + j), v)));
    return this;
  }

  private setAll(apply: (cell: CellData) => void): this {
    this.each((r, c) => apply(this.sheetModel.ensure(r, c)));
    return this;
  }

  getNumberFormats(): string[][] {
    return this.grid((c) => c?.nf ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.sheetModel.get(this.rect.r1, this.rect.c1)?.nf ?? AUTOMATIC_FORMAT;
  }

  private static nf(v: unknown): string | undefined {
    return v === null || v === undefined || v === '' || v === AUTOMATIC_FORMAT ? undefined : String(v);
  }

  setNumberFormat(numberFormat: string): this {
    return this.setAll((c) => { c.nf = FakeRange.nf(numberFormat); });
  }

  setNumberFormats(numberFormats: unknown[][]): this {
    return this.setAttr(numberFormats, (c, v) => { c.nf = FakeRange.nf(v); });
  }

  getBackgrounds(): string[][] {
    return this.grid((c) => c?.bg ?? '#ffffff');
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  /** "null resets the color". https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String) */
  setBackground(color: string | null): this {
    return this.setAll((c) => { c.bg = color ? normalizeColor(color) : undefined; });
  }

  setBackgrounds(color: unknown[][]): this {
    return this.setAttr(color, (c, v) => { c.bg = v ? normalizeColor(String(v)) : undefined; });
  }

  getFontColors(): string[][] {
    return this.grid((c) => c?.fc ?? '#000000');
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  setFontColor(color: unknown): this {
    return this.setAll((c) => { c.fc = color ? normalizeColor(String(color)) : undefined; });
  }

  setFontColors(colors: unknown[][]): this {
    return this.setAttr(colors, (c, v) => { c.fc = v ? normalizeColor(String(v)) : undefined; });
  }

  getFontWeights(): string[][] {
    return this.grid((c) => (c?.bold ? 'bold' : 'normal'));
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setAll((c) => { c.bold = fontWeight === 'bold'; });
  }

  setFontWeights(fontWeights: unknown[][]): this {
    return this.setAttr(fontWeights, (c, v) => { c.bold = v === 'bold'; });
  }

  setFontStyle(fontStyle: string | null): this {
    return this.setAll((c) => { c.italic = fontStyle === 'italic'; });
  }

  setFontSize(size: number): this {
    return this.setAll((c) => { c.size = size; });
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setAll((c) => { c.wrap = isWrapEnabled; });
  }

  setWraps(isWrapEnabled: unknown[][]): this {
    return this.setAttr(isWrapEnabled, (c, v) => { c.wrap = !!v; });
  }

  getWrap(): boolean {
    return this.sheetModel.get(this.rect.r1, this.rect.c1)?.wrap ?? true;
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll((c) => { c.ha = alignment ?? undefined; });
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.setAll((c) => { c.va = alignment ?? undefined; });
  }

  getNote(): string {
    return this.sheetModel.get(this.rect.r1, this.rect.c1)?.note ?? '';
  }

  getNotes(): string[][] {
    return this.grid((c) => c?.note ?? '');
  }

  setNote(note: string | null): this {
    return this.setAll((c) => { c.note = note || undefined; });
  }

  setNotes(notes: unknown[][]): this {
    return this.setAttr(notes, (c, v) => { c.note = v ? String(v) : undefined; });
  }

  private static clearFormat(c: CellData): void {
    for (const k of ['nf', 'bg', 'fc', 'bold', 'italic', 'size', 'wrap', 'ha', 'va'] as const) delete c[k];
  }

  /**
   * `clear()` removes contents and formats; the options pick what to clear.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)
   */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    const o = options ?? {};
    const some = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.each((r, c) => {
      const cell = this.sheetModel.get(r, c);
      if (!cell) return;
      if (!some || o.contentsOnly) { cell.v = ''; delete cell.f; }
      if (!some || o.formatOnly) FakeRange.clearFormat(cell);
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.dv;
    });
    return this;
  }

  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  clearNote(): this {
    return this.clear({ commentsOnly: true });
  }

  clearDataValidations(): this {
    return this.clear({ validationsOnly: true });
  }

  /**
   * Merging keeps only the top-left value; touching part of an existing merge is refused.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#merge()
   */
  private mergeRects(rects: Rect[]): this {
    for (const rect of rects) {
      const s = this.sheetModel;
      for (const m of s.merges) {
        if (overlaps(m, rect) && !contains(rect, m)) throw gasError('Exception: You must select all cells in a merged range to merge or unmerge them.');
      }
      s.merges = s.merges.filter((m) => !contains(rect, m));
      if (rect.r1 === rect.r2 && rect.c1 === rect.c2) continue;
      s.merges.push({ ...rect });
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          if (r === rect.r1 && c === rect.c1) continue;
          const cell = s.get(r, c);
          if (cell) { cell.v = ''; delete cell.f; }
        }
      }
    }
    return this;
  }

  merge(): this {
    return this.mergeRects([this.rect]);
  }

  mergeAcross(): this {
    const rects: Rect[] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) rects.push({ r1: r, c1: this.rect.c1, r2: r, c2: this.rect.c2 });
    return this.mergeRects(rects);
  }

  mergeVertically(): this {
    const rects: Rect[] = [];
    for (let c = this.rect.c1; c <= this.rect.c2; c++) rects.push({ r1: this.rect.r1, c1: c, r2: this.rect.r2, c2: c });
    return this.mergeRects(rects);
  }

  breakApart(): this {
    const s = this.sheetModel;
    for (const m of s.merges) {
      if (overlaps(m, this.rect) && !contains(this.rect, m)) throw gasError('Exception: You must select all cells in a merged range to merge or unmerge them.');
    }
    s.merges = s.merges.filter((m) => !contains(this.rect, m));
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheetModel.merges.some((m) => overlaps(m, this.rect));
  }

  getMergedRanges(): unknown[] {
    return this.sheetModel.merges.filter((m) => overlaps(m, this.rect)).map((m) => this.book.range(this.sheetModel, m));
  }

  setDataValidation(rule: unknown): this {
    const dv = rule ? (raw(rule) as FakeDataValidation).data : undefined;
    return this.setAll((c) => { c.dv = dv; });
  }

  setDataValidations(rules: unknown[][]): this {
    return this.setAttr(rules, (c, v) => { c.dv = v ? (raw(v) as FakeDataValidation).data : undefined; });
  }

  getDataValidation(): unknown {
    const dv = this.sheetModel.get(this.rect.r1, this.rect.c1)?.dv;
    return dv ? this.book.ctx.w(new FakeDataValidation(this.book, dv), 'DataValidation') : null;
  }

  getDataValidations(): unknown[][] {
    return this.grid((c) => (c?.dv ? this.book.ctx.w(new FakeDataValidation(this.book, c.dv), 'DataValidation') : null));
  }

  getA1Notation(): string {
    return a1Of(this.rect);
  }

  getRow(): number {
    return this.rect.r1;
  }

  getColumn(): number {
    return this.rect.c1;
  }

  getNumRows(): number {
    return this.rect.r2 - this.rect.r1 + 1;
  }

  getNumColumns(): number {
    return this.rect.c2 - this.rect.c1 + 1;
  }

  getHeight(): number {
    return this.getNumRows();
  }

  getWidth(): number {
    return this.getNumColumns();
  }

  getLastRow(): number {
    return this.rect.r2;
  }

  getLastColumn(): number {
    return this.rect.c2;
  }

  getSheet(): Sheet {
    return this.book.sheet(this.sheetModel);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const r1 = this.rect.r1 + rowOffset;
    const c1 = this.rect.c1 + columnOffset;
    return rangeOf(this.book, this.sheetModel, r1, c1, numRows ?? this.getNumRows(), numColumns ?? this.getNumColumns());
  }

  getCell(row: number, column: number): Range {
    return rangeOf(this.book, this.sheetModel, this.rect.r1 + row - 1, this.rect.c1 + column - 1, 1, 1);
  }

  isBlank(): boolean {
    let blank = true;
    this.each((r, c) => { if (SheetModel.hasContent(this.sheetModel.get(r, c))) blank = false; });
    return blank;
  }

  activate(): Range {
    this.book.model.activeSheet = this.sheetModel;
    this.book.model.activeRange = { sheet: this.sheetModel, rect: this.rect };
    return this as unknown as Range;
  }
}

/**
 * getRange(row, column, numRows, numColumns) refuses ranges that start before row/column 1, are
 * empty, or reach beyond the sheet's grid (the sheet must be grown first).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
 */
export function rangeOf(book: BookApi, s: SheetModel, row: number, col: number, numRows = 1, numCols = 1): Range {
  if (![row, col, numRows, numCols].every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw gasError('Exception: The parameters (' + [row, col, numRows, numCols].map((x) => typeof x).join(',') + ") don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  }
  if (row < 1) throw gasError('Exception: The starting row of the range is too small.');
  if (col < 1) throw gasError('Exception: The starting column of the range is too small.');
  if (numRows < 1) throw gasError('Exception: The number of rows in the range must be at least 1.');
  if (numCols < 1) throw gasError('Exception: The number of columns in the range must be at least 1.');
  const rect = { r1: Math.floor(row), c1: Math.floor(col), r2: Math.floor(row) + Math.floor(numRows) - 1, c2: Math.floor(col) + Math.floor(numCols) - 1 };
  if (rect.r2 > s.maxRows || rect.c2 > s.maxCols) throw gasError('Exception: The coordinates of the range are outside the dimensions of the sheet.');
  return book.range(s, rect);
}

function rangeByA1(book: BookApi, s: SheetModel, ref: string): Range {
  const rect = parseRef(ref, s.maxRows, s.maxCols);
  if (!rect) throw gasError('Exception: Range not found');
  if (rect.r2 > s.maxRows || rect.c2 > s.maxCols) throw gasError('Exception: The coordinates of the range are outside the dimensions of the sheet.');
  return book.range(s, rect);
}

function activeSelection(m: BookModel): { sheet: SheetModel; rect: Rect } {
  const sheet = m.activeSheet ?? m.sheets[0];
  if (m.activeRange && m.activeRange.sheet === sheet) return m.activeRange;
  return { sheet, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } };
}

/** https://developers.google.com/apps-script/reference/spreadsheet/range-list */
class FakeRangeList implements Impl<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges'> {
  constructor(private ranges: Range[]) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
}

function activeRangeList(book: BookApi): unknown {
  const a = activeSelection(book.model);
  return book.ctx.w(new FakeRangeList([book.range(a.sheet, a.rect)]), 'RangeList');
}

function checkGrowth(book: BookModel, extra: number): void {
  if (book.totalCells() + extra > CELL_LIMIT) {
    throw gasError(`Exception: This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }
}

export class FakeSheet implements Impl<Sheet,
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn'
  | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertColumnsAfter' | 'insertColumnsBefore'
  | 'deleteRows' | 'deleteColumns' | 'appendRow' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes' | 'clearConditionalFormatRules'
  | 'getFrozenRows' | 'setFrozenRows' | 'getFrozenColumns' | 'setFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth'
  | 'setRowHeight' | 'getRowHeight' | 'autoResizeColumns' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'setHiddenGridlines' | 'hasHiddenGridlines' | 'hideColumns' | 'isColumnHiddenByUser'
  | 'activate' | 'getConditionalFormatRules' | 'setConditionalFormatRules' | 'setTabColor' | 'setActiveRange' | 'setActiveSelection' | 'getSheetName'
  | 'getActiveRange' | 'getActiveRangeList'> {
  constructor(private book: BookApi, readonly model: SheetModel) {}

  private live(): SheetModel {
    if (!this.book.model.sheets.includes(this.model)) throw gasError('Exception: The sheet has been deleted.');
    return this.model;
  }

  getName(): string {
    return this.live().name;
  }

  getSheetName(): string {
    return this.live().name;
  }

  setName(name: string): this {
    const other = this.book.model.find(name);
    if (other && other !== this.model) throw gasError(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name.trim()) throw gasError('Exception: Invalid argument: name');
    this.live().name = name;
    return this;
  }

  getSheetId(): number {
    return this.live().id;
  }

  getIndex(): number {
    return this.book.model.sheets.indexOf(this.live()) + 1;
  }

  getParent(): Spreadsheet {
    return this.book.spreadsheet();
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return rangeByA1(this.book, this.live(), a);
    return rangeOf(this.book, this.live(), a, column as number, numRows ?? 1, numColumns ?? 1);
  }

  /**
   * "the range in which data is present": A1 to the last row and column with content (A1 when empty).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
   */
  getDataRange(): Range {
    const s = this.live();
    return this.book.range(s, { r1: 1, c1: 1, r2: Math.max(1, s.lastRow()), c2: Math.max(1, s.lastCol()) });
  }

  getLastRow(): number {
    return this.live().lastRow();
  }

  getLastColumn(): number {
    return this.live().lastCol();
  }

  getMaxRows(): number {
    return this.live().maxRows;
  }

  getMaxColumns(): number {
    return this.live().maxCols;
  }

  private shiftRows(at: number, n: number): void {
    const s = this.model;
    // Rows past the stored ones are empty already; only rows in the middle move.
    if (n > 0) { if (at - 1 < s.rows.length) s.rows = s.rows.slice(0, at - 1).concat(new Array<undefined>(n), s.rows.slice(at - 1)); } else s.rows.splice(at - 1, -n);
    const move = (r: number) => (r >= at ? Math.max(at, r + n) : r);
    s.merges = s.merges.map((m) => ({ ...m, r1: move(m.r1), r2: m.r2 >= at ? Math.max(at - 1, m.r2 + n) : m.r2 })).filter((m) => m.r2 >= m.r1);
    for (const rule of s.cfRules) for (const rg of rule.ranges) if (rg.sheet === s) rg.rect = { ...rg.rect, r1: move(rg.rect.r1), r2: rg.rect.r2 >= at ? Math.max(at - 1, rg.rect.r2 + n) : rg.rect.r2 };
    s.maxRows += n;
    if (s.frozenRows >= at) s.frozenRows = Math.max(0, s.frozenRows + n);
  }

  private shiftCols(at: number, n: number): void {
    const s = this.model;
    for (const row of s.rows) {
      if (!row) continue;
      if (n > 0) { if (row.length >= at) row.splice(0, row.length, ...row.slice(0, at - 1).concat(new Array<undefined>(n), row.slice(at - 1))); } else row.splice(at - 1, -n);
    }
    const move = (c: number) => (c >= at ? Math.max(at, c + n) : c);
    s.merges = s.merges.map((m) => ({ ...m, c1: move(m.c1), c2: m.c2 >= at ? Math.max(at - 1, m.c2 + n) : m.c2 })).filter((m) => m.c2 >= m.c1);
    for (const rule of s.cfRules) for (const rg of rule.ranges) if (rg.sheet === s) rg.rect = { ...rg.rect, c1: move(rg.rect.c1), c2: rg.rect.c2 >= at ? Math.max(at - 1, rg.rect.c2 + n) : rg.rect.c2 };
    const widths = new Map<number, number>();
    for (const [c, w] of s.colWidths) if (c < at || c >= at - n) widths.set(c >= at ? c + n : c, w);
    s.colWidths = widths;
    s.maxCols += n;
    if (s.frozenCols >= at) s.frozenCols = Math.max(0, s.frozenCols + n);
  }

  /** Growing is refused beyond the 10 million cells of a spreadsheet. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    const s = this.live();
    if (afterPosition < 0 || afterPosition > s.maxRows) throw gasError('Exception: Those rows are out of bounds.');
    if (howMany < 1) throw gasError('Exception: Invalid argument: howMany');
    checkGrowth(this.book.model, howMany * s.maxCols);
    this.shiftRows(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const s = this.live();
    if (afterPosition < 0 || afterPosition > s.maxCols) throw gasError('Exception: Those columns are out of bounds.');
    if (howMany < 1) throw gasError('Exception: Invalid argument: howMany');
    checkGrowth(this.book.model, howMany * s.maxRows);
    this.shiftCols(afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const s = this.live();
    if (rowPosition < 1 || rowPosition + howMany - 1 > s.maxRows) throw gasError('Exception: Those rows are out of bounds.');
    if (howMany >= s.maxRows) throw gasError("Exception: You can't delete all the rows on the sheet.");
    this.shiftRows(rowPosition, -howMany);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this.live();
    if (columnPosition < 1 || columnPosition + howMany - 1 > s.maxCols) throw gasError('Exception: Those columns are out of bounds.');
    if (howMany >= s.maxCols) throw gasError("Exception: You can't delete all the columns on the sheet.");
    this.shiftCols(columnPosition, -howMany);
  }

  /** One row after the last row with content; the sheet grows when full. */
  appendRow(rowContents: unknown[]): this {
    const s = this.live();
    const row = s.lastRow() + 1;
    if (row > s.maxRows) this.insertRowsAfter(s.maxRows, 1);
    if (rowContents.length > s.maxCols) this.insertColumnsAfter(s.maxCols, rowContents.length - s.maxCols);
    (raw(rangeOf(this.book, s, row, 1, 1, Math.max(1, rowContents.length))) as unknown as FakeRange).setValues([rowContents.length ? rowContents : ['']]);
    return this;
  }

  /**
   * "Clears the sheet of content and formatting information"; with options, only one of them.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const s = this.live();
    (raw(this.book.range(s, { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxCols })) as unknown as FakeRange).clear(options);
    return this;
  }

  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): this {
    const s = this.live();
    (raw(this.book.range(s, { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxCols })) as unknown as FakeRange).clear({ commentsOnly: true });
    return this;
  }

  clearConditionalFormatRules(): void {
    this.live().cfRules = [];
  }

  getFrozenRows(): number {
    return this.live().frozenRows;
  }

  setFrozenRows(rows: number): void {
    const s = this.live();
    if (rows < 0 || rows > s.maxRows) throw gasError('Exception: Invalid argument: rows');
    s.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.live().frozenCols;
  }

  setFrozenColumns(columns: number): void {
    const s = this.live();
    if (columns < 0 || columns > s.maxCols) throw gasError('Exception: Invalid argument: columns');
    s.frozenCols = columns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.live().colWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.live().colWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.live().colWidths.get(columnPosition) ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this.live().rowHeights.set(rowPosition, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this.live().rowHeights.get(rowPosition) ?? 21;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }

  hideSheet(): this {
    const s = this.live();
    if (this.book.model.sheets.filter((x) => !x.hidden && x !== s).length === 0) throw gasError("Exception: You can't hide all the sheets in a document.");
    s.hidden = true;
    return this;
  }

  showSheet(): this {
    this.live().hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.live().hidden;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns
   * Hides `numColumns` columns (default 1) from `columnIndex`; outside the sheet's columns Google throws.
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    const m = this.live();
    if (!Number.isInteger(columnIndex) || !Number.isInteger(numColumns) || columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > m.maxCols) {
      throw gasError('Exception: Those columns are out of bounds.');
    }
    for (let c = columnIndex; c < columnIndex + numColumns; c++) m.hiddenCols.add(c);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#iscolumnhiddenbyusercolumnposition */
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.live().hiddenCols.has(columnPosition);
  }

  setHiddenGridlines(hideGridlines: boolean): this {
    this.live().gridlinesHidden = hideGridlines;
    return this;
  }

  hasHiddenGridlines(): boolean {
    return this.live().gridlinesHidden;
  }

  setTabColor(color: string | null): this {
    this.live().tabColor = color;
    return this;
  }

  activate(): this {
    this.book.model.activeSheet = this.live();
    this.book.model.activeRange = null;
    return this;
  }

  getActiveRange(): Range {
    return (raw(this.book.spreadsheet()) as unknown as FakeSpreadsheet).getActiveRange() as Range;
  }

  getActiveRangeList(): unknown {
    return activeRangeList(this.book);
  }

  setActiveRange(range: unknown): Range {
    const r = raw(range) as unknown as FakeRange;
    this.book.model.activeSheet = r.sheetModel;
    this.book.model.activeRange = { sheet: r.sheetModel, rect: r.rect };
    return this.book.range(r.sheetModel, r.rect);
  }

  setActiveSelection(a1OrRange: unknown): Range {
    const r = typeof a1OrRange === 'string' ? (raw(rangeByA1(this.book, this.live(), a1OrRange)) as unknown as FakeRange) : (raw(a1OrRange) as unknown as FakeRange);
    return this.setActiveRange(r);
  }

  /**
   * Fresh rule objects each call; `setConditionalFormatRules` REPLACES all of the sheet's rules.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
   */
  getConditionalFormatRules(): unknown[] {
    return this.live().cfRules.map((d) => this.book.ctx.w(new FakeConditionalFormatRule(this.book, cloneRule(d)), 'ConditionalFormatRule'));
  }

  setConditionalFormatRules(rules: unknown[]): void {
    this.live().cfRules = rules.map((r) => cloneRule((raw(r) as FakeConditionalFormatRule).data));
  }
}

function cloneRule(d: CfRuleData): CfRuleData {
  return { ...d, ranges: d.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })), values: [...d.values] };
}

export class FakeSpreadsheet implements Impl<Spreadsheet,
  | 'getName' | 'rename' | 'getId' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet' | 'deleteSheet'
  | 'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'setActiveRange' | 'setActiveSelection' | 'getRange'
  | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'toast' | 'getNumSheets'
  | 'getLastRow' | 'getLastColumn' | 'getDataRange' | 'getActiveRangeList' | 'getCurrentCell'> {
  constructor(private book: BookApi) {}

  private get m(): BookModel {
    return this.book.model;
  }

  getName(): string {
    return this.m.name;
  }

  rename(newName: string): void {
    this.m.name = newName;
  }

  getId(): string {
    return this.m.id;
  }

  getUrl(): string {
    return this.m.url();
  }

  getSheets(): Sheet[] {
    return this.m.sheets.map((s) => this.book.sheet(s));
  }

  getNumSheets(): number {
    return this.m.sheets.length;
  }

  /** null when no sheet has that name. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String) */
  getSheetByName(name: string): Sheet | null {
    const s = this.m.find(name);
    return s ? this.book.sheet(s) : null;
  }

  getSheetById(id: number): Sheet | null {
    const s = this.m.sheets.find((x) => x.id === id);
    return s ? this.book.sheet(s) : null;
  }

  /**
   * New sheets are 1000 × 26 and become the active sheet; names must be unique.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
   */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    const base = /^vi/i.test(this.m.locale) ? 'Trang tính' : 'Sheet';
    if (name === undefined) {
      let n = this.m.sheets.length + 1;
      while (this.m.find(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (this.m.find(name)) throw gasError(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    checkGrowth(this.m, DEFAULT_ROWS * DEFAULT_COLUMNS);
    const s = this.m.addSheet(name, index === undefined ? this.m.sheets.length : Math.min(index, this.m.sheets.length));
    this.m.activeSheet = s;
    this.m.activeRange = null;
    return this.book.sheet(s);
  }

  deleteSheet(sheet: unknown): void {
    const s = (raw(sheet) as unknown as FakeSheet).model;
    if (!this.m.sheets.includes(s)) throw gasError('Exception: The sheet has been deleted.');
    if (this.m.sheets.length === 1) throw gasError("Exception: You can't remove all the sheets in a document.");
    this.m.sheets = this.m.sheets.filter((x) => x !== s);
    if (this.m.activeSheet === s) this.m.activeSheet = this.m.sheets[0];
  }

  getActiveSheet(): Sheet {
    return this.book.sheet(this.m.activeSheet ?? this.m.sheets[0]);
  }

  setActiveSheet(sheet: unknown): Sheet {
    const s = (raw(sheet) as unknown as FakeSheet).model;
    this.m.activeSheet = s;
    this.m.activeRange = null;
    return this.book.sheet(s);
  }

  /**
   * The user's selection. Someone running a menu command always has a current cell, A1 when
   * nothing else was selected. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()
   */
  getActiveRange(): Range | null {
    const a = activeSelection(this.m);
    return this.book.range(a.sheet, a.rect);
  }

  getActiveRangeList(): unknown {
    return activeRangeList(this.book);
  }

  getCurrentCell(): Range {
    const a = activeSelection(this.m);
    return this.book.range(a.sheet, { r1: a.rect.r1, c1: a.rect.c1, r2: a.rect.r1, c2: a.rect.c1 });
  }

  setActiveRange(range: unknown): Range {
    const r = raw(range) as unknown as FakeRange;
    this.m.activeSheet = r.sheetModel;
    this.m.activeRange = { sheet: r.sheetModel, rect: r.rect };
    return this.book.range(r.sheetModel, r.rect);
  }

  setActiveSelection(a1OrRange: unknown): Range {
    const r = typeof a1OrRange === 'string' ? raw(this.getRange(a1OrRange)) : raw(a1OrRange);
    return this.setActiveRange(r);
  }

  /** `'Sheet name'!A1:B2`, or A1 on the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheet, ref } = splitSheet(a1Notation);
    const s = sheet === null ? (this.m.activeSheet ?? this.m.sheets[0]) : this.m.find(sheet);
    if (!s) throw gasError('Exception: Range not found');
    return rangeByA1(this.book, s, ref);
  }

  getLastRow(): number {
    return (this.m.activeSheet ?? this.m.sheets[0]).lastRow();
  }

  getLastColumn(): number {
    return (this.m.activeSheet ?? this.m.sheets[0]).lastCol();
  }

  getDataRange(): Range {
    return (raw(this.book.sheet(this.m.activeSheet ?? this.m.sheets[0])) as unknown as FakeSheet).getDataRange();
  }

  getSpreadsheetTimeZone(): string {
    return this.m.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.m.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.m.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.m.locale = locale;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number) */
  toast(msg: string, title?: string | null, _timeoutSeconds?: number | null): void {
    this.book.ui.toasts.push(String(msg));
    this.book.ui.toastTitles.push(title ?? '');
  }
}

// ---------- data validation ----------

export class FakeDataValidation implements Impl<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  constructor(private book: BookApi, readonly data: ValidationData) {}
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.args];
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.helpText;
  }
  copy(): unknown {
    return this.book.ctx.w(new FakeDataValidationBuilder(this.book, { ...this.data, args: [...this.data.args] }), 'DataValidationBuilder');
  }
}

/**
 * SpreadsheetApp.newDataValidation(). A new rule allows invalid input (shows a warning) unless
 * `setAllowInvalid(false)`. https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
export class FakeDataValidationBuilder implements Impl<GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  | 'requireValueInList' | 'requireValueInRange' | 'requireDate' | 'requireDateAfter' | 'requireDateBefore' | 'requireNumberBetween'
  | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThanOrEqualTo' | 'requireCheckbox' | 'requireTextIsEmail' | 'requireTextIsUrl'
  | 'requireFormulaSatisfied' | 'setAllowInvalid' | 'setHelpText' | 'build' | 'withCriteria' | 'getCriteriaType' | 'getCriteriaValues'
  | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  constructor(private book: BookApi, private data: ValidationData = { criteria: '', args: [], allowInvalid: true, helpText: '' }) {}
  private set(criteria: string, args: unknown[]): this {
    this.data.criteria = criteria;
    this.data.args = args;
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean): this {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this.set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: unknown): this {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: unknown): this {
    return this.set('DATE_BEFORE', [date]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireCheckbox(): this {
    return this.set('CHECKBOX', []);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: unknown, args: unknown[]): this {
    return this.set(String(criteria), [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.data.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.data.helpText = helpText;
    return this;
  }
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.args];
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.helpText;
  }
  copy(): unknown {
    return this.book.ctx.w(new FakeDataValidationBuilder(this.book, { ...this.data, args: [...this.data.args] }), 'DataValidationBuilder');
  }
  build(): unknown {
    if (!this.data.criteria) throw gasError('Exception: The data validation rule has no criteria.');
    return this.book.ctx.w(new FakeDataValidation(this.book, { ...this.data, args: [...this.data.args] }), 'DataValidation');
  }
}

// ---------- conditional formatting ----------

export class FakeBooleanCondition implements Impl<GoogleAppsScript.Spreadsheet.BooleanCondition,
  'getCriteriaType' | 'getCriteriaValues' | 'getBold' | 'getItalic' | 'getStrikethrough' | 'getUnderline'> {
  constructor(private data: CfRuleData) {}
  getCriteriaType(): string {
    return this.data.criteria ?? '';
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getBackground(): string | null {
    return this.data.background ?? null;
  }
  getFontColor(): string | null {
    return this.data.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.data.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.data.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.data.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.data.underline ?? null;
  }
}

export class FakeConditionalFormatRule implements Impl<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges' | 'getBooleanCondition' | 'getGradientCondition' | 'copy'> {
  constructor(private book: BookApi, readonly data: CfRuleData) {}
  getRanges(): Range[] {
    return this.data.ranges.map((r) => this.book.range(r.sheet, r.rect));
  }
  getBooleanCondition(): unknown {
    return this.data.criteria ? this.book.ctx.w(new FakeBooleanCondition(this.data), 'BooleanCondition') : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): unknown {
    return this.book.ctx.w(new FakeConditionalFormatRuleBuilder(this.book, cloneRule(this.data)), 'ConditionalFormatRuleBuilder');
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder */
export class FakeConditionalFormatRuleBuilder implements Impl<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'whenFormulaSatisfied' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenTextEqualTo' | 'whenTextContains' | 'whenNumberGreaterThan'
  | 'whenNumberLessThan' | 'whenNumberBetween' | 'setBackground' | 'setFontColor' | 'setBold' | 'setItalic' | 'setStrikethrough'
  | 'setUnderline' | 'setRanges' | 'getRanges' | 'build' | 'copy' | 'getBooleanCondition'> {
  constructor(private book: BookApi, private data: CfRuleData = { ranges: [], criteria: null, values: [] }) {}
  private when(criteria: string, values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  setBackground(color: string | null): this {
    this.data.background = color ? normalizeColor(color) : null;
    return this;
  }
  setFontColor(color: string | null): this {
    this.data.fontColor = color ? normalizeColor(color) : null;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.data.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.data.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): this {
    this.data.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): this {
    this.data.underline = underline;
    return this;
  }
  setRanges(ranges: unknown[]): this {
    this.data.ranges = ranges.map((r) => {
      const fr = raw(r) as unknown as FakeRange;
      return { sheet: fr.sheetModel, rect: { ...fr.rect } };
    });
    return this;
  }
  getRanges(): Range[] {
    return this.data.ranges.map((r) => this.book.range(r.sheet, r.rect));
  }
  getBooleanCondition(): unknown {
    return this.data.criteria ? this.book.ctx.w(new FakeBooleanCondition(this.data), 'BooleanCondition') : null;
  }
  copy(): unknown {
    return this.book.ctx.w(new FakeConditionalFormatRuleBuilder(this.book, cloneRule(this.data)), 'ConditionalFormatRuleBuilder');
  }
  build(): unknown {
    if (!this.data.criteria) throw gasError('Exception: The conditional format rule has no condition.');
    return this.book.ctx.w(new FakeConditionalFormatRule(this.book, cloneRule(this.data)), 'ConditionalFormatRule');
  }
}

// ---------- enums and SpreadsheetApp ----------

const names = (...xs: string[]) => Object.freeze(Object.fromEntries(xs.map((x) => [x, x])));

export const SPREADSHEET_ENUMS = {
  BooleanCriteria: names('CELL_EMPTY', 'CELL_NOT_EMPTY', 'CUSTOM_FORMULA', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_LESS_THAN', 'TEXT_CONTAINS', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH'),
  DataValidationCriteria: names('CHECKBOX', 'CUSTOM_FORMULA', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_IS_VALID_DATE', 'NUMBER_BETWEEN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE'),
  WrapStrategy: names('WRAP', 'OVERFLOW', 'CLIP'),
  Dimension: names('COLUMNS', 'ROWS'),
  BorderStyle: names('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  SheetType: names('GRID', 'OBJECT', 'DATASOURCE'),
  ProtectionType: names('RANGE', 'SHEET'),
};

export class FakeSpreadsheetApp implements Impl<GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'flush' | 'newDataValidation' | 'newConditionalFormatRule' | 'openById' | 'openByUrl'> {
  constructor(private book: BookApi, private ui: () => unknown, hasContainer: boolean) {
    Object.assign(this, SPREADSHEET_ENUMS);
    this.container = hasContainer;
  }
  private container: boolean;
  /** null in a script with no container. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet() */
  getActiveSpreadsheet(): Spreadsheet {
    return (this.container ? this.book.spreadsheet() : null) as Spreadsheet;
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet {
    return (raw(this.book.spreadsheet()) as unknown as FakeSpreadsheet).getActiveSheet();
  }
  getActiveRange(): Range | null {
    return (raw(this.book.spreadsheet()) as unknown as FakeSpreadsheet).getActiveRange();
  }
  /** Only with a user in front of the file; a time-driven trigger has none. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi() */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.book.ui.available) throw gasError('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui() as GoogleAppsScript.Base.Ui;
  }
  flush(): void {}
  newDataValidation(): unknown {
    return this.book.ctx.w(new FakeDataValidationBuilder(this.book), 'DataValidationBuilder');
  }
  newConditionalFormatRule(): unknown {
    return this.book.ctx.w(new FakeConditionalFormatRuleBuilder(this.book), 'ConditionalFormatRuleBuilder');
  }
  openById(id: string): Spreadsheet {
    if (id === this.book.model.id) return this.book.spreadsheet();
    throw gasError('Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.');
  }
  openByUrl(url: string): Spreadsheet {
    if (url.includes(this.book.model.id)) return this.book.spreadsheet();
    throw gasError('Exception: Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
  }
}

export type { GS };
