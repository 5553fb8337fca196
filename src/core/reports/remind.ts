/**
 * What reminders carry about the units' reports: each task's pre-filled form link (from the one
 * stored pattern, no call per task), and for the coordinator's summary the reports that came in
 * since the last summary and the overdue tasks nobody has reported on for N working days.
 */
import { type CivilDate, formatDMY } from '../dates/civil';
import { type Lang, t } from '../i18n';
import type { Tracker } from '../plan/read';
import type { SheetGrid } from '../sheet/grid';
import type { Schedule } from '../schedule/types';
import { reportLink } from './form';
import { type JudgedReport, findReportsGrid, latestReportText, planReports } from './plan';

export interface ReminderReportHooks {
  reportLink?: (taskId: string) => string | null;
  latestReport?: (row: number) => string | null;
  summaryLists?: Array<{ title: string; items: string[]; empty?: string }>;
}

export function summaryReportLists(reports: readonly JudgedReport[], schedule: Schedule, since: CivilDate, staleDays: number, lang: Lang): NonNullable<ReminderReportHooks['summaryLists']> {
  const valid = reports.filter((r) => r.verdict !== 'invalid' && r.verdict !== 'rejected');
  const recent = valid.filter((r) => r.date && r.date >= since);
  const sinceText = formatDMY(since);
  const lists: NonNullable<ReminderReportHooks['summaryLists']> = [{
    title: t(lang, 'reports.summary.reported', { since: sinceText, n: recent.length }),
    items: recent.map((r) => t(lang, 'reports.overview.line', { id: r.taskId, title: r.taskTitle, text: latestReportText(r, lang) })),
    empty: t(lang, 'reports.summary.reportedNone', { since: sinceText }),
  }];
  if (staleDays > 0) {
    const cutoff = schedule.calendar.addWorkdays(schedule.today, -staleDays);
    const lastDate = new Map<number, CivilDate>();
    for (const r of valid) if (r.taskRow !== null && r.date && (lastDate.get(r.taskRow) ?? '') < r.date) lastDate.set(r.taskRow, r.date);
    const silent = schedule.tasks.filter((st) => !st.isGroup && st.status === 'overdue' && (lastDate.get(st.task.row) ?? '') <= cutoff);
    if (silent.length) {
      lists.push({
        title: t(lang, 'reports.summary.silent', { n: staleDays, count: silent.length }),
        items: silent.map((st) => `[${st.task.id}] ${st.task.title}${lastDate.has(st.task.row) ? ` (${formatDMY(lastDate.get(st.task.row) as CivilDate)})` : ''}`),
      });
    }
  }
  return lists;
}

/** Everything a reminder run needs from the reports, from the grids it has read already. */
export function reminderReportHooks(grids: readonly SheetGrid[], tracker: Tracker, schedule: Schedule, summarySince: CivilDate | null, lang: Lang): ReminderReportHooks {
  const pattern = tracker.settings.reportForm;
  const hooks: ReminderReportHooks = {};
  if (pattern) hooks.reportLink = (id) => reportLink(pattern, id);
  if (!findReportsGrid(grids)) return hooks;
  const judged = planReports(grids, tracker, schedule.today, lang);
  hooks.latestReport = (row) => {
    const l = judged.latest.get(row);
    return l ? latestReportText(l, lang) : null;
  };
  if (summarySince) hooks.summaryLists = summaryReportLists(judged.reports, schedule, summarySince, tracker.settings.reportStaleDays, lang);
  return hooks;
}
