/**
 * The add-on menu. Built in onOpen, which may run in AuthMode.NONE: it reads nothing but the
 * user's locale (allowed there) and calls no other service.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
import { type Lang, langFromLocale, t } from '../core/i18n';

/** Menu entries → the names of the top-level functions they call (exported from main.ts). */
export const MENU = [
  ['menu.setup', 'menuSetup'],
  ['menu.import', 'menuImport'],
  ['menu.refresh', 'menuRefresh'],
  ['menu.gantt', 'menuGantt'],
  ['menu.baseline', 'menuBaseline'],
  null,
  ['menu.previewReminders', 'menuPreviewReminders'],
  ['menu.enableReminders', 'menuEnableReminders'],
  ['menu.disableReminders', 'menuDisableReminders'],
  null,
  // Units' reports (src/gas/reports.ts).
  ['menu.reportForm', 'menuReportForm'],
  ['menu.approveReports', 'menuApproveReports'],
  null,
  { sub: 'menu.docs', items: [['menu.docPlan', 'menuDocPlan'], ['menu.docReport', 'menuDocReport'], ['menu.docMerge', 'menuDocMerge']] },
  null,
  ['menu.settings', 'menuSettings'],
  ['menu.help', 'menuHelp'],
  ['workspace.check.title', 'menuCheckInstall'],
] as const;

export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'vi';
  }
}

export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item === null) menu.addSeparator();
    else if ('sub' in item) {
      const sub = ui.createMenu(t(lang, item.sub));
      for (const [label, fn] of item.items) sub.addItem(t(lang, label), fn);
      menu.addSubMenu(sub);
    } else menu.addItem(t(lang, item[0]), item[1]);
  }
  menu.addToUi();
}
