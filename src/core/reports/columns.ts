/**
 * What the unit reports' columns hold: the form's questions in order, the statuses a unit can
 * report, and the task sheet's column showing the latest report. The sheet itself is defined in
 * plan/reports-sheet.ts, with the tracker's other sheets.
 */
import type { ReportColumn } from '../plan/reports-sheet';
import { headerKey } from '../text/normalize';

/** The form's questions, in order (the sheet's columns after the timestamp and the e-mail). */
export const FORM_COLUMNS: readonly ReportColumn[] = ['taskId', 'status', 'percent', 'doneOn', 'result', 'difficulties', 'proposals', 'newDue'];

/** What a unit says about its task (the form's `Tình trạng` choices). */
export type ReportedStatus = 'inProgress' | 'done' | 'blocked' | 'extension';

export const REPORTED_STATUSES: ReadonlyArray<{ key: ReportedStatus; vi: string; en: string; aliases: string[] }> = [
  { key: 'inProgress', vi: 'Đang thực hiện', en: 'In progress', aliases: ['Đang làm', 'Started'] },
  { key: 'done', vi: 'Đã hoàn thành', en: 'Done', aliases: ['Hoàn thành', 'Xong', 'Đã xong', 'Completed', 'Complete'] },
  { key: 'blocked', vi: 'Gặp khó khăn', en: 'Facing difficulties', aliases: ['Vướng mắc', 'Blocked', 'Difficulties'] },
  { key: 'extension', vi: 'Đề nghị gia hạn', en: 'Requesting an extension', aliases: ['Gia hạn', 'Xin gia hạn', 'Extension', 'Extension request'] },
];

export function parseReportedStatus(text: string): ReportedStatus | null {
  const k = headerKey(text);
  if (!k) return null;
  for (const s of REPORTED_STATUSES) if ([s.vi, s.en, ...s.aliases].some((n) => headerKey(n) === k)) return s.key;
  return null;
}

export function reportedStatusLabel(s: ReportedStatus, lang: 'vi' | 'en'): string {
  const def = REPORTED_STATUSES.find((x) => x.key === s) as (typeof REPORTED_STATUSES)[number];
  return lang === 'en' ? def.en : def.vi;
}

/** The task sheet's column showing each task's latest valid report (written only where reports exist). */
export const LATEST_REPORT_COLUMN = { vi: 'Báo cáo gần nhất', en: 'Latest report', width: 260 };
