/**
 * The Gantt dialog (and the standalone page `tiendo gantt --html` writes). The layout arrives as
 * boot data (standalone page) or from the server's `ganttData()`; the SVG is drawn by the same
 * core function as everywhere else (src/core/gantt/svg.ts), re-drawn on zoom.
 *
 * The toolbar filters the rows by lead (chủ trì); clicking a section's name folds it. Printing
 * (the button or the browser's own) gives the whole chart on A4 landscape pages, the toolbar
 * left out; «Tải ảnh PNG» saves the chart as drawn.
 *
 * Hovering a bar shows its details; clicking it (or Enter on the keyboard selection) selects the
 * task's row in the sheet through `ganttSelectRow`. Without a server (the standalone
 * page) the click only highlights the row and says where it is. User text goes in with
 * textContent; the SVG escapes its own.
 */
import { type CivilDate, diffDays, formatDMY } from '../../core/dates/civil';
import type { GanttScale } from '../../core/gantt/axis';
import { CHART_COLOURS, STATUS_PALETTE } from '../../core/gantt/colors';
import type { GanttLayout, GanttRow } from '../../core/gantt/model';
import { barDates } from '../../core/gantt/model';
import { type Geometry, HEADER_HEIGHT, LABEL_WIDTH, PX_PER_DAY, ROW_HEIGHT, ganttCss, ganttParts, ganttSvg } from '../../core/gantt/svg';
import { SCHEDULE_STATUSES } from '../../core/schedule/types';
import { boot, localize, tr } from '../client/i18n';
import { $, type StatusKind, el, setStatus } from '../client/dom';
import { run } from '../client/run';

declare global {
  interface Window {
    /** Milliseconds the last drawing took (data in → chart laid out): the bench and tests read it. */
    __ganttRenderMs?: number;
  }
}


/** The layout as loaded; `view` is what is drawn: filtered by lead, folded sections left out. */
let layout: GanttLayout | null = null;
let view: GanttLayout | null = null;
let leadFilter = '';
const collapsed = new Set<string>();
let zoom: GanttScale = 'week';
let geo: Geometry | null = null;
let selected = -1;
/** The selected row's key: a selection survives folding and filtering while its row is shown. */
let selectedKey = '';
let index = new Map<string, number>();

const hasServer = () => !!window.google?.script?.run;

const say = (text: string, kind: StatusKind = ''): void => setStatus(text, kind);

function dateAtCenter(): CivilDate | null {
  if (!geo) return null;
  const body = $('body');
  const day = Math.floor((body.scrollLeft + body.clientWidth / 2) / geo.pxPerDay);
  return addDaysTo(geo.start, day);
}

function addDaysTo(d: CivilDate, n: number): CivilDate {
  // Civil arithmetic at noon UTC: no zone or DST can move the day.
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10), 12) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

function isShown(d: CivilDate): boolean {
  if (!geo) return false;
  const body = $('body');
  const x = diffDays(geo.start, d) * geo.pxPerDay;
  return x >= body.scrollLeft && x <= body.scrollLeft + body.clientWidth;
}

function scrollToDate(d: CivilDate, at = 0.5): void {
  if (!geo) return;
  const body = $('body');
  body.scrollLeft = Math.max(0, diffDays(geo.start, d) * geo.pxPerDay - body.clientWidth * at);
}

/** Rows under a section: those after it, deeper, up to the next row at its level or above. */
function isInside(rows: GanttRow[], group: number, i: number): boolean {
  if (i <= group) return false;
  for (let k = group + 1; k <= i; k++) if (rows[k].level <= rows[group].level) return false;
  return true;
}

/** The rows to draw: tasks of the chosen lead with the sections that hold them; folded sections' rows left out. */
function visibleRows(rows: GanttRow[], lead: string, folded: ReadonlySet<string>): GanttRow[] {
  let keep = rows.map((r) => r.kind === 'group' || !lead || r.lead.includes(lead));
  if (lead) {
    // A section stays when something under it stays.
    keep = rows.map((r, i) => {
      if (r.kind !== 'group') return keep[i];
      for (let k = i + 1; k < rows.length && rows[k].level > r.level; k++) if (rows[k].kind !== 'group' && keep[k]) return true;
      return false;
    });
  }
  const out: GanttRow[] = [];
  let foldedAt = -1;
  rows.forEach((r, i) => {
    if (foldedAt >= 0 && isInside(rows, foldedAt, i)) return;
    foldedAt = -1;
    if (!keep[i]) return;
    out.push(r);
    if (r.kind === 'group' && folded.has(r.key)) foldedAt = i;
  });
  return out;
}

function leadsOf(l: GanttLayout): string[] {
  const all = new Set<string>();
  for (const r of l.rows) for (const x of r.lead) all.add(x);
  return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
}

function draw(): void {
  if (!layout) return;
  const t0 = performance.now();
  // Zooming keeps today in view when it was, else the date in the middle.
  const centre = geo ? dateAtCenter() : null;
  const todayShown = geo ? isShown(layout.today) : false;
  view = { ...layout, rows: visibleRows(layout.rows, leadFilter, collapsed) };
  index = new Map(view.rows.map((r, i) => [r.key, i]));
  selected = selectedKey ? index.get(selectedKey) ?? -1 : -1;
  // The timeline fills the pane: periods after the plan's end rather than a grey void.
  const paneWidth = Math.max(0, $('chart').clientWidth - LABEL_WIDTH - 2);
  const parts = ganttParts(view, { scale: zoom, minWidth: paneWidth, collapsed });
  geo = parts.geometry;
  const chart = $('chart');
  chart.style.setProperty('--lw', `${geo.labelWidth}px`);
  chart.style.setProperty('--hh', `${geo.headerHeight}px`);
  $('corner').innerHTML = parts.corner;
  $('head').innerHTML = parts.header;
  $('side').innerHTML = parts.labels;
  $('body').innerHTML = parts.body;
  document.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.zoom === zoom)));
  if (selected >= 0) highlight(selected);
  // Laying out now makes the figure honest: it includes the browser's own work, not only ours.
  void $('body').scrollWidth;
  if (todayShown) scrollToDate(layout.today, 0.35);
  else if (centre) scrollToDate(centre);
  syncScroll();
  window.__ganttRenderMs = performance.now() - t0;
  document.body.dataset.ready = String(Number(document.body.dataset.ready ?? '0') + 1);
}

function syncScroll(): void {
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

function show(l: GanttLayout): void {
  layout = l;
  index = new Map(l.rows.map((r, i) => [r.key, i]));
  selected = -1;
  selectedKey = '';
  collapsed.clear();
  const select = $<HTMLSelectElement>('lead');
  const leads = leadsOf(l);
  if (!leads.includes(leadFilter)) leadFilter = '';
  select.replaceChildren(select.options[0], ...leads.map((x) => { const o = el('option', '', x); o.value = x; return o; }));
  select.value = leadFilter;
  geo = null;
  zoom = l.scale;
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

/* Selection and the sheet. */

function highlight(i: number): void {
  document.querySelectorAll<SVGRectElement>('[data-sel]').forEach((r) => {
    r.setAttribute('y', String(i * ROW_HEIGHT));
    r.setAttribute('visibility', 'visible');
  });
  document.querySelectorAll('.bar.selected').forEach((b) => b.classList.remove('selected'));
  const key = view?.rows[i]?.key;
  if (key) document.querySelector(`.bar[data-key="${CSS.escape(key)}"]`)?.classList.add('selected');
}

function revealRow(i: number): void {
  const body = $('body');
  const top = i * ROW_HEIGHT;
  if (top < body.scrollTop) body.scrollTop = top;
  else if (top + ROW_HEIGHT > body.scrollTop + body.clientHeight) body.scrollTop = top + ROW_HEIGHT - body.clientHeight;
  const row = view?.rows[i];
  const d = row ? barDates(row) : null;
  if (d && geo) {
    const x = diffDays(geo.start, d.start) * geo.pxPerDay;
    if (x < body.scrollLeft || x > body.scrollLeft + body.clientWidth - 40) body.scrollLeft = Math.max(0, x - 60);
  }
  syncScroll();
}

function select(i: number, toSheet: boolean): void {
  if (!layout || !view || i < 0 || i >= view.rows.length) return;
  selected = i;
  selectedKey = view.rows[i].key;
  highlight(i);
  const row = view.rows[i];
  if (!toSheet || row.row === null) return;
  const where = { row: row.row, sheet: layout.tasksSheet };
  if (!hasServer()) {
    say(tr('ui.gantt.selectedOffline', where));
    return;
  }
  run('ganttSelectRow', row.row)
    .then(() => say(tr('ui.gantt.selected', where), 'ok'))
    .catch((e: Error) => say(e.message, 'error'));
}

function rowOf(target: EventTarget | null): number {
  const g = (target as Element | null)?.closest?.('[data-key]');
  const key = g?.getAttribute('data-key');
  return key ? index.get(key) ?? -1 : -1;
}

/* Tooltip. */

function dates(r: GanttRow): string {
  if (!r.end) return r.start ? `${formatDMY(r.start)} – (${tr('ui.gantt.tip.noDue')})` : tr('ui.gantt.tip.noDue');
  if (r.milestone) return formatDMY(r.end);
  const d = barDates(r) as { start: CivilDate; end: CivilDate };
  return `${formatDMY(d.start)} – ${formatDMY(d.end)}`;
}

function tipContent(r: GanttRow): HTMLElement[] {
  const out: HTMLElement[] = [el('div', 'tt', r.title)];
  const table = el('table');
  const add = (k: Parameters<typeof tr>[0], v: string | HTMLElement) => {
    if (!v) return;
    const row = el('tr');
    const cell = el('td');
    cell.append(v);
    row.append(el('th', '', tr(k)), cell);
    table.append(row);
  };
  if (r.kind === 'group') {
    add('ui.gantt.tip.tasks', String(r.count));
  } else {
    add('ui.gantt.tip.id', r.id);
    add('ui.gantt.tip.lead', r.lead.join(', '));
    add('ui.gantt.tip.support', r.support.join(', '));
  }
  add('ui.gantt.tip.dates', dates(r));
  if (r.status) {
    const tag = el('span', 'tag', r.statusLabel);
    tag.style.background = STATUS_PALETTE[r.status].tint;
    tag.style.color = STATUS_PALETTE[r.status].text;
    add('ui.gantt.tip.status', tag);
  }
  add('ui.gantt.tip.progress', `${Math.round(r.progress * 100)}%`);
  add('ui.gantt.tip.report', r.report ?? '');
  out.push(table);
  if (r.critical) out.push(el('div', 'crit', tr('ui.gantt.tip.critical')));
  if (r.problems.length) {
    out.push(el('div', 'muted', tr('ui.gantt.tip.problems')));
    const ul = el('ul', 'probs');
    for (const p of r.problems) ul.append(el('li', '', p));
    out.push(ul);
  }
  return out;
}

let tipFor = -1;

function showTip(i: number, x: number, y: number): void {
  const tip = $('tip');
  if (!view || i < 0) { hideTip(); return; }
  if (i !== tipFor) {
    tip.replaceChildren(...tipContent(view.rows[i]));
    tipFor = i;
  }
  tip.hidden = false;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = x + 14 + w > window.innerWidth ? Math.max(4, x - 14 - w) : x + 14;
  const top = y + 16 + h > window.innerHeight ? Math.max(4, y - 12 - h) : y + 16;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

function hideTip(): void {
  $('tip').hidden = true;
  tipFor = -1;
}

/* Print and picture. */

/** A4 landscape at 96 px/inch, 10 mm margins: the room one printed page gives the chart. */
const PAGE = { width: 1047, height: 718 };

/**
 * The print version: the rows drawn now, in the coarsest zoom that is still the one shown or
 * readable on paper, cut into pages that each repeat the date header.
 */
function fillPrint(): void {
  const box = $('print');
  box.replaceChildren();
  if (!layout || !view || !view.rows.length) return;
  const days = (s: GanttLayout['scale']) => LABEL_WIDTH + (new Date(layout!.range.end).getTime() - new Date(layout!.range.start).getTime()) / 864e5 * PX_PER_DAY[s];
  const order: GanttLayout['scale'][] = ['day', 'week', 'month'];
  let scale = zoom;
  // Shrinking below about two thirds makes the names unreadable: take a coarser zoom instead.
  while (days(scale) * 0.66 > PAGE.width && order.indexOf(scale) < 2) scale = order[order.indexOf(scale) + 1];
  const width = days(scale) + 60;
  const k = Math.min(1, PAGE.width / width);
  const title = `${$('title').textContent ?? ''} · ${$('facts').textContent ?? ''}`;
  const perPage = Math.max(5, Math.floor((PAGE.height / k - HEADER_HEIGHT - 40 / k) / ROW_HEIGHT));
  for (let from = 0; from < view.rows.length; from += perPage) {
    const page = el('div', 'pp');
    page.append(el('h2', '', title));
    const holder = el('div');
    holder.innerHTML = ganttSvg({ ...view, rows: view.rows.slice(from, from + perPage) }, { scale });
    page.append(holder);
    box.append(page);
  }
}

async function savePng(): Promise<void> {
  if (!view || !view.rows.length) return;
  const svg = ganttSvg(view, { scale: zoom });
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  // Browsers refuse canvases much beyond 16 000 px a side or 250 million pixels.
  if (w > 16000 || h > 16000 || w * h > 2.5e8) { say(tr('ui.gantt.pngTooBig'), 'error'); return; }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((ok, ko) => { img.onload = () => ok(); img.onerror = () => ko(new Error('svg')); img.src = url; });
    const canvas = el('canvas');
    canvas.width = Math.ceil(w);
    canvas.height = Math.ceil(h);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
    const a = el('a');
    a.href = canvas.toDataURL('image/png');
    a.download = 'gantt.png';
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    say((e as Error).message, 'error');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/* Loading. */

function load(): void {
  const data = boot<GanttLayout>().data;
  if (data && Array.isArray(data.rows)) {
    show(data);
    return;
  }
  if (!hasServer()) {
    say(tr('ui.gantt.empty'));
    return;
  }
  say(tr('ui.gantt.loading'));
  run('ganttData')
    .then((l) => { say(''); show(l as GanttLayout); })
    .catch((e: Error) => {
      $('body').replaceChildren(el('p', 'empty', e.message));
      say(e.message, 'error');
    });
}

function wire(): void {
  const body = $('body');
  body.addEventListener('scroll', syncScroll, { passive: true });
  // The label column scrolls with the wheel too: it hands the wheel to the body.
  $('side').addEventListener('wheel', (e) => { body.scrollTop += e.deltaY; body.scrollLeft += e.deltaX; e.preventDefault(); }, { passive: false });
  $('head').addEventListener('wheel', (e) => { body.scrollLeft += e.deltaX || e.deltaY; e.preventDefault(); }, { passive: false });
  for (const id of ['body', 'side']) {
    const pane = $(id);
    pane.addEventListener('mousemove', (e) => showTip(rowOf(e.target), e.clientX, e.clientY));
    pane.addEventListener('mouseleave', hideTip);
    pane.addEventListener('click', (e) => {
      const i = rowOf(e.target);
      const row = view?.rows[i];
      // A section's name folds or unfolds it.
      if (row && row.kind === 'group' && id === 'side') {
        if (collapsed.has(row.key)) collapsed.delete(row.key); else collapsed.add(row.key);
        // The section becomes the selection: the arrow keys go on from it.
        selectedKey = row.key;
        hideTip();
        draw();
        return;
      }
      if (i >= 0) select(i, true);
    });
  }
  document.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    zoom = b.dataset.zoom as GanttScale;
    hideTip();
    draw();
  }));
  $('today').addEventListener('click', () => { if (layout) scrollToDate(layout.today, 0.35); syncScroll(); });
  $<HTMLSelectElement>('lead').addEventListener('change', (e) => {
    leadFilter = (e.target as HTMLSelectElement).value;
    hideTip();
    draw();
  });
  $('print-btn').addEventListener('click', () => { fillPrint(); window.print(); });
  $('png').addEventListener('click', () => { void savePng(); });
  window.addEventListener('beforeprint', fillPrint);
  $('reload').addEventListener('click', () => {
    if (!hasServer()) return;
    say(tr('ui.gantt.loading'));
    run('ganttData').then((l) => { say(''); show(l as GanttLayout); }).catch((e: Error) => say(e.message, 'error'));
  });
  $('chart').addEventListener('keydown', (e) => {
    if (!view || !view.rows.length) return;
    let i = selected;
    if (e.key === 'ArrowDown') i = Math.min(view.rows.length - 1, selected + 1);
    else if (e.key === 'ArrowUp') i = Math.max(0, selected - 1);
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = view.rows.length - 1;
    else if (e.key === 'Enter' && selected >= 0) { select(selected, true); e.preventDefault(); return; } else return;
    e.preventDefault();
    select(i, false);
    revealRow(i);
    const r = $('body').getBoundingClientRect();
    showTip(i, r.left + 40, r.top + (i * ROW_HEIGHT - $('body').scrollTop) + ROW_HEIGHT);
  });
  $('chart').addEventListener('blur', hideTip);
}

const style = document.createElement('style');
style.textContent = ganttCss();
document.head.append(style);
$('reload').hidden = !hasServer();
$('side').title = tr('ui.gantt.folded');
localize();
wire();
load();
