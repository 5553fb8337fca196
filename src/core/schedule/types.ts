/**
 * What a refresh computes for each task. Produced by `computeSchedule` (schedule/compute.ts)
 * and read by every later feature: the overview, Gantt, reminders and documents.
 */
import type { CivilDate } from '../dates/civil';
import type { Problem, Task } from '../plan/model';
import type { WorkCalendar } from '../dates/workdays';

export type ScheduleStatus =
  | 'done' | 'doneLate' | 'overdue' | 'dueToday' | 'dueSoon' | 'inProgress' | 'notStarted' | 'paused' | 'cancelled';

export const SCHEDULE_STATUSES: readonly ScheduleStatus[] = [
  'overdue', 'dueToday', 'dueSoon', 'inProgress', 'notStarted', 'paused', 'doneLate', 'done', 'cancelled',
];

export interface ScheduledTask {
  task: Task;
  /** Start in force: typed, or derived from finish-to-start dependencies. */
  start: CivilDate | null;
  /** Due in force (`Hạn tính toán`): typed, or derived from `Phụ thuộc`; moved off days off when the setting says so. */
  due: CivilDate | null;
  /** The due date fell on a day off and was moved to this (`due`) working day. */
  dueMovedFrom: CivilDate | null;
  status: ScheduleStatus;
  /** Working days d with today < d ≤ due; negative when overdue; null when done, cancelled or no due. */
  workdaysLeft: number | null;
  /** Effective completion 0..1 (1 when done). */
  progress: number;
  /** Done (by status, 100 % or a done date). */
  isDone: boolean;
  /** Open: not done, not paused, not cancelled. */
  isOpen: boolean;
  critical: boolean;
  /** Working days of slack on the dependency network; null when not computable. */
  slack: number | null;
  /** Problems of this row (reading and schedule), in the order found. */
  problems: Problem[];
  /** (Always set by computeSchedule; optional so hand-made fixtures stay valid.) A heading row: other tasks' `Mã` extend its own (`2` of `2.1`); its figures roll up from them. */
  isGroup?: boolean;
  /** Where `due` comes from. */
  dueSource?: 'typed' | 'dependency' | 'children' | null;
  /**
   * Forecast (finish-to-start): when a predecessor is late, the day this task can be done by,
   * its planned `due` pushed by the delay. Equal to `due` when nothing holds it up; `delayedBy`
   * names the predecessor (`Mã`) that pushes it.
   */
  forecastDue?: CivilDate | null;
  /** Forecast start, pushed like `forecastDue` (the Gantt draws the moved bar from it). */
  forecastStart?: CivilDate | null;
  delayedBy?: string;
  /** Row where the dependency loop this task is part of is reported (when it is not that row). */
  inCycleOf?: number;
  /** Resolved `Phụ thuộc` entries (for Gantt arrows and documents); unknown references left out. */
  links?: ScheduleLink[];
  /** The latest valid unit report, as one line (src/core/reports); absent without reports. */
  latestReport?: string;
}

export interface ScheduleLink {
  /** `Mã` of the task this one depends on. */
  from: string;
  /** `T3`: starts after T3 ends; `T3+n`: due n days after T3 ends; `T3-n`: due n days before T3 starts. */
  kind: 'finishToStart' | 'afterEnd' | 'beforeStart';
  days: number | null;
  workdays: boolean;
}

export interface SectionRollup {
  section: string;
  taskCount: number;
  /** Duration-weighted progress 0..1. */
  progress: number;
  start: CivilDate | null;
  due: CivilDate | null;
  counts: Partial<Record<ScheduleStatus, number>>;
  /** What the overview shows: the `Phần` text, or `2.1 — <title of row 2.1>` for an ID prefix. */
  title?: string;
  /** 0 for `Phần` sections and top-level ID prefixes, 1 for `2.1`, 2 for `2.1.3` … */
  level?: number;
  source?: 'section' | 'id';
}

export interface Schedule {
  today: CivilDate;
  tasks: ScheduledTask[];
  byId: Map<string, ScheduledTask>;
  sections: SectionRollup[];
  /** Every problem: the workbook's and the schedule's. */
  problems: Problem[];
  calendar: WorkCalendar;
  /** The whole plan as one roll-up (group rows left out so nothing counts twice). */
  overall?: SectionRollup;
}
