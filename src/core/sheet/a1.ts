/**
 * A1 notation, the one way both hosts and the core name cells: `B7`, `J2:J500`, whole columns
 * `J:J`, whole rows `3:3`, with or without `$` and a sheet name (`'Công việc'!B2:C3`).
 */
import type { GridArea } from './grid';

/** 1 → `A`, 26 → `Z`, 27 → `AA`: the letters of a 1-based column. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A` → 1, `AA` → 27 (either case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cell at a 1-based row and column: (7, 2) → `B7`. */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** One end of a range; a whole column has no row, a whole row no column. */
export interface A1Corner {
  row: number | null;
  col: number | null;
}

function corner(s: string): A1Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? +m[2] : null };
}

/** The two corners of a range as written (a single cell twice); null when it is not A1. */
export function parseA1(ref: string): [A1Corner, A1Corner] | null {
  const parts = ref.replace(/^.*!/, '').split(':');
  if (parts.length > 2) return null;
  const p = corner(parts[0]);
  const q = corner(parts[1] ?? parts[0]);
  return p && q ? [p, q] : null;
}

/**
 * The area a range covers (1-based, inclusive, corners in any order). Open ends reach the sheet's
 * edge: `J:J` spans rows 1 to `edge.rows`, `3:3` columns 1 to `edge.cols`.
 */
export function a1Area(ref: string, edge: { rows: number; cols: number }): GridArea | null {
  const c = parseA1(ref);
  if (!c) return null;
  const [p, q] = c;
  return {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    bottom: Math.max(p.row ?? edge.rows, q.row ?? edge.rows),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    right: Math.max(p.col ?? edge.cols, q.col ?? edge.cols),
  };
}

/** The last row and column a range names (`P2:P5001` → 5001 rows, 16 columns); open ends and non-A1 count 0. */
export function a1Reach(ref: string): { rows: number; cols: number } {
  const c = parseA1(ref);
  if (!c) return { rows: 0, cols: 0 };
  return { rows: Math.max(c[0].row ?? 0, c[1].row ?? 0), cols: Math.max(c[0].col ?? 0, c[1].col ?? 0) };
}
