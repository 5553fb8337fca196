/**
 * Answers exported from a form (CSV) → rows to append to the `Báo cáo từ đơn vị` sheet, in that
 * sheet's own column order. A report already in the sheet (same moment, reporter and task) is
 * skipped, so importing the same export twice adds nothing. Text stays text: a field that starts
 * with `=` is written as literal text by the hosts, never as a formula.
 */
import type { CellValue } from '../sheet/cells';
import type { SheetGrid } from '../sheet/grid';
import type { OutCell } from '../sheet/output';
import { REPORTS_SHEET, type ReportColumn } from '../plan/reports-sheet';
import { findReportsHeader, readReports } from './read';

export interface ReportImport {
  /** False when the CSV has no recognisable header (nothing to import). */
  ok: boolean;
  /** The sheet's header to write first (the sheet is new), or null. */
  header: OutCell[] | null;
  rows: OutCell[][];
  added: number;
  skipped: number;
}

const FORM_ORDER: ReportColumn[] = ['timestamp', 'email', 'taskId', 'status', 'percent', 'doneOn', 'result', 'difficulties', 'proposals', 'newDue'];

const keyOf = (r: { at: string; email: string; taskId: string }) => `${r.at}|${r.email}|${r.taskId}`;

export function planReportImport(sheet: SheetGrid | undefined, csv: string[][]): ReportImport {
  const source: SheetGrid = { name: REPORTS_SHEET.vi, values: csv };
  const from = findReportsHeader(source);
  if (!from) return { ok: false, header: null, rows: [], added: 0, skipped: 0 };
  const target = sheet ? findReportsHeader(sheet) : null;
  const header = target ? null : FORM_ORDER.map((k) => REPORTS_SHEET.columns.find((c) => c.key === k)!.vi as OutCell);
  const place: Partial<Record<ReportColumn, number>> = target ? target.columns : Object.fromEntries(FORM_ORDER.map((k, i) => [k, i]));
  const width = Math.max(...(Object.values(place) as number[])) + 1;
  const seen = new Set(readReports(sheet).reports.map(keyOf));
  const incoming = readReports(source).reports;
  const rows: OutCell[][] = [];
  let skipped = 0;
  for (const r of incoming) {
    const k = keyOf(r);
    if (seen.has(k)) { skipped++; continue; }
    seen.add(k);
    const raw = csv[r.row - 1];
    const out: OutCell[] = new Array<OutCell>(width).fill(null);
    for (const key of FORM_ORDER) {
      const src = from.columns[key];
      const dst = place[key];
      if (src === undefined || dst === undefined) continue;
      const v: CellValue = raw[src] ?? '';
      out[dst] = v === '' ? null : v;
    }
    rows.push(out);
  }
  return { ok: true, header, rows, added: rows.length, skipped };
}
