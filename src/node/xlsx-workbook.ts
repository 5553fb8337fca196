/**
 * WorkbookPort over an .xlsx file, held in memory by exceljs: load, let the core read and write,
 * save. It writes only what it is asked to: every other cell keeps its value, formula, style and
 * note. Two exceljs habits make that take care:
 *  - cells loaded with the same style share one style object, so a format is never set by
 *    mutating `cell.numFmt`/`cell.font` (that would restyle every look-alike user cell): each
 *    written cell gets a fresh style object;
 *  - writing to a merged cell that is not the top-left one writes the top-left cell; such writes
 *    are skipped, as Sheets ignores them.
 */
import { readFile, rename, unlink } from 'node:fs/promises';
import JSZip from 'jszip';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type CellValue, isDateCell } from '../core/sheet/cells';
import { type GridArea, HEADER_SCAN_ROWS, type SheetGrid } from '../core/sheet/grid';
import { TASKS_SHEET, matchSheet } from '../core/plan/columns';
import type { WorkbookPort } from '../ports';
import type { CellBlock, FormulaCell, OutCell, SheetOutput } from '../core/sheet/output';
import { parseArea } from './a1';
import { cellA1, columnLetters } from '../core/sheet/a1';
import { argb, inner, keepUserRules, setOwnedRules, setValidation } from './xlsx-rules';
import { DATE_FORMAT, isDateFormat, readCell, writeCell } from './cells';
import { type CachedResults, cachedResults, restoreCachedResults } from './xlsx-cached-results';

/** Sheets column widths are pixels; Excel's are characters of the default font (7 px + 5 px padding). */
function excelWidth(px: number): number {
  return Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
}

type Sheet = ExcelJS.Worksheet;

/** Sheet settings whose yes/no attributes exceljs reads only as 1/0. */
const BOOLEAN_TAGS = /<(sheetProtection|sheetView|sheetPr|pageSetUpPr|printOptions|outlinePr)\b[^>]*>/g;

/**
 * OOXML writes yes/no as `1`/`0` or `true`/`false` (xsd:boolean); Excel writes the first,
 * LibreOffice the second, and exceljs understands only the first: a LibreOffice-saved sheet's
 * protection (`sheet="true"`) would be dropped on the next save, and its allowances flipped.
 * The same settings are rewritten as 1/0 before exceljs reads them; nothing else changes.
 * The same pass collects formulas' text and error results, which exceljs misreads in date cells.
 */
async function forExcelJs(data: Buffer): Promise<{ data: Buffer; results: CachedResults }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // not a zip: exceljs says so in its own words, which the command turns into a sentence
    return { data, results: new Map() };
  }
  // Each worksheet's XML is inflated once, for both passes.
  const sheets = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) sheets.set(name, await zip.file(name)!.async('string'));
  }
  const results = await cachedResults(zip, sheets);
  let changed = false;
  for (const [name, xml] of sheets) {
    if (!/="(true|false)"/.test(xml)) continue;
    const fixed = xml.replace(BOOLEAN_TAGS, (tag) => tag.replace(/="true"/g, '="1"').replace(/="false"/g, '="0"'));
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  return { data: changed ? await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : data, results };
}

/** Excel's paper size codes (A3 is missing from exceljs' enum). */
const PAPER = { A3: 8, A4: 9 } as const;

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    /** The exceljs workbook (tests and commands may inspect it). */
    readonly book: ExcelJS.Workbook,
    private fileName: string,
  ) {}

  static async load(file: string): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    const { data, results } = await forExcelJs(await readFile(file));
    await book.xlsx.load(data as unknown as ArrayBuffer);
    restoreCachedResults(book, results);
    return new XlsxWorkbook(book, path.basename(file));
  }

  /** A workbook with no sheets; `fileName` names it until it is saved. */
  static create(fileName = 'Tiến độ.xlsx'): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), fileName);
  }

  /** Writes to a temporary file first, so a failed save never leaves half a workbook behind. */
  async save(file: string): Promise<void> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      await this.book.xlsx.writeFile(tmp);
      await rename(tmp, file);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    this.fileName = path.basename(file);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.book.xlsx.writeBuffer());
  }

  sheetNames(): string[] {
    return this.book.worksheets.map((ws) => ws.name);
  }

  private sheet(name: string): Sheet | undefined {
    const want = name.normalize('NFC');
    return this.book.worksheets.find((ws) => ws.name.normalize('NFC') === want);
  }

  readGrids(names: string[]): SheetGrid[] {
    const grids: SheetGrid[] = [];
    for (const name of names) {
      const ws = this.sheet(name);
      if (!ws) continue;
      const grid: SheetGrid = { name: ws.name, values: gridOf(ws) };
      if (matchSheet(ws.name, TASKS_SHEET)) {
        grid.notes = notesOf(ws, Math.min(HEADER_SCAN_ROWS, grid.values.length), grid.values[0]?.length ?? 0);
        grid.merges = mergesOf(ws);
      }
      grids.push(grid);
    }
    return grids;
  }

  write(out: SheetOutput): void {
    let ws = this.sheet(out.sheet);
    if (!ws) ws = this.book.addWorksheet(out.sheet);
    else if (out.mode === 'replace') ws = this.cleared(ws);
    // Widths first: wrapped blocks size their rows from them.
    for (const [col, px] of out.columnWidths ?? []) ws.getColumn(col).width = excelWidth(px);
    for (const c of out.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    if (out.mode === 'replace') for (const m of out.merges ?? []) ws.mergeCells(m);
    const spans = mergedSpans(out.merges ?? []);
    for (const b of out.blocks) writeBlock(ws, b, spans);
    if (out.mode !== 'replace') for (const m of out.merges ?? []) mergeOnce(ws, m);
    if (out.frozenRows !== undefined || out.frozenColumns !== undefined || out.hideGridlines !== undefined) {
      setView(ws, out);
    }
    if (out.conditionalRules) setOwnedRules(ws, out.conditionalRules.ownerTag, out.conditionalRules.rules);
    for (const v of out.validations ?? []) setValidation(ws, v);
    if (out.print) {
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: out.print.landscape ? 'landscape' : 'portrait',
        paperSize: PAPER[out.print.paper] as ExcelJS.PaperSize,
        ...(out.print.fitToWidth ? { fitToPage: true, fitToWidth: out.print.pagesWide ?? 1, fitToHeight: 0 } : {}),
        // Several pages across: each band of rows is printed across before the next band.
        ...((out.print.pagesWide ?? 1) > 1 ? { pageOrder: 'overThenDown' as const } : {}),
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        ...(out.print.repeatRows ? { printTitlesRow: `1:${out.print.repeatRows}` } : {}),
        ...(out.print.repeatColumns ? { printTitlesColumn: `A:${columnLetters(out.print.repeatColumns)}` } : {}),
      };
    }
    // minRows/minColumns: an .xlsx sheet always has room (no allocated grid as in Sheets).
  }

  appendRows(sheet: string, rows: OutCell[][]): void {
    if (rows.length === 0) return;
    const ws = this.sheet(sheet) ?? this.book.addWorksheet(sheet);
    const { rows: last } = extentOf(ws);
    writeBlock(ws, { row: last + 1, col: 1, values: rows });
  }

  rowLink(sheet: string, row: number): string {
    return `${this.fileName}#'${sheet.replace(/'/g, "''")}'!A${row}`;
  }

  title(): string {
    return this.fileName.replace(/\.xlsx$/i, '');
  }

  /** Replace mode: an empty sheet in the same place, keeping the tab's properties and the user's own rules. */
  private cleared(ws: Sheet): Sheet {
    const { name, state } = ws;
    const { orderNo } = inner(ws);
    const properties = { ...ws.properties };
    const userRules = keepUserRules(inner(ws).conditionalFormattings ?? [], null);
    this.book.removeWorksheet(ws.id);
    const fresh = this.book.addWorksheet(name, { properties, state });
    inner(fresh).orderNo = orderNo;
    inner(fresh).conditionalFormattings = userRules;
    return fresh;
  }
}

/** Last row and column holding a value (Sheets' data range); styled empty cells do not count. */
function extentOf(ws: Sheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (readCell(cell.value) === '') return;
      if (r > rows) rows = r;
      if (c > cols) cols = c;
    });
  });
  return { rows, cols };
}

/** The sheet as Sheets' getDataRange().getValues() would give it: '' for empty and merged-away cells. */
function gridOf(ws: Sheet): CellValue[][] {
  const { rows, cols } = extentOf(ws);
  const grid: CellValue[][] = [];
  for (let r = 0; r < rows; r++) grid.push(new Array<CellValue>(cols).fill(''));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > rows) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > cols || cell.type === ExcelJS.ValueType.Merge) return;
      grid[r - 1][c - 1] = readCell(cell.value);
    });
  });
  return grid;
}

/** A note as text, whether exceljs kept it plain or as rich-text runs. */
function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function notesOf(ws: Sheet, rows: number, cols: number): string[][] {
  const out: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: string[] = [];
    for (let c = 1; c <= cols; c++) row.push(noteText(ws.getRow(r).getCell(c).note));
    out.push(row);
  }
  return out;
}

function mergesOf(ws: Sheet): GridArea[] {
  // exceljs keeps merges by master cell (`ws.model` would serialise every row to list them).
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

/** Merged ranges by their top-left cell (`row:col`): how many columns a wrapped text spreads over. */
function mergedSpans(merges: readonly string[]): Map<string, { left: number; right: number }> {
  const spans = new Map<string, { left: number; right: number }>();
  for (const m of merges) {
    const area = parseArea(m);
    if (area) spans.set(`${area.top}:${area.left}`, { left: area.left, right: area.right });
  }
  return spans;
}

function writeBlock(ws: Sheet, b: CellBlock, spans: Map<string, { left: number; right: number }> = new Map()): void {
  b.values.forEach((rowValues, i) => {
    const row = ws.getRow(b.row + i);
    rowValues.forEach((v: OutCell | FormulaCell, j) => {
      const cell = row.getCell(b.col + j);
      const patch: Partial<ExcelJS.Style> = {};
      const fmt = b.numberFormats?.[i]?.[j];
      if (fmt !== null && fmt !== undefined) patch.numFmt = fmt;
      else if (isDateCell(v) && !isDateFormat(cell.numFmt)) patch.numFmt = DATE_FORMAT;
      const bg = b.backgrounds?.[i]?.[j];
      if (bg !== null && bg !== undefined) patch.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg) } };
      const color = b.fontColors?.[i]?.[j];
      const bold = b.bold?.[i]?.[j];
      if ((color !== null && color !== undefined) || (bold !== null && bold !== undefined)) {
        patch.font = {
          ...(cell.font ?? {}),
          ...(color !== null && color !== undefined ? { color: { argb: argb(color) } } : {}),
          ...(bold !== null && bold !== undefined ? { bold } : {}),
        };
      }
      if (b.wrap !== undefined) patch.alignment = { ...(cell.alignment ?? {}), wrapText: b.wrap, vertical: 'top' };
      if (Object.keys(patch).length > 0) cell.style = { ...cell.style, ...patch };
      const note = b.notes?.[i]?.[j];
      if (note !== null && note !== undefined) cell.note = note;
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cell.value = writeCell(v);
    });
    if (b.wrap) fitRowHeight(ws, row, b.col, rowValues, spans);
  });
}

const LINE_HEIGHT = 15;

/**
 * Sheets grows a row to show wrapped text; Excel and LibreOffice keep the height saved in the file
 * (none: one line). So a wrapped row gets a height estimated from its text and column widths; a
 * row never shrinks, so a height the user chose is kept when it is larger.
 */
function fitRowHeight(ws: Sheet, row: ExcelJS.Row, firstCol: number, values: Array<OutCell | FormulaCell>, spans: Map<string, { left: number; right: number }>): void {
  let lines = 1;
  values.forEach((v, j) => {
    if (typeof v !== 'string' || v === '') return;
    const col = firstCol + j;
    // A merged cell wraps in the width of all its columns (a title across the page is one line).
    const span = spans.get(`${row.number}:${col}`) ?? { left: col, right: col };
    let width = 0;
    for (let c = span.left; c <= span.right; c++) width += ws.getColumn(c).width ?? 8.43;
    // Characters per line: a width unit holds about one digit. Vietnamese text with its marks,
    // in bold or in the wider fonts LibreOffice substitutes, needs about as much room as a digit.
    const perLine = Math.max(1, Math.floor(width * 0.95));
    const n = v.split('\n').reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
    if (n > lines) lines = n;
  });
  const height = Math.min(409, lines * LINE_HEIGHT);
  if (lines > 1 && height > (row.height ?? LINE_HEIGHT)) row.height = height;
}

function mergeOnce(ws: Sheet, range: string): void {
  const area = parseArea(range);
  if (!area) return;
  const master = ws.getCell(area.top, area.left);
  const other = ws.getCell(area.bottom, area.right);
  if (other.type === ExcelJS.ValueType.Merge && other.master.address === master.address) return;
  ws.mergeCells(range);
}

function setView(ws: Sheet, out: SheetOutput): void {
  const prev = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView> & Record<string, unknown>;
  const ySplit = out.frozenRows ?? (prev.state === 'frozen' ? (prev.ySplit as number | undefined) ?? 0 : 0);
  const xSplit = out.frozenColumns ?? (prev.state === 'frozen' ? (prev.xSplit as number | undefined) ?? 0 : 0);
  const showGridLines = out.hideGridlines !== undefined ? !out.hideGridlines : prev.showGridLines ?? true;
  // The user's own view settings (zoom, selected tab, right-to-left…) stay; only the panes and gridlines are ours.
  const keep: Record<string, unknown> = {};
  for (const k of ['zoomScale', 'zoomScaleNormal', 'rightToLeft', 'tabSelected', 'showRuler', 'showRowColHeaders', 'style']) {
    if (prev[k] !== undefined) keep[k] = prev[k];
  }
  const view: Record<string, unknown> = xSplit > 0 || ySplit > 0
    ? { ...keep, state: 'frozen', xSplit, ySplit, topLeftCell: cellA1(ySplit + 1, xSplit + 1), showGridLines }
    : { ...keep, state: 'normal', showGridLines };
  ws.views = [view as unknown as ExcelJS.WorksheetView];
}
