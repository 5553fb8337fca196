/**
 * "Cài đặt…": the settings sidebar and its two server functions.
 */
import { followReminderHour_ } from './remind';
import { type SaveResult, type SettingsView, loadSettings, saveSettings } from '../app/settings';
import { t } from '../core/i18n';
import { withDocumentLock } from './doc-lock';
import { runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showSidebar } from './page';
import { activePorts } from './ports';

/** Menu: Cài đặt…  The sidebar opens with the settings already read (no round trip). */
export function menuSettings(): void {
  const lang = userLang();
  runForUser(() => {
    const data = loadSettings(activePorts(lang).workbook, lang);
    showSidebar('settings', { lang, data, title: t(lang, 'ui.settings.title') });
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
