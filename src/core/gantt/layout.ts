/**
 * One layout of the plan in time, drawn twice: as the `Gantt` sheet (sheet.ts) and as the SVG
 * of the dialog and the standalone page (svg.ts). It is plain JSON (civil dates as ISO strings,
 * no Map, no Date), so the server can hand it to the dialog through google.script.run as is.
 *
 * Rows keep the sheet's order. Tasks sharing a `Phần` are gathered under one section row (where
 * the section first appears) whose bar spans its tasks; the heading rows of hierarchical IDs
 * (`2` above `2.1`) stay where they are and are drawn as summaries too.
 */
import { type CivilDate, addDays, diffDays, formatDMY, fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../dates/civil';
import { type Lang, t } from '../i18n';
import { TASKS_SHEET } from '../plan/columns';
import { problemText } from '../plan/problems';
import { idPrefixes } from '../schedule/rollup';
import { forecastNote } from '../schedule/task-columns';
import type { Schedule, ScheduleStatus, ScheduledTask } from '../schedule/types';
import { SCHEDULE_STATUSES } from '../schedule/types';
import { type GanttLayout, type GanttLabels, type GanttLink, type GanttRow, barDates } from './model';
import { type GanttScale, type ScaleChoice, SCALES, autoScale, periodCount, periodEnd, periodStart, periods, shiftPeriods } from './axis';

/**
 * At most this many timeline columns on the sheet: 5 000 tasks × 408 columns is about two million
 * cells, a fifth of a spreadsheet's ten million, whatever scale the settings ask for.
 */
export const MAX_TIMELINE_COLUMNS = 400;

export type { GanttLayout, GanttLabels, GanttLink, GanttRow };
export { barDates };

export interface LayoutOptions {
  scale?: ScaleChoice;
  today?: CivilDate;
  lang?: Lang;
  planName?: string;
  tasksSheet?: string;
}

export function ganttLabels(lang: Lang): GanttLabels {
  const statuses = {} as Record<ScheduleStatus, string>;
  for (const s of SCHEDULE_STATUSES) statuses[s] = t(lang, `status.${s}` as Parameters<typeof t>[1]);
  return {
    colId: t(lang, 'gantt.col.id'),
    colTask: t(lang, 'gantt.col.task'),
    colLead: t(lang, 'gantt.col.lead'),
    colStart: t(lang, 'gantt.col.start'),
    colDue: t(lang, 'gantt.col.due'),
    colStatus: t(lang, 'gantt.col.status'),
    colProgress: t(lang, 'gantt.col.progress'),
    colCritical: t(lang, 'gantt.col.critical'),
    month: t(lang, 'gantt.month'),
    monthShort: t(lang, 'gantt.monthShort'),
    weekdays: t(lang, 'gantt.weekdays').split(','),
    dayOff: t(lang, 'gantt.dayOff'),
    makeup: t(lang, 'gantt.makeup'),
    scale: { day: t(lang, 'gantt.scale.day'), week: t(lang, 'gantt.scale.week'), month: t(lang, 'gantt.scale.month') },
    statuses,
  };
}

function rowProblems(st: ScheduledTask, schedule: Schedule, lang: Lang): string[] {
  const out = st.problems.map((p) => problemText(p, lang));
  const forecast = forecastNote(st, lang);
  if (forecast) out.push(forecast);
  if (st.dueMovedFrom && st.due) {
    out.push(t(lang, 'note.dueMoved', {
      from: formatDMY(st.dueMovedFrom), to: formatDMY(st.due), name: schedule.calendar.dayOffName(st.dueMovedFrom, lang) ?? '',
    }));
  }
  return out;
}

/** Working days of the bar of a task that has only a deadline: its last working week. */
export const DEADLINE_ONLY_DAYS = 5;

function taskRow(st: ScheduledTask, level: number, schedule: Schedule, labels: GanttLabels, lang: Lang): GanttRow {
  const start = st.start;
  const end = st.due;
  return {
    key: `r${st.task.row}`,
    kind: 'task',
    id: st.task.id,
    title: st.task.title,
    level,
    lead: st.task.lead,
    support: st.task.support,
    start,
    end,
    status: st.status,
    statusLabel: labels.statuses[st.status],
    progress: Math.max(0, Math.min(1, st.progress)),
    critical: st.critical,
    // A deadline with no start is not an event of one day: it gets a bar (see barStart), not a ◆.
    milestone: !!end && start === end,
    barStart: !start && end ? schedule.calendar.addWorkdays(end, -(DEADLINE_ONLY_DAYS - 1)) : null,
    forecastEnd: st.delayedBy && st.forecastDue && end && st.forecastDue > end ? st.forecastDue : null,
    summary: !!st.isGroup,
    problems: rowProblems(st, schedule, lang),
    row: st.task.row,
    count: 0,
    ...(st.latestReport ? { report: st.latestReport } : {}),
  };
}

/** Heading rows above a task: `2` and `2.1` for `2.1.3`, when they are rows of the plan. */
function headingDepth(st: ScheduledTask, schedule: Schedule): number {
  if (!st.task.id) return 0;
  return idPrefixes(st.task.id).filter((p) => schedule.byId.get(p)?.isGroup).length;
}

type Item = { task: ScheduledTask } | { section: string };

function orderedRows(schedule: Schedule, labels: GanttLabels, lang: Lang): GanttRow[] {
  // Sections are gathered where they first appear, so a section split by other rows is one group.
  const members = new Map<string, ScheduledTask[]>();
  const items: Item[] = [];
  for (const st of schedule.tasks) {
    const section = st.task.section.trim();
    if (!section) { items.push({ task: st }); continue; }
    let list = members.get(section);
    if (!list) {
      list = [];
      members.set(section, list);
      items.push({ section });
    }
    list.push(st);
  }
  const rollups = new Map(schedule.sections.filter((s) => s.source !== 'id').map((s) => [s.section, s]));
  const rows: GanttRow[] = [];
  let groups = 0;
  for (const item of items) {
    if ('task' in item) {
      rows.push(taskRow(item.task, headingDepth(item.task, schedule), schedule, labels, lang));
      continue;
    }
    const list = members.get(item.section) as ScheduledTask[];
    const level = headingDepth(list[0], schedule);
    const counted = list.filter((st) => !st.isGroup);
    const live = counted.filter((st) => st.status !== 'cancelled');
    let start: CivilDate | null = null;
    let end: CivilDate | null = null;
    for (const st of live) {
      const s = st.start ?? st.due;
      if (s && (!start || s < start)) start = s;
      if (st.due && (!end || st.due > end)) end = st.due;
    }
    const rollup = rollups.get(item.section);
    const progress = rollup ? rollup.progress : live.length ? live.reduce((a, st) => a + st.progress, 0) / live.length : 0;
    rows.push({
      key: `g${++groups}`, kind: 'group', id: '', title: item.section, level, lead: [], support: [],
      start, end, status: null, statusLabel: '', progress: Math.max(0, Math.min(1, progress)),
      critical: false, milestone: false, summary: true, problems: [], row: null, count: counted.length,
    });
    for (const st of list) rows.push(taskRow(st, headingDepth(st, schedule) + 1, schedule, labels, lang));
  }
  return rows;
}

function linksOf(schedule: Schedule, rows: GanttRow[]): GanttLink[] {
  const drawable = new Map<string, GanttRow>();
  for (const r of rows) if (r.kind === 'task' && barDates(r)) drawable.set(r.key, r);
  const out: GanttLink[] = [];
  const seen = new Set<string>();
  for (const st of schedule.tasks) {
    const me = `r${st.task.row}`;
    for (const l of st.links ?? []) {
      const pred = schedule.byId.get(l.from);
      if (!pred) continue;
      const other = `r${pred.task.row}`;
      // `T3-n` (due n days before T3 starts) puts this task before T3.
      const [from, to] = l.kind === 'beforeStart' ? [me, other] : [other, me];
      const type = l.kind === 'afterEnd' ? 'ff' : 'fs';
      const a = drawable.get(from);
      const b = drawable.get(to);
      const id = `${from}>${to}:${type}`;
      if (!a || !b || from === to || seen.has(id)) continue;
      seen.add(id);
      out.push({ from, to, type, critical: a.critical && b.critical });
    }
  }
  return out;
}

/** The span the chart shows: every bar, and today when it is close to them. */
function chartRange(rows: GanttRow[], today: CivilDate): { start: CivilDate; end: CivilDate } {
  let lo: CivilDate | null = null;
  let hi: CivilDate | null = null;
  for (const r of rows) {
    const b = barDates(r);
    if (!b) continue;
    if (!lo || b.start < lo) lo = b.start;
    if (!hi || b.end > hi) hi = b.end;
  }
  if (!lo || !hi) return { start: `${today.slice(0, 8)}01`, end: addDays(`${today.slice(0, 8)}01`, 34) };
  // Today is drawn when it is within a month of the plan; a plan long past is not stretched to now.
  if (today < lo && diffDays(today, lo) <= 31) lo = today;
  if (today > hi && diffDays(hi, today) <= 31) hi = today;
  return { start: addDays(lo, -1), end: addDays(hi, 2) };
}

export function layoutGantt(schedule: Schedule, opts: LayoutOptions = {}): GanttLayout {
  const lang: Lang = opts.lang ?? 'vi';
  const today = opts.today ?? schedule.today;
  const labels = ganttLabels(lang);
  const rows = orderedRows(schedule, labels, lang);
  const links = linksOf(schedule, rows);
  const notes: string[] = [];
  let range = chartRange(rows, today);

  const asked: ScaleChoice = opts.scale ?? 'auto';
  const span = diffDays(range.start, range.end) + 1;
  let scale: GanttScale = asked === 'auto' ? autoScale(span) : asked;
  // A scale that would need more columns than the sheet allows gives way to the next coarser one.
  let i = SCALES.indexOf(scale);
  while (i < SCALES.length - 1 && periodCount(range.start, range.end, SCALES[i]) > MAX_TIMELINE_COLUMNS) i++;
  if (SCALES[i] !== scale && asked !== 'auto') {
    notes.push(t(lang, 'gantt.note.coarser', {
      asked: labels.scale[scale], used: labels.scale[SCALES[i]], columns: periodCount(range.start, range.end, scale), max: MAX_TIMELINE_COLUMNS,
    }));
  }
  scale = SCALES[i];
  if (periodCount(range.start, range.end, scale) > MAX_TIMELINE_COLUMNS) {
    // Decades of months: dates typed wrong (2091 for 2019). Keep the start, cut the tail.
    const end = addDays(shiftPeriods(range.start, MAX_TIMELINE_COLUMNS, scale), -1);
    const outside = rows.filter((r) => r.kind === 'task' && (barDates(r)?.end ?? '') > end).length;
    range = { start: range.start, end };
    notes.push(t(lang, 'gantt.note.clipped', { count: outside, from: formatDMY(range.start), to: formatDMY(end) }));
  }
  const noDue = rows.filter((r) => r.kind === 'task' && !r.end).length;
  if (noDue) notes.push(t(lang, 'gantt.note.noDue', { count: noDue }));

  const columns = periods(range.start, range.end, scale, MAX_TIMELINE_COLUMNS);
  // Days off over whole months: every zoom of the dialog aligns within them.
  const first = periodStart(range.start, 'month');
  const last = periodEnd(range.end, 'month');
  const daysOff: GanttLayout['daysOff'] = [];
  const workingWeekends: CivilDate[] = [];
  // Day numbers, not date strings, drive the loop: a range typed decades long stays cheap.
  const lastDay = toDayNumber(last);
  for (let n = toDayNumber(first); n <= lastDay; n++) {
    const d = fromDayNumber(n) as CivilDate;
    const name = schedule.calendar.dayOffName(d, lang);
    if (name !== null) daysOff.push({ date: d, name });
    else if (weekdayOfDayNumber(n) % 6 === 0) workingWeekends.push(d); // Sunday 0, Saturday 6
  }

  return {
    lang, planName: opts.planName ?? '', today, scale, range, columns, daysOff, workingWeekends, rows, links,
    tasksSheet: opts.tasksSheet ?? TASKS_SHEET.vi, labels, notes,
  };
}
