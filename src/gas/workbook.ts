/**
 * WorkbookPort over a Google spreadsheet. Every operation costs a fixed number of service calls
 * however many tasks there are: a sheet is read with one `getDataRange().getValues()`, a block is
 * written with one `setValues` (plus one call per kind of format given).
 *
 * Conditional-format rules: `setConditionalFormatRules` replaces ALL of a sheet's rules, so we
 * read them, keep the user's, drop ours and add the new ones in one call. Ours are recognised by a
 * marker inside the formula itself (core/sheet/rule-mark.ts).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
 *
 * Print settings (orientation, paper, fit to width) are not available in the Spreadsheet service
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet has no page-setup
 * methods); they are chosen in File › Print, so `SheetOutput.print` is ignored here.
 */
import type { WorkbookPort } from '../ports';
import type { CellBlock, OutCell, SheetOutput } from '../core/sheet/output';
import type { CellValue } from '../core/sheet/cells';
import { ZoneCalendar, toCell, toSheetValue } from './cells';
import { TASKS_SHEET, matchSheet } from '../core/plan/columns';
import { HEADER_SCAN_ROWS, type SheetGrid } from '../core/sheet/grid';
import { Fingerprints, fingerprint } from './fingerprint';
import { GasStore } from './services';
import { a1Area, a1Reach } from '../core/sheet/a1';
import { grow, rect, replaceRules, setValidations, setWidths, width, writeBlock } from './sheet-format';
import { SheetWrite, asRead, sameAsRead } from './sheet-write';
import { type WriteRefusal, blockA1, isOutOfBounds, refusalKind } from './write-refusals';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
      const e = a1Area(m.getA1Notation(), { rows: grid.values.length, cols });
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
        if (!isOutOfBounds(e)) throw e;
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
    const size = w.unchanged('grid', need) && !regrow ? need : grow(sheet, need);
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
      this.guarded(name, () => blockA1(b), () => writeBlock(sheet, b, () => this.calendar()));
    });
    if (structure.rules) this.guarded(name, () => '', () => replaceRules(sheet, out, w.isNew));
    if (structure.validations) setValidations(sheet, out.validations ?? [], (range, write) => this.guarded(name, range, write));
    if (w.changed('frozen', [out.frozenRows, out.frozenColumns])) {
      if (out.frozenRows !== undefined) sheet.setFrozenRows(out.frozenRows);
      if (out.frozenColumns !== undefined) sheet.setFrozenColumns(out.frozenColumns);
    }
    // A hidden column's width shows nowhere.
    const widths = (out.columnWidths ?? []).filter(([c]) => !(out.hiddenColumns ?? []).includes(c));
    if (w.changed('widths', widths)) setWidths(sheet, widths);
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
      const kind = refusalKind(e);
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
      const e = a1Reach(a1);
      rows = Math.max(rows, e.rows);
      cols = Math.max(cols, e.cols);
    }
    for (const [c] of out.columnWidths ?? []) cols = Math.max(cols, c);
    for (const c of out.hiddenColumns ?? []) cols = Math.max(cols, c);
    return { rows, cols };
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

