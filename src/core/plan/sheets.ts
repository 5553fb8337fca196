/**
 * Which of a workbook's sheets a command reads, from their names alone (before any read): one
 * rule for every command and both hosts. A sheet is known by any of its names in any language,
 * spelled loosely (`matchSheet`); where two sheets answer to the same one, the first is taken.
 */
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, type SheetDef, TASKS_SHEET, matchSheet } from './columns';

/** A sheet by its definition, or by a test on its name (the log, the baseline). */
export type SheetWanted = SheetDef | ((name: string) => boolean);

/** The tracker's own sheets, in the order they are read. */
export const TRACKER_SHEETS: readonly SheetDef[] = [TASKS_SHEET, PEOPLE_SHEET, HOLIDAYS_SHEET, SETTINGS_SHEET];

/** The name of the sheet that is `wanted`, if the workbook has one. */
export function sheetNamed(names: ReadonlyArray<string>, wanted: SheetWanted): string | undefined {
  return names.find(typeof wanted === 'function' ? wanted : (n) => matchSheet(n, wanted));
}

/** The names of the wanted sheets the workbook has, one each, in the order asked. */
export function pickSheets(names: ReadonlyArray<string>, wanted: ReadonlyArray<SheetWanted>): string[] {
  const picked: string[] = [];
  for (const w of wanted) {
    const name = sheetNamed(names, w);
    if (name !== undefined && !picked.includes(name)) picked.push(name);
  }
  return picked;
}
