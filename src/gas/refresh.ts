/**
 * Entry points of the tracked schedule: the menu's "Cập nhật tiến độ" and "Chốt kế hoạch", and
 * the `onEdit` simple trigger. The daily refresh runs in the document's one daily trigger,
 * `dailyReminders` (./reminders), before the reminders.
 */
import { existingBaseline, freezePlan } from '../app/baseline';
import { type RefreshPorts, type RefreshResult, refresh } from '../app/refresh';
import { type Lang, t } from '../core/i18n';
import { EDIT_HEADER_SCAN, editLayout, isTaskSheet, mayStamp, stampsForEdit } from '../core/schedule/on-edit';
import { toCell, toSheetValue } from './cells';
import { runForUser } from './errors';
import { userLang } from './menu';
import { GasWorkbook } from './workbook';
import { refusalMessages } from './write-refusals';
import { activePorts, gasPorts } from './ports';

/** The ports of one run in the active spreadsheet; `progress` only where someone is watching. */
export function refreshPorts_(lang: Lang, withProgress: boolean): RefreshPorts {
  // A refresh is short: its first line at once, a later one only after a few seconds.
  const { workbook, lock, clock, progress, store } = activePorts(lang, { progressGapMs: 5_000 });
  return { workbook, lock, clock, progress: withProgress ? progress : undefined, store };
}

function tell_(r: RefreshResult, lang: Lang): void {
  // Busy is worth an alert (nothing happened); a finished refresh only a toast (the sheet shows it).
  if (!r.ok) SpreadsheetApp.getUi().alert(r.message);
  else SpreadsheetApp.getActiveSpreadsheet().toast(r.message, t(lang, 'app.name'), 15);
}

/** What Google refused to let this account write (protected ranges, merged cells), said once after the run. */
function tellRefusals_(ports: RefreshPorts, lang: Lang): void {
  const messages = refusalMessages((ports.workbook as GasWorkbook).refusals, lang);
  if (messages.length) SpreadsheetApp.getUi().alert(messages.join('\n\n'));
}

/** Menu: Cập nhật tiến độ. */
export function menuRefresh(): void {
  const lang = userLang();
  runForUser(() => {
    const ports = refreshPorts_(lang, true);
    tell_(refresh(ports, { lang }), lang);
    tellRefusals_(ports, lang);
  }, lang);
}

/** Menu: Chốt kế hoạch. Asks before replacing an existing baseline. */
export function menuBaseline(): void {
  const lang = userLang();
  runForUser(() => {
    const ports = refreshPorts_(lang, true);
    const existing = existingBaseline(ports);
    if (existing.exists) {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(t(lang, 'refresh.baselineConfirm', { date: existing.frozenOnText || '—' }), ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return;
    }
    tell_(freezePlan(ports, { lang }), lang);
  }, lang);
}

/**
 * Simple trigger. Runs on every edit with 30 s, so it decides from `e.value` alone (no call)
 * whether the edit can matter: only a single cell set to "Hoàn thành" or 100 % reads anything.
 * https://developers.google.com/apps-script/guides/triggers/events#edit
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // e.value is present only when a single cell was edited.
  if (!e || !e.range || e.value === undefined || !mayStamp(e.value)) return;
  try {
    const range = e.range;
    const sheet = range.getSheet();
    if (!isTaskSheet(sheet.getName())) return;
    const row = range.getRow();
    const width = sheet.getLastColumn();
    if (width < 1 || row < 2) return;
    const ss = e.source;
    const tz = ss.getSpreadsheetTimeZone();
    // The header zone, and the edited row when it lies below it: at most two reads.
    const top = sheet.getRange(1, 1, Math.min(EDIT_HEADER_SCAN, row), width).getValues().map((r) => r.map((v) => toCell(v, tz)));
    const layout = editLayout(top);
    if (!layout) return;
    const current = row <= top.length ? top[row - 1] : sheet.getRange(row, 1, 1, width).getValues()[0].map((v) => toCell(v, tz));
    // Only the clock is used: no text is shown, so the language does not matter.
    const today = gasPorts(ss, 'vi').clock.today();
    for (const s of stampsForEdit({ row, column: range.getColumn(), value: e.value }, layout, current, today)) {
      sheet.getRange(s.row, s.column).setValue(toSheetValue(s.value, tz)).setNumberFormat(s.numberFormat);
    }
  } catch (err) {
    // Typing must never be interrupted by an error box; the log keeps the reason.
    console.error(err instanceof Error ? err.message : String(err));
  }
}
