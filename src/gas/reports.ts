/**
 * The units' reports in Sheets: "Duyệt báo cáo…" (a dialog of the waiting reports, one click
 * each). The form they answer is made by ./reports-form.ts.
 */
import { type PendingReport, decideReports, pendingReports } from '../app/reports';
import { type Lang, t } from '../core/i18n';
import type { ReportDecision } from '../core/reports/plan';
import { runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showDialog } from './page';
import { refreshPorts_ } from './refresh';
import { activePorts } from './ports';

function pending_(lang: Lang): PendingReport[] {
  const { workbook, clock } = activePorts(lang);
  return pendingReports(workbook, clock.today(), lang);
}

/** Menu: Duyệt báo cáo… */
export function menuApproveReports(): void {
  const lang = userLang();
  runForUser(() => {
    const pending = pending_(lang);
    showDialog('approve-reports', { lang, data: { pending }, title: t(lang, 'reports.approve.title'), width: 760, height: 560 });
  }, lang);
}

/** The dialog's "Duyệt" on one report (its row in the report sheet). */
export function reportsApprove(row: number): { message: string; pending: PendingReport[] } {
  return decide_({ rows: [Number(row)] });
}

/** The dialog's "Từ chối" on one report. */
export function reportsReject(row: number): { message: string; pending: PendingReport[] } {
  return decide_({ reject: [Number(row)] });
}

function decide_(decision: ReportDecision): { message: string; pending: PendingReport[] } {
  return runForPage(() => {
    const lang = userLang();
    const r = decideReports(refreshPorts_(lang, false), decision, { lang });
    return { message: r.message, pending: r.pending };
  }, userLang);
}
