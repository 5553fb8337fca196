/**
 * Reads the `Báo cáo từ đơn vị` sheet (or a CSV of the same columns) into reports. Never throws
 * on what a unit typed: a value that cannot be read makes the report invalid, with the cell named.
 */
import { type CivilDate, civil } from '../dates/civil';
import { cellText, isEmptyCell, parseDateCell, parsePercentCell } from '../plan/cells';
import { type CellValue, isDateCell } from '../sheet/cells';
import { headerNames } from '../plan/columns';
import type { SheetGrid } from '../sheet/grid';
import { cleanText, headerKey } from '../text/normalize';
import { type ReportedStatus, parseReportedStatus } from './columns';
import { REPORTS_SHEET, type ReportColumn } from '../plan/reports-sheet';

/** What the `Xử lý` column says happened to a report. */
export type HandlingKind = 'new' | 'applied' | 'pending' | 'approved' | 'rejected' | 'invalid';

export interface UnitReport {
  /** 1-based row in the report sheet (the report's identity: forms only ever append). */
  row: number;
  /** Sortable moment: `YYYY-MM-DD HH:MM:SS`, or the day alone when the cell held only a date. */
  at: string;
  date: CivilDate | null;
  email: string;
  taskId: string;
  status: ReportedStatus | null;
  percent: number | null;
  doneOn: CivilDate | null;
  result: string;
  difficulties: string;
  proposals: string;
  newDue: CivilDate | null;
  handling: HandlingKind;
  /** The first unreadable cell: its column and text. */
  bad: { column: ReportColumn; value: string } | null;
}

export interface ReportsLayout {
  name: string;
  headerRow: number;
  columns: Partial<Record<ReportColumn, number>>;
  width: number;
  height: number;
}

export interface ReadReports {
  layout: ReportsLayout | null;
  reports: UnitReport[];
}

const HEADER_SCAN_ROWS = 3;

export function findReportsHeader(grid: SheetGrid): ReportsLayout | null {
  const keyToCol = new Map<string, ReportColumn>();
  for (const c of REPORTS_SHEET.columns) for (const n of headerNames(c)) if (!keyToCol.has(headerKey(n))) keyToCol.set(headerKey(n), c.key);
  let best: ReportsLayout | null = null;
  let bestCount = 0;
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length); r++) {
    const columns: Partial<Record<ReportColumn, number>> = {};
    let count = 0;
    grid.values[r].forEach((v, c) => {
      if (typeof v !== 'string') return;
      const key = keyToCol.get(headerKey(v));
      if (!key || key in columns) return;
      columns[key] = c;
      count++;
    });
    if (count > bestCount) { best = { name: grid.name, headerRow: r + 1, columns, width, height: grid.values.length }; bestCount = count; }
  }
  // A report needs at least the task and the reporter.
  return best && best.columns.taskId !== undefined && best.columns.email !== undefined ? best : null;
}

/**
 * The `Xử lý` column: its header, or the first column after the form's (a sheet the form made
 * has no such header until the first refresh writes it).
 */
export function handlingIndex(layout: ReportsLayout): number {
  if (layout.columns.handling !== undefined) return layout.columns.handling;
  const used = Object.values(layout.columns) as number[];
  return Math.max(10, ...used.map((c) => c + 1));
}

/** `dd/mm/yyyy`, `dd/mm/yyyy HH:MM[:SS]` (the form's own), ISO, or a date cell. */
export function parseTimestamp(v: CellValue): { at: string; date: CivilDate } | null {
  if (isDateCell(v)) return { at: v.date, date: v.date };
  const s = cleanText(cellText(v));
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  let date: CivilDate | null = null;
  let time: string[] = [];
  if (m) {
    date = civil(+m[3], +m[2], +m[1]);
    time = m.slice(4, 7);
  } else {
    m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
    if (m) { date = civil(+m[1], +m[2], +m[3]); time = m.slice(4, 7); }
  }
  if (!date) return null;
  if (time[0] === undefined) return { at: date, date };
  const hh = Number(time[0]);
  const mi = Number(time[1]);
  const ss = Number(time[2] ?? 0);
  if (hh > 23 || mi > 59 || ss > 59) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return { at: `${date} ${two(hh)}:${two(mi)}:${two(ss)}`, date };
}

const HANDLING_PREFIXES: Array<[HandlingKind, string[]]> = [
  ['applied', ['daapdung', 'applied']],
  ['approved', ['daduyet', 'approved']],
  ['pending', ['choduyet', 'awaitingapproval', 'pending']],
  ['rejected', ['tuchoi', 'khongduyet', 'rejected', 'refused']],
  ['invalid', ['khonghople', 'invalid']],
];

export function parseHandling(text: string): HandlingKind {
  const k = headerKey(text);
  if (!k) return 'new';
  for (const [kind, prefixes] of HANDLING_PREFIXES) if (prefixes.some((p) => k.startsWith(p))) return kind;
  // Something the coordinator typed there: treat it as handled by hand, never apply it again.
  return 'rejected';
}

/**
 * The form asks for a number from 0 to 100, so a whole number is a percentage even when it is
 * 1 (unlike the task sheet, where 1 may be Sheets' own 100 %); a fraction below 1 (a % cell of an
 * .xlsx) and text with `%` are read as such.
 */
export function parseReportPercent(v: CellValue): ReturnType<typeof parsePercentCell> {
  if (typeof v === 'number' && Number.isInteger(v)) return v >= 0 && v <= 100 ? { ok: true, value: v / 100 } : { ok: false, code: 'badPercent' };
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return parseReportPercent(Number(v));
  return parsePercentCell(v);
}

export function readReports(grid: SheetGrid | undefined): ReadReports {
  if (!grid) return { layout: null, reports: [] };
  const layout = findReportsHeader(grid);
  if (!layout) return { layout: null, reports: [] };
  const reports: UnitReport[] = [];
  const cols = { ...layout.columns, handling: handlingIndex(layout) };
  for (let r = layout.headerRow; r < grid.values.length; r++) {
    const row = grid.values[r];
    const get = (k: ReportColumn): CellValue => (cols[k] === undefined || (cols[k] as number) >= row.length ? null : row[cols[k] as number]);
    const formCells = (['timestamp', 'email', 'taskId', 'status', 'percent', 'result', 'difficulties', 'proposals', 'newDue', 'doneOn'] as const).map(get);
    if (formCells.every(isEmptyCell)) continue;
    let bad: UnitReport['bad'] = null;
    const flag = (column: ReportColumn) => { if (!bad) bad = { column, value: cellText(get(column)).slice(0, 60) }; };
    const stamp = isEmptyCell(get('timestamp')) ? null : parseTimestamp(get('timestamp'));
    if (!isEmptyCell(get('timestamp')) && !stamp) flag('timestamp');
    const date = (k: ReportColumn): CivilDate | null => {
      const p = parseDateCell(get(k));
      if (p.ok) return p.value;
      flag(k);
      return null;
    };
    const statusText = cellText(get('status'));
    const status = statusText ? parseReportedStatus(statusText) : null;
    if (statusText && !status) flag('status');
    const pct = parseReportPercent(get('percent'));
    if (!pct.ok) flag('percent');
    reports.push({
      row: r + 1,
      at: stamp?.at ?? '',
      date: stamp?.date ?? null,
      email: cellText(get('email')).toLowerCase(),
      taskId: cellText(get('taskId')),
      status,
      percent: pct.ok ? pct.value : null,
      doneOn: date('doneOn'),
      result: cellText(get('result')),
      difficulties: cellText(get('difficulties')),
      proposals: cellText(get('proposals')),
      newDue: date('newDue'),
      handling: parseHandling(cellText(get('handling'))),
      bad,
    });
  }
  return { layout, reports };
}

/** Oldest first; reports of the same moment in sheet order. */
export function byTime(a: UnitReport, b: UnitReport): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.row - b.row;
}
