/** A1 notation for the fakes: `B3`, `A1:C9`, `P2:P`, `A:A`, `2:2`, `'Công việc'!A1:B2`, `$A$1`. */

/** 1-based inclusive rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function colLetters(c: number): string {
  let s = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(r: Rect): string {
  const tl = `${colLetters(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? tl : `${tl}:${colLetters(r.c2)}${r.r2}`;
}

/** Splits `'Sheet name'!A1:B2` into the sheet name (or null) and the range part. */
export function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
  if (!m) return { sheet: null, ref: a1.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
}

/** Parses the range part against a sheet's size (open ends reach the last row/column). Null when invalid. */
export function parseRef(ref: string, maxRows: number, maxCols: number): Rect | null {
  const part = (s: string): { r?: number; c?: number } | null => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
    if (!m || (m[1] === '' && m[2] === '')) return null;
    return { c: m[1] ? colNumber(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const [a, b] = ref.replace(/\s+/g, '').split(':');
  const p = part(a);
  if (!p) return null;
  if (b === undefined) {
    if (p.r === undefined || p.c === undefined || p.r < 1) return null;
    return { r1: p.r, c1: p.c, r2: p.r, c2: p.c };
  }
  const q = part(b);
  if (!q) return null;
  const r1 = p.r ?? 1;
  const c1 = p.c ?? 1;
  const r2 = q.r ?? maxRows;
  const c2 = q.c ?? maxCols;
  if (r1 < 1 || c1 < 1) return null;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}
