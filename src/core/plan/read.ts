/**
 * Reads the workbook's sheets (as hosts hand them over: a grid of cell values per sheet) into
 * the model. Never throws on user data: every problem becomes a `Problem` naming sheet, row,
 * column. Nothing is written here; the layout it returns tells writers where things are.
 */
import { headerKey, cleanText, splitNames, looksLikeLegacyEncoding } from '../text/normalize';
import { cellText, isEmptyCell, parseDateCell, parseEmailCell, parsePercentCell, parseYesNoCell, percentText } from './cells';
import type { CellValue } from '../sheet/cells';
import {
  type ComputedColumn, HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, type SheetDef, TASKS_SHEET, matchSheet, parseUserStatus,
} from './columns';
import type { HolidayEntry, Person, Problem, Task } from './model';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema, coerceSetting, findSettingDef } from './settings';
import { parseDependencies } from './dependencies';
import { nameKey } from '../text/normalize';
import { formatDMY } from '../dates/civil';
import type { SheetGrid } from '../sheet/grid';
import { type Sink, computedColumns, findHeader, neededColumns } from './header';
import { columnLetters } from '../sheet/a1';

export interface SheetLayout<K extends string = string> {
  /** The sheet's actual name in this workbook. */
  name: string;
  /** 1-based row of the header. */
  headerRow: number;
  /** 0-based column index of each recognised column. */
  columns: Partial<Record<K, number>>;
  /** The header text as the user wrote it, per recognised column. */
  headers: Partial<Record<K, string>>;
  /** Number of columns in the grid as read. */
  width: number;
  /** Number of rows in the grid as read (header included). */
  height: number;
}

export interface TaskLayout extends SheetLayout<string> {
  /** The add-on's own computed columns (0-based), found by the marker note of their header. */
  computed: Partial<Record<ComputedColumn, number>>;
  /** Computed columns whose header does not carry the marker yet (an earlier version's): the next write adds it. */
  unmarked?: ComputedColumn[];
}

/**
 * The tracker as read: its tasks, people, days off and settings, with the problems found and
 * where each sheet's columns are. (`WorkbookPort` is the spreadsheet itself, in either host.)
 */
export interface Tracker {
  tasks: Task[];
  people: Person[];
  holidays: HolidayEntry[];
  settings: Settings;
  problems: Problem[];
  layouts: {
    tasks: TaskLayout | null;
    people: SheetLayout | null;
    holidays: SheetLayout | null;
    settings: SheetLayout | null;
  };
}

/** Task titles longer than this get a warning (a Sheets cell holds up to 50 000 characters). */
export const MAX_TITLE = 2000;

/** What a cell shows when its formula fails (`=1/0` → `#DIV/0!`), in Sheets and in .xlsx. */
const FORMULA_ERROR = /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

export function isFormulaError(v: CellValue): boolean {
  return typeof v === 'string' && FORMULA_ERROR.test(v.trim());
}

/** Columns whose merged cell stands for every row it covers (a `Phần` or a lead written once for a group). */
const MERGE_FILLS = new Set(['section', 'lead', 'support', 'deliverable', 'start', 'due']);

function findSheet<K extends string>(sheets: SheetGrid[], def: SheetDef<K>): SheetGrid | undefined {
  return sheets.find((s) => matchSheet(s.name, def));
}

function rowIsEmpty(row: CellValue[], cols: number[]): boolean {
  return cols.every((c) => c >= row.length || isEmptyCell(row[c]));
}

/** `row,col` (0-based) → the value of the merged cell covering it, for the columns in MERGE_FILLS. */
function mergedFills(grid: SheetGrid, headerRow: number, userCols: Record<string, number>): Map<string, CellValue> {
  const fills = new Map<string, CellValue>();
  const filled = new Set(Object.entries(userCols).filter(([k]) => MERGE_FILLS.has(k)).map(([, c]) => c));
  for (const m of grid.merges ?? []) {
    if (m.bottom <= m.top || m.top <= headerRow) continue;
    const v = grid.values[m.top - 1]?.[m.left - 1] ?? null;
    for (let c = m.left - 1; c < m.right; c++) {
      if (!filled.has(c)) continue;
      for (let r = m.top; r < m.bottom; r++) fills.set(`${r},${c}`, v);
    }
  }
  return fills;
}

/**
 * A deadline or lead column renamed past recognition (`Hạn chót`, `Người chủ trì chính`) would
 * leave every task undated or unassigned with nothing said about the column: say it once, with
 * the headers that were not recognised (one of them is likely the column meant).
 */
function missingMainColumns(grid: SheetGrid, headerRow: number, cols: Record<string, number>, computed: number[], add: Sink): void {
  const known = new Set([...Object.values(cols), ...computed]);
  const unknown = (grid.values[headerRow - 1] ?? [])
    .map((v, c) => ({ text: cellText(v).trim(), c }))
    .filter((x) => x.text && !known.has(x.c))
    .map((x) => `«${x.text.slice(0, 60)}» (${columnLetters(x.c + 1)})`)
    .join(', ') || '—';
  if (cols.due === undefined) add({ sheet: 'tasks', row: 0, code: 'noDueColumn', params: { sheet: grid.name, unknown }, severity: 'warning' });
  if (cols.lead === undefined) add({ sheet: 'tasks', row: 0, code: 'noLeadColumn', params: { sheet: grid.name, unknown }, severity: 'warning' });
}

function readTasks(grid: SheetGrid, problems: Problem[]): { tasks: Task[]; layout: TaskLayout } | { tasks: Task[]; layout: null } {
  const h = findHeader(grid, TASKS_SHEET);
  const add: Sink = (p) => problems.push({ severity: 'error', ...p } as Problem);
  if (!h || h.columns.title === undefined) {
    add({ sheet: 'tasks', row: 0, code: 'noHeader', params: neededColumns(TASKS_SHEET, ['title'], grid.name) });
    return { tasks: [], layout: null };
  }
  for (const [key, c] of h.dupes) add({ sheet: 'tasks', row: h.row, column: key, code: 'duplicateHeader', params: { column: cellText(grid.values[h.row - 1][c]) }, severity: 'warning' });
  const { computed, unmarked } = computedColumns(grid, h.row, add);
  const userCols: Record<string, number> = {};
  const userHeaders: Record<string, string> = {};
  for (const [k, c] of Object.entries(h.columns)) {
    if (Object.values(computed).includes(c as number)) continue;
    userCols[k] = c as number;
    userHeaders[k] = h.headers[k] as string;
  }
  const layout: TaskLayout = {
    name: grid.name, headerRow: h.row, columns: userCols, headers: userHeaders, computed, unmarked,
    width: Math.max(0, ...grid.values.map((r) => r.length)), height: grid.values.length,
  };
  const userIdx = Object.values(userCols);
  missingMainColumns(grid, h.row, userCols, Object.values(computed) as number[], add);
  const tasks: Task[] = [];
  const seen = new Map<string, number>();
  const fills = mergedFills(grid, h.row, userCols);
  let r = h.row;
  const cell = (row: CellValue[], key: string): CellValue => {
    const c = userCols[key];
    if (c === undefined) return null;
    const merged = fills.get(`${r},${c}`);
    if (merged !== undefined) return merged;
    return c >= row.length ? null : row[c];
  };
  for (; r < grid.values.length; r++) {
    const row = grid.values[r];
    const sheetRow = r + 1;
    if (rowIsEmpty(row, userIdx)) continue;
    const at = (column: string) => ({ sheet: 'tasks' as const, row: sheetRow, column });
    // A failed formula shows its error as text (`=1/0` → `#DIV/0!`): say so rather than take it as a title or a bad date.
    const broken = new Set<string>();
    for (const [key, c] of Object.entries(userCols)) {
      const v = cell(row, key);
      if (isFormulaError(v)) { broken.add(key); add({ ...at(key), code: 'formulaError', params: { value: cellText(v), letter: columnLetters(c + 1) } }); }
    }
    const text = (key: string) => {
      if (broken.has(key)) return '';
      const v = cell(row, key);
      const s = cellText(v);
      if (typeof v === 'string' && /^=/.test(s)) add({ ...at(key), code: 'formulaText', params: { value: s.slice(0, 40) }, severity: 'warning' });
      if (s.length > MAX_TITLE && (key === 'title' || key === 'section' || key === 'deliverable')) {
        add({ ...at(key), code: 'tooLong', params: { length: s.length, max: MAX_TITLE }, severity: 'warning' });
      }
      if (s.length > 3 && looksLikeLegacyEncoding(s)) add({ ...at(key), code: 'legacyFont', params: { value: s.slice(0, 40) }, severity: 'warning' });
      return s;
    };
    const date = (key: string) => {
      if (broken.has(key)) return null;
      const p = parseDateCell(cell(row, key));
      if (p.ok) return p.value;
      add({ ...at(key), code: p.code, params: { value: cellText(cell(row, key)).slice(0, 40) } });
      return null;
    };
    const id = text('id');
    const title = text('title');
    const statusText = text('status');
    const status = statusText ? parseUserStatus(statusText) : null;
    if (statusText && !status) add({ ...at('status'), code: 'badStatus', params: { value: statusText.slice(0, 40) } });
    const pct = broken.has('percent') ? { ok: true as const, value: null } : parsePercentCell(cell(row, 'percent'));
    if (!pct.ok) add({ ...at('percent'), code: pct.code, params: { value: percentText(cell(row, 'percent')).slice(0, 40) } });
    const remind = parseYesNoCell(broken.has('remind') ? null : cell(row, 'remind'), true);
    if (!remind.ok) add({ ...at('remind'), code: remind.code, params: { value: cellText(cell(row, 'remind')).slice(0, 40) } });
    const task: Task = {
      row: sheetRow,
      id,
      section: text('section'),
      title,
      deliverable: text('deliverable'),
      lead: splitNames(text('lead')),
      support: splitNames(text('support')),
      start: date('start'),
      due: date('due'),
      dependsOn: parseDependencies(text('dependsOn')),
      status,
      percent: pct.ok ? pct.value : null,
      doneOn: date('doneOn'),
      remind: remind.ok ? remind.value : true,
      document: text('document'),
      notes: text('notes'),
    };
    if (!title) add({ ...at('title'), code: 'missingTitle', params: { column: userHeaders.title ?? 'Nội dung công việc' } });
    if (id) {
      const other = seen.get(id);
      if (other !== undefined) add({ ...at('id'), code: 'duplicateId', params: { id, other } });
      else seen.set(id, sheetRow);
    }
    if (task.start && task.due && task.due < task.start) add({ ...at('due'), code: 'dueBeforeStart', params: { due: formatDMY(task.due), start: formatDMY(task.start) } });
    tasks.push(task);
  }
  return { tasks, layout };
}

function plainLayout(grid: SheetGrid, h: NonNullable<ReturnType<typeof findHeader>>): SheetLayout {
  return {
    name: grid.name, headerRow: h.row, columns: h.columns, headers: h.headers,
    width: Math.max(0, ...grid.values.map((r) => r.length)), height: grid.values.length,
  };
}

/** The header of a people or days-off sheet, or a located problem when its key column is missing. */
function headerWith(grid: SheetGrid, def: typeof PEOPLE_SHEET | typeof HOLIDAYS_SHEET, key: string, add: Sink): ReturnType<typeof findHeader> {
  const h = findHeader(grid, def);
  if (h && h.columns[key] !== undefined) return h;
  const sheet = def === PEOPLE_SHEET ? 'people' : 'holidays';
  add({ sheet, row: 0, code: 'noHeader', params: neededColumns(def, [key], grid.name) });
  return null;
}

function readPeople(grid: SheetGrid, problems: Problem[]): { people: Person[]; layout: SheetLayout | null } {
  const add: Sink = (p) => problems.push({ severity: 'error', ...p } as Problem);
  const h = headerWith(grid, PEOPLE_SHEET, 'name', add);
  if (!h) return { people: [], layout: null };
  const cols = h.columns;
  const people: Person[] = [];
  const seen = new Map<string, number>();
  for (let r = h.row; r < grid.values.length; r++) {
    const row = grid.values[r];
    const sheetRow = r + 1;
    if (rowIsEmpty(row, Object.values(cols) as number[])) continue;
    const get = (k: string): CellValue => (cols[k] === undefined || (cols[k] as number) >= row.length ? null : row[cols[k] as number]);
    const name = cellText(get('name'));
    if (!name) { add({ sheet: 'people', row: sheetRow, column: 'name', code: 'missingTitle', params: { column: h.headers.name ?? 'Họ tên' } }); continue; }
    const email = parseEmailCell(get('email'));
    if (!email.ok) add({ sheet: 'people', row: sheetRow, column: 'email', code: 'badEmail', params: { value: cellText(get('email')).slice(0, 60) } });
    const contact = parseYesNoCell(get('contact'), false);
    const lang = cellText(get('language')).toLowerCase();
    const key = nameKey(name);
    const other = seen.get(key);
    if (other !== undefined) add({ sheet: 'people', row: sheetRow, column: 'name', code: 'duplicatePerson', params: { value: name, other }, severity: 'warning' });
    else seen.set(key, sheetRow);
    people.push({
      row: sheetRow, name, position: cellText(get('position')), unit: cellText(get('unit')),
      email: email.ok ? email.value : null, ...(email.ok ? {} : { badEmail: cellText(get('email')).slice(0, 200) }),
      groups: splitNames(cellText(get('group'))),
      supervisor: cellText(get('supervisor')), contact: contact.ok ? contact.value : false,
      language: lang.startsWith('en') || lang.startsWith('tiếng anh') ? 'en' : 'vi',
    });
  }
  for (const p of people) {
    if (p.supervisor && !seen.has(nameKey(p.supervisor))) {
      add({ sheet: 'people', row: p.row, column: 'supervisor', code: 'unknownSupervisor', params: { value: p.supervisor }, severity: 'warning' });
    }
  }
  return { people, layout: plainLayout(grid, h) };
}

function readHolidays(grid: SheetGrid, problems: Problem[]): { holidays: HolidayEntry[]; layout: SheetLayout | null } {
  const add: Sink = (p) => problems.push({ severity: 'error', ...p } as Problem);
  const h = headerWith(grid, HOLIDAYS_SHEET, 'date', add);
  if (!h) return { holidays: [], layout: null };
  const cols = h.columns as Record<string, number>;
  const holidays: HolidayEntry[] = [];
  for (let r = h.row; r < grid.values.length; r++) {
    const row = grid.values[r];
    const sheetRow = r + 1;
    if (rowIsEmpty(row, Object.values(cols))) continue;
    const get = (k: string): CellValue => (cols[k] === undefined || cols[k] >= row.length ? null : row[cols[k]]);
    const d = parseDateCell(get('date'));
    if (!d.ok || !d.value) {
      add({ sheet: 'holidays', row: sheetRow, column: 'date', code: d.ok ? 'badDate' : d.code, params: { value: cellText(get('date')).slice(0, 40) } });
      continue;
    }
    const kindText = headerKey(cellText(get('kind')));
    let kind: 'off' | 'makeup' | null = null;
    if (!kindText || ['nghi', 'ngaynghi', 'off', 'dayoff', 'holiday', 'le'].includes(kindText)) kind = 'off';
    else if (['lambu', 'makeup', 'workday', 'dilam', 'makeupworkday'].includes(kindText)) kind = 'makeup';
    if (!kind) { add({ sheet: 'holidays', row: sheetRow, column: 'kind', code: 'badHolidayKind', params: { value: cellText(get('kind')) } }); continue; }
    holidays.push({ row: sheetRow, date: d.value, kind, note: cellText(get('note')) });
  }
  return { holidays, layout: plainLayout(grid, h) };
}

function readSettings(grid: SheetGrid, problems: Problem[]): { settings: Settings; layout: SheetLayout | null } {
  const h = findHeader(grid, SETTINGS_SHEET);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (!h || h.columns.key === undefined || h.columns.value === undefined) {
    problems.push({ sheet: 'settings', row: 0, code: 'noHeader', params: neededColumns(SETTINGS_SHEET, ['key', 'value'], grid.name), severity: 'warning' });
    return { settings: DEFAULT_SETTINGS, layout: null };
  }
  const kc = h.columns.key as number;
  const vc = h.columns.value as number;
  for (let r = h.row; r < grid.values.length; r++) {
    const row = grid.values[r];
    const label = cellText(row[kc] ?? null);
    if (!label) continue;
    const def = findSettingDef(label);
    if (!def) {
      problems.push({ sheet: 'settings', row: r + 1, column: 'key', code: 'unknownSetting', params: { value: label }, severity: 'warning' });
      continue;
    }
    const raw = row[vc] ?? null;
    if (isEmptyCell(raw)) continue;
    const rawValue = typeof raw === 'object' && raw !== null ? cellText(raw) : (raw as string | number | boolean);
    const v = coerceSetting(def, typeof rawValue === 'string' ? cleanText(rawValue) : rawValue);
    const schema = SettingsSchema.shape[def.key as keyof Settings];
    const parsed = v === null ? null : schema.safeParse(v);
    if (!parsed || !parsed.success) {
      problems.push({
        sheet: 'settings', row: r + 1, column: 'value', code: 'badSetting', severity: 'error',
        params: { value: cellText(raw).slice(0, 60), setting: def.vi, reason: parsed?.error?.issues?.[0]?.message ?? def.help_vi },
      });
      continue;
    }
    settings[def.key] = parsed.data;
  }
  return { settings: settings as Settings, layout: plainLayout(grid, h) };
}

export function readTracker(sheets: SheetGrid[]): Tracker {
  const problems: Problem[] = [];
  const tasksGrid = findSheet(sheets, TASKS_SHEET);
  const peopleGrid = findSheet(sheets, PEOPLE_SHEET);
  const holidaysGrid = findSheet(sheets, HOLIDAYS_SHEET);
  const settingsGrid = findSheet(sheets, SETTINGS_SHEET);
  const missing = (def: SheetDef, sheet: Problem['sheet'], severity: Problem['severity']) =>
    problems.push({ sheet, row: 0, code: 'missingSheet', params: { sheet: def.vi }, severity });
  const t = tasksGrid ? readTasks(tasksGrid, problems) : (missing(TASKS_SHEET, 'tasks', 'error'), { tasks: [], layout: null });
  const p = peopleGrid ? readPeople(peopleGrid, problems) : (missing(PEOPLE_SHEET, 'people', 'warning'), { people: [], layout: null });
  const ho = holidaysGrid ? readHolidays(holidaysGrid, problems) : { holidays: [], layout: null };
  const s = settingsGrid ? readSettings(settingsGrid, problems) : { settings: DEFAULT_SETTINGS, layout: null };
  return {
    tasks: t.tasks, people: p.people, holidays: ho.holidays, settings: s.settings, problems,
    layouts: { tasks: t.layout, people: p.layout, holidays: ho.layout, settings: s.layout },
  };
}
