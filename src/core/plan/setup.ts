/**
 * "Thiết lập bảng theo dõi": from the workbook as read (once), decide what to create and what to
 * repair so the four tracker sheets are complete, without changing any cell the user wrote.
 *
 * - A missing sheet is created from the template (trackerTemplate); an existing but blank one is
 *   filled the same way, under its own name.
 * - An existing sheet with a recognised header gets its missing columns appended on the right of
 *   its used range (header, number format, drop-down list, width); nothing else on it is written.
 * - The settings sheet gets the settings it lacks appended below its last row, with defaults.
 * - A sheet with content but no recognisable header is left alone and reported.
 * - A sample plan fills the task and people sheets only where they hold no rows yet.
 */
import type { CellBlock, OutCell, SheetOutput, ValidationRule } from '../sheet/output';
import { type Lang, type MsgKey, t } from '../i18n';
import { cellText } from './cells';
import { isDateCell } from '../sheet/cells';
import { type CivilDate, addDays, diffDays } from '../dates/civil';
import { type ColumnDef, HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, type SheetDef, TASKS_SHEET, matchSheet } from './columns';
import { type SheetLayout, readTracker } from './read';
import type { SheetGrid } from '../sheet/grid';
import { sheetNamed } from './sheets';
import { DEFAULT_SETTINGS, SETTING_DEFS, coerceSetting } from './settings';
import { settingRow, settingsLayout } from './settings-sheet';
import { DATE_FORMAT, HEADER_BACKGROUND, HEADER_FONT, PERCENT_FORMAT, TEMPLATE_ROWS, builtInHolidayRows, trackerTemplate } from './template';
import { columnLetters } from '../sheet/a1';

export type TrackerSheet = 'tasks' | 'people' | 'holidays' | 'settings';

/** Rows of a sample plan, each in the column order of its sheet definition (columns.ts). */
export interface SamplePlan {
  tasks: OutCell[][];
  people: OutCell[][];
  holidays?: OutCell[][];
  /** Setting values by key, written when the settings sheet is created with the sample. */
  settings?: Record<string, string | number>;
}

/**
 * The sample moved in time by whole weeks (weekdays kept) so that its `from` day lands on or just
 * before `to`: opened today, it shows tasks done, due soon and overdue as it did on its own day.
 * Its days off are dropped: they belong to their year (the built-in holidays cover today's).
 */
export function shiftSample(sample: SamplePlan, from: CivilDate, to: CivilDate): SamplePlan {
  const days = Math.floor(diffDays(from, to) / 7) * 7;
  const move = (c: OutCell): OutCell => (isDateCell(c) ? { date: addDays(c.date, days) } : c);
  return { tasks: sample.tasks.map((r) => r.map(move)), people: sample.people, settings: sample.settings };
}

export interface SetupOptions {
  lang: Lang;
  sample?: SamplePlan | null;
}

/** An instruction attached to a header cell (hosts show it as a cell note). */
export interface SheetNote {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

export interface SetupReport {
  created: string[];
  addedColumns: Array<{ sheet: string; columns: string[] }>;
  addedSettings: { sheet: string; count: number } | null;
  /** Sheets with content but no header the add-on recognises: not touched. */
  unrecognised: string[];
  sample: { tasks: number; people: number } | null;
}

export interface SetupPlan {
  outputs: SheetOutput[];
  notes: SheetNote[];
  report: SetupReport;
}

const DEFS: ReadonlyArray<[TrackerSheet, SheetDef]> = [
  ['tasks', TASKS_SHEET], ['people', PEOPLE_SHEET], ['holidays', HOLIDAYS_SHEET], ['settings', SETTINGS_SHEET],
];

const NOTE_KEYS: Record<TrackerSheet, MsgKey> = {
  tasks: 'ui.setup.note.tasks', people: 'ui.setup.note.people', holidays: 'ui.setup.note.holidays', settings: 'ui.setup.note.settings',
};

function isBlank(grid: SheetGrid): boolean {
  return grid.values.every((row) => row.every((v) => cellText(v) === ''));
}

function dataRowCount(grid: SheetGrid, layout: SheetLayout): number {
  let n = 0;
  for (let r = layout.headerRow; r < grid.values.length; r++) if (grid.values[r].some((v) => cellText(v) !== '')) n++;
  return n;
}

function columnName(c: ColumnDef, lang: Lang): string {
  return lang === 'en' ? c.en : c.vi;
}

/** The template's rules for one column, moved to another column and header row. */
function rulesFor(template: SheetOutput, templateCol: number, col: number, headerRow: number, rows: number): ValidationRule[] {
  const prefix = `${columnLetters(templateCol)}2:`;
  return (template.validations ?? [])
    .filter((r) => r.range.startsWith(prefix))
    .map((r) => ({ ...r, range: `${columnLetters(col)}${headerRow + 1}:${columnLetters(col)}${headerRow + rows}` }));
}

/** Appends `missing` columns after `layout.width`: header cells styled as the template's, formats, lists, widths. */
function appendColumns(def: SheetDef, template: SheetOutput, layout: SheetLayout, missing: ColumnDef[], lang: Lang, height: number): SheetOutput {
  const first = layout.width + 1;
  const names = missing.map((c) => columnName(c, lang));
  const rows = Math.max(TEMPLATE_ROWS, height - layout.headerRow);
  const blocks: CellBlock[] = [{
    row: layout.headerRow, col: first, values: [names], wrap: true,
    backgrounds: [names.map(() => HEADER_BACKGROUND)], fontColors: [names.map(() => HEADER_FONT)], bold: [names.map(() => true)],
  }];
  const validations: ValidationRule[] = [];
  missing.forEach((c, i) => {
    const col = first + i;
    const fmt = c.kind === 'date' ? DATE_FORMAT : c.kind === 'percent' ? PERCENT_FORMAT : null;
    // The new column lies right of the used range: its cells are empty, so writing formats there changes no data.
    if (fmt) {
      blocks.push({
        row: layout.headerRow + 1, col,
        values: Array.from({ length: rows }, () => [null]), numberFormats: Array.from({ length: rows }, () => [fmt]),
      });
    }
    validations.push(...rulesFor(template, def.columns.indexOf(c) + 1, col, layout.headerRow, rows));
  });
  return {
    sheet: layout.name, mode: 'update', blocks, validations,
    frozenRows: layout.headerRow,
    columnWidths: missing.map((c, i): [number, number] => [first + i, c.width ?? 120]),
    minColumns: first + missing.length - 1,
  };
}

function withSample(out: SheetOutput, rows: OutCell[][] | undefined, width: number, startRow = 2): SheetOutput {
  if (!rows || rows.length === 0) return out;
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? r[i] : null)));
  return { ...out, blocks: [...out.blocks, { row: startRow, col: 1, values }], minRows: Math.max(out.minRows ?? 0, startRow + rows.length - 1) };
}

/** The template's settings rows with the sample's values in the value column (one more block). */
function withSampleSettings(out: SheetOutput, values: SamplePlan['settings'], lang: Lang): SheetOutput {
  if (!values) return out;
  const column = SETTING_DEFS.map((d) => {
    const raw = values[d.key];
    const v = raw === undefined ? null : coerceSetting(d, raw);
    return [settingRow(d, v === null ? (DEFAULT_SETTINGS as Record<string, unknown>)[d.key] : v, lang)[1]];
  });
  return { ...out, blocks: [...out.blocks, { row: 2, col: 2, values: column }] };
}

function settingsRepair(grid: SheetGrid, lang: Lang): { out: SheetOutput | null; count: number } {
  const layout = settingsLayout(grid);
  if (!layout) return { out: null, count: 0 };
  const missing = SETTING_DEFS.filter((d) => layout.rows[d.key] === undefined);
  if (!missing.length) return { out: null, count: 0 };
  const cols = [layout.keyCol, layout.valueCol, ...(layout.descCol === null ? [] : [layout.descCol])];
  const first = Math.min(...cols);
  const width = Math.max(...cols) - first + 1;
  const sheetLang = layout.lang ?? lang;
  const start = layout.lastRow + 1;
  const values = missing.map((d) => {
    const full = settingRow(d, (DEFAULT_SETTINGS as Record<string, unknown>)[d.key], sheetLang);
    const line: OutCell[] = new Array(width).fill(null);
    line[layout.keyCol - first] = full[0];
    line[layout.valueCol - first] = full[1];
    if (layout.descCol !== null) line[layout.descCol - first] = full[2];
    return line;
  });
  const valueLetter = columnLetters(layout.valueCol + 1);
  const validations: ValidationRule[] = [];
  missing.forEach((d, i) => {
    if (!d.choices) return;
    validations.push({
      range: `${valueLetter}${start + i}`, kind: 'list', strict: true,
      values: d.choices.map((c) => (sheetLang === 'en' ? c.en : c.vi)), help: t(sheetLang, 'template.setting.help'),
    });
  });
  return {
    out: { sheet: layout.name, mode: 'update', blocks: [{ row: start, col: first + 1, values, wrap: true }], validations, minRows: start + missing.length - 1 },
    count: missing.length,
  };
}

export function planSetup(grids: readonly SheetGrid[], sheetNames: readonly string[], o: SetupOptions): SetupPlan {
  const template = trackerTemplate(o.lang);
  const tracker = readTracker(grids.slice());
  const layouts: Record<TrackerSheet, SheetLayout | null> = {
    tasks: tracker.layouts.tasks, people: tracker.layouts.people, holidays: tracker.layouts.holidays, settings: tracker.layouts.settings,
  };
  const report: SetupReport = { created: [], addedColumns: [], addedSettings: null, unrecognised: [], sample: null };
  const outputs: SheetOutput[] = [];
  const notes: SheetNote[] = [];
  // The sample goes in only where it cannot mix with the user's own rows.
  const emptyOf = (key: 'tasks' | 'people') => {
    const grid = grids.find((g) => matchSheet(g.name, key === 'tasks' ? TASKS_SHEET : PEOPLE_SHEET));
    const layout = layouts[key];
    return !grid || isBlank(grid) || (layout !== null && dataRowCount(grid, layout) === 0);
  };
  const sample = o.sample && emptyOf('tasks') && emptyOf('people') ? o.sample : null;
  const sampleRows = (key: TrackerSheet) => (sample ? (key === 'tasks' ? sample.tasks : key === 'people' ? sample.people : key === 'holidays' ? sample.holidays : undefined) : undefined);
  // A new `Ngày nghỉ` holds the built-in days (template.ts); the sample's own go below them.
  const firstFreeRow = (key: TrackerSheet) => (key === 'holidays' ? 2 + builtInHolidayRows(o.lang).length : 2);

  DEFS.forEach(([key, def], i) => {
    const name = sheetNamed(sheetNames, def);
    const grid = name === undefined ? undefined : grids.find((g) => g.name === name);
    const fresh = template[i];
    if (name === undefined || !grid || isBlank(grid)) {
      const sheet = name ?? fresh.sheet;
      const out = key === 'settings' ? withSampleSettings(fresh, sample?.settings, o.lang) : withSample(fresh, sampleRows(key), def.columns.length, firstFreeRow(key));
      outputs.push({ ...out, sheet });
      report.created.push(sheet);
      notes.push({ sheet, row: 1, col: 1, text: t(o.lang, NOTE_KEYS[key]) });
      return;
    }
    if (key === 'settings') {
      if (!settingsLayout(grid)) { report.unrecognised.push(grid.name); return; }
      const r = settingsRepair(grid, o.lang);
      if (r.out) { outputs.push(r.out); report.addedSettings = { sheet: grid.name, count: r.count }; }
      return;
    }
    const layout = layouts[key];
    if (!layout) { report.unrecognised.push(grid.name); return; }
    const missing = def.columns.filter((c) => layout.columns[c.key] === undefined);
    if (missing.length) {
      outputs.push(appendColumns(def, fresh, layout, missing.slice(), o.lang, grid.values.length));
      report.addedColumns.push({ sheet: layout.name, columns: missing.map((c) => columnName(c, o.lang)) });
    }
    if (sample && (key === 'tasks' || key === 'people')) {
      // Header present, no rows: the sample goes below the header, in the sheet's own column order.
      const rows = sampleRows(key) ?? [];
      const width = Math.max(layout.width, ...Object.values(layout.columns).map((c) => (c as number) + 1));
      const values = rows.map((r) => {
        const line: OutCell[] = new Array(width).fill(null);
        def.columns.forEach((c, ci) => {
          const at = layout.columns[c.key];
          if (at !== undefined && ci < r.length) line[at] = r[ci];
        });
        return line;
      });
      if (values.length) outputs.push({ sheet: layout.name, mode: 'update', blocks: [{ row: layout.headerRow + 1, col: 1, values }], minRows: layout.headerRow + values.length });
    }
  });
  if (sample) report.sample = { tasks: sample.tasks.length, people: sample.people.length };
  return { outputs, notes, report };
}

/** The report as sentences for the user, in order; never empty. */
export function setupSummary(report: SetupReport, lang: Lang): string[] {
  const lines: string[] = [];
  if (report.created.length) lines.push(t(lang, 'ui.setup.created', { sheets: report.created.map((s) => `«${s}»`).join(', ') }));
  for (const a of report.addedColumns) lines.push(t(lang, 'ui.setup.addedColumns', { sheet: a.sheet, columns: a.columns.map((c) => `«${c}»`).join(', ') }));
  if (report.addedSettings) lines.push(t(lang, 'ui.setup.addedSettings', report.addedSettings));
  for (const s of report.unrecognised) lines.push(t(lang, 'ui.setup.unrecognised', { sheet: s }));
  if (report.sample) lines.push(t(lang, 'ui.setup.sample', { tasks: report.sample.tasks, people: report.sample.people }));
  if (!lines.length) lines.push(t(lang, 'ui.setup.nothing'));
  return lines;
}
