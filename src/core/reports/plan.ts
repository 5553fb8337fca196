/**
 * What the units' reports do to the plan, as one pure step of a refresh (or of an approval):
 *
 *   report sheet + tasks + people + settings → each report's verdict, the tasks as they stand
 *   once the applicable reports are applied, and the cells to write: the task sheet's user cells
 *   a report changes (with a note naming the report), its `Báo cáo gần nhất` column, and the
 *   report sheet's `Xử lý` column.
 *
 * A report from someone not assigned to the task, or about no known task, is refused and listed
 * as a problem. With `Áp dụng báo cáo của đơn vị` = `Chờ duyệt` (the default) a valid report waits
 * until the coordinator approves it; with `Ngay` it applies at the next refresh, except a request
 * for a new deadline, which always waits: the plan's deadlines are the coordinator's to move.
 * Every write covers one block per column, so the cost never grows with the number of reports.
 */
import { type CivilDate, formatDMY } from '../dates/civil';
import { type Lang, t } from '../i18n';
import type { Problem, ProblemCode, Task } from '../plan/model';
import { type Tracker } from '../plan/read';
import type { SheetGrid } from '../sheet/grid';
import { type UserStatus, matchSheet, userStatusLabel } from '../plan/columns';
import { computedPositions } from '../schedule/task-columns';
import type { Schedule } from '../schedule/types';
import type { CellBlock, OutCell, SheetOutput } from '../sheet/output';
import { Assignment } from './assignment';
import { LATEST_REPORT_COLUMN, reportedStatusLabel } from './columns';
import { REPORTS_SHEET, type ReportColumn } from '../plan/reports-sheet';
import { type HandlingKind, type ReportsLayout, type UnitReport, byTime, handlingIndex, readReports } from './read';
import { headerKey } from '../text/normalize';
import { neededColumns } from '../plan/header';

/** Which waiting reports the coordinator approves (or refuses) in this run. */
export interface ReportDecision {
  all?: boolean;
  /** Report sheet rows. */
  rows?: number[];
  /** Every waiting report of these tasks (`Mã`). */
  taskIds?: string[];
  /** Report sheet rows refused. */
  reject?: number[];
}

export type Verdict = 'applied' | 'pending' | 'approved' | 'rejected' | 'invalid';

export interface JudgedReport extends UnitReport {
  verdict: Verdict;
  /** Applied or approved in this run. */
  now: boolean;
  /** Why a report is invalid (catalogue code and parameters). */
  reason: { code: ProblemCode; params: Record<string, string | number> } | null;
  /** The task's row in the task sheet, when the task is known. */
  taskRow: number | null;
  taskTitle: string;
  /** The deadline before an extension this report asks for. */
  dueBefore: CivilDate | null;
}

export interface ReportsPlan {
  /** The report sheet's name, or null when the workbook has none. */
  sheet: string | null;
  reports: JudgedReport[];
  /** The tracker with every applied report in its tasks (what the schedule is computed from). */
  tracker: Tracker;
  /** Blocks for the task sheet (user cells changed by reports, `Báo cáo gần nhất`). */
  taskBlocks: CellBlock[];
  /** Minimum columns the task sheet needs for those blocks. */
  taskMinColumns: number;
  /** The report sheet's `Xử lý` column, when a verdict changed. */
  output: SheetOutput | null;
  problems: Problem[];
  /** Latest valid (not refused) report per task row. */
  latest: Map<number, JudgedReport>;
}

export function findReportsGrid(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => matchSheet(g.name, REPORTS_SHEET));
}

const DATE_FORMAT = 'dd/mm/yyyy';

function chosen(r: UnitReport, d: ReportDecision | undefined): 'approve' | 'reject' | null {
  if (!d) return null;
  if (d.reject?.includes(r.row)) return 'reject';
  if (d.all || d.rows?.includes(r.row) || d.taskIds?.some((id) => id === r.taskId)) return 'approve';
  return null;
}

export function handlingText(r: Pick<JudgedReport, 'verdict' | 'reason'>, today: CivilDate, lang: Lang, earlier: string | null): string {
  switch (r.verdict) {
    case 'applied': return earlier ?? t(lang, 'reports.handling.applied', { date: formatDMY(today) });
    case 'approved': return earlier ?? t(lang, 'reports.handling.approved', { date: formatDMY(today) });
    case 'rejected': return earlier ?? t(lang, 'reports.handling.rejected', { date: formatDMY(today) });
    case 'pending': return t(lang, 'reports.handling.pending');
    case 'invalid': return t(lang, 'reports.handling.invalid', { reason: r.reason ? t(lang, `problem.${r.reason.code}`, r.reason.params) : '' });
  }
}

/** The fields of a task a report changes; empty when it changes nothing. */
interface Change { status?: UserStatus; percent?: number; doneOn?: CivilDate; due?: CivilDate }

function changeOf(r: UnitReport, task: Task, today: CivilDate): Change {
  const c: Change = {};
  if (r.status === 'done') {
    c.status = 'done';
    // Done is 100 %, whatever figure came with it (a lower one would contradict the status).
    c.percent = 1;
    c.doneOn = r.doneOn ?? r.date ?? today;
  } else if (r.status) {
    c.status = 'inProgress';
    if (r.percent !== null) c.percent = r.percent;
  } else {
    if (r.percent !== null) c.percent = r.percent;
    if (r.doneOn) c.doneOn = r.doneOn;
  }
  if (r.newDue) c.due = r.newDue;
  // Only what differs is written.
  if (c.status === task.status) delete c.status;
  if (c.percent !== undefined && task.percent !== null && Math.abs(c.percent - task.percent) < 1e-9) delete c.percent;
  if (c.doneOn === task.doneOn) delete c.doneOn;
  if (c.due === task.due) delete c.due;
  return c;
}

export function latestReportText(r: JudgedReport, lang: Lang): string {
  const parts = [r.date ? formatDMY(r.date) : '', r.email, r.status ? reportedStatusLabel(r.status, lang) : '', r.percent !== null ? `${Math.round(r.percent * 100)}%` : ''];
  const text = parts.filter(Boolean).join(' · ');
  return r.verdict === 'pending' ? `${text} (${t(lang, 'reports.handling.pending').toLocaleLowerCase('vi')})` : text;
}

export function planReports(grids: readonly SheetGrid[], tracker: Tracker, today: CivilDate, lang: Lang, decision?: ReportDecision): ReportsPlan {
  const grid = findReportsGrid(grids);
  const empty: ReportsPlan = { sheet: grid?.name ?? null, reports: [], tracker, taskBlocks: [], taskMinColumns: 0, output: null, problems: [], latest: new Map() };
  const read = readReports(grid);
  if (!grid || !read.layout) {
    if (grid && grid.values.length > 0) empty.problems.push({ sheet: 'reports', row: 0, code: 'noHeader', params: neededColumns(REPORTS_SHEET, ['email', 'taskId'], grid.name), severity: 'warning' });
    return empty;
  }
  const layout = read.layout;
  const tasks = tracker.tasks.map((x) => ({ ...x }));
  const byId = new Map<string, number>();
  tasks.forEach((x, i) => { if (x.id && !byId.has(x.id)) byId.set(x.id, i); });
  const who = new Assignment(tracker.people);
  const auto = tracker.settings.reportApproval === 'auto';
  const problems: Problem[] = [];
  const judged: JudgedReport[] = [];
  const changed = new Map<number, { change: Change; report: JudgedReport }>();

  for (const r of [...read.reports].sort(byTime)) {
    const i = byId.get(r.taskId);
    const task = i === undefined ? null : tasks[i];
    const j: JudgedReport = { ...r, verdict: 'pending', now: false, reason: null, taskRow: task?.row ?? null, taskTitle: task?.title ?? '', dueBefore: task?.due ?? null };
    const refuse = (code: ProblemCode, column: ReportColumn, params: Record<string, string | number>) => {
      j.verdict = 'invalid';
      j.reason = { code, params };
      problems.push({ sheet: 'reports', row: r.row, column, code, params, severity: 'warning' });
    };
    if (r.bad) refuse('reportBadValue', r.bad.column, { value: r.bad.value });
    else if (!r.taskId) refuse('reportNoTask', 'taskId', {});
    else if (!task) refuse('reportUnknownTask', 'taskId', { id: r.taskId });
    else if (!who.mayReport(task, r.email)) refuse('reportNotAssigned', 'email', { email: r.email || '—', id: r.taskId });
    else if (r.handling === 'applied' || r.handling === 'approved' || r.handling === 'rejected') j.verdict = r.handling;
    else {
      const pick = chosen(r, decision);
      if (pick === 'reject') { j.verdict = 'rejected'; j.now = true; }
      else if (pick === 'approve') { j.verdict = 'approved'; j.now = true; }
      else if (auto && !r.newDue) { j.verdict = 'applied'; j.now = true; }
      else j.verdict = 'pending';
    }
    if (task && j.now && (j.verdict === 'applied' || j.verdict === 'approved')) {
      const c = changeOf(r, task, today);
      if (c.status) task.status = c.status;
      if (c.percent !== undefined) task.percent = c.percent;
      if (c.doneOn) task.doneOn = c.doneOn;
      if (c.due) task.due = c.due;
      const prev = changed.get(task.row);
      changed.set(task.row, { change: { ...(prev?.change ?? {}), ...c }, report: j });
    }
    judged.push(j);
  }

  const latest = new Map<number, JudgedReport>();
  for (const j of judged) if (j.taskRow !== null && j.verdict !== 'invalid' && j.verdict !== 'rejected') latest.set(j.taskRow, j);

  const taskBlocks: CellBlock[] = [];
  let taskMinColumns = 0;
  const tl = tracker.layouts.tasks;
  const tasksGrid = tl ? grids.find((g) => g.name === tl.name) : undefined;
  if (tl && tasksGrid) {
    taskBlocks.push(...userCellBlocks(changed, tl.columns, tasksGrid, lang));
    const latestCol = latestColumn(tl, tasksGrid);
    const values: OutCell[][] = [[lang === 'en' ? LATEST_REPORT_COLUMN.en : LATEST_REPORT_COLUMN.vi]];
    for (let row = tl.headerRow + 1; row <= Math.max(tl.height, tl.headerRow); row++) {
      const l = latest.get(row);
      values.push([l ? latestReportText(l, lang) : null]);
    }
    if (latestCol.existing) values[0][0] = latestCol.existing;
    taskBlocks.push({ row: tl.headerRow, col: latestCol.index + 1, values, bold: latestCol.existing ? undefined : [[true], ...values.slice(1).map(() => [null])] });
    taskMinColumns = latestCol.index + 1;
  }

  return {
    sheet: grid.name, reports: judged, tracker: { ...tracker, tasks }, taskBlocks, taskMinColumns,
    output: handlingOutput(layout, grid, judged, today, lang), problems, latest,
  };
}

/** Where `Báo cáo gần nhất` is: its header in the task sheet, or after the computed columns. */
function latestColumn(tl: NonNullable<Tracker['layouts']['tasks']>, grid: SheetGrid): { index: number; existing: string | null } {
  const header = grid.values[tl.headerRow - 1] ?? [];
  const want = [LATEST_REPORT_COLUMN.vi, LATEST_REPORT_COLUMN.en].map(headerKey);
  const at = header.findIndex((v) => typeof v === 'string' && want.includes(headerKey(v)));
  if (at >= 0) return { index: at, existing: header[at] as string };
  const { pos } = computedPositions(tl);
  return { index: Math.max(tl.width, ...Object.values(pos).map((p) => p + 1)), existing: null };
}

const FIELD_FORMAT: Record<keyof Change, string | null> = { status: null, percent: '0%', doneOn: DATE_FORMAT, due: DATE_FORMAT };

/**
 * One block per changed user column, from the first to the last changed row; rows in between
 * keep the value just read. A changed cell gets a note naming the report it came from.
 */
function userCellBlocks(changed: Map<number, { change: Change; report: JudgedReport }>, columns: Partial<Record<string, number>>, grid: SheetGrid, lang: Lang): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const field of ['status', 'percent', 'doneOn', 'due'] as const) {
    const col = columns[field];
    if (col === undefined) continue;
    const rows = [...changed.entries()].filter(([, v]) => v.change[field] !== undefined).map(([row]) => row).sort((a, b) => a - b);
    if (!rows.length) continue;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const values: OutCell[][] = [];
    const notes: Array<Array<string | null>> = [];
    const formats: Array<Array<string | null>> = [];
    for (let row = first; row <= last; row++) {
      const c = changed.get(row);
      const v = c?.change[field];
      if (c && v !== undefined) {
        values.push([field === 'status' ? userStatusLabel(v as UserStatus, 'vi') : field === 'percent' ? (v as number) : { date: v as CivilDate }]);
        notes.push([noteOf(c.report, lang)]);
        formats.push([FIELD_FORMAT[field]]);
      } else {
        values.push([grid.values[row - 1]?.[col] ?? null]);
        notes.push([null]);
        formats.push([null]);
      }
    }
    blocks.push({ row: first, col: col + 1, values, notes, numberFormats: formats });
  }
  return blocks;
}

function noteOf(r: JudgedReport, lang: Lang): string {
  return t(lang, 'reports.note', { email: r.email, date: r.date ? formatDMY(r.date) : '—', row: r.row, sheet: REPORTS_SHEET.vi });
}

/** The `Xử lý` column, written (one block, from the first to the last changed row) only when a verdict changed. */
function handlingOutput(layout: ReportsLayout, grid: SheetGrid, judged: JudgedReport[], today: CivilDate, lang: Lang): SheetOutput | null {
  const col = handlingIndex(layout);
  const texts = new Map<number, string>();
  for (const j of judged) {
    const current = String(grid.values[j.row - 1]?.[col] ?? '');
    const kind: HandlingKind = j.handling;
    const keep = !j.now && (kind === 'applied' || kind === 'approved' || kind === 'rejected') ? current : null;
    const text = handlingText(j, today, lang, keep);
    if (text !== current) texts.set(j.row, text);
  }
  const needHeader = layout.columns.handling === undefined;
  if (!texts.size && !needHeader) return null;
  const rows = [...texts.keys()].sort((a, b) => a - b);
  const blocks: CellBlock[] = [];
  if (needHeader) blocks.push({ row: layout.headerRow, col: col + 1, values: [[lang === 'en' ? 'Handling' : 'Xử lý']], bold: [[true]] });
  if (rows.length) {
    const values: OutCell[][] = [];
    for (let row = rows[0]; row <= rows[rows.length - 1]; row++) {
      const text = texts.get(row);
      // Rows in between keep what they hold.
      values.push([text ?? grid.values[row - 1]?.[col] ?? null]);
    }
    blocks.push({ row: rows[0], col: col + 1, values });
  }
  return {
    sheet: layout.name, mode: 'update', blocks,
    columnWidths: needHeader ? [[col + 1, 260]] : undefined, minColumns: col + 1,
  };
}

/** Puts each task's latest valid report on its scheduled task (Gantt tooltip, documents). */
export function attachLatestReports(schedule: Schedule, plan: Pick<ReportsPlan, 'latest'>, lang: Lang): void {
  if (!plan.latest.size) return;
  for (const st of schedule.tasks) {
    const l = plan.latest.get(st.task.row);
    if (l) st.latestReport = latestReportText(l, lang);
  }
}

/** For hosts that compute a schedule from grids they read (the Gantt dialog, `tiendo gantt`). */
export function attachReportsFromGrids(grids: readonly SheetGrid[], tracker: Tracker, schedule: Schedule, lang: Lang): void {
  if (!findReportsGrid(grids)) return;
  attachLatestReports(schedule, planReports(grids, tracker, schedule.today, lang), lang);
}
