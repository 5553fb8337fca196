/**
 * What a feature asks a host to write on one sheet: blocks of values and formats, conditional
 * rules, validations, layout. The core builds these values; the hosts (src/gas, src/node) apply
 * them through their WorkbookPort.
 */
import type { DateCell } from './cells';

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
  /** Cell notes, same shape as values; `null` leaves a cell's note alone. */
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
  /**
   * Page setup where the host allows (.xlsx; Apps Script has no print API, the user picks it in
   * File › Print): orientation, paper, fit to `pagesWide` pages across (1 when not given), the
   * first `repeatRows` rows and `repeatColumns` columns printed on every page.
   */
  print?: { landscape: boolean; paper: 'A4' | 'A3'; fitToWidth: boolean; pagesWide?: number; repeatRows?: number; repeatColumns?: number };
  /** Hide this sheet's grid lines. */
  hideGridlines?: boolean;
  /** 1-based columns to hide (a key the add-on reads back but a reader need not see). */
  hiddenColumns?: number[];
  /** Make sure the sheet has at least these many rows/columns (setValues needs room). */
  minRows?: number;
  minColumns?: number;
}
