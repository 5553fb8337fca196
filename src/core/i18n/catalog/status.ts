/** The schedule statuses shown in the Tình trạng column (`status.*`). */
import { words } from './words';

export const vi = {
  'status.done': 'Hoàn thành',
  'status.doneLate': words.doneLate.vi,
  'status.overdue': words.overdue.vi,
  'status.dueToday': words.dueToday.vi,
  'status.dueSoon': words.dueSoon.vi,
  'status.inProgress': words.inProgress.vi,
  'status.notStarted': words.notStarted.vi,
  'status.paused': words.paused.vi,
  'status.cancelled': words.cancelled.vi,
} as const;

export const en: Record<keyof typeof vi, string> = {
  'status.done': 'Done',
  'status.doneLate': words.doneLate.en,
  'status.overdue': words.overdue.en,
  'status.dueToday': words.dueToday.en,
  'status.dueSoon': words.dueSoon.en,
  'status.inProgress': words.inProgress.en,
  'status.notStarted': words.notStarted.en,
  'status.paused': words.paused.en,
  'status.cancelled': words.cancelled.en,
};
