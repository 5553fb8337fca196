/**
 * Reminders in Sheets: the preview dialog, "send now" from it, turning the daily trigger on and
 * off, and the trigger's handler. The handler is the document's ONE daily run: it refreshes the
 * schedule first (src/app/refresh.ts), then sends the reminders, so an add-on's single
 * time-driven trigger per document does both.
 *
 * Triggers keep firing after an update that needs new authorization, so both enabling and the
 * handler check `ScriptApp.getAuthorizationInfo` first.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
import { runReminders } from '../app/remind';
import { runDaily } from '../app/refresh';
import { type Lang, t } from '../core/i18n';
import { SETTINGS_SHEET } from '../core/plan/columns';
import { pickSheets } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { type RemindReport } from '../core/remind/report';
import { withDocumentLock } from './doc-lock';
import { runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showDialog } from './page';
import { authorizationNeeded } from './authorization';
import { type GasPorts, activePorts, gasPorts } from './ports';
import type { GasStore } from './services';

// Only functions are exported from this module: every export of main.ts becomes a top-level
// function of build/Code.js.
/** The trigger's handler (a top-level function of build/Code.js). */
const DAILY_HANDLER = 'dailyReminders';
/**
 * Handlers a daily trigger of this document may carry: today's, and those earlier versions installed
 * (no longer entry points, so a leftover one would fail every morning); enabling or turning off
 * replaces or removes them all.
 */
const DAILY_HANDLERS = [DAILY_HANDLER, 'dailyRefresh', 'runDaily'];
/** Document property holding the trigger's unique id. */
const TRIGGER_ID_KEY = 'tiendo.reminders.triggerId';
/** The hour the installed trigger fires at (a Trigger does not tell it back). */
const TRIGGER_HOUR_KEY = 'tiendo.reminders.triggerHour';
/** Apps Script stops a run at 6 minutes; sending stops well before, with everything logged. */
const TIME_BUDGET_MS = 270_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * What the reminders use of a run's ports. They write only their log (appended row by row, its
 * sheet made once): no fingerprints of structure to keep, so no property round trips for them.
 */
function reminderPorts(lang: Lang, withProgress = true) {
  return pickReminderPorts(activePorts(lang, { fingerprints: false }), withProgress);
}

function pickReminderPorts(p: GasPorts, withProgress: boolean) {
  const { workbook, clock, mail, lock, progress } = p;
  return { workbook, clock, mail, lock, ...(withProgress ? { progress } : {}) };
}

/** "Xem trước nhắc việc…": a dry run shown in a dialog; nothing is sent or written. */
export function menuPreviewReminders(): void {
  runForUser(() => {
    const lang = userLang();
    const report = runReminders(reminderPorts(lang, false), { dryRun: true, timeBudgetMs: TIME_BUDGET_MS, lang });
    showDialog('reminders', { lang, data: report, title: t(lang, 'ui.reminders.title'), width: 760, height: 560 });
  }, userLang);
}

/** The dialog's "Gửi ngay": the real run (mails already sent today are skipped). */
export function remindersSendNow(): RemindReport {
  return runForPage(() => {
    const lang = userLang();
    return runReminders(reminderPorts(lang), { dryRun: false, timeBudgetMs: TIME_BUDGET_MS, lang });
  }, userLang);
}

/**
 * This document's daily trigger(s) of this user: the one whose id we stored, and any other daily
 * trigger of this document (an add-on gets one time-driven trigger per document, and the daily
 * run does everyone's work).
 *
 * Where they are listed differs (https://developers.google.com/apps-script/reference/script/script-app):
 * - in an add-on, getUserTriggers(ss) lists this document's triggers, time-driven ones included,
 *   while getProjectTriggers() also holds the user's triggers of OTHER documents: from there only
 *   the stored id is taken;
 * - in a script bound to the sheet, getUserTriggers(ss) does not return time-driven triggers (their
 *   source is CLOCK, not the sheet); the project is this sheet's alone, so its daily handlers are.
 */
function dailyTriggers(ss: Spreadsheet, store: GasStore): GoogleAppsScript.Script.Trigger[] {
  const id = store.get(TRIGGER_ID_KEY);
  const clock = ScriptApp.EventType.CLOCK;
  const bound = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
  const found = new Map<string, GoogleAppsScript.Script.Trigger>();
  for (const tr of ScriptApp.getUserTriggers(ss)) {
    if (tr.getUniqueId() === id || DAILY_HANDLERS.includes(tr.getHandlerFunction()) || tr.getEventType() === clock) found.set(tr.getUniqueId(), tr);
  }
  for (const tr of ScriptApp.getProjectTriggers()) {
    const daily = DAILY_HANDLERS.includes(tr.getHandlerFunction()) && tr.getEventType() === clock;
    if (tr.getUniqueId() === id || (bound && daily)) found.set(tr.getUniqueId(), tr);
  }
  return [...found.values()];
}

function reminderHour(wb: GasPorts['workbook']): number {
  const names = pickSheets(wb.sheetNames(), [SETTINGS_SHEET]);
  return readTracker(names.length ? wb.readGrids(names) : []).settings.reminderHour;
}

function installDaily_(ss: Spreadsheet, store: GasStore, hour: number): void {
  const trigger = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(ss.getSpreadsheetTimeZone()).create();
  store.set(TRIGGER_ID_KEY, trigger.getUniqueId());
  store.set(TRIGGER_HOUR_KEY, String(hour));
}

/**
 * After "Cài đặt…" saves a new reminder hour, the installed daily trigger moves with it (a
 * trigger's hour cannot be changed, so it is replaced). Nothing happens when reminders are off
 * or the hour is the same. Returns whether the trigger moved.
 */
export function followReminderHour_(hour: number): boolean {
  const { ss, store } = activePorts(userLang());
  if (store.get(TRIGGER_ID_KEY) === null || store.get(TRIGGER_HOUR_KEY) === String(hour)) return false;
  const found = dailyTriggers(ss, store);
  if (!found.length) return false;
  for (const old of found) ScriptApp.deleteTrigger(old);
  installDaily_(ss, store, hour);
  return true;
}

/** "Bật nhắc việc tự động": exactly one daily trigger for this document, at the set hour. */
export function menuEnableReminders(): void {
  runForUser(() => {
    const lang = userLang();
    const ui = SpreadsheetApp.getUi();
    const url = authorizationNeeded();
    if (url !== null) {
      ui.alert(t(lang, 'remind.trigger.needAuth', { url }));
      return;
    }
    const { ss, store, workbook } = activePorts(lang);
    // Two clicks (or two editors) at once would each install a trigger.
    const hour = withDocumentLock(lang, () => {
      const h = reminderHour(workbook);
      // Re-enabling replaces the trigger (the hour may have changed): never a second one.
      for (const old of dailyTriggers(ss, store)) ScriptApp.deleteTrigger(old);
      installDaily_(ss, store, h);
      return h;
    });
    ui.alert(t(lang, 'remind.trigger.enabled', { hour, next: (hour + 1) % 24 }));
  }, userLang);
}

/** "Tắt nhắc việc tự động". */
export function menuDisableReminders(): void {
  runForUser(() => {
    const lang = userLang();
    const { ss, store } = activePorts(lang);
    const found = withDocumentLock(lang, () => {
      const list = dailyTriggers(ss, store);
      for (const old of list) ScriptApp.deleteTrigger(old);
      store.delete(TRIGGER_ID_KEY);
      store.delete(TRIGGER_HOUR_KEY);
      return list;
    });
    SpreadsheetApp.getUi().alert(t(lang, found.length ? 'remind.trigger.disabled' : 'remind.trigger.notEnabled'));
  }, userLang);
}

/**
 * The daily trigger: refresh, then reminders. No UI here: failures go to the execution log, and
 * what was sent (or deferred) is in the `Nhật ký nhắc việc` sheet and the coordinator's summary.
 */
export function dailyReminders(_e?: GoogleAppsScript.Events.TimeDriven): RemindReport | null {
  if (authorizationNeeded() !== null) {
    console.warn('Tiến độ: authorization required; daily refresh and reminders skipped.');
    return null;
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return null;
  const lang: Lang = 'vi';
  // One clock for the whole run: the refresh's time counts against the reminders' budget. One
  // workbook too: the reminders read the sheets from what the refresh read (and wrote), not again.
  // And one document lock, asked for once: the refresh releases it before the reminders take it.
  const ports = gasPorts(ss, lang);
  const { workbook, lock, clock, store } = ports;
  try {
    runDaily({ workbook, lock, clock, store }, { lang });
  } catch (e) {
    // A failed refresh must not cost anyone their reminder: the reminders compute their own schedule.
    console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  }
  const report = runReminders(pickReminderPorts(ports, false), { dryRun: false, timeBudgetMs: TIME_BUDGET_MS, lang, lockWaitMs: 30_000 });
  console.log(report.messages.join(' '));
  return report;
}
