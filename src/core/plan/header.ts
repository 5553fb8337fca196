/**
 * Where a sheet's header is and what its columns are: the row (among the first ones) naming most
 * of the sheet's columns, under any of their names; and on the task sheet, which columns are the
 * add-on's computed ones.
 */
import type { Lang } from '../i18n';
import { cleanText, headerKey } from '../text/normalize';
import { COMPUTED_COLUMNS, type ColumnDef, type ComputedColumn, type SheetDef, headerNames, markedColumn } from './columns';
import type { Problem } from './model';
import { HEADER_SCAN_ROWS, type SheetGrid } from '../sheet/grid';
import { columnLetters } from '../sheet/a1';

/**
 * The `noHeader` problem's parameters: the columns a sheet needs at least, named in each
 * language (`«Ngày»` for a Vietnamese reader, `“Date”` for an English one).
 */
export function neededColumns(def: SheetDef, keys: readonly string[], sheet: string, lang?: Lang): { sheet: string; columns: string; columnsEn: string } {
  const cols = keys.map((k) => def.columns.find((c) => c.key === k) ?? { vi: k, en: k });
  const vi = cols.map((c) => `«${c.vi}»`).join(', ');
  const en = cols.map((c) => `“${c.en}”`).join(', ');
  // Rendered now (lang given) or later by problemText, which takes `columnsEn` in English.
  return { sheet, columns: lang === 'en' ? en : vi, columnsEn: en };
}

/** Where a reader reports a problem (its severity an error unless said). */
export type Sink = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

export function findHeader<K extends string>(
  grid: SheetGrid, def: SheetDef<K>, extra: ReadonlyArray<ColumnDef<string>> = [],
): { row: number; columns: Partial<Record<string, number>>; headers: Partial<Record<string, string>>; dupes: Array<[string, number]> } | null {
  const all: ReadonlyArray<ColumnDef<string>> = [...def.columns, ...extra];
  const keyToCol = new Map<string, string>();
  for (const c of all) for (const n of headerNames(c)) if (!keyToCol.has(headerKey(n))) keyToCol.set(headerKey(n), c.key);
  let best: ReturnType<typeof findHeader> = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length); r++) {
    const columns: Record<string, number> = {};
    const headers: Record<string, string> = {};
    const dupes: Array<[string, number]> = [];
    let count = 0;
    grid.values[r].forEach((v, c) => {
      if (typeof v !== 'string') return;
      const key = keyToCol.get(headerKey(v));
      if (!key) return;
      if (key in columns) { dupes.push([key, c]); return; }
      columns[key] = c;
      headers[key] = cleanText(v);
      count++;
    });
    if (count > bestCount) { best = { row: r + 1, columns, headers, dupes }; bestCount = count; }
  }
  return bestCount >= 1 ? best : null;
}

/** Adjacent computed headers, in order, that make an unmarked run an earlier version's columns. */
const LEGACY_RUN = 3;

/**
 * The add-on's computed columns in the header row: those whose header note carries the marker.
 * A workbook written before markers existed (no marker at all) has its computed headers side
 * by side, in the add-on's order: such a run of at least three is the add-on's and gets its
 * markers on the next write. Any other header named like a computed column (a user's own
 * `Tình trạng` or `Kiểm tra`) is the user's: reported, never written.
 */
export function computedColumns(grid: SheetGrid, headerRow: number, add: Sink): { computed: Partial<Record<ComputedColumn, number>>; unmarked: ComputedColumn[] } {
  const header = grid.values[headerRow - 1] ?? [];
  const notes = grid.notes?.[headerRow - 1] ?? [];
  const computed: Partial<Record<ComputedColumn, number>> = {};
  const nameOf = new Map<string, ComputedColumn>();
  for (const c of COMPUTED_COLUMNS) for (const n of headerNames(c)) nameOf.set(headerKey(n), c.key);
  header.forEach((_, c) => {
    const key = markedColumn(notes[c]);
    if (key && computed[key] === undefined) computed[key] = c;
  });
  const unmarked: ComputedColumn[] = [];
  if (Object.keys(computed).length === 0) {
    // Longest run of adjacent unmarked headers naming computed columns in the add-on's order.
    const order = (c: number): number => {
      const v = header[c];
      if (typeof v !== 'string' || notes[c]) return -1;
      const key = nameOf.get(headerKey(v));
      return key ? COMPUTED_COLUMNS.findIndex((d) => d.key === key) : -1;
    };
    let best: number[] = [];
    for (let c = 0; c < header.length; c++) {
      const run = [c];
      while (order(run[run.length - 1] + 1) > order(run[run.length - 1]) && order(run[run.length - 1]) >= 0) run.push(run[run.length - 1] + 1);
      if (order(c) >= 0 && run.length > best.length) best = run;
    }
    if (best.length >= LEGACY_RUN) {
      for (const c of best) {
        const key = COMPUTED_COLUMNS[order(c)].key;
        computed[key] = c;
        unmarked.push(key);
      }
    }
  }
  const ours = new Set(Object.values(computed));
  header.forEach((v, c) => {
    if (ours.has(c) || typeof v !== 'string') return;
    const key = nameOf.get(headerKey(v));
    if (key) add({ sheet: 'tasks', row: headerRow, column: key, code: 'computedNameClash', params: { column: cleanText(v), letter: columnLetters(c + 1) }, severity: 'warning' });
  });
  return { computed, unmarked };
}
