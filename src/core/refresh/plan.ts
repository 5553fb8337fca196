/**
 * A refresh as one pure step: the grids a host read → the schedule and every sheet output to
 * write (computed columns on `Công việc`, `Tổng quan`, the baseline's tracking columns).
 * Hosts only read before and write after, so the work is the same in Sheets, on .xlsx and in tests.
 * It sits above schedule, reports and gantt because it joins them: none of them needs the others'
 * outputs.
 */
import { ganttOutputs } from '../gantt/outputs';
import type { CivilDate } from '../dates/civil';
import type { Lang } from '../i18n';
import type { Problem } from '../plan/model';
import { type Workbook, readWorkbook } from '../plan/read';
import type { SheetGrid } from '../sheet/grid';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET, matchSheet } from '../plan/columns';
import type { SheetOutput } from '../sheet/output';
import { type Baseline, type BaselineReport, freezeBaseline, isBaselineSheet, readBaseline, trackBaseline } from '../schedule/baseline';
import { computeSchedule } from '../schedule/compute';
import { REPORTS_SHEET } from '../plan/reports-sheet';
import { reportsOverview } from '../reports/overview';
import { type ReportDecision, type ReportsPlan, attachLatestReports, planReports } from '../reports/plan';
import { overviewOutput } from '../schedule/overview';
import { taskSheetOutput } from '../schedule/task-columns';
import type { Schedule, ScheduleStatus } from '../schedule/types';

/** The sheets a refresh reads, each once: tasks, people, days off, settings and the baseline. */
export function sheetsToRead(names: ReadonlyArray<string>): string[] {
  const defs = [TASKS_SHEET, PEOPLE_SHEET, HOLIDAYS_SHEET, SETTINGS_SHEET];
  const picked: string[] = [];
  for (const def of defs) {
    const name = names.find((n) => matchSheet(n, def));
    if (name) picked.push(name);
  }
  const base = names.find(isBaselineSheet);
  if (base) picked.push(base);
  const reports = names.find((n) => matchSheet(n, REPORTS_SHEET));
  if (reports) picked.push(reports);
  return picked;
}

export interface RefreshSummary {
  /** Tasks counted (heading rows left out). */
  taskCount: number;
  counts: Record<ScheduleStatus, number>;
  problemCount: number;
  today: CivilDate;
}

export interface RefreshPlan {
  workbook: Workbook;
  schedule: Schedule;
  baseline: BaselineReport | null;
  /** What to write, in order: task sheet, baseline tracking (when any), overview. */
  outputs: SheetOutput[];
  /** Every problem found: the workbook's, the schedule's and the baseline's. */
  problems: Problem[];
  summary: RefreshSummary;
  lang: Lang;
  /** The units' reports: verdicts, latest per task (src/core/reports). */
  reports: ReportsPlan;
}

export interface PlanOptions {
  /** Language of the written texts; the `Ngôn ngữ` setting when not given. */
  lang?: Lang;
  /** "Chốt kế hoạch": replace the baseline with today's due dates. */
  freeze?: boolean;
  /** Waiting unit reports the coordinator approves or refuses in this run. */
  reports?: ReportDecision;
}

export function planRefresh(grids: SheetGrid[], today: CivilDate, opts: PlanOptions = {}): RefreshPlan {
  const read = readWorkbook(grids);
  const lang: Lang = opts.lang ?? read.settings.language;
  // Units' reports first: the ones applied now change the tasks the schedule is computed from.
  const reports = planReports(grids, read, today, lang, opts.reports);
  const workbook = reports.workbook;
  const schedule = computeSchedule(workbook, today);
  attachLatestReports(schedule, reports, lang);
  const outputs: SheetOutput[] = [];
  const extra: Problem[] = [...reports.problems];
  const tasksGrid = grids.find((g) => matchSheet(g.name, TASKS_SHEET)) ?? null;
  if (workbook.layouts.tasks) outputs.push(withReportBlocks(taskSheetOutput(schedule, workbook.layouts.tasks, tasksGrid, lang), reports));
  if (reports.output) outputs.push(reports.output);

  let report: BaselineReport | null = null;
  const baseGrid = grids.find((g) => isBaselineSheet(g.name));
  if (opts.freeze) {
    const frozen = freezeBaseline(schedule, lang, baseGrid?.name);
    outputs.push(frozen.output);
    const fresh = readBaseline({ name: frozen.output.sheet, values: frozen.output.blocks[0].values as SheetGrid['values'] });
    if (fresh.baseline) report = trackBaseline(fresh.baseline, schedule, lang).report;
  } else if (baseGrid) {
    const read = readBaseline(baseGrid);
    extra.push(...read.problems);
    if (read.baseline) {
      const tracked = trackBaseline(read.baseline as Baseline, schedule, lang);
      report = tracked.report;
      outputs.push(tracked.output);
    }
  }
  if (report && report.withoutId) extra.push({ sheet: 'tasks', row: 0, code: 'baselineNoId', params: { count: report.withoutId }, severity: 'warning' });

  const sheetNames: Partial<Record<string, string>> = {};
  for (const [key, layout] of Object.entries(workbook.layouts)) if (layout) sheetNames[key] = layout.name;
  if (reports.sheet) sheetNames.reports = reports.sheet;
  const sections = reports.sheet ? [reportsOverview(reports.reports, today, lang)] : undefined;
  outputs.push(overviewOutput({ schedule, planName: workbook.settings.planName, lang, baseline: report, extraProblems: extra, sheetNames, sections }));
  // The Gantt sheet is regenerated by each refresh, so it never shows yesterday's plan.
  if (workbook.layouts.tasks) outputs.push(...ganttOutputs(schedule, workbook.settings, { lang, tasksSheet: workbook.layouts.tasks.name }));

  const counts = { done: 0, doneLate: 0, overdue: 0, dueToday: 0, dueSoon: 0, inProgress: 0, notStarted: 0, paused: 0, cancelled: 0 } as Record<ScheduleStatus, number>;
  let taskCount = 0;
  for (const st of schedule.tasks) if (!st.isGroup) { counts[st.status]++; taskCount++; }
  const problems = [...schedule.problems, ...extra];
  return { workbook, schedule, baseline: report, outputs, problems, lang, reports, summary: { taskCount, counts, problemCount: problems.length, today } };
}

/** The task sheet is written once: the reports' cells join its computed columns' write. */
function withReportBlocks(out: SheetOutput, reports: ReportsPlan): SheetOutput {
  if (!reports.taskBlocks.length) return out;
  return { ...out, blocks: [...out.blocks, ...reports.taskBlocks], minColumns: Math.max(out.minColumns ?? 0, reports.taskMinColumns) };
}
