/**
 * The time axis: days, Monday-based weeks or calendar months. The sheet gives each period one
 * column; the SVG gives each day a fixed number of pixels. Pure day-number arithmetic, so the
 * same code runs on the server, in the dialog and offline.
 */
import { type CivilDate, addDays, daysInMonth, diffDays, parts, weekday } from '../dates/civil';

export type GanttScale = 'day' | 'week' | 'month';
export type ScaleChoice = 'auto' | GanttScale;

export const SCALES: readonly GanttScale[] = ['day', 'week', 'month'];

export interface Period {
  start: CivilDate;
  /** Inclusive. */
  end: CivilDate;
}

/**
 * The finest scale that keeps the whole plan readable on a screen or an A3 page: a quarter in
 * days, a year and a half in weeks, anything longer in months.
 */
export const DAY_SCALE_MAX_DAYS = 93;
export const WEEK_SCALE_MAX_DAYS = 550;

export function autoScale(spanDays: number): GanttScale {
  if (spanDays <= DAY_SCALE_MAX_DAYS) return 'day';
  if (spanDays <= WEEK_SCALE_MAX_DAYS) return 'week';
  return 'month';
}

/** The first day of the period holding `d`. */
export function periodStart(d: CivilDate, scale: GanttScale): CivilDate {
  if (scale === 'day') return d;
  if (scale === 'week') return addDays(d, -((weekday(d) + 6) % 7));
  return `${d.slice(0, 8)}01`;
}

/** The last day of the period holding `d`. */
export function periodEnd(d: CivilDate, scale: GanttScale): CivilDate {
  if (scale === 'day') return d;
  if (scale === 'week') return addDays(periodStart(d, 'week'), 6);
  const { y, m } = parts(d);
  return `${d.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** How many periods from the one holding `from` to the one holding `to`. */
export function periodCount(from: CivilDate, to: CivilDate, scale: GanttScale): number {
  if (to < from) return 0;
  if (scale === 'day') return diffDays(from, to) + 1;
  if (scale === 'week') return diffDays(periodStart(from, 'week'), periodStart(to, 'week')) / 7 + 1;
  const a = parts(from);
  const b = parts(to);
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

/** The periods covering [from, to], at most `max` of them. */
export function periods(from: CivilDate, to: CivilDate, scale: GanttScale, max = Infinity): Period[] {
  const out: Period[] = [];
  let s = periodStart(from, scale);
  while (s <= to && out.length < max) {
    const e = periodEnd(s, scale);
    out.push({ start: s, end: e });
    s = addDays(e, 1);
  }
  return out;
}

/** The date `n` periods after `d`'s period starts (n may be negative). */
export function shiftPeriods(d: CivilDate, n: number, scale: GanttScale): CivilDate {
  const s = periodStart(d, scale);
  if (scale === 'day') return addDays(s, n);
  if (scale === 'week') return addDays(s, 7 * n);
  const { y, m } = parts(s);
  const k = y * 12 + (m - 1) + n;
  return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}-01`;
}
