/**
 * A sheet as a host hands it to the core: read once, every row of its data range, with the notes
 * and merged areas of the rows where a header can be.
 */
import type { CellValue } from './cells';

/** Rows searched for the header; hosts read the notes of these rows. */
export const HEADER_SCAN_ROWS = 6;

export interface SheetGrid {
  name: string;
  /** Every row of the sheet's data range, header included; row i is sheet row i + 1. */
  values: CellValue[][];
  /**
   * Notes of the first rows (where a header can be), row i being sheet row i + 1. Hosts read
   * them for the task sheet, where they tell the add-on's computed columns from the user's.
   */
  notes?: string[][];
  /** Merged areas (1-based, inclusive) of the task sheet: a merged cell applies to every row it covers. */
  merges?: GridArea[];
}

export interface GridArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
