/**
 * Drawing the chart: the layout in, the SVG parts drawn by the same core function as everywhere
 * else (src/core/gantt/svg.ts) put in the page, with the title, facts, notes and legend beside
 * them. Re-drawn on zoom, filter and fold. User text goes in with textContent; the SVG escapes its own.
 */
import { formatDMY } from '../../core/dates/civil';
import { CHART_COLOURS, STATUS_PALETTE } from '../../core/gantt/colors';
import type { GanttLayout } from '../../core/gantt/model';
import { LABEL_WIDTH, ganttParts } from '../../core/gantt/svg';
import { SCHEDULE_STATUSES } from '../../core/schedule/types';
import { $, el } from '../client/dom';
import { tr } from '../client/i18n';
import { leadsOf, visibleRows } from './gantt-rows';
import { dateAtCenter, isShown, scrollToDate, syncScroll } from './gantt-scroll';
import { highlight } from './gantt-selection';
import { state } from './gantt-state';

export function draw(): void {
  const { layout, collapsed } = state;
  if (!layout) return;
  const t0 = performance.now();
  // Zooming keeps today in view when it was, else the date in the middle.
  const centre = state.geo ? dateAtCenter() : null;
  const todayShown = state.geo ? isShown(layout.today) : false;
  const view = { ...layout, rows: visibleRows(layout.rows, state.leadFilter, collapsed) };
  state.view = view;
  state.index = new Map(view.rows.map((r, i) => [r.key, i]));
  state.selected = state.selectedKey ? state.index.get(state.selectedKey) ?? -1 : -1;
  // The timeline fills the pane: periods after the plan's end rather than a grey void.
  const paneWidth = Math.max(0, $('chart').clientWidth - LABEL_WIDTH - 2);
  const parts = ganttParts(view, { scale: state.zoom, minWidth: paneWidth, collapsed });
  const geo = parts.geometry;
  state.geo = geo;
  const chart = $('chart');
  chart.style.setProperty('--lw', `${geo.labelWidth}px`);
  chart.style.setProperty('--hh', `${geo.headerHeight}px`);
  $('corner').innerHTML = parts.corner;
  $('head').innerHTML = parts.header;
  $('side').innerHTML = parts.labels;
  $('body').innerHTML = parts.body;
  document.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.zoom === state.zoom)));
  if (state.selected >= 0) highlight(state.selected);
  // Laying out now makes the figure honest: it includes the browser's own work, not only ours.
  void $('body').scrollWidth;
  if (todayShown) scrollToDate(layout.today, 0.35);
  else if (centre) scrollToDate(centre);
  syncScroll();
  window.__ganttRenderMs = performance.now() - t0;
  document.body.dataset.ready = String(Number(document.body.dataset.ready ?? '0') + 1);
}

function legend(l: GanttLayout): void {
  const box = $('legend');
  box.replaceChildren();
  const used = new Set(l.rows.map((r) => r.status));
  for (const s of SCHEDULE_STATUSES) {
    if (!used.has(s)) continue;
    const item = el('span');
    const sw = el('span', 'sw');
    sw.style.background = `linear-gradient(90deg, ${STATUS_PALETTE[s].done} 50%, ${STATUS_PALETTE[s].bar} 50%)`;
    item.append(sw, l.labels.statuses[s]);
    box.append(item);
  }
  const crit = el('span');
  const cs = el('span', 'sw');
  cs.style.background = '#fff';
  cs.style.border = `2px solid ${CHART_COLOURS.critical}`;
  crit.append(cs, tr('ui.gantt.critical'));
  const ms = el('span');
  ms.innerHTML = `<svg width="14" height="14" aria-hidden="true"><path d="M7 1L13 7L7 13L1 7Z" fill="${CHART_COLOURS.muted}"/></svg>`;
  ms.append(tr('ui.gantt.milestone'));
  const sum = el('span');
  const ss = el('span', 'sw');
  ss.style.background = CHART_COLOURS.summary;
  ss.style.height = '6px';
  sum.append(ss, tr('ui.gantt.summary'));
  box.append(crit, ms, sum);
}

function facts(l: GanttLayout): void {
  if (l.planName) $('title').textContent = `${tr('ui.gantt.title')} — ${l.planName}`;
  const tasks = l.rows.filter((r) => r.kind === 'task' && !r.summary);
  $('facts').textContent = `${tr('ui.gantt.asOf', { date: formatDMY(l.today) })} · ${tr('ui.gantt.counts', { tasks: tasks.length, critical: tasks.filter((r) => r.critical).length })}`;
  const notes = $('notes');
  notes.replaceChildren(...l.notes.map((n) => el('p', '', n)));
  notes.hidden = l.notes.length === 0;
}

/** A newly loaded layout: choices reset to it (the lead kept when it is still there), then drawn. */
export function show(l: GanttLayout): void {
  state.layout = l;
  state.index = new Map(l.rows.map((r, i) => [r.key, i]));
  state.selected = -1;
  state.selectedKey = '';
  state.collapsed.clear();
  const select = $<HTMLSelectElement>('lead');
  const leads = leadsOf(l);
  if (!leads.includes(state.leadFilter)) state.leadFilter = '';
  select.replaceChildren(select.options[0], ...leads.map((x) => { const o = el('option', '', x); o.value = x; return o; }));
  select.value = state.leadFilter;
  state.geo = null;
  state.zoom = l.scale;
  facts(l);
  legend(l);
  if (!l.rows.length) {
    $('corner').replaceChildren();
    $('head').replaceChildren();
    $('side').replaceChildren();
    $('body').replaceChildren(el('p', 'empty', tr('ui.gantt.empty')));
    window.__ganttRenderMs = 0;
    document.body.dataset.ready = '1';
    return;
  }
  draw();
  if (l.today >= l.range.start && l.today <= l.range.end) scrollToDate(l.today, 0.35);
  else scrollToDate(l.range.start, 0);
  syncScroll();
}
