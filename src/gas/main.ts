/**
 * The add-on's entry points, by name: every export here, and nothing else, becomes a top-level
 * function of build/Code.js (see scripts/build.mjs), so this file is the table of contents of
 * what Google Sheets can call. tests/gas/contract.test.ts checks that Code.js declares exactly
 * these and that each one is called by the menu, a page, or a trigger.
 * Nothing here runs at load time.
 */
import { buildMenu, userLang } from './menu';

// Simple triggers (https://developers.google.com/apps-script/guides/triggers).

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi(), userLang());
}

/** Editor add-on convention: installing behaves like opening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export { onEdit } from './refresh';

// The menu (MENU in ./menu), in its order. What comes from ./lazy runs code loaded only when
// called: the importer and the documents (build/features.html, see ./lazy.ts).
export { menuSetup } from './lazy';
export { menuImport } from './lazy';
export { menuRefresh } from './refresh';
export { menuGantt } from './gantt';
export { menuBaseline } from './refresh';
export { menuPreviewReminders, menuEnableReminders, menuDisableReminders } from './remind';
export { menuReportForm } from './lazy';
export { menuApproveReports } from './reports';
export { menuDocPlan, menuDocReport, menuDocMerge } from './lazy';
export { menuSettings } from './settings';
export { menuHelp } from './lazy';
export { menuCheckInstall } from './lazy';

// Calls from the pages (google.script.run, through src/ui/client/run.ts).
export { settingsLoad, settingsSave } from './settings';
export { ganttData, ganttSelectRow } from './gantt';
export { remindersSendNow } from './remind';
export { docMergeRun, docSavePdf } from './lazy';
export { importPreview, importPreviewFile, importApply } from './lazy';
export { reportsApprove, reportsReject } from './reports';

// The installed time-driven trigger (one per document, see ./reminders).
export { dailyReminders } from './remind';
