/**
 * Entry points of the tracked schedule: the menu's "Cập nhật tiến độ" and "Chốt kế hoạch", the
 * `onEdit` simple trigger, and the daily refresh.
 *
 * The daily trigger: an add-on may keep one time-driven trigger per user per document
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions), and
 * other features want a morning run too. So there is one daily trigger per document: installing
 * looks for any time-driven trigger of this document first and never adds a second. Its handler
 * (here `dailyRefresh`, or a shared one) calls `runDaily` from src/app/refresh.ts first, then
 * reuses the schedule it returns.
 */
import { existingBaseline, freezePlan } from '../app/baseline';
import { type RefreshPorts, type RefreshResult, refresh, runDaily } from '../app/refresh';
import { type Lang, t } from '../core/i18n';
import { EDIT_HEADER_SCAN, editLayout, isTaskSheet, mayStamp, stampsForEdit } from '../core/schedule/on-edit';
import { toCell, toSheetValue } from './cells';
import { runForUser } from './errors';
import { userLang } from './menu';
import { GasClock, GasLock, GasProgress, GasStore } from './services';
import { GasWorkbook, refusalMessages } from './workbook';
import { Fingerprints } from './fingerprint';

/** The ports of one run in the active spreadsheet; `progress` only where someone is watching. */
export function refreshPorts_(lang: Lang, withProgress: boolean): RefreshPorts {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // One properties handle for the layout version and the fingerprints of what was written.
  const store = new GasStore(lang);
  const workbook = new GasWorkbook(ss, new Fingerprints(store));
  return {
    workbook,
    lock: new GasLock(),
    clock: new GasClock(ss, undefined, () => workbook.timeZone()),
    // A refresh is short: its first line at once, a later one only after a few seconds.
    progress: withProgress ? new GasProgress(ss, lang, 5_000) : undefined,
    store,
  };
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
      const answer = ui.alert(t(lang, 'schedule.baselineConfirm', { date: existing.frozenOnText || '—' }), ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return;
    }
    tell_(freezePlan(ports, { lang }), lang);
  }, lang);
}

/** True when this run may use every scope (a trigger keeps firing after an update that needs more). */
function authorized_(): boolean {
  try {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
  } catch {
    return false;
  }
}

/** Time-driven trigger handler: a refresh with nobody watching (no toast, no dialog). */
export function dailyRefresh(): void {
  if (!authorized_()) return;
  try {
    const ports = refreshPorts_('vi', false);
    const r = runDaily(ports);
    if (!r.ok) console.log(r.message);
    for (const m of refusalMessages((ports.workbook as GasWorkbook).refusals, 'vi')) console.warn(m);
  } catch (e) {
    // Nobody to tell: the execution log keeps it.
    console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  }
}

/**
 * Installs the document's daily trigger for `handler` at about `hour` o'clock, unless this
 * document already has a time-driven trigger of this user (whatever its handler).
 * Returns whether one was installed.
 */
export function ensureDailyTrigger_(handler: string, hour: number): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const clock = ScriptApp.EventType.CLOCK;
  const existing = ScriptApp.getUserTriggers(ss).some((tr) => tr.getEventType() === clock);
  if (existing) return false;
  ScriptApp.newTrigger(handler).timeBased().atHour(Math.max(0, Math.min(23, Math.floor(hour)))).everyDays(1).create();
  return true;
}

/** Menu (where the lead places it): turn on the daily refresh of this document. */
export function menuDailyRefresh(): void {
  const lang = userLang();
  runForUser(() => {
    const ports = refreshPorts_(lang, false);
    // The hour of the reminders, so the sheet is fresh when the e-mails are written.
    const settings = refresh(ports, { lang });
    const hour = settings.ok ? settings.plan.workbook.settings.reminderHour : 7;
    const installed = ensureDailyTrigger_('dailyRefresh', Math.max(0, hour - 1));
    SpreadsheetApp.getUi().alert(installed ? t(lang, 'schedule.dailyInstalled', { hour: Math.max(0, hour - 1) }) : t(lang, 'schedule.dailyExists'));
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
    const today = new GasClock(ss).today();
    for (const s of stampsForEdit({ row, column: range.getColumn(), value: e.value }, layout, current, today)) {
      sheet.getRange(s.row, s.column).setValue(toSheetValue(s.value, tz)).setNumberFormat(s.numberFormat);
    }
  } catch (err) {
    // Typing must never be interrupted by an error box; the log keeps the reason.
    console.error(err instanceof Error ? err.message : String(err));
  }
}
