/**
 * Where the chart is scrolled: dates and rows brought into view, and the header and label column
 * kept in step with the body.
 */
import { type CivilDate, diffDays } from '../../core/dates/civil';
import { barDates } from '../../core/gantt/model';
import { ROW_HEIGHT } from '../../core/gantt/svg';
import { $ } from '../client/dom';
import { state } from './gantt-state';

function addDaysTo(d: CivilDate, n: number): CivilDate {
  // Civil arithmetic at noon UTC: no zone or DST can move the day.
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10), 12) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

export function dateAtCenter(): CivilDate | null {
  const { geo } = state;
  if (!geo) return null;
  const body = $('body');
  const day = Math.floor((body.scrollLeft + body.clientWidth / 2) / geo.pxPerDay);
  return addDaysTo(geo.start, day);
}

export function isShown(d: CivilDate): boolean {
  const { geo } = state;
  if (!geo) return false;
  const body = $('body');
  const x = diffDays(geo.start, d) * geo.pxPerDay;
  return x >= body.scrollLeft && x <= body.scrollLeft + body.clientWidth;
}

export function scrollToDate(d: CivilDate, at = 0.5): void {
  const { geo } = state;
  if (!geo) return;
  const body = $('body');
  body.scrollLeft = Math.max(0, diffDays(geo.start, d) * geo.pxPerDay - body.clientWidth * at);
}

export function syncScroll(): void {
  const body = $('body');
  const left = body.scrollLeft;
  $('head').scrollLeft = left;
  $('side').scrollTop = body.scrollTop;
  // The month (or year) whose span starts off screen keeps its name at the left edge.
  document.querySelectorAll<SVGTextElement>('#head .hd-group').forEach((t) => {
    const x0 = Number(t.dataset.x0);
    const x1 = Number(t.dataset.x1);
    const w = t.getComputedTextLength();
    t.setAttribute('x', String(Math.max(x0 + 6, Math.min(left + 6, x1 - w - 6))));
  });
}

/** Scrolls row `i` of the view, and the start of its bar, into sight. */
export function revealRow(i: number): void {
  const { geo } = state;
  const body = $('body');
  const top = i * ROW_HEIGHT;
  if (top < body.scrollTop) body.scrollTop = top;
  else if (top + ROW_HEIGHT > body.scrollTop + body.clientHeight) body.scrollTop = top + ROW_HEIGHT - body.clientHeight;
  const row = state.view?.rows[i];
  const d = row ? barDates(row) : null;
  if (d && geo) {
    const x = diffDays(geo.start, d.start) * geo.pxPerDay;
    if (x < body.scrollLeft || x > body.scrollLeft + body.clientWidth - 40) body.scrollLeft = Math.max(0, x - 60);
  }
  syncScroll();
}
