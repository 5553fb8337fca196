/**
 * The Gantt layout's shape: what layout.ts computes and svg.ts, sheet.ts and the dialog read.
 * Kept apart from layout.ts so the dialog's bundle needs neither the schedule nor the catalogue.
 */
import type { CivilDate } from '../dates/civil';
import type { Lang } from '../i18n';
import type { ScheduleStatus } from '../schedule/types';
import type { GanttScale, Period } from './axis';

export interface GanttRow {
  /** Unique in the layout: `r<sheet row>` for a task, `g<n>` for a section. */
  key: string;
  kind: 'task' | 'group';
  /** `Mã` as typed ('' for sections and tasks without one). */
  id: string;
  title: string;
  /** Indent: heading rows above it, plus one inside a section. */
  level: number;
  lead: string[];
  support: string[];
  /** Start in force (typed or derived); a section's earliest date. */
  start: CivilDate | null;
  /** Due in force; a section's latest due. */
  end: CivilDate | null;
  status: ScheduleStatus | null;
  statusLabel: string;
  /** 0..1 */
  progress: number;
  critical: boolean;
  /** A one-day task (start = due): drawn as ◆. */
  milestone: boolean;
  /**
   * Where the bar of a task with a deadline and no start begins: the working week that ends at
   * the deadline. Only drawn, never shown as a start date (the plan gave none).
   */
  barStart?: CivilDate | null;
  /** When a late predecessor pushes the task: its forecast end, drawn as a dashed extension past `end`. */
  forecastEnd?: CivilDate | null;
  /** Drawn as a summary: a section, or the heading row of hierarchical IDs. */
  summary: boolean;
  /** Problems of the row, as sentences in the layout's language. */
  problems: string[];
  /** 1-based row of the task sheet (null for sections). */
  row: number | null;
  /** Sections: how many tasks. */
  count: number;
  /** The task's latest unit report, one line (tooltip). */
  report?: string;
}

export interface GanttLink {
  /** Keys of the rows: the arrow runs from `from`'s end to `to`'s start (fs) or end (ff). */
  from: string;
  to: string;
  type: 'fs' | 'ff';
  critical: boolean;
}

export interface GanttLabels {
  colId: string;
  colTask: string;
  colLead: string;
  colStart: string;
  colDue: string;
  colStatus: string;
  colProgress: string;
  colCritical: string;
  /** `Tháng {m}/{y}` */
  month: string;
  /** `T{m}` */
  monthShort: string;
  /** Sunday first. */
  weekdays: string[];
  dayOff: string;
  makeup: string;
  scale: Record<GanttScale, string>;
  statuses: Record<ScheduleStatus, string>;
}

export interface GanttLayout {
  lang: Lang;
  planName: string;
  today: CivilDate;
  /** Scale of the sheet and of the dialog when it opens. */
  scale: GanttScale;
  /** The dates the chart covers (inclusive), before aligning to a scale's periods. */
  range: { start: CivilDate; end: CivilDate };
  /** `scale`'s periods over the range: the sheet's timeline columns. */
  columns: Period[];
  /** Non-working days in the range: weekends and days off, with the day off's name. */
  daysOff: Array<{ date: CivilDate; name: string }>;
  /** Weekend days that are working days (làm bù). */
  workingWeekends: CivilDate[];
  rows: GanttRow[];
  links: GanttLink[];
  /** Name of the task sheet the `row` numbers refer to. */
  tasksSheet: string;
  labels: GanttLabels;
  /** Things the user should know about the drawing (a coarser scale, clipped tasks). */
  notes: string[];
}

/** The dates a row's bar covers: a milestone is its due day; a deadline alone, the week before it. */
export function barDates(row: Pick<GanttRow, 'start' | 'end'> & { barStart?: CivilDate | null }): { start: CivilDate; end: CivilDate } | null {
  if (!row.end) return null;
  const s = row.start ?? row.barStart ?? row.end;
  return s <= row.end ? { start: s, end: row.end } : { start: row.end, end: s };
}
