/**
 * The settings sidebar's use-cases: read the `Cài đặt` and `Nhân sự` sheets once, show every
 * setting as form text; check a submitted form with the same schema the page used, and save it
 * to `Cài đặt` in one write.
 */
import type { WorkbookPort } from '../ports';
import { PEOPLE_SHEET, SETTINGS_SHEET } from '../core/plan/columns';
import { readTracker } from '../core/plan/read';
import type { SheetGrid } from '../core/sheet/grid';
import { pickSheets } from '../core/plan/sheets';
import { type FieldErrors, type FieldMessage, type SettingKey, type SettingsForm, toForm, validateSettingsForm } from '../core/plan/settings-form';
import { findSettingsGrid, newSettingsSheet, settingProblemsByKey, settingsLayout, settingsUpdate } from '../core/plan/settings-sheet';
import type { Settings } from '../core/plan/settings';
import type { Lang } from '../core/i18n';

/** What the sidebar shows. */
export interface SettingsView {
  form: SettingsForm;
  /** Names in `Nhân sự`, for the coordinator list. */
  people: string[];
  /** The settings sheet's name in this workbook. */
  sheet: string;
  /** Values in the sheet that are not valid (the form shows the default and this message). */
  sheetErrors: FieldErrors;
}

/** A failed save: messages per field, and `message` when the problem is the sheet itself. */
export type SaveResult = { ok: true; view: SettingsView } | { ok: false; errors: FieldErrors; message?: FieldMessage };

function readSettingsAndPeople(wb: WorkbookPort): SheetGrid[] {
  const names = pickSheets(wb.sheetNames(), [SETTINGS_SHEET, PEOPLE_SHEET]);
  return names.length ? wb.readGrids(names) : [];
}

function view(grids: SheetGrid[], settings: Settings, people: string[], sheetErrors: FieldErrors, lang: Lang): SettingsView {
  const grid = findSettingsGrid(grids);
  return { form: toForm(settings), people, sheet: grid?.name ?? (lang === 'en' ? SETTINGS_SHEET.en : SETTINGS_SHEET.vi), sheetErrors };
}

export function loadSettings(wb: WorkbookPort, lang: Lang = 'vi'): SettingsView {
  const grids = readSettingsAndPeople(wb);
  const tracker = readTracker(grids);
  const grid = findSettingsGrid(grids);
  const sheetErrors: FieldErrors = {};
  if (grid) {
    for (const [key, p] of Object.entries(settingProblemsByKey(grid, tracker.problems))) {
      if (p) sheetErrors[key as SettingKey] = { key: 'ui.settings.err.inSheet', params: { value: String(p.params.value ?? '') } };
    }
  }
  return view(grids, tracker.settings, tracker.people.map((p) => p.name), sheetErrors, lang);
}

export function saveSettings(wb: WorkbookPort, form: unknown, lang: Lang = 'vi'): SaveResult {
  const grids = readSettingsAndPeople(wb);
  const tracker = readTracker(grids);
  const people = tracker.people.map((p) => p.name);
  const checked = validateSettingsForm(typeof form === 'object' && form !== null ? (form as Record<string, unknown>) : {}, people);
  if (!checked.ok) return checked;
  const grid = findSettingsGrid(grids);
  const layout = grid ? settingsLayout(grid) : null;
  if (grid && !layout) {
    // A sheet named Cài đặt with no recognisable header: do not write over what the user put there.
    return { ok: false, errors: {}, message: { key: 'ui.settings.err.noHeader', params: { sheet: grid.name } } };
  }
  wb.write(layout ? settingsUpdate(layout, checked.settings) : newSettingsSheet(checked.settings, lang));
  return { ok: true, view: view(grids, checked.settings, people, {}, lang) };
}
