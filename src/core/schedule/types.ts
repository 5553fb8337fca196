/**
 * What a refresh computes for each task. Produced by `computeSchedule` (schedule/compute.ts)
 * and read by every later feature: the overview, Gantt, reminders and documents.
 */
import type { CivilDate } from '../dates/civil';
import type { Problem, Task } from '../plan/model';

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
}

export interface SectionRollup {
  section: string;
  taskCount: number;
  /** Duration-weighted progress 0..1. */
  progress: number;
  start: CivilDate | null;
  due: CivilDate | null;
  counts: Partial<Record<ScheduleStatus, number>>;
}

export interface WorkCalendar {
  isWorkday(d: CivilDate): boolean;
  /** Name of the holiday or day off, or null. */
  dayOffName(d: CivilDate): string | null;
  /** n working days after d (n may be negative). */
  addWorkdays(d: CivilDate, n: number): CivilDate;
  /** Number of working days x with a < x ≤ b (negative when b < a). */
  workdaysBetween(a: CivilDate, b: CivilDate): number;
  /** The first working day on or after d. */
  nextWorkday(d: CivilDate): CivilDate;
}

export interface Schedule {
  today: CivilDate;
  tasks: ScheduledTask[];
  byId: Map<string, ScheduledTask>;
  sections: SectionRollup[];
  /** Every problem: the workbook's and the schedule's. */
  problems: Problem[];
  calendar: WorkCalendar;
}
