/**
 * The layout as SVG: a pure function from the layout (and a zoom) to markup, so the dialog, the
 * standalone HTML page and the tests draw exactly the same chart.
 *
 * The chart is four SVGs the page arranges in a grid (corner, time header, task labels, body), so
 * the header and the labels can stay in view while the body scrolls; `ganttSvg` puts the four into
 * one picture. The DOM stays small for big plans: per task one group with one or two shapes and
 * one label line; the grid is a single path and the row stripes a pattern.
 *
 * Every task bar is `<g class="bar …" data-task-id data-start data-end data-row data-key>`: tests
 * and users' scripts read the chart from those attributes. Every user string is escaped.
 */
import { type CivilDate, addDays, diffDays, formatDMY, parts, toDayNumber, weekday } from '../dates/civil';
import { escapeHtml } from '../text/normalize';
import { type GanttScale, periodEnd, periodStart, periods } from './axis';
import { CHART_COLOURS, STATUS_PALETTE } from './colors';
import { type GanttLayout, type GanttRow, barDates } from './model';

export const ROW_HEIGHT = 28;
export const HEADER_HEIGHT = 48;
export const LABEL_WIDTH = 400;
const BAR_HEIGHT = 16;
const SUMMARY_HEIGHT = 8;
const ID_WIDTH = 58;

/** Pixels per day at each zoom: a day is a readable cell; a week and a month about 50 px. */
export const PX_PER_DAY: Record<GanttScale, number> = { day: 28, week: 7, month: 1.75 };

export interface SvgOptions {
  /** Zoom; the layout's scale by default. */
  scale?: GanttScale;
  /**
   * Draw the timeline at least this wide (px): a short plan on a wide screen gets more empty
   * periods after its end instead of a void where the chart stops.
   */
  minWidth?: number;
  /** Keys of the sections shown folded (their label gets ▸ instead of ▾). */
  collapsed?: ReadonlySet<string>;
}

export interface Geometry {
  scale: GanttScale;
  pxPerDay: number;
  /** First and last day drawn (aligned to the zoom's periods). */
  start: CivilDate;
  end: CivilDate;
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  rowHeight: number;
}

export interface GanttSvgParts {
  corner: string;
  header: string;
  labels: string;
  body: string;
  geometry: Geometry;
}

/** Escapes for text and attributes, and drops control characters XML cannot hold. */
function esc(s: string): string {
  return escapeHtml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function geometry(layout: GanttLayout, opts: SvgOptions = {}): Geometry {
  const scale = opts.scale ?? layout.scale;
  const start = periodStart(layout.range.start, scale);
  const pxPerDay = PX_PER_DAY[scale];
  let end = periodEnd(layout.range.end, scale);
  const minDays = Math.ceil((opts.minWidth ?? 0) / pxPerDay);
  if (diffDays(start, end) + 1 < minDays) end = periodEnd(addDays(start, minDays - 1), scale);
  return {
    scale, pxPerDay, start, end,
    width: Math.ceil((diffDays(start, end) + 1) * pxPerDay),
    height: Math.max(1, layout.rows.length) * ROW_HEIGHT,
    labelWidth: LABEL_WIDTH, headerHeight: HEADER_HEIGHT, rowHeight: ROW_HEIGHT,
  };
}

/** x of the left edge of day `d`. */
export function xOf(g: Geometry, d: CivilDate): number {
  return (toDayNumber(d) - toDayNumber(g.start)) * g.pxPerDay;
}

function svgOpen(cls: string, w: number, h: number, extra = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" width="${r1(w)}" height="${r1(h)}" viewBox="0 0 ${r1(w)} ${r1(h)}"${extra}>`;
}

/** Styles of the chart's classes: the page inlines them once; `ganttSvg` embeds them. */
export function ganttCss(): string {
  const c = CHART_COLOURS;
  const status = Object.entries(STATUS_PALETTE).map(([s, p]) =>
    `.s-${s} .bar-bg{fill:${p.bar}}.s-${s} .bar-done{fill:${p.done}}.s-${s}.milestone .bar-bg{fill:${p.bar};stroke:${p.done}}.s-${s}.milestone.complete .bar-bg{fill:${p.done}}`,
  ).join('');
  return [
    `.gantt-svg text{font-family:'Segoe UI',Roboto,Arial,'Liberation Sans',sans-serif;font-size:12px;fill:${c.text}}`,
    `.gantt-svg .muted{fill:${c.muted}}`,
    `.gantt-svg .hd-bg{fill:${c.header}}.gantt-svg .hd-line{stroke:${c.grid};stroke-width:1}`,
    `.gantt-svg .hd-group{font-weight:600;fill:${c.headerText}}.gantt-svg .hd-unit{font-size:11px;fill:${c.headerText}}`,
    `.gantt-svg .hd-unit.off{fill:${c.dayOffText}}.gantt-svg .hd-today{fill:${c.today}}.gantt-svg .hd-unit.today{fill:#fff;font-weight:700}`,
    `.gantt-svg .off{fill:${c.dayOff}}.gantt-svg .off.faint{opacity:.45}.gantt-svg .grid{stroke:${c.grid};stroke-width:1;fill:none;shape-rendering:crispEdges}`,
    `.gantt-svg .sec-row{fill:${c.sectionRow}}.gantt-svg .sel{fill:${c.selection}}`,
    `.gantt-svg .today-line{stroke:${c.today};stroke-width:2}`,
    `.gantt-svg .bar{cursor:pointer}.gantt-svg .bar-bg{stroke:rgba(0,0,0,.18);stroke-width:1}`,
    `.gantt-svg .bar.critical .bar-bg{stroke:${c.critical};stroke-width:2}`,
    `.gantt-svg .milestone .bar-bg{stroke-width:2}.gantt-svg .milestone.critical .bar-bg{stroke:${c.critical}}`,
    `.gantt-svg .bar-forecast{fill:none;stroke:${c.critical};stroke-width:1.5;stroke-dasharray:4 3}`,
    `.gantt-svg .summary .bar-bg,.gantt-svg .group-bar .bar-bg{fill:${c.summary};stroke:none}`,
    `.gantt-svg .summary .bar-done,.gantt-svg .group-bar .bar-done{fill:${c.summaryDone}}`,
    `.gantt-svg .bar:hover .bar-bg,.gantt-svg .bar.selected .bar-bg{stroke:${c.text};stroke-width:2}`,
    `.gantt-svg .arrow{fill:none;stroke:${c.arrow};stroke-width:1.2}.gantt-svg .arrow.critical{stroke:${c.critical};stroke-width:2}`,
    `.gantt-svg .ah{fill:${c.arrow}}.gantt-svg .ah.critical{fill:${c.critical}}`,
    `.gantt-svg .warn{fill:#b06000;font-weight:700}`,
    `.gantt-svg .label{cursor:pointer}.gantt-svg .lid{font-size:11px;fill:${c.muted}}`,
    `.gantt-svg .label.group .ltitle{font-weight:700;fill:${c.sectionText}}.gantt-svg .label.summary .ltitle{font-weight:600}`,
    `.gantt-svg .label.critical .lid{fill:${c.critical};font-weight:700}`,
    `.gantt-svg .cn-head{font-weight:600;fill:${c.headerText}}`,
    status,
  ].join('');
}

function stripes(id: string, w: number): string {
  return `<defs><pattern id="${id}" width="${r1(w)}" height="${ROW_HEIGHT * 2}" patternUnits="userSpaceOnUse">`
    + `<rect width="${r1(w)}" height="${ROW_HEIGHT}" fill="#ffffff"/><rect y="${ROW_HEIGHT}" width="${r1(w)}" height="${ROW_HEIGHT}" fill="#f8f9fa"/></pattern></defs>`;
}

function sectionRows(layout: GanttLayout, w: number): string {
  let out = '';
  layout.rows.forEach((r, i) => {
    if (r.kind === 'group') out += `<rect class="sec-row" y="${i * ROW_HEIGHT}" width="${r1(w)}" height="${ROW_HEIGHT}"/>`;
  });
  return out;
}

/** Runs of consecutive days off, as [first, last]. */
function offRuns(layout: GanttLayout, g: Geometry): Array<[CivilDate, CivilDate]> {
  const runs: Array<[CivilDate, CivilDate]> = [];
  for (const { date } of layout.daysOff) {
    if (date < g.start || date > g.end) continue;
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === date) last[1] = date;
    else runs.push([date, date]);
  }
  return runs;
}

function truncate(s: string, px: number, charPx: number): string {
  const max = Math.max(1, Math.floor(px / charPx));
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

function monthLabel(layout: GanttLayout, d: CivilDate, short: boolean): string {
  const { y, m } = parts(d);
  return (short ? layout.labels.monthShort : layout.labels.month).replace('{m}', String(m)).replace('{y}', String(y));
}

function header(layout: GanttLayout, g: Geometry): string {
  const half = 22;
  let out = svgOpen('gantt-svg gantt-header', g.width, HEADER_HEIGHT, ' role="presentation"');
  out += `<rect class="hd-bg" width="${r1(g.width)}" height="${HEADER_HEIGHT}"/>`;
  if (g.scale !== 'month') for (const [a, b] of offRuns(layout, g)) {
    out += `<rect class="off" x="${r1(xOf(g, a))}" y="${half}" width="${r1((diffDays(a, b) + 1) * g.pxPerDay)}" height="${HEADER_HEIGHT - half}"/>`;
  }
  // Top line: months (years on the month zoom), each label kept inside its own span.
  const groups = g.scale === 'month' ? yearsOf(g) : periods(g.start, g.end, 'month');
  let lines = '';
  for (const p of groups) {
    const x0 = Math.max(0, xOf(g, p.start));
    const x1 = Math.min(g.width, xOf(g, addDays(p.end, 1)));
    if (x1 - x0 < 24) continue;
    const label = g.scale === 'month' ? p.start.slice(0, 4) : monthLabel(layout, p.start, x1 - x0 < 90);
    // data-x0/x1: the page slides the label along its span so it stays in view while scrolling.
    out += `<text class="hd-group" x="${r1(x0 + 6)}" y="15" data-x0="${r1(x0)}" data-x1="${r1(x1)}">${esc(truncate(label, x1 - x0 - 8, 7))}</text>`;
    lines += `M${r1(xOf(g, p.start))} 0V${HEADER_HEIGHT}`;
  }
  // Bottom line: days, weeks or months.
  const off = new Map(layout.daysOff.map((d) => [d.date, d.name]));
  const units = periods(g.start, g.end, g.scale);
  for (const p of units) {
    const x = xOf(g, p.start);
    const w = (diffDays(p.start, p.end) + 1) * g.pxPerDay;
    const isToday = p.start <= layout.today && layout.today <= p.end;
    const text = g.scale === 'day' ? String(parts(p.start).d) : g.scale === 'week' ? formatDMY(p.start).slice(0, 5) : monthLabel(layout, p.start, true);
    if (isToday) out += `<rect class="hd-today" x="${r1(x + 1)}" y="${half + 2}" width="${r1(w - 2)}" height="${HEADER_HEIGHT - half - 4}" rx="4"/>`;
    const cls = `hd-unit${isToday ? ' today' : ''}${g.scale === 'day' && off.has(p.start) ? ' off' : ''}`;
    const tip = g.scale === 'day' ? `${layout.labels.weekdays[weekday(p.start)]} ${formatDMY(p.start)}${off.get(p.start) ? ` — ${off.get(p.start)}` : ''}` : `${formatDMY(p.start)} – ${formatDMY(p.end)}`;
    out += `<text class="${cls}" x="${r1(x + w / 2)}" y="${half + 17}" text-anchor="middle"><title>${esc(tip)}</title>${esc(text)}</text>`;
    lines += `M${r1(x)} ${half}V${HEADER_HEIGHT}`;
  }
  out += `<path class="hd-line" d="${lines}M0 ${half}H${r1(g.width)}M0 ${HEADER_HEIGHT - 0.5}H${r1(g.width)}"/>`;
  return `${out}</svg>`;
}

function yearsOf(g: Geometry): Array<{ start: CivilDate; end: CivilDate }> {
  const out: Array<{ start: CivilDate; end: CivilDate }> = [];
  for (let y = parts(g.start).y; y <= parts(g.end).y; y++) {
    const s = `${String(y).padStart(4, '0')}-01-01`;
    const e = `${String(y).padStart(4, '0')}-12-31`;
    out.push({ start: s < g.start ? g.start : s, end: e > g.end ? g.end : e });
  }
  return out;
}

function corner(layout: GanttLayout): string {
  let out = svgOpen('gantt-svg gantt-corner', LABEL_WIDTH, HEADER_HEIGHT, ' role="presentation"');
  out += `<rect class="hd-bg" width="${LABEL_WIDTH}" height="${HEADER_HEIGHT}"/>`;
  out += `<text class="cn-head" x="8" y="${HEADER_HEIGHT - 9}">${esc(layout.labels.colId)}</text>`;
  out += `<text class="cn-head" x="${ID_WIDTH + 6}" y="${HEADER_HEIGHT - 9}">${esc(layout.labels.colTask)}</text>`;
  out += `<path class="hd-line" d="M${ID_WIDTH} 0V${HEADER_HEIGHT}M0 ${HEADER_HEIGHT - 0.5}H${LABEL_WIDTH}M${LABEL_WIDTH - 0.5} 0V${HEADER_HEIGHT}"/>`;
  return `${out}</svg>`;
}

function labels(layout: GanttLayout, g: Geometry, opts: SvgOptions = {}): string {
  let out = svgOpen('gantt-svg gantt-labels', LABEL_WIDTH, g.height, ' role="presentation"');
  out += stripes('gantt-stripes-l', LABEL_WIDTH);
  out += `<rect width="${LABEL_WIDTH}" height="${g.height}" fill="url(#gantt-stripes-l)"/>`;
  out += sectionRows(layout, LABEL_WIDTH);
  out += `<rect class="sel" data-sel="" y="0" width="${LABEL_WIDTH}" height="${ROW_HEIGHT}" visibility="hidden"/>`;
  layout.rows.forEach((r, i) => {
    const y = i * ROW_HEIGHT;
    const cls = `label${r.kind === 'group' ? ' group' : ''}${r.summary && r.kind === 'task' ? ' summary' : ''}${r.critical ? ' critical' : ''}`;
    const x = ID_WIDTH + 6 + Math.min(r.level, 6) * 14;
    const warn = r.problems.length ? ' ⚠' : '';
    const room = LABEL_WIDTH - x - 8 - (warn ? 14 : 0);
    // A section can be folded on the page: ▾ open, ▸ folded (only where the page asks for marks).
    const mark = r.kind === 'group' && opts.collapsed ? (opts.collapsed.has(r.key) ? '▸ ' : '▾ ') : '';
    const title = r.kind === 'group' ? `${mark}${r.title} (${r.count})` : r.title;
    out += `<g class="${cls}" data-key="${esc(r.key)}" transform="translate(0,${y})">`;
    if (r.id) out += `<text class="lid" x="8" y="18">${esc(truncate(r.id, ID_WIDTH - 12, 6.2))}</text>`;
    out += `<text class="ltitle" x="${x}" y="18">${esc(truncate(title, room, 6.6))}${warn ? `<tspan class="warn">${warn}</tspan>` : ''}</text></g>`;
  });
  out += `<path class="grid" d="M${ID_WIDTH - 0.5} 0V${g.height}M${LABEL_WIDTH - 0.5} 0V${g.height}"/>`;
  return `${out}</svg>`;
}

interface Box {
  x0: number;
  x1: number;
  y: number;
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${r1(cx)} ${r1(cy - r)}L${r1(cx + r)} ${r1(cy)}L${r1(cx)} ${r1(cy + r)}L${r1(cx - r)} ${r1(cy)}Z`;
}

function barShape(r: GanttRow, box: Box): string {
  const mid = box.y + ROW_HEIGHT / 2;
  if (r.milestone) return `<path class="bar-bg" d="${diamond((box.x0 + box.x1) / 2, mid, 8)}"/>`;
  const w = Math.max(2, box.x1 - box.x0);
  if (r.summary) {
    // A bracket: a thin bar with little feet at both ends, the done part darker.
    const top = mid - SUMMARY_HEIGHT / 2 - 2;
    const foot = (x: number, dir: 1 | -1) => `M${r1(x)} ${r1(top)}h${6 * dir}l${-6 * dir} ${SUMMARY_HEIGHT + 6}Z`;
    const done = w * r.progress;
    return `<rect class="bar-bg" x="${r1(box.x0)}" y="${r1(top)}" width="${r1(w)}" height="${SUMMARY_HEIGHT}"/>`
      + (done > 0 ? `<rect class="bar-done" x="${r1(box.x0)}" y="${r1(top)}" width="${r1(done)}" height="${SUMMARY_HEIGHT}"/>` : '')
      + `<path class="bar-done" d="${foot(box.x0, 1)}${foot(box.x0 + w, -1)}"/>`;
  }
  const top = mid - BAR_HEIGHT / 2;
  const done = w * r.progress;
  return `<rect class="bar-bg" x="${r1(box.x0)}" y="${r1(top)}" width="${r1(w)}" height="${BAR_HEIGHT}" rx="3"/>`
    + (done >= 1 ? `<rect class="bar-done" x="${r1(box.x0)}" y="${r1(top)}" width="${r1(done)}" height="${BAR_HEIGHT}" rx="3"/>` : '');
}

/** Routes an arrow from the end of one bar to the start (fs) or end (ff) of another. */
function arrowPath(a: Box, b: Box, type: 'fs' | 'ff'): { d: string; head: string } {
  const y1 = a.y + ROW_HEIGHT / 2;
  const y2 = b.y + ROW_HEIGHT / 2;
  const x1 = a.x1;
  const gap = 8;
  const down = y2 >= y1 ? 1 : -1;
  if (type === 'ff') {
    const xr = Math.max(x1, b.x1) + gap * 1.5;
    const tip = b.x1 + 1;
    return { d: `M${r1(x1)} ${r1(y1)}H${r1(xr)}V${r1(y2)}H${r1(tip + 5)}`, head: `M${r1(tip)} ${r1(y2)}l6 -4v8Z` };
  }
  const tip = b.x0 - 1;
  let d: string;
  if (tip - gap >= x1 + gap) {
    d = `M${r1(x1)} ${r1(y1)}H${r1(x1 + gap)}V${r1(y2)}H${r1(tip - 5)}`;
  } else {
    // The next task starts before this one ends on screen: go round, between the two rows.
    const yMid = y2 - (down * ROW_HEIGHT) / 2;
    d = `M${r1(x1)} ${r1(y1)}H${r1(x1 + gap)}V${r1(yMid)}H${r1(tip - gap - 2)}V${r1(y2)}H${r1(tip - 5)}`;
  }
  return { d, head: `M${r1(tip)} ${r1(y2)}l-6 -4v8Z` };
}

function body(layout: GanttLayout, g: Geometry): string {
  let out = svgOpen('gantt-svg gantt-body', g.width, g.height);
  out += stripes('gantt-stripes-b', g.width);
  out += `<rect width="${r1(g.width)}" height="${g.height}" fill="url(#gantt-stripes-b)"/>`;
  out += sectionRows(layout, g.width);
  if (g.scale !== 'month') {
    // On the week zoom days off are only a hint: seven-pixel days would read as a second grid.
    const cls = g.scale === 'week' ? 'off faint' : 'off';
    for (const [a, b] of offRuns(layout, g)) {
      out += `<rect class="${cls}" x="${r1(xOf(g, a))}" width="${r1((diffDays(a, b) + 1) * g.pxPerDay)}" height="${g.height}"/>`;
    }
  }
  let grid = '';
  for (const p of periods(g.start, g.end, g.scale)) grid += `M${r1(xOf(g, p.start))} 0V${g.height}`;
  out += `<path class="grid" d="${grid}"/>`;
  out += `<rect class="sel" data-sel="" y="0" width="${r1(g.width)}" height="${ROW_HEIGHT}" visibility="hidden"/>`;
  if (layout.today >= g.start && layout.today <= g.end) {
    const x = xOf(g, layout.today) + g.pxPerDay / 2;
    out += `<line class="today-line" x1="${r1(x)}" x2="${r1(x)}" y1="0" y2="${g.height}"/>`;
  }

  const boxes = new Map<string, Box>();
  let bars = '';
  layout.rows.forEach((r, i) => {
    const d = barDates(r);
    if (!d) return;
    const box: Box = { x0: xOf(g, d.start), x1: xOf(g, addDays(d.end, 1)), y: i * ROW_HEIGHT };
    if (r.milestone) {
      const c = xOf(g, d.end) + g.pxPerDay / 2;
      box.x0 = c - 8;
      box.x1 = c + 8;
    }
    boxes.set(r.key, box);
    if (r.kind === 'group') {
      bars += `<g class="group-bar" data-group="${esc(r.title)}" data-key="${esc(r.key)}" data-start="${d.start}" data-end="${d.end}">${barShape(r, box)}</g>`;
      return;
    }
    const cls = ['bar', `s-${r.status}`];
    if (r.milestone) cls.push('milestone');
    if (r.milestone && r.progress >= 1) cls.push('complete');
    if (r.summary) cls.push('summary');
    if (r.critical) cls.push('critical');
    // Forecast vs planned: the bar ends on the planned due; a dashed run shows how far a late predecessor pushes it.
    const pushed = r.forecastEnd && r.forecastEnd > d.end
      ? `<rect class="bar-forecast" x="${r1(box.x1)}" y="${r1(box.y + ROW_HEIGHT / 2 - BAR_HEIGHT / 2)}" width="${r1(Math.max(2, xOf(g, addDays(r.forecastEnd, 1)) - box.x1))}" height="${BAR_HEIGHT}" rx="3"/>`
      : '';
    bars += `<g class="${cls.join(' ')}" data-task-id="${esc(r.id || `#${r.row}`)}" data-key="${esc(r.key)}" data-row="${r.row}" data-start="${d.start}" data-end="${d.end}"${r.forecastEnd ? ` data-forecast="${r.forecastEnd}"` : ''}>`
      + barShape(r, box) + pushed
      + (r.problems.length ? `<text class="warn" x="${r1(box.x1 + 4)}" y="${r1(box.y + 19)}">!</text>` : '')
      + '</g>';
  });

  let arrows = '';
  for (const l of layout.links) {
    const a = boxes.get(l.from);
    const b = boxes.get(l.to);
    if (!a || !b) continue;
    const p = arrowPath(a, b, l.type);
    const crit = l.critical ? ' critical' : '';
    arrows += `<g class="link${crit}" data-from="${esc(l.from)}" data-to="${esc(l.to)}"><path class="arrow${crit}" d="${p.d}"/><path class="ah${crit}" d="${p.head}"/></g>`;
  }
  // Arrows under the bars, so a bar is never hidden by a line.
  out += `<g class="arrows">${arrows}</g><g class="bars">${bars}</g>`;
  return `${out}</svg>`;
}

export function ganttParts(layout: GanttLayout, opts: SvgOptions = {}): GanttSvgParts {
  const g = geometry(layout, opts);
  return { corner: corner(layout), header: header(layout, g), labels: labels(layout, g, opts), body: body(layout, g), geometry: g };
}

/** The whole chart as one standalone SVG picture (documents, README image, tests). */
export function ganttSvg(layout: GanttLayout, opts: SvgOptions = {}): string {
  const p = ganttParts(layout, opts);
  const g = p.geometry;
  const w = g.labelWidth + g.width;
  const h = g.headerHeight + g.height;
  const at = (svg: string, x: number, y: number) => svg.replace(/^<svg /, `<svg x="${x}" y="${y}" `);
  return `${svgOpen('gantt-svg gantt-full', w, h)}<style>${ganttCss()}</style><rect width="${r1(w)}" height="${h}" fill="#fff"/>`
    + at(p.corner, 0, 0) + at(p.header, g.labelWidth, 0) + at(p.labels, 0, g.headerHeight) + at(p.body, g.labelWidth, g.headerHeight)
    + '</svg>';
}
