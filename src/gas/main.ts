/**
 * Entry points of the Apps Script bundle. Every export becomes a top-level function in
 * build/Code.js (see scripts/build.mjs). Nothing here runs at load time.
 */
import { buildMenu, userLang } from './menu';

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi(), userLang());
}

/** Editor add-on convention: installing behaves like opening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export * from './docs';
export * from './schedule';
export * from './reminders';
export * from './setup';
export * from './gantt';
export * from './import';
export * from './reports';
export { menuCheckInstall } from './check';
