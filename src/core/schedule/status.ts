/**
 * The schedule status of one task: exactly one of the nine, in this order of precedence:
 * cancelled and paused (the user said so), done / done late, then by the due date for open tasks
 * (overdue, due today, due soon), then by what was started.
 */
import type { CivilDate } from '../dates/civil';
import type { UserStatus } from '../plan/columns';
import type { ScheduleStatus } from './types';
import type { WorkCalendar } from '../dates/workdays';

export interface StatusInput {
  userStatus: UserStatus | null;
  isDone: boolean;
  doneOn: CivilDate | null;
  percent: number | null;
  due: CivilDate | null;
  today: CivilDate;
  /** `Sắp đến hạn` window, in working days. */
  horizon: number;
  calendar: WorkCalendar;
}

/** Done by the user's status, by 100 %, or by a completion date. */
export function isDoneTask(userStatus: UserStatus | null, percent: number | null, doneOn: CivilDate | null): boolean {
  return userStatus === 'done' || percent === 1 || doneOn !== null;
}

export function scheduleStatus(x: StatusInput): ScheduleStatus {
  if (x.userStatus === 'cancelled') return 'cancelled';
  if (x.isDone) return x.doneOn && x.due && x.doneOn > x.due ? 'doneLate' : 'done';
  if (x.userStatus === 'paused') return 'paused';
  if (x.due) {
    if (x.due < x.today) return 'overdue';
    if (x.due === x.today) return 'dueToday';
    if (x.horizon > 0 && x.calendar.workdaysBetween(x.today, x.due) <= x.horizon) return 'dueSoon';
  }
  if (x.userStatus === 'inProgress' || (x.percent !== null && x.percent > 0)) return 'inProgress';
  return 'notStarted';
}
