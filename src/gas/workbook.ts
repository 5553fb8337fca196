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
import { Fingerprints, fingerprint } from './fingerprint';
import { GasStore } from './services';

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
/** A sheet shrunk by hand since the add-on last grew it. */
const OUT_OF_BOUNDS = /outside the dimensions of the sheet|nằm ngoài kích thước/i;

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
  /** The values of each sheet as read in this run: a block equal to them is not written again. */
  private readonly lastRead = new Map<string, CellValue[][]>();
  /** Each sheet as read in this run, kept up to date with this run's writes (or dropped when that cannot be known). */
  private readonly grids = new Map<string, SheetGrid>();
  private sheets: Map<string, Sheet> | null = null;
  private names: string[] = [];
  private cal: ZoneCalendar | null = null;
  private url: string | null = null;

  constructor(private readonly ss: Spreadsheet, private readonly prints: Fingerprints | null = new Fingerprints(new GasStore())) {}

  /** The spreadsheet's time zone, asked once per workbook. */
  timeZone(): string {
    return this.calendar().timeZone;
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

  /**
   * Each sheet is read once per run: a second read of the same sheet (the daily run's reminders
   * after its refresh) is served from what was read, with this run's own writes applied.
   */
  readGrids(names: string[]): SheetGrid[] {
    const grids: SheetGrid[] = [];
    for (const name of names) {
      const cached = this.grids.get(name);
      if (cached) {
        grids.push({ ...cached, values: cached.values.map((r) => [...r]) });
        continue;
      }
      const sheet = this.find(name);
      if (!sheet) continue;
      const data = sheet.getDataRange();
      const raw = data.getValues();
      const cal = this.calendar();
      const values: CellValue[][] = raw.map((row) => row.map((v) => toCell(v, cal)));
      const grid: SheetGrid = { name, values };
      this.lastRead.set(name, values);
      if (matchSheet(name, TASKS_SHEET) && raw.length) this.readTaskExtras(sheet, data, grid);
      this.grids.set(name, grid);
      grids.push({ ...grid, values: grid.values.map((r) => [...r]) });
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

  /**
   * Writes one sheet's output. Structure (rules, validations, merges, widths, frozen panes,
   * gridlines, hidden columns) is written only when its fingerprint differs from what the add-on
   * last wrote to this sheet (src/gas/fingerprint.ts); a sheet the add-on owns (replace mode) is
   * skipped whole when nothing in it changed; a block of the task sheet is skipped when its values
   * equal the ones just read and its formats are the ones last written. The grid is grown only
   * when the output needs more than last time; a sheet shrunk by hand since is grown on the write
   * that no longer fits.
   */
  write(out: SheetOutput): void {
    // A block written may move where the sheet ends: the next append reads it again.
    this.ends.delete(out.sheet);
    const existed = this.find(out.sheet) !== null;
    const sheet = this.findOrCreate(out.sheet);
    const id = existed ? sheet.getSheetId() : -1;
    const w = new SheetWrite(this.prints, out.sheet, id, existed);
    const refused = this.refusals.length;
    try {
      try {
        this.writeOnce(sheet, out, w, false);
      } catch (e) {
        if (!OUT_OF_BOUNDS.test(e instanceof Error ? e.message : String(e))) throw e;
        this.writeOnce(sheet, out, w, true);
      }
    } catch (e) {
      // Written part-way: what this run read of the sheet no longer says what is there.
      this.grids.delete(out.sheet);
      this.lastRead.delete(out.sheet);
      throw e;
    }
    if (!existed) {
      w.id = sheet.getSheetId();
      // A sheet this run made ends where its blocks end: an append right after needs no read.
      let last = 0;
      for (const b of out.blocks) if (b.values.length) last = Math.max(last, b.row + b.values.length - 1);
      if (w.size) this.ends.set(out.sheet, { last, maxRows: w.size.rows, maxCols: w.size.cols });
    }
    // A write Google refused is tried (and reported) again next time.
    if (this.refusals.length === refused) w.commit();
    // After the write: the blocks were compared with the sheet as read, not as about to be written.
    this.applyToCache(out);
  }

  private writeOnce(sheet: Sheet, out: SheetOutput, w: SheetWrite, regrow: boolean): void {
    const name = out.sheet;
    if (out.mode === 'replace' && w.unchanged('all', out)) return;
    const need = this.needed(out);
    const size = w.unchanged('grid', need) && !regrow ? need : this.grow(sheet, need);
    w.size = size;
    const structure = {
      rules: w.changed('rules', { tag: out.conditionalRules?.ownerTag ?? null, rules: out.conditionalRules?.rules ?? [] }),
      validations: w.changed('validations', out.validations ?? []),
      merges: w.changed('merges', out.merges ?? []),
    };
    if (out.mode === 'replace' && !w.isNew) {
      // Contents and formats go; validations and merges of the previous layout only when they change.
      // A sheet this run made has nothing to clear.
      sheet.clear();
      if (structure.validations || structure.merges) {
        const all = sheet.getRange(1, 1, size.rows, size.cols);
        if (structure.validations) all.clearDataValidations();
        if (structure.merges) all.breakApart();
      }
    }
    const read = out.mode === 'update' ? this.lastRead.get(name) : undefined;
    out.blocks.forEach((b, i) => {
      // Values equal to the cells just read and formats as last written: nothing to send. A
      // replaced sheet is judged whole by its 'all' print (noted above), so its blocks need none.
      if (out.mode === 'update') {
        const formats = fingerprint([b.row, b.col, b.numberFormats, b.backgrounds, b.fontColors, b.bold, b.wrap, b.notes]);
        const part = `block${i}`;
        w.note(part, formats);
        if (read && w.same(part, formats) && sameAsRead(b, read)) return;
      }
      this.guarded(name, () => blockA1(b), () => this.writeBlock(sheet, b));
    });
    if (structure.rules) this.guarded(name, () => '', () => this.replaceRules(sheet, out, w.isNew));
    if (structure.validations) this.validations(sheet, name, out.validations ?? []);
    if (w.changed('frozen', [out.frozenRows, out.frozenColumns])) {
      if (out.frozenRows !== undefined) sheet.setFrozenRows(out.frozenRows);
      if (out.frozenColumns !== undefined) sheet.setFrozenColumns(out.frozenColumns);
    }
    // A hidden column's width shows nowhere.
    const widths = (out.columnWidths ?? []).filter(([c]) => !(out.hiddenColumns ?? []).includes(c));
    if (w.changed('widths', widths)) this.widths(sheet, widths);
    if (structure.merges) for (const a1 of out.merges ?? []) this.guarded(name, () => a1, () => sheet.getRange(a1).merge());
    if (out.hideGridlines !== undefined && w.changed('gridlines', out.hideGridlines)) sheet.setHiddenGridlines(out.hideGridlines);
    if (w.changed('hidden', out.hiddenColumns ?? [])) for (const c of out.hiddenColumns ?? []) sheet.hideColumns(c);
  }

  /**
   * Keeps the run's copy of a sheet equal to the sheet: an update's plain values are applied; a
   * replaced sheet, a formula, notes or merges whose effect is not known here drop the copy (the
   * next read reads again).
   */
  private applyToCache(out: SheetOutput): void {
    const grid = this.grids.get(out.sheet);
    if (!grid) return;
    const notesOutside = (b: CellBlock) => !!b.notes && b.notes.some((r, i) => r.some((x) => x !== null && x !== undefined) && b.row + i > (grid.notes?.length ?? 0));
    const unknown = out.mode === 'replace' || (out.merges?.length ?? 0) > 0
      || out.blocks.some((b) => notesOutside(b) || b.values.some((r) => r.some((v) => v !== null && typeof v === 'object' && 'formula' in v)));
    if (unknown) {
      this.grids.delete(out.sheet);
      this.lastRead.delete(out.sheet);
      return;
    }
    const cal = this.calendar();
    for (const b of out.blocks) {
      b.values.forEach((row, i) => {
        const r = b.row - 1 + i;
        while (grid.values.length <= r) grid.values.push([]);
        const line = grid.values[r];
        row.forEach((v, j) => {
          const c = b.col - 1 + j;
          while (line.length < c) line.push('');
          line[c] = asRead(v as OutCell, cal);
        });
      });
      b.notes?.forEach((row, i) => row.forEach((x, j) => {
        const line = grid.notes?.[b.row - 1 + i];
        if (x !== null && x !== undefined && line) {
          while (line.length < b.col - 1 + j) line.push('');
          line[b.col - 1 + j] = x;
        }
      }));
    }
    // Every row as wide as the widest, as getValues gives them.
    const w = width(grid.values);
    for (const line of grid.values) while (line.length < w) line.push('');
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

  /** The grid an output needs: every block, rule, validation and merge must fit. */
  private needed(out: SheetOutput): { rows: number; cols: number } {
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
    return { rows, cols };
  }

  /** Grows the grid once to `need`; returns the grid's size. */
  private grow(sheet: Sheet, need: { rows: number; cols: number }): { rows: number; cols: number } {
    const { rows, cols } = need;
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

  /**
   * Replaces our rules in one call. Rules are read only when there can be others to keep: a sheet
   * this run made has none. Elsewhere the user's (and other features') rules are kept; on a sheet
   * the add-on owns (replace mode) every rule of ours goes, elsewhere only this owner's. Called only
   * when our rules changed since the last write, so a steady refresh reads none. Rules over the
   * same range share one range handle.
   */
  private replaceRules(sheet: Sheet, out: SheetOutput, isNew: boolean): void {
    const tag = out.conditionalRules?.ownerTag ?? null;
    const keep: Rule[] = [];
    let dropped = 0;
    for (const rule of isNew ? [] : sheet.getConditionalFormatRules()) {
      const cond = rule.getBooleanCondition();
      const formula = cond ? String(cond.getCriteriaValues()[0] ?? '') : '';
      const owner = ruleOwner(formula);
      if (owner !== null && (out.mode === 'replace' || owner === tag)) dropped++;
      else keep.push(rule);
    }
    const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
    const rangeOf = (a1: string) => {
      let r = ranges.get(a1);
      if (!r) ranges.set(a1, (r = sheet.getRange(a1)));
      return r;
    };
    const added = (out.conditionalRules?.rules ?? []).map((r) => this.buildRule(rangeOf(r.range), r, tag as string));
    if (!dropped && !added.length) return;
    sheet.setConditionalFormatRules(keep.concat(added));
  }

  private buildRule(range: GoogleAppsScript.Spreadsheet.Range, r: ConditionalRule, tag: string): Rule {
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(markedFormula(r.formula, tag));
    if (r.background) b = b.setBackground(r.background);
    if (r.fontColor) b = b.setFontColor(r.fontColor);
    if (r.bold !== undefined) b = b.setBold(r.bold);
    return b.setRanges([range]).build();
  }

  /** Each distinct rule is built once and set on its ranges (one handle per distinct range). */
  private validations(sheet: Sheet, name: string, list: ValidationRule[]): void {
    const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
    for (const v of list) {
      const key = JSON.stringify([v.kind, v.values ?? null, !!v.strict, v.help ?? '']);
      let rule = built.get(key);
      if (!rule) {
        let b = SpreadsheetApp.newDataValidation();
        if (v.kind === 'list') b = b.requireValueInList(v.values ?? [], true);
        else if (v.kind === 'date') b = b.requireDate();
        else b = b.requireNumberBetween(0, 1);
        b = b.setAllowInvalid(!v.strict);
        if (v.help) b = b.setHelpText(v.help);
        built.set(key, (rule = b.build()));
      }
      const r = rule;
      this.guarded(name, () => v.range, () => sheet.getRange(v.range).setDataValidation(r));
    }
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
    // The run's copy of this sheet (if any) no longer ends where it did.
    this.grids.delete(name);
    this.lastRead.delete(name);
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

/** One sheet's write: which parts changed since the add-on last wrote them. */
class SheetWrite {
  private readonly notes: Array<[string, string]> = [];
  /** The grid's size once known (grown this run, or as last written). */
  size: { rows: number; cols: number } | null = null;

  /** `prints` null: nothing is remembered, everything is written (a run that only makes its own log sheet). */
  constructor(private readonly prints: Fingerprints | null, private readonly name: string, public id: number, existed: boolean) {
    this.isNew = !existed;
  }

  readonly isNew: boolean;

  same(part: string, print: string): boolean {
    return !this.isNew && !!this.prints && this.prints.same(this.name, this.id, part, print);
  }

  /** Whether `value` differs from what was last written as `part`; noted to be saved either way. */
  changed(part: string, value: unknown): boolean {
    const print = fingerprint(value);
    this.note(part, print);
    return !this.same(part, print);
  }

  unchanged(part: string, value: unknown): boolean {
    return !this.changed(part, value);
  }

  note(part: string, print: string): void {
    this.notes.push([part, print]);
  }

  /** After the whole output is written: its fingerprints replace the sheet's old ones, one property write. */
  commit(): void {
    if (!this.prints) return;
    for (const [part, print] of this.notes) this.prints.note(this.name, this.id, part, print);
    this.prints.save();
  }
}

/** Whether a block's cells equal the values just read (formulas cannot be compared: always written). */
function sameAsRead(b: CellBlock, read: CellValue[][]): boolean {
  for (let i = 0; i < b.values.length; i++) {
    const row = read[b.row - 1 + i];
    for (let j = 0; j < b.values[i].length; j++) {
      const out = b.values[i][j];
      const cell = row ? row[b.col - 1 + j] : undefined;
      if (!sameCell(out, cell ?? '')) return false;
    }
  }
  return true;
}

/** What getValues gives back for a value written (Sheets drops the quote that keeps text as text). */
function asRead(v: OutCell, cal: ZoneCalendar): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    const written = toSheetValue(v, cal) as string;
    return written.startsWith("'") && !v.startsWith("'") ? written.slice(1) : written;
  }
  return toCell(toSheetValue(v, cal), cal);
}

function sameCell(out: OutCell | FormulaCell, cell: CellValue): boolean {
  if (out === null || out === undefined || out === '') return cell === '' || cell === null;
  if (typeof out === 'object') return 'date' in out && cell !== null && typeof cell === 'object' && 'date' in cell && cell.date === out.date;
  if (typeof out === 'number') return Number.isFinite(out) ? cell === out : cell === '';
  if (typeof out === 'string') return out.length < 49_000 && cell === out;
  return cell === out;
}
