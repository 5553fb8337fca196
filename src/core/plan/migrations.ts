/**
 * Versioned changes of the tracker's layout. A workbook remembers the layout version it was last
 * set up with (document property `tiendo.layoutVersion`); setup runs every migration above it, in
 * order, before repairing. A migration renames or rewrites header/label cells in place: it never
 * moves a column and never touches a data cell, so the user's rows stay where they were.
 *
 * Version 1 (the first releases) named the computed columns `Hạn tính`, `Trạng thái tính`,
 * `Số ngày còn lại`, `Găng`, `Lỗi`, and wrote the settings sheet with a `Key | Value | Note`
 * header and program names (`reminderHour`) as labels. Version 2 is the current layout
 * (columns.ts). Left as they were, the old computed headers are not recognised, so a refresh
 * would add a second set of computed columns next to stale ones.
 */
import type { CellBlock, SheetOutput } from '../sheet/output';
import { cellText } from './cells';
import { COMPUTED_COLUMNS, type ComputedColumn, SETTINGS_SHEET, TASKS_SHEET, columnMarker, matchSheet } from './columns';
import { t } from '../i18n';
import { HEADER_SCAN_ROWS, type SheetGrid } from '../sheet/grid';
import { SETTING_DEFS } from './settings';
import { headerKey } from '../text/normalize';

export const LAYOUT_VERSION = 2;
/** Document property holding the layout version (KeyValueStore key). */
export const LAYOUT_VERSION_KEY = 'tiendo.layoutVersion';

export interface MigrationChange {
  sheet: string;
  kind: 'header' | 'setting';
  /** 1-based cell. */
  row: number;
  col: number;
  from: string;
  to: string;
  /** A note to put on the cell: the marker that makes a renamed computed column the add-on's (columns.ts). */
  note?: string;
}

export interface Migration {
  /** The version this migration produces (it runs on workbooks below it). */
  to: number;
  /** The cells to rewrite; pure and idempotent: a migrated workbook yields no change. */
  changes(grids: readonly SheetGrid[]): MigrationChange[];
}

/** Version-1 names of the computed columns. */
const V1_COMPUTED: Record<string, ComputedColumn> = {
  [headerKey('Hạn tính')]: 'computedDue',
  [headerKey('Trạng thái tính')]: 'scheduleStatus',
  [headerKey('Số ngày còn lại')]: 'workdaysLeft',
  [headerKey('Găng')]: 'critical',
  [headerKey('Lỗi')]: 'problems',
};

/** Version-1 header of the settings sheet. */
const V1_SETTINGS_HEADER: Record<string, string> = {
  [headerKey('Key')]: SETTINGS_SHEET.columns[0].vi,
  [headerKey('Value')]: SETTINGS_SHEET.columns[1].vi,
  [headerKey('Note')]: SETTINGS_SHEET.columns[2].vi,
};

function headerRowOf(grid: SheetGrid, known: (key: string) => boolean): number {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length); r++) {
    if (grid.values[r].some((v) => typeof v === 'string' && known(headerKey(v)))) return r;
  }
  return -1;
}

const v1ToV2: Migration = {
  to: 2,
  changes(grids) {
    const out: MigrationChange[] = [];
    const tasks = grids.find((g) => matchSheet(g.name, TASKS_SHEET));
    if (tasks) {
      const titleKeys = [TASKS_SHEET.columns[2].vi, TASKS_SHEET.columns[2].en, ...(TASKS_SHEET.columns[2].aliases ?? [])].map(headerKey);
      const r = headerRowOf(tasks, (k) => titleKeys.includes(k));
      if (r >= 0) {
        const present = new Set(tasks.values[r].map((v) => headerKey(cellText(v))));
        tasks.values[r].forEach((v, c) => {
          const key = V1_COMPUTED[headerKey(cellText(v))];
          if (!key) return;
          const def = COMPUTED_COLUMNS.find((d) => d.key === key);
          // When the current name is already there too, renaming would make two columns claim it.
          if (!def || present.has(headerKey(def.vi))) return;
          // A version-1 computed column is the add-on's: it gets the marker it would have today.
          out.push({ sheet: tasks.name, kind: 'header', row: r + 1, col: c + 1, from: cellText(v), to: def.vi, note: `${t('vi', 'refresh.columnNote')} ${columnMarker(def.key)}` });
        });
      }
    }
    const settings = grids.find((g) => matchSheet(g.name, SETTINGS_SHEET));
    if (settings) {
      const r = headerRowOf(settings, (k) => k === headerKey('Key'));
      if (r >= 0) {
        let keyCol = -1;
        settings.values[r].forEach((v, c) => {
          const k = headerKey(cellText(v));
          if (k === headerKey('Key')) keyCol = c;
          const to = V1_SETTINGS_HEADER[k];
          if (to) out.push({ sheet: settings.name, kind: 'header', row: r + 1, col: c + 1, from: cellText(v), to });
        });
        for (let i = r + 1; i < settings.values.length && keyCol >= 0; i++) {
          const label = cellText(settings.values[i][keyCol] ?? null);
          const def = SETTING_DEFS.find((d) => d.key === label);
          if (def) out.push({ sheet: settings.name, kind: 'setting', row: i + 1, col: keyCol + 1, from: label, to: def.vi });
        }
      }
    }
    return out;
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2];

export interface MigrationPlan {
  from: number;
  to: number;
  /** The workbook was set up by a newer version: nothing may be changed. */
  tooNew: boolean;
  changes: MigrationChange[];
  /** The grids as they will read after the changes (setup repairs these). */
  grids: SheetGrid[];
  /** The writes: per sheet, one block per changed row span. */
  outputs: SheetOutput[];
}

/**
 * The version a workbook is at: the stored one, else 1 when tracker sheets exist (the first
 * releases stored no version), else the current one (nothing to migrate in a new workbook).
 */
export function currentVersion(stored: string | null, grids: readonly SheetGrid[]): number {
  const n = stored === null ? NaN : parseInt(stored, 10);
  if (Number.isFinite(n) && n >= 1) return n;
  const hasTracker = grids.some((g) => matchSheet(g.name, TASKS_SHEET) || matchSheet(g.name, SETTINGS_SHEET));
  return hasTracker ? 1 : LAYOUT_VERSION;
}

function apply(grids: readonly SheetGrid[], changes: readonly MigrationChange[]): SheetGrid[] {
  return grids.map((g) => {
    const mine = changes.filter((c) => c.sheet === g.name);
    if (!mine.length) return g;
    const values = g.values.map((row) => row.slice());
    for (const c of mine) values[c.row - 1][c.col - 1] = c.to;
    if (!mine.some((c) => c.note)) return { ...g, values };
    const notes = (g.notes ?? []).map((row) => row.slice());
    for (const c of mine) {
      if (!c.note) continue;
      while (notes.length < c.row) notes.push([]);
      while (notes[c.row - 1].length < c.col) notes[c.row - 1].push('');
      notes[c.row - 1][c.col - 1] = c.note;
    }
    return { ...g, values, notes };
  });
}

/** Writes for the changes: contiguous cells of one row (or one column) become one block. */
function outputs(changes: readonly MigrationChange[]): SheetOutput[] {
  const bySheet = new Map<string, MigrationChange[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const result: SheetOutput[] = [];
  for (const [sheet, list] of bySheet) {
    const blocks: CellBlock[] = [];
    const sorted = list.slice().sort((a, b) => a.col - b.col || a.row - b.row);
    for (const c of sorted) {
      const last = blocks[blocks.length - 1];
      const lastRow = last ? last.row + last.values.length - 1 : -1;
      if (last && !last.notes && !c.note && last.col === c.col && last.values[0].length === 1 && c.row === lastRow + 1) last.values.push([c.to]);
      else blocks.push({ row: c.row, col: c.col, values: [[c.to]], ...(c.note ? { notes: [[c.note]] } : {}) });
    }
    result.push({ sheet, mode: 'update', blocks });
  }
  return result;
}

export function planMigrations(grids: readonly SheetGrid[], stored: string | null): MigrationPlan {
  const from = currentVersion(stored, grids);
  if (from > LAYOUT_VERSION) return { from, to: from, tooNew: true, changes: [], grids: grids.slice(), outputs: [] };
  let current = grids.slice();
  const changes: MigrationChange[] = [];
  for (const m of MIGRATIONS) {
    if (m.to <= from) continue;
    const step = m.changes(current);
    current = apply(current, step);
    changes.push(...step);
  }
  return { from, to: LAYOUT_VERSION, tooNew: false, changes, grids: current, outputs: outputs(changes) };
}
