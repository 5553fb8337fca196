/**
 * The few things the features need from a host. Apps Script adapters (src/gas) and the offline
 * host (src/node) implement them; tests use the Apps Script fakes through src/gas, or in-memory
 * versions. Use-cases in src/app depend only on these and on src/core.
 *
 * All methods are synchronous: Apps Script is, and the offline host loads its .xlsx workbook
 * into memory before a command and saves it after.
 */
import type { CivilDate } from './core/dates/civil';
import type { CellValue, DateCell } from './core/plan/cells';
import type { SheetGrid } from './core/plan/read';

/** A value to write. Strings are always literal text: adapters make sure `=…` never becomes a formula. */
export type OutCell = string | number | boolean | DateCell | null;

/** An explicit formula (the only way to write one). */
export interface FormulaCell {
  readonly formula: string;
}

export interface CellBlock {
  /** 1-based top-left corner. */
  row: number;
  col: number;
  values: Array<Array<OutCell | FormulaCell>>;
  /** Same shape as values when given; `null` leaves a cell's format alone. */
  numberFormats?: Array<Array<string | null>>;
  backgrounds?: Array<Array<string | null>>;
  fontColors?: Array<Array<string | null>>;
  bold?: Array<Array<boolean | null>>;
  /** Cell notes (the small triangle); `null` leaves a cell's note alone. */
  notes?: Array<Array<string | null>>;
  wrap?: boolean;
}

export interface ConditionalRule {
  /** A1 range, e.g. `P2:P5001`. */
  range: string;
  /** Custom formula, written for the top-left cell, e.g. `=$P2="Quá hạn"`. */
  formula: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ValidationRule {
  range: string;
  kind: 'list' | 'date' | 'percent';
  /** For `list`. */
  values?: string[];
  /** Reject invalid input (true) or only warn (false). */
  strict?: boolean;
  help?: string;
}

export interface SheetOutput {
  /** The sheet's name; created when missing. */
  sheet: string;
  /**
   * `replace`: the add-on owns the whole sheet (Tổng quan, Gantt, logs): contents, formats,
   * its own conditional rules are cleared first. `update`: only the given blocks are written.
   */
  mode: 'replace' | 'update';
  blocks: CellBlock[];
  frozenRows?: number;
  frozenColumns?: number;
  /** [1-based column, width in pixels]. */
  columnWidths?: Array<[number, number]>;
  /** A1 ranges to merge (replace mode). */
  merges?: string[];
  /**
   * Conditional-format rules this feature owns on the sheet. They replace the add-on's earlier
   * rules (recognised by `ownerTag`) and keep the user's own rules.
   */
  conditionalRules?: { ownerTag: string; rules: ConditionalRule[] };
  validations?: ValidationRule[];
  /** Landscape A3 fit-to-width where the host allows. */
  print?: { landscape: boolean; paper: 'A4' | 'A3'; fitToWidth: boolean };
  /** Hide this sheet's grid lines. */
  hideGridlines?: boolean;
  /** Make sure the sheet has at least these many rows/columns (setValues needs room). */
  minRows?: number;
  minColumns?: number;
}

export interface WorkbookPort {
  /** Names of the sheets in the workbook, in order. */
  sheetNames(): string[];
  /**
   * Reads the named sheets, each in one call: every row of the data range with the header.
   * Dates arrive as `{ date }` in the spreadsheet's zone; missing sheets are left out.
   */
  readGrids(names: string[]): SheetGrid[];
  /** Applies one sheet's output with a constant number of service calls. */
  write(out: SheetOutput): void;
  /** Appends rows after the last row with content (importer, logs). */
  appendRows(sheet: string, rows: OutCell[][]): void;
  /** A link that opens the sheet at a row (e-mails, documents). */
  rowLink(sheet: string, row: number): string;
  /** The spreadsheet's name (used for default plan name, document names). */
  title(): string;
}

export interface OutgoingMail {
  to: string[];
  cc?: string[];
  replyTo?: string;
  /** Sender display name. */
  name: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailPort {
  /** Recipients still allowed today (Apps Script counts recipients, not messages). */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

export interface LockPort {
  /** Waits up to `ms` for the document lock; false when another run holds it. */
  tryLock(ms: number): boolean;
  release(): void;
}

export interface ClockPort {
  /** Today in the spreadsheet's zone. */
  today(): CivilDate;
  /** Now as ISO 8601 with offset, for logs. */
  nowIso(): string;
  /** Milliseconds since some fixed point, for time budgets. */
  elapsedMs(): number;
}

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface ProgressPort {
  /** A short progress line (Sheets: toast; CLI: stderr). */
  progress(message: string): void;
}

export type { CellValue, SheetGrid };
