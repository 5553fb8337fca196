/**
 * The units' reports over the host ports: the approval dialog's list, approving or refusing
 * (a refresh that carries the coordinator's decision, so the same single read and single write
 * per sheet apply), and importing a form's CSV export.
 */
import { type CivilDate, formatDMY } from '../core/dates/civil';
import { type Lang, t } from '../core/i18n';
import { type Tracker, readTracker } from '../core/plan/read';
import { reportedStatusLabel } from '../core/reports/columns';
import { REPORTS_SHEET } from '../core/plan/reports-sheet';
import { type DocUnitReports, docUnitReports } from '../core/reports/doc';
import { planReportImport } from '../core/reports/import';
import { type JudgedReport, type ReportDecision, findReportsGrid, planReports } from '../core/reports/plan';
import { sheetsToRead } from '../core/refresh/plan';
import { sheetNamed } from '../core/plan/sheets';
import type { WorkbookPort } from '../ports';
import { type RefreshOptions, type RefreshPorts, refresh } from './refresh';

/** One waiting report as the "Duyệt báo cáo" dialog shows it. */
export interface PendingReport {
  row: number;
  taskId: string;
  title: string;
  email: string;
  date: string;
  status: string;
  percent: string;
  result: string;
  difficulties: string;
  proposals: string;
  /** `dd/mm/yyyy` of the requested deadline, and the current one. */
  newDue: string;
  dueBefore: string;
}

function pendingView(r: JudgedReport, lang: Lang): PendingReport {
  return {
    row: r.row, taskId: r.taskId, title: r.taskTitle, email: r.email, date: r.date ? formatDMY(r.date) : '',
    status: r.status ? reportedStatusLabel(r.status, lang) : '', percent: r.percent !== null ? `${Math.round(r.percent * 100)}%` : '',
    result: r.result, difficulties: r.difficulties, proposals: r.proposals,
    newDue: r.newDue ? formatDMY(r.newDue) : '', dueBefore: r.dueBefore ? formatDMY(r.dueBefore) : '',
  };
}

/** The reports waiting for approval (one read of the tracker sheets, nothing written). */
export function pendingReports(workbook: WorkbookPort, today: CivilDate, lang: Lang): PendingReport[] {
  const names = sheetsToRead(workbook.sheetNames());
  const grids = names.length ? workbook.readGrids(names) : [];
  if (!findReportsGrid(grids)) return [];
  const tracker = readTracker(grids);
  return planReports(grids, tracker, today, lang).reports.filter((r) => r.verdict === 'pending').map((r) => pendingView(r, lang));
}

export interface DecideResult {
  ok: boolean;
  approved: number;
  rejected: number;
  message: string;
  /** What still waits, for the dialog to redraw. */
  pending: PendingReport[];
}

/** Approves or refuses waiting reports, then writes everything a refresh writes. */
export function decideReports(ports: RefreshPorts, decision: ReportDecision, opts: RefreshOptions = {}): DecideResult {
  const lang = opts.lang ?? 'vi';
  const r = refresh(ports, { ...opts, reports: decision });
  if (!r.ok) return { ok: false, approved: 0, rejected: 0, message: r.message, pending: [] };
  const now = r.plan.reports.reports.filter((x) => x.now);
  const approved = now.filter((x) => x.verdict === 'approved').length;
  const rejected = now.filter((x) => x.verdict === 'rejected').length;
  const parts: string[] = [];
  if (approved) parts.push(t(lang, 'reports.approve.done', { count: approved }));
  if (rejected) parts.push(t(lang, 'reports.approve.rejected', { count: rejected }));
  if (!parts.length) parts.push(t(lang, 'reports.approve.nothing'));
  const pending = r.plan.reports.reports.filter((x) => x.verdict === 'pending').map((x) => pendingView(x, lang));
  return { ok: true, approved, rejected, message: parts.join(' '), pending };
}

export interface ImportResult {
  ok: boolean;
  sheet: string;
  added: number;
  skipped: number;
}

/** Appends a form export's answers to the report sheet (created with the form's header when missing). */
export function importReports(workbook: WorkbookPort, csv: string[][], lang: Lang = 'vi'): ImportResult {
  const name = sheetNamed(workbook.sheetNames(), REPORTS_SHEET) ?? (lang === 'en' ? REPORTS_SHEET.en : REPORTS_SHEET.vi);
  const existing = workbook.sheetNames().includes(name) ? workbook.readGrids([name])[0] : undefined;
  const plan = planReportImport(existing, csv);
  if (!plan.ok) return { ok: false, sheet: name, added: 0, skipped: 0 };
  const rows = plan.header ? [plan.header, ...plan.rows] : plan.rows;
  if (rows.length) workbook.appendRows(name, rows);
  return { ok: true, sheet: name, added: plan.added, skipped: plan.skipped };
}

/** The units' reports for the progress report document: one more read, only when the sheet exists. */
export function unitReportsForDoc(workbook: WorkbookPort, tracker: Tracker, today: CivilDate, lang: Lang): DocUnitReports | undefined {
  const name = sheetNamed(workbook.sheetNames(), REPORTS_SHEET);
  if (!name) return undefined;
  return docUnitReports(planReports(workbook.readGrids([name]), tracker, today, lang).reports);
}
