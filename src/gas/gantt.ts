/**
 * "Biểu đồ Gantt": draws the `Gantt` sheet, then opens the interactive chart in a large modeless
 * dialog (the user keeps working in the sheet while it is open). The dialog receives the layout
 * computed from the same read as its page data; it asks `ganttData()` only when the user reloads
 * it, and calls `ganttSelectRow(row)` when a bar is clicked.
 *
 * Every path reads the tracker sheets once and writes the Gantt sheet with a fixed number of
 * calls (see GasWorkbook): the same for 100 tasks or 5 000.
 */
import type { GanttLayout } from '../core/gantt/model';
import { ganttLayoutFor, ganttOutputs } from '../core/gantt/outputs';
import { type Lang, t } from '../core/i18n';
import { TASKS_SHEET, matchSheet } from '../core/plan/columns';
import { type Workbook, readWorkbook } from '../core/plan/read';
import { computeSchedule } from '../core/schedule/compute';
import { sheetsToRead } from '../core/schedule/outputs';
import { attachReportsFromGrids } from '../core/reports/plan';
import type { Schedule } from '../core/schedule/types';
import { UserError, runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { pageOutput } from './page';
import { GasClock, GasLock } from './services';
import { GasWorkbook } from './workbook';

/** The dialog's size: large enough for a season of weeks beside the task names. */
const DIALOG = { width: 1200, height: 700 };
const LOCK_WAIT_MS = 5_000;

interface Plan {
  workbook: Workbook;
  schedule: Schedule;
  tasksSheet: string;
}

function readPlan(wb: GasWorkbook, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): Plan {
  const names = sheetsToRead(wb.sheetNames());
  if (!names.some((n) => matchSheet(n, TASKS_SHEET))) throw new UserError(t(lang, 'gantt.noTaskSheet'));
  const grids = wb.readGrids(names);
  const workbook = readWorkbook(grids);
  const schedule = computeSchedule(workbook, new GasClock(ss, undefined, () => wb.timeZone()).today());
  attachReportsFromGrids(grids, workbook, schedule, lang);
  return { workbook, schedule, tasksSheet: workbook.layouts.tasks?.name ?? TASKS_SHEET.vi };
}

/** Menu "Biểu đồ Gantt". */
export function menuGantt(): void {
  const lang = userLang();
  runForUser(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const lock = new GasLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(t(lang, 'schedule.lockBusy'));
    let planName: string;
    let sheet: string;
    let layout: GanttLayout;
    try {
      const wb = new GasWorkbook(ss);
      const plan = readPlan(wb, ss, lang);
      planName = plan.workbook.settings.planName;
      // The dialog gets the layout with the page: it never reads the sheets a second time.
      layout = ganttLayoutFor(plan.schedule, plan.workbook.settings, { lang, tasksSheet: plan.tasksSheet });
      const outputs = ganttOutputs(plan.schedule, plan.workbook.settings, { tasksSheet: plan.tasksSheet });
      for (const out of outputs) wb.write(out);
      sheet = outputs[0].sheet;
    } finally {
      lock.release();
    }
    // The drawn sheet behind the dialog: the user sees both.
    ss.getSheetByName(sheet)?.activate();
    const title = t(lang, 'gantt.dialogTitle', { plan: planName });
    const html = pageOutput('gantt', { lang, title, data: layout }).setWidth(DIALOG.width).setHeight(DIALOG.height);
    SpreadsheetApp.getUi().showModelessDialog(html, title);
  }, lang);
}

/** The dialog's data: the layout in the user's language, dates as ISO strings (`YYYY-MM-DD`). */
export function ganttData(): GanttLayout {
  const lang = userLang();
  return runForPage(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plan = readPlan(new GasWorkbook(ss), ss, lang);
    return ganttLayoutFor(plan.schedule, plan.workbook.settings, { lang, tasksSheet: plan.tasksSheet });
  }, lang);
}

/** A bar was clicked: select that task's row on the task sheet (which becomes the active sheet). */
export function ganttSelectRow(row: number): void {
  const lang = userLang();
  runForPage(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const name = new GasWorkbook(ss).sheetNames().find((n) => matchSheet(n, TASKS_SHEET));
    if (!name) throw new UserError(t(lang, 'gantt.noTaskSheet'));
    const sheet = ss.getSheetByName(name);
    const r = Number(row);
    if (!sheet || !Number.isInteger(r) || r < 1 || r > sheet.getMaxRows()) {
      throw new UserError(t(lang, 'gantt.badRow', { row: String(row), sheet: name }));
    }
    sheet.getRange(r, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  }, lang);
}
