/**
 * Where settings live in the `Cài đặt` sheet and how saving them rewrites it: each setting's
 * value cell on the row that already names it (the user's order, extra rows and notes are left
 * alone), missing settings appended below. Pure: returns the SheetOutput a host applies in one write.
 */
import type { CellBlock, OutCell, SheetOutput } from '../sheet/output';
import type { Lang } from '../i18n';
import type { Problem } from './model';
import { cellText } from './cells';
import { SETTINGS_SHEET, matchSheet } from './columns';
import { HEADER_SCAN_ROWS, type SheetGrid } from '../sheet/grid';
import { SETTING_DEFS, type SettingDef, type Settings, displaySetting, findSettingDef } from './settings';
import { headerKey } from '../text/normalize';

export interface SettingsSheetLayout {
  name: string;
  /** 1-based header row. */
  headerRow: number;
  /** 0-based columns. */
  keyCol: number;
  valueCol: number;
  descCol: number | null;
  /** Setting key → 1-based row of the first row naming it. */
  rows: Partial<Record<string, number>>;
  /** 1-based last row holding anything. */
  lastRow: number;
  /** The language the sheet's labels are written in. */
  lang: Lang;
}

export function findSettingsGrid(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => matchSheet(g.name, SETTINGS_SHEET));
}

/** Finds the header row (`Mục` / `Giá trị` or their aliases) and the row of every known setting. */
export function settingsLayout(grid: SheetGrid): SettingsSheetLayout | null {
  const names = (i: number) => {
    const c = SETTINGS_SHEET.columns[i];
    return [c.vi, c.en, ...(c.aliases ?? [])].map(headerKey);
  };
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((v) => headerKey(cellText(v)));
    const keyCol = row.findIndex((k) => names(0).includes(k));
    const valueCol = row.findIndex((k) => names(1).includes(k));
    if (keyCol < 0 || valueCol < 0) continue;
    const d = row.findIndex((k) => names(2).includes(k));
    const rows: Record<string, number> = {};
    let lastRow = r + 1;
    for (let i = r + 1; i < grid.values.length; i++) {
      if (grid.values[i].some((v) => cellText(v) !== '')) lastRow = i + 1;
      const def = findSettingDef(cellText(grid.values[i][keyCol] ?? null));
      if (def && !(def.key in rows)) rows[def.key] = i + 1;
    }
    const english = headerKey(cellText(grid.values[r][keyCol])) === headerKey(SETTINGS_SHEET.columns[0].en);
    return { name: grid.name, headerRow: r + 1, keyCol, valueCol, descCol: d < 0 ? null : d, rows, lastRow, lang: english ? 'en' : 'vi' };
  }
  return null;
}

/** A setting's value as the sheet shows it: choices and yes/no as words, numbers as numbers. */
export function settingCell(def: SettingDef, value: unknown, lang: Lang): OutCell {
  if (typeof value === 'number') return value;
  return displaySetting(def, value, lang);
}

/** One complete settings row: label, value, explanation. */
export function settingRow(def: SettingDef, value: unknown, lang: Lang): OutCell[] {
  return [lang === 'en' ? def.en : def.vi, settingCell(def, value, lang), lang === 'en' ? def.help_en : def.help_vi];
}

/**
 * The write that saves `settings` into an existing settings sheet: value cells of known rows, in
 * runs of consecutive rows (usually one block), and the settings the sheet lacks appended below.
 */
export function settingsUpdate(layout: SettingsSheetLayout, settings: Settings): SheetOutput {
  const known = SETTING_DEFS.filter((d) => layout.rows[d.key] !== undefined)
    .map((d) => ({ def: d, row: layout.rows[d.key] as number }))
    .sort((a, b) => a.row - b.row);
  const value = (d: SettingDef) => settingCell(d, (settings as Record<string, unknown>)[d.key], layout.lang);
  const blocks: CellBlock[] = [];
  let run: typeof known = [];
  const flush = () => {
    if (run.length) blocks.push({ row: run[0].row, col: layout.valueCol + 1, values: run.map((k) => [value(k.def)]) });
    run = [];
  };
  for (const k of known) {
    if (run.length && k.row !== run[run.length - 1].row + 1) flush();
    run.push(k);
  }
  flush();
  const missing = SETTING_DEFS.filter((d) => layout.rows[d.key] === undefined);
  if (missing.length) {
    // Lay the new rows out on the sheet's own columns, which need not be adjacent or in order.
    const cols = [layout.keyCol, layout.valueCol, ...(layout.descCol === null ? [] : [layout.descCol])];
    const first = Math.min(...cols);
    const width = Math.max(...cols) - first + 1;
    blocks.push({
      row: layout.lastRow + 1,
      col: first + 1,
      values: missing.map((d) => {
        const full = settingRow(d, (settings as Record<string, unknown>)[d.key], layout.lang);
        const line: OutCell[] = new Array(width).fill(null);
        line[layout.keyCol - first] = full[0];
        line[layout.valueCol - first] = full[1];
        if (layout.descCol !== null) line[layout.descCol - first] = full[2];
        return line;
      }),
    });
  }
  return { sheet: layout.name, mode: 'update', blocks, minRows: layout.lastRow + missing.length };
}

/**
 * Problems of the settings sheet that belong to one setting (an invalid value), by setting key,
 * so the sidebar can show them next to the field.
 */
export function settingProblemsByKey(grid: SheetGrid, problems: readonly Problem[]): Partial<Record<string, Problem>> {
  const layout = settingsLayout(grid);
  const out: Partial<Record<string, Problem>> = {};
  if (!layout) return out;
  for (const p of problems) {
    if (p.sheet !== 'settings' || p.code !== 'badSetting' || p.row < 1) continue;
    const def = findSettingDef(cellText(grid.values[p.row - 1]?.[layout.keyCol] ?? null));
    if (def && !out[def.key]) out[def.key] = p;
  }
  return out;
}

/** A whole new settings sheet holding `settings` (when saving finds no `Cài đặt` sheet). */
export function newSettingsSheet(settings: Settings, lang: Lang): SheetOutput {
  const header = SETTINGS_SHEET.columns.map((c) => (lang === 'en' ? c.en : c.vi));
  const rows = SETTING_DEFS.map((d) => settingRow(d, (settings as Record<string, unknown>)[d.key], lang));
  return {
    sheet: lang === 'en' ? SETTINGS_SHEET.en : SETTINGS_SHEET.vi,
    mode: 'update',
    blocks: [{ row: 1, col: 1, values: [header, ...rows], bold: [header.map(() => true), ...rows.map(() => header.map(() => null))] }],
    frozenRows: 1,
    columnWidths: SETTINGS_SHEET.columns.map((c, i) => [i + 1, c.width ?? 120] as [number, number]),
    minRows: rows.length + 1,
  };
}
