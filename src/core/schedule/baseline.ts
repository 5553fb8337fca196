/**
 * The baseline ("Chốt kế hoạch"): the due dates as they stood on the day the plan was frozen,
 * kept in the `Kế hoạch gốc` sheet (Mã, Nội dung, Hạn gốc, Chốt ngày, Số lần gia hạn, Hạn hiện tại).
 *
 * Each refresh compares the computed due of every task with the last due it saw (`Hạn hiện tại`):
 * a later date is one more extension. The last seen due is written back, so extensions are
 * counted across refreshes and a refresh run twice does not count twice.
 */
import { type CivilDate, diffDays } from '../dates/civil';
import { type Lang, t } from '../i18n';
import { cellText, parseDateCell, parseNumberCell } from '../plan/cells';
import type { CellValue } from '../sheet/cells';
import type { Problem } from '../plan/model';
import type { SheetGrid } from '../sheet/grid';
import { headerKey } from '../text/normalize';
import type { CellBlock, OutCell, SheetOutput } from '../sheet/output';
import { idKey } from './links';
import { DATE_FORMAT } from './task-columns';
import type { Schedule } from './types';

export const BASELINE_SHEET = { vi: 'Kế hoạch gốc', en: 'Baseline', aliases: ['Ke hoach goc', 'Kế hoạch ban đầu'] };

type BaselineColumn = 'id' | 'title' | 'due' | 'frozenOn' | 'extensions' | 'currentDue';
const COLUMNS: Array<{ key: BaselineColumn; names: string[]; width: number }> = [
  { key: 'id', names: ['Mã', 'ID', 'Code'], width: 70 },
  { key: 'title', names: ['Nội dung', 'Nội dung công việc', 'Task', 'Title'], width: 360 },
  { key: 'due', names: ['Hạn gốc', 'Baseline due', 'Hạn ban đầu'], width: 100 },
  { key: 'frozenOn', names: ['Chốt ngày', 'Frozen on', 'Ngày chốt'], width: 100 },
  { key: 'extensions', names: ['Số lần gia hạn', 'Extensions', 'Gia hạn'], width: 110 },
  { key: 'currentDue', names: ['Hạn hiện tại', 'Current due', 'Last seen due'], width: 110 },
];

export function isBaselineSheet(name: string): boolean {
  const k = headerKey(name);
  return [BASELINE_SHEET.vi, BASELINE_SHEET.en, ...BASELINE_SHEET.aliases].some((n) => headerKey(n) === k);
}

export interface BaselineEntry {
  /** 1-based sheet row. */
  row: number;
  id: string;
  title: string;
  baselineDue: CivilDate | null;
  frozenOn: CivilDate | null;
  extensions: number;
  lastDue: CivilDate | null;
}

export interface Baseline {
  sheet: string;
  headerRow: number;
  /** 0-based column of each recognised column. */
  columns: Partial<Record<BaselineColumn, number>>;
  entries: BaselineEntry[];
  frozenOn: CivilDate | null;
  height: number;
}

/** Reads the baseline sheet; null with a problem when it cannot be understood. */
export function readBaseline(grid: SheetGrid): { baseline: Baseline | null; problems: Problem[] } {
  const keyToCol = new Map<string, BaselineColumn>();
  for (const c of COLUMNS) for (const n of c.names) keyToCol.set(headerKey(n), c.key);
  let headerRow = -1;
  let columns: Partial<Record<BaselineColumn, number>> = {};
  for (let r = 0; r < Math.min(6, grid.values.length) && headerRow < 0; r++) {
    const found: Partial<Record<BaselineColumn, number>> = {};
    grid.values[r].forEach((v, c) => {
      const k = typeof v === 'string' ? keyToCol.get(headerKey(v)) : undefined;
      if (k && found[k] === undefined) found[k] = c;
    });
    if (found.id !== undefined && found.due !== undefined) { headerRow = r + 1; columns = found; }
  }
  if (headerRow < 0) {
    return { baseline: null, problems: [{ sheet: 'workbook', row: 0, code: 'baselineNoHeader', params: { sheet: grid.name }, severity: 'warning' }] };
  }
  const get = (row: CellValue[], k: BaselineColumn): CellValue => {
    const c = columns[k];
    return c === undefined || c >= row.length ? null : row[c];
  };
  const date = (v: CellValue) => { const p = parseDateCell(v); return p.ok ? p.value : null; };
  const entries: BaselineEntry[] = [];
  let frozenOn: CivilDate | null = null;
  for (let r = headerRow; r < grid.values.length; r++) {
    const row = grid.values[r];
    const id = cellText(get(row, 'id'));
    if (!id) continue;
    const ext = parseNumberCell(get(row, 'extensions'));
    const e: BaselineEntry = {
      row: r + 1, id, title: cellText(get(row, 'title')),
      baselineDue: date(get(row, 'due')), frozenOn: date(get(row, 'frozenOn')),
      extensions: ext.ok && ext.value !== null && ext.value >= 0 ? Math.floor(ext.value) : 0,
      lastDue: date(get(row, 'currentDue')),
    };
    if (!frozenOn && e.frozenOn) frozenOn = e.frozenOn;
    entries.push(e);
  }
  return { baseline: { sheet: grid.name, headerRow, columns, entries, frozenOn, height: grid.values.length }, problems: [] };
}

export interface BaselineTrack {
  id: string;
  title: string;
  baselineDue: CivilDate | null;
  currentDue: CivilDate | null;
  /** currentDue − baselineDue in calendar days (positive: later than planned). */
  slipDays: number | null;
  extensions: number;
}

export interface BaselineReport {
  frozenOn: CivilDate | null;
  tracks: BaselineTrack[];
  /** Tasks without a `Mã`: they cannot be matched to the baseline. */
  withoutId: number;
}

/**
 * Compares the schedule with the baseline and counts new extensions. Returns the report the
 * overview shows and what to write back (`Số lần gia hạn`, `Hạn hiện tại`), one block per run
 * of adjacent columns.
 */
export function trackBaseline(baseline: Baseline, schedule: Schedule, lang: Lang): { report: BaselineReport; output: SheetOutput } {
  const byKey = new Map<string, Schedule['tasks'][number]>();
  for (const st of schedule.tasks) if (st.task.id && !byKey.has(idKey(st.task.id))) byKey.set(idKey(st.task.id), st);
  const updated = new Map<number, { extensions: number; lastDue: CivilDate | null }>();
  const tracks: BaselineTrack[] = [];
  for (const e of baseline.entries) {
    const st = byKey.get(idKey(e.id));
    const current = st ? st.due : null;
    let extensions = e.extensions;
    let lastDue = e.lastDue ?? e.baselineDue;
    if (current) {
      if (lastDue && current > lastDue) extensions++;
      lastDue = current;
    }
    updated.set(e.row, { extensions, lastDue });
    if (st) {
      tracks.push({
        id: e.id, title: st.task.title || e.title, baselineDue: e.baselineDue, currentDue: current,
        slipDays: current && e.baselineDue ? diffDays(e.baselineDue, current) : null, extensions,
      });
    }
  }
  const report: BaselineReport = {
    frozenOn: baseline.frozenOn, tracks,
    withoutId: schedule.tasks.filter((st) => !st.task.id && !st.isGroup).length,
  };

  // Write back the two tracking columns (header + every row below it), created when missing.
  const cols = { ...baseline.columns };
  let width = Math.max(...Object.values(cols).map((c) => (c as number) + 1));
  const header: Partial<Record<BaselineColumn, string>> = {};
  for (const k of ['extensions', 'currentDue'] as const) {
    if (cols[k] === undefined) { cols[k] = width++; header[k] = t(lang, k === 'extensions' ? 'baseline.extensions' : 'baseline.currentDue'); }
  }
  const last = Math.max(baseline.height, baseline.headerRow);
  const cell = (k: 'extensions' | 'currentDue', r: number): OutCell => {
    const u = updated.get(r);
    if (!u) return null;
    if (k === 'extensions') return u.extensions;
    return u.lastDue ? { date: u.lastDue } : null;
  };
  const keys = (['extensions', 'currentDue'] as const).slice().sort((a, b) => (cols[a] as number) - (cols[b] as number));
  const adjacent = (cols[keys[1]] as number) === (cols[keys[0]] as number) + 1;
  const runs = adjacent ? [keys] : keys.map((k) => [k]);
  const blocks: CellBlock[] = runs.map((run) => {
    const values: OutCell[][] = [run.map((k) => header[k] ?? null)];
    const formats: Array<Array<string | null>> = [run.map(() => null)];
    for (let r = baseline.headerRow + 1; r <= last; r++) {
      values.push(run.map((k) => cell(k, r)));
      formats.push(run.map((k) => (k === 'currentDue' ? DATE_FORMAT : '0')));
    }
    // The header cell is rewritten only when the column is new; an existing header keeps its text.
    const startRow = run.some((k) => header[k]) ? baseline.headerRow : baseline.headerRow + 1;
    return {
      row: startRow, col: (cols[run[0]] as number) + 1,
      values: startRow === baseline.headerRow ? values : values.slice(1),
      numberFormats: startRow === baseline.headerRow ? formats : formats.slice(1),
    };
  });
  return { report, output: { sheet: baseline.sheet, mode: 'update', blocks, minColumns: width } };
}

/** "Chốt kế hoạch": a fresh baseline sheet with every task's current due. */
export function freezeBaseline(schedule: Schedule, lang: Lang, sheetName: string = BASELINE_SHEET.vi): { output: SheetOutput; count: number } {
  const head: OutCell[] = [
    t(lang, 'baseline.id'), t(lang, 'baseline.title'), t(lang, 'baseline.due'),
    t(lang, 'baseline.frozenOn'), t(lang, 'baseline.extensions'), t(lang, 'baseline.currentDue'),
  ];
  const values: OutCell[][] = [head];
  const formats: Array<Array<string | null>> = [head.map(() => null)];
  const bold: Array<Array<boolean | null>> = [head.map(() => true)];
  const seen = new Set<string>();
  for (const st of schedule.tasks) {
    if (!st.task.id || seen.has(idKey(st.task.id))) continue;
    seen.add(idKey(st.task.id));
    const due: OutCell = st.due ? { date: st.due } : null;
    values.push([st.task.id, st.task.title, due, { date: schedule.today }, 0, due]);
    formats.push(['@', null, DATE_FORMAT, DATE_FORMAT, '0', DATE_FORMAT]);
    bold.push([null, null, null, null, null, null]);
  }
  return {
    count: values.length - 1,
    output: {
      sheet: sheetName, mode: 'replace', frozenRows: 1,
      blocks: [{ row: 1, col: 1, values, numberFormats: formats, bold, wrap: false }],
      columnWidths: COLUMNS.map((c, i) => [i + 1, c.width] as [number, number]),
      print: { landscape: false, paper: 'A4', fitToWidth: true },
    },
  };
}
