/**
 * A refresh as one pure step: the grids a host read → the schedule and every sheet output to
 * write (computed columns on `Công việc`, `Tổng quan`, the baseline's tracking columns).
 * Hosts only read before and write after, so the work is the same in Sheets, on .xlsx and in tests.
 */
import type { CivilDate } from '../dates/civil';
import type { Lang } from '../i18n';
import type { Problem } from '../plan/model';
import { type SheetGrid, type Workbook, readWorkbook } from '../plan/read';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET, matchSheet } from '../plan/columns';
import type { SheetOutput } from '../../ports';
import { type Baseline, type BaselineReport, freezeBaseline, isBaselineSheet, readBaseline, trackBaseline } from './baseline';
import { computeSchedule } from './compute';
import { overviewOutput } from './overview';
import { taskSheetOutput } from './task-columns';
import type { Schedule, ScheduleStatus } from './types';

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
}

export interface PlanOptions {
  /** Language of the written texts; the `Ngôn ngữ` setting when not given. */
  lang?: Lang;
  /** "Chốt kế hoạch": replace the baseline with today's due dates. */
  freeze?: boolean;
}

export function planRefresh(grids: SheetGrid[], today: CivilDate, opts: PlanOptions = {}): RefreshPlan {
  const workbook = readWorkbook(grids);
  const schedule = computeSchedule(workbook, today);
  const lang: Lang = opts.lang ?? workbook.settings.language;
  const outputs: SheetOutput[] = [];
  const extra: Problem[] = [];
  const tasksGrid = grids.find((g) => matchSheet(g.name, TASKS_SHEET)) ?? null;
  if (workbook.layouts.tasks) outputs.push(taskSheetOutput(schedule, workbook.layouts.tasks, tasksGrid, lang));

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
  outputs.push(overviewOutput({ schedule, planName: workbook.settings.planName, lang, baseline: report, extraProblems: extra, sheetNames }));

  const counts = { done: 0, doneLate: 0, overdue: 0, dueToday: 0, dueSoon: 0, inProgress: 0, notStarted: 0, paused: 0, cancelled: 0 } as Record<ScheduleStatus, number>;
  let taskCount = 0;
  for (const st of schedule.tasks) if (!st.isGroup) { counts[st.status]++; taskCount++; }
  const problems = [...schedule.problems, ...extra];
  return { workbook, schedule, baseline: report, outputs, problems, lang, summary: { taskCount, counts, problemCount: problems.length, today } };
}
