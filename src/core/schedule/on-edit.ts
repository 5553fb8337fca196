/**
 * What the `onEdit` simple trigger stamps when a task is marked done by hand: today's date in an
 * empty `Ngày hoàn thành` and 100 % in an empty `% hoàn thành` when `Trạng thái` becomes
 * `Hoàn thành`; today's date when `% hoàn thành` becomes 100 %. Nothing else.
 *
 * The trigger runs on every edit of every cell and has 30 s, so the host first asks
 * `mayStamp(e.value)` (no service call) and reads the sheet only for the few edits that can matter.
 */
import type { CivilDate } from '../dates/civil';
import { isEmptyCell, parsePercentCell } from '../plan/cells';
import type { CellValue } from '../sheet/cells';
import { TASKS_SHEET, headerNames, matchSheet, parseUserStatus } from '../plan/columns';
import { headerKey } from '../text/normalize';
import type { OutCell } from '../sheet/output';
import { DATE_FORMAT } from './task-columns';

export interface EditLayout {
  /** 1-based header row. */
  headerRow: number;
  /** 1-based columns; absent when the sheet has no such column. */
  status?: number;
  percent?: number;
  doneOn?: number;
}

export interface Stamp {
  row: number;
  column: number;
  value: OutCell;
  numberFormat: string;
}

const SCAN = 6;
/** Rows the host reads to find the header (the header may sit under an instruction row). */
export const EDIT_HEADER_SCAN = SCAN;

/** True for a single-cell value that could be "done": a status meaning Hoàn thành, or 100 %. */
export function mayStamp(value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const s = String(value);
  if (parseUserStatus(s) === 'done') return true;
  const p = parsePercentCell(typeof value === 'number' ? value : s);
  return p.ok && p.value === 1;
}

export function isTaskSheet(name: string): boolean {
  return matchSheet(name, TASKS_SHEET);
}

/** Finds the header among the first rows: the row naming the most task columns. */
export function editLayout(top: CellValue[][]): EditLayout | null {
  const want: Array<['status' | 'percent' | 'doneOn' | 'title', Set<string>]> = (['status', 'percent', 'doneOn', 'title'] as const).map((k) => {
    const def = TASKS_SHEET.columns.find((c) => c.key === k);
    return [k, new Set(def ? headerNames(def).map(headerKey) : [])];
  });
  let best: EditLayout | null = null;
  let bestCount = 0;
  top.slice(0, SCAN).forEach((row, r) => {
    const found: EditLayout = { headerRow: r + 1 };
    let count = 0;
    row.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const k = headerKey(v);
      for (const [key, names] of want) {
        if (!names.has(k)) continue;
        if (key !== 'title' && found[key] === undefined) found[key] = c + 1;
        count++;
        break;
      }
    });
    if (count > bestCount) { best = found; bestCount = count; }
  });
  return best;
}

/**
 * The stamps for one edited cell. `row` is the edited row's current values (after the edit),
 * 0-based by column; `value` the new value as the event gives it.
 */
export function stampsForEdit(edit: { row: number; column: number; value: unknown }, layout: EditLayout, row: CellValue[], today: CivilDate): Stamp[] {
  if (edit.row <= layout.headerRow || !mayStamp(edit.value)) return [];
  const empty = (col: number | undefined) => col !== undefined && isEmptyCell(row[col - 1] ?? null);
  const out: Stamp[] = [];
  const stampDate = () => {
    if (empty(layout.doneOn)) out.push({ row: edit.row, column: layout.doneOn as number, value: { date: today }, numberFormat: DATE_FORMAT });
  };
  if (edit.column === layout.status && parseUserStatus(String(edit.value)) === 'done') {
    stampDate();
    if (empty(layout.percent)) out.push({ row: edit.row, column: layout.percent as number, value: 1, numberFormat: '0%' });
  } else if (edit.column === layout.percent) {
    stampDate();
  }
  return out;
}
