/** A1 areas on an .xlsx sheet: an open end (`J:J`, `3:3`) reaches Excel's last row or column. */
import { a1Area } from '../core/sheet/a1';
import type { GridArea } from '../core/sheet/grid';

export type Area = GridArea;

const EXCEL_EDGE = { rows: 1_048_576, cols: 16_384 };

/** `J2:J500` → area; `J:J` spans every row, `3:3` every column. Null when it is not A1. */
export function parseArea(ref: string): Area | null {
  return a1Area(ref, EXCEL_EDGE);
}

export function overlaps(x: Area, y: Area): boolean {
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}
