/** A1 notation for this host: `B7`, `J2:J500`, whole columns `J:J`, whole rows `3:3`. */

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

function corner(s: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? +m[2] : null };
}

/** `J2:J500` → area; `J:J` spans every row, `3:3` every column. Null when it is not A1. */
export function parseArea(ref: string): Area | null {
  const [a, b = a] = ref.replace(/^.*!/, '').split(':');
  const p = corner(a);
  const q = corner(b);
  if (!p || !q) return null;
  const top = Math.min(p.row ?? 1, q.row ?? 1);
  const bottom = Math.max(p.row ?? MAX_ROW, q.row ?? MAX_ROW);
  const left = Math.min(p.col ?? 1, q.col ?? 1);
  const right = Math.max(p.col ?? MAX_COL, q.col ?? MAX_COL);
  return { top, left, bottom, right };
}

export function overlaps(x: Area, y: Area): boolean {
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}
