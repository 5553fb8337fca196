/**
 * The state behind the spreadsheet fakes: plain data, never counted. API objects (sheets.ts) read
 * and write it; seedSheet/sheetState use it directly.
 */
import type { Rect } from './a1';
import type { Stored } from './cellformat';

export interface ValidationData {
  /** SpreadsheetApp.DataValidationCriteria name, e.g. `VALUE_IN_LIST`. */
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellData {
  v: Stored;
  f?: string;
  /** Number format; undefined = automatic. */
  nf?: string;
  bg?: string;
  fc?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  note?: string;
  wrap?: boolean;
  ha?: string;
  va?: string;
  dv?: ValidationData;
}

export interface CfRuleData {
  ranges: Array<{ sheet: SheetModel; rect: Rect }>;
  /** SpreadsheetApp.BooleanCriteria name, e.g. `CUSTOM_FORMULA`. */
  criteria: string | null;
  values: unknown[];
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
/** https://support.google.com/drive/answer/37603 — "Up to 10 million cells … for spreadsheets". */
export const CELL_LIMIT = 10_000_000;

export class SheetModel {
  rows: Array<Array<CellData | undefined> | undefined> = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  /** Protected ranges this user may not edit (Data › Protected sheets and ranges, set by another editor). */
  protectedRects: Rect[] = [];
  cfRules: CfRuleData[] = [];
  hidden = false;
  gridlinesHidden = false;
  /** Columns hidden with hideColumns (1-based). */
  hiddenCols = new Set<number>();
  tabColor: string | null = null;
  constructor(public id: number, public name: string) {}

  get(r: number, c: number): CellData | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  ensure(r: number, c: number): CellData {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: '' };
      row[c - 1] = cell;
    }
    return cell;
  }

  static hasContent(c: CellData | undefined): boolean {
    return !!c && (c.v !== '' || !!c.f);
  }

  /** Last row with a value or formula (formats alone do not count), 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row && row.some((c) => SheetModel.hasContent(c))) return r;
    }
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (SheetModel.hasContent(row[c - 1])) { last = c; break; }
    }
    return last;
  }
}

export class BookModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  activeRange: { sheet: SheetModel; rect: Rect } | null = null;
  private nextGid = 0;
  constructor(public id: string, public name: string, public timeZone: string, public locale: string) {}

  addSheet(name: string, index = this.sheets.length): SheetModel {
    // The first sheet has gid 0, as in a new spreadsheet; later ones get other numbers.
    const gid = this.nextGid === 0 ? 0 : 100_000_000 + this.nextGid * 7919;
    this.nextGid++;
    const s = new SheetModel(gid, name);
    this.sheets.splice(index, 0, s);
    return s;
  }

  find(name: string): SheetModel | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
}
