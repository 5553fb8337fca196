/**
 * What a refresh writes on the task sheet: the computed columns (found by their header, or
 * appended after the last used column), status colours, data validation, a frozen header.
 * The user's own columns are never in a block: only validation rules touch them.
 */
import { formatDMY } from '../dates/civil';
import { type Lang, t } from '../i18n';
import type { CellValue } from '../sheet/cells';
import { COMPUTED_COLUMNS, type ComputedColumn, USER_STATUSES, columnMarker } from '../plan/columns';
import { problemText } from '../plan/problems';
import type { TaskLayout } from '../plan/read';
import type { SheetGrid } from '../sheet/grid';
import type { CellBlock, ConditionalRule, OutCell, SheetOutput, ValidationRule } from '../sheet/output';
import { HEADER_BACKGROUND, HEADER_FONT } from '../plan/template';
import type { Schedule, ScheduleStatus, ScheduledTask } from './types';
import { columnLetters } from '../sheet/a1';

export const STATUS_RULE_TAG = 'tiendo-status';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Rows below the data that still get validation and colours, so the next rows typed are checked too. */
export const ROOM_BELOW = 500;

/** Colours of the `Tình trạng` cells (background, text). */
export const STATUS_COLOURS: Record<ScheduleStatus, { background: string; fontColor: string; bold?: boolean }> = {
  overdue: { background: '#f4c7c3', fontColor: '#a50e0e', bold: true },
  dueToday: { background: '#fbd7a6', fontColor: '#8a4b00', bold: true },
  dueSoon: { background: '#fff2cc', fontColor: '#7a5c00' },
  inProgress: { background: '#d2e3fc', fontColor: '#174ea6' },
  notStarted: { background: '#ffffff', fontColor: '#3c4043' },
  paused: { background: '#e8eaed', fontColor: '#5f6368' },
  doneLate: { background: '#e6f4ea', fontColor: '#b06000' },
  done: { background: '#ceead6', fontColor: '#0d652d' },
  cancelled: { background: '#f1f3f4', fontColor: '#9aa0a6' },
};

export function statusLabel(s: ScheduleStatus, lang: Lang): string {
  return t(lang, `status.${s}` as Parameters<typeof t>[1]);
}

/** "Dự kiến xong …" when a late predecessor pushes the task past its planned due; '' otherwise. */
export function forecastNote(st: ScheduledTask, lang: Lang): string {
  if (!st.delayedBy || !st.forecastDue || !st.due || st.forecastDue <= st.due) return '';
  return t(lang, 'note.forecast', { forecast: formatDMY(st.forecastDue), due: formatDMY(st.due), ref: st.delayedBy });
}

/** The `Kiểm tra` text of a task: its problems, then the note of a moved deadline. */
export function rowMessages(st: ScheduledTask, schedule: Schedule, lang: Lang): string {
  const parts = st.problems.map((p) => problemText(p, lang));
  if (st.inCycleOf !== undefined) parts.push(t(lang, 'note.inCycle', { row: st.inCycleOf }));
  const forecast = forecastNote(st, lang);
  if (forecast) parts.push(forecast);
  if (st.dueMovedFrom && st.due) {
    parts.push(t(lang, 'note.dueMoved', {
      from: formatDMY(st.dueMovedFrom), to: formatDMY(st.due),
      name: schedule.calendar.dayOffName(st.dueMovedFrom, lang) ?? '',
    }));
  }
  return parts.join('; ');
}

function computedValue(key: ComputedColumn, st: ScheduledTask, schedule: Schedule, lang: Lang): OutCell {
  switch (key) {
    case 'computedDue': return st.due ? { date: st.due } : null;
    case 'scheduleStatus': return statusLabel(st.status, lang);
    case 'workdaysLeft': return st.workdaysLeft;
    case 'critical': return st.critical ? '✓' : null;
    case 'problems': return rowMessages(st, schedule, lang) || null;
  }
}

/** Where each computed column is (0-based), and which ones this refresh appends. */
export function computedPositions(layout: TaskLayout): { pos: Record<ComputedColumn, number>; appended: Set<ComputedColumn> } {
  const pos = {} as Record<ComputedColumn, number>;
  const appended = new Set<ComputedColumn>();
  let next = layout.width;
  for (const c of COMPUTED_COLUMNS) {
    const at = layout.computed[c.key];
    if (at !== undefined) pos[c.key] = at;
    else { pos[c.key] = next++; appended.add(c.key); }
  }
  return { pos, appended };
}

export function taskSheetOutput(schedule: Schedule, layout: TaskLayout, grid: SheetGrid | null, lang: Lang): SheetOutput {
  const { pos, appended } = computedPositions(layout);
  const byRow = new Map<number, ScheduledTask>();
  for (const st of schedule.tasks) byRow.set(st.task.row, st);
  const firstData = layout.headerRow + 1;
  const lastData = Math.max(layout.height, layout.headerRow);
  const headerCells = grid?.values[layout.headerRow - 1] ?? [];

  // One block per run of adjacent computed columns: a single block when they sit together.
  const keys = [...COMPUTED_COLUMNS].sort((a, b) => pos[a.key] - pos[b.key]);
  const runs: Array<typeof keys> = [];
  for (const c of keys) {
    const run = runs[runs.length - 1];
    if (run && pos[run[run.length - 1].key] + 1 === pos[c.key]) run.push(c);
    else runs.push([c]);
  }
  const blocks: CellBlock[] = runs.map((run) => {
    const header: OutCell[] = run.map((c) => {
      const existing: CellValue | undefined = headerCells[pos[c.key]];
      return !appended.has(c.key) && typeof existing === 'string' && existing ? existing : lang === 'en' ? c.en : c.vi;
    });
    const values: OutCell[][] = [header];
    // The marker note is what makes a column ours (see columns.ts): written once, when the column
    // is created or when a column of an earlier version is first taken over.
    const unmarked = new Set(layout.unmarked ?? []);
    const headerNotes = run.map((c) => (appended.has(c.key) || unmarked.has(c.key) ? `${t(lang, 'refresh.columnNote')} ${columnMarker(c.key)}` : null));
    const formats: Array<Array<string | null>> = [run.map(() => null)];
    // The computed headers look like the input ones (template.ts); the whole block wraps and
    // sits at the top of its cells like the input, so a long «Kiểm tra» stays readable in print.
    const bold: Array<Array<boolean | null>> = [run.map(() => true)];
    const backgrounds: Array<Array<string | null>> = [run.map(() => HEADER_BACKGROUND)];
    const fontColors: Array<Array<string | null>> = [run.map(() => HEADER_FONT)];
    for (let r = firstData; r <= lastData; r++) {
      const st = byRow.get(r);
      values.push(run.map((c) => (st ? computedValue(c.key, st, schedule, lang) : null)));
      formats.push(run.map((c) => (c.key === 'computedDue' ? DATE_FORMAT : c.key === 'workdaysLeft' ? '0' : null)));
      bold.push(run.map(() => null));
      backgrounds.push(run.map(() => null));
      fontColors.push(run.map(() => null));
    }
    const notes = headerNotes.some((n) => n !== null) ? [headerNotes, ...values.slice(1).map((r) => r.map(() => null))] : undefined;
    return { row: layout.headerRow, col: pos[run[0].key] + 1, values, numberFormats: formats, bold, backgrounds, fontColors, wrap: true, ...(notes ? { notes } : {}) };
  });

  const ruleEnd = lastData + ROOM_BELOW;
  const statusCol = columnLetters(pos.scheduleStatus + 1);
  const statusRange = `${statusCol}${firstData}:${statusCol}${ruleEnd}`;
  const rules: ConditionalRule[] = (Object.keys(STATUS_COLOURS) as ScheduleStatus[])
    .filter((s) => s !== 'notStarted')
    .map((s) => ({
      range: statusRange,
      formula: `=$${statusCol}${firstData}="${statusLabel(s, lang).replace(/"/g, '""')}"`,
      ...STATUS_COLOURS[s],
    }));

  const validations: ValidationRule[] = [];
  const userCol = (k: string) => layout.columns[k];
  const range = (c: number) => `${columnLetters(c + 1)}${firstData}:${columnLetters(c + 1)}${ruleEnd}`;
  const status = userCol('status');
  if (status !== undefined) validations.push({ range: range(status), kind: 'list', values: [...USER_STATUSES], strict: false, help: t(lang, 'validation.status') });
  const remind = userCol('remind');
  if (remind !== undefined) validations.push({ range: range(remind), kind: 'list', values: [t('vi', 'value.yes'), t('vi', 'value.no')], strict: false, help: t(lang, 'validation.remind') });
  for (const k of ['start', 'due', 'doneOn']) {
    const c = userCol(k);
    if (c !== undefined) validations.push({ range: range(c), kind: 'date', strict: false, help: t(lang, 'validation.date') });
  }
  const pct = userCol('percent');
  if (pct !== undefined) validations.push({ range: range(pct), kind: 'percent', strict: false, help: t(lang, 'validation.percent') });

  const widths: Array<[number, number]> = COMPUTED_COLUMNS.filter((c) => appended.has(c.key)).map((c) => [pos[c.key] + 1, c.width ?? 100]);
  return {
    sheet: layout.name, mode: 'update', blocks, frozenRows: layout.headerRow,
    conditionalRules: { ownerTag: STATUS_RULE_TAG, rules }, validations,
    columnWidths: widths.length ? widths : undefined,
    minRows: ruleEnd, minColumns: Math.max(...Object.values(pos)) + 1,
  };
}
