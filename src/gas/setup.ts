/**
 * Entry points of the first run and of the pages everyone meets: "Thiết lập bảng theo dõi",
 * "Cài đặt…" (the settings sidebar and its two server functions) and "Hướng dẫn".
 */
import { followReminderHour_ } from './reminders';
import { SETTINGS_PAGE_STRINGS, type SaveResult, type SettingsView, loadSettings, saveSettings } from '../app/settings';
import { runSetup } from '../app/setup';
import { type Lang, t } from '../core/i18n';
import { HELP_STRINGS, helpData } from '../core/help/content';
import { type SamplePlan, shiftSample } from '../core/plan/setup';
import { withDocumentLock } from './doc-lock';
import { runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showDialog, showSidebar } from './page';
import { activePorts, gasPorts } from './ports';
import { loadSample } from './sample';
import { SAMPLE_TODAY } from '../core/sample/today';

function askForSample_(lang: Lang, today: () => string): SamplePlan | null | 'cancel' {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(t(lang, 'ui.setup.title'), t(lang, 'ui.setup.askSample'), ui.ButtonSet.YES_NO_CANCEL);
  if (answer === ui.Button.YES) return shiftSample(loadSample(lang), SAMPLE_TODAY, today());
  if (answer === ui.Button.NO) return null;
  return 'cancel';
}

/** Menu: Thiết lập bảng theo dõi. Creates or repairs the tracker sheets; never overwrites data. */
export function menuSetup(): void {
  const lang = userLang();
  runForUser(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ui = SpreadsheetApp.getUi();
    const { lock, clock, workbook, store, progress } = gasPorts(ss, lang);
    if (!lock.tryLock(10_000)) {
      ui.alert(t(lang, 'ui.setup.busy'));
      return;
    }
    try {
      const result = runSetup(workbook, store, progress, {
        lang,
        sample: (firstRun) => (firstRun ? askForSample_(lang, () => clock.today()) : null),
      });
      if (!result) return;
      // Instructions as notes on the header of each sheet created (a few calls, not per row).
      for (const n of result.notes) ss.getSheetByName(n.sheet)?.getRange(n.row, n.col).setNote(n.text);
      const created = result.report?.created ?? [];
      if (created.length) {
        const first = ss.getSheetByName(created[0]);
        if (first) ss.setActiveSheet(first);
      }
      const next = result.report ? ['', t(lang, 'ui.setup.next')] : [];
      ui.alert(t(lang, 'ui.setup.done'), [...result.summary, ...next].join('\n'), ui.ButtonSet.OK);
    } finally {
      lock.release();
    }
  }, lang);
}

/** Menu: Cài đặt…  The sidebar opens with the settings already read (no round trip). */
export function menuSettings(): void {
  const lang = userLang();
  runForUser(() => {
    const data = loadSettings(activePorts(lang).workbook, lang);
    showSidebar('settings', { lang, strings: SETTINGS_PAGE_STRINGS, data, title: t(lang, 'ui.settings.title') });
  }, lang);
}

/** Menu: Hướng dẫn. A modeless dialog, so the user can read it next to the sheet. */
export function menuHelp(): void {
  const lang = userLang();
  runForUser(() => {
    showDialog('help', { lang, strings: HELP_STRINGS, data: helpData(lang), title: t(lang, 'ui.help.title'), width: 760, height: 600, modeless: true });
  }, lang);
}

/** Sidebar: the settings as the form shows them. */
export function settingsLoad(): SettingsView {
  return runForPage(() => {
    const lang = userLang();
    return loadSettings(activePorts(lang).workbook, lang);
  }, userLang);
}

/** Sidebar: checks the form again (a page can be stale or altered) and saves it in one write. */
export function settingsSave(values: Record<string, string>): SaveResult {
  return runForPage(() => withDocumentLock(userLang(), () => {
    const lang = userLang();
    const r = saveSettings(activePorts(lang).workbook, values, lang);
    // A new reminder hour moves the installed daily trigger too, or the change would do nothing.
    if (r.ok) followReminderHour_(parseInt(r.view.form.reminderHour, 10));
    return r;
  }), userLang);
}
