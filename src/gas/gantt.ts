/**
 * "Biểu đồ Gantt": draws the `Gantt` sheet, then opens the interactive chart in a large modeless
 * dialog (the user keeps working in the sheet while it is open). The dialog receives the layout
 * computed from the same read as its page data; it asks `ganttData()` only when the user reloads
 * it, and calls `ganttSelectRow(row)` when a bar is clicked.
 *
 * Every path reads the tracker sheets once and writes the Gantt sheet with a fixed number of
 * calls (see GasWorkbook): the same for 100 tasks or 5 000.
 */
import { type GanttResult, drawGantt, ganttView } from '../app/gantt';
import type { GanttLayout } from '../core/gantt/model';
import { t } from '../core/i18n';
import { TASKS_SHEET } from '../core/plan/columns';
import { sheetNamed } from '../core/plan/sheets';
import { UserError, runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { pageOutput } from './page';
import { activePorts } from './ports';

/** The dialog's size: large enough for a season of weeks beside the task names. */
const DIALOG = { width: 1200, height: 700 };

/** The chart of a successful run; a failed one becomes the message the user reads. */
function drawn(r: GanttResult): Extract<GanttResult, { ok: true }> {
  if (!r.ok) throw new UserError(r.message);
  return r;
}

/** Menu "Biểu đồ Gantt". */
export function menuGantt(): void {
  const lang = userLang();
  runForUser(() => {
    const { ss, workbook, clock, lock } = activePorts(lang);
    // The sheet is written in the plan's language; the dialog speaks the user's.
    const r = drawn(drawGantt({ workbook, clock, lock }, { lang }));
    // The drawn sheet behind the dialog: the user sees both.
    ss.getSheetByName(r.output.sheet)?.activate();
    const title = t(lang, 'gantt.dialogTitle', { plan: r.planName });
    // The dialog gets the layout with the page: it never reads the sheets a second time.
    const html = pageOutput('gantt', { lang, title, data: r.layout }).setWidth(DIALOG.width).setHeight(DIALOG.height);
    SpreadsheetApp.getUi().showModelessDialog(html, title);
  }, lang);
}

/** The dialog's data: the layout in the user's language, dates as ISO strings (`YYYY-MM-DD`). */
export function ganttData(): GanttLayout {
  const lang = userLang();
  return runForPage(() => drawn(ganttView(activePorts(lang), { lang })).layout, lang);
}

/** A bar was clicked: select that task's row on the task sheet (which becomes the active sheet). */
export function ganttSelectRow(row: number): void {
  const lang = userLang();
  runForPage(() => {
    const { ss, workbook } = activePorts(lang);
    const name = sheetNamed(workbook.sheetNames(), TASKS_SHEET);
    if (!name) throw new UserError(t(lang, 'gantt.noTaskSheet'));
    const sheet = ss.getSheetByName(name);
    const r = Number(row);
    if (!sheet || !Number.isInteger(r) || r < 1 || r > sheet.getMaxRows()) {
      throw new UserError(t(lang, 'gantt.badRow', { row: String(row), sheet: name }));
    }
    sheet.getRange(r, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  }, lang);
}
