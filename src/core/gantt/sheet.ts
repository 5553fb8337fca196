/**
 * The `Gantt` sheet: a few task columns, then one column per day, week or month.
 *
 * The bars are conditional-format rules, not painted cells. The header row 2 holds each column's
 * first date, and a rule such as `=AND($F4="Quá hạn",$E4<>"",I$2<=$E4,I$2>=IF($D4="",$E4,$D4))`
 * colours the cells between a row's start and due in its status colour: the rules are the same
 * for 10 tasks or 5 000, so drawing costs the same few service calls, and a date or status typed
 * on the sheet moves or recolours its bar at once. What is written is three blocks: the header,
 * the task columns, and the ◆ of the milestones.
 *
 * Rules are listed most important first (Sheets applies the first rule that matches a cell):
 * the done part of a bar, the rest of the bar, today's column, the red caps either side of a
 * critical task's bar (day scale), then weekends and days off.
 */
import { formatDMY, parts, toDayNumber, weekday } from '../dates/civil';
import { t } from '../i18n';
import type { CellBlock, ConditionalRule, OutCell, SheetOutput } from '../sheet/output';
import { SCHEDULE_STATUSES } from '../schedule/types';
import type { GanttScale } from './axis';
import { CHART_COLOURS, STATUS_PALETTE } from './colors';
import type { GanttLayout } from './model';
import { columnLetters } from '../sheet/a1';

export const GANTT_RULE_TAG = 'tiendo-gantt';
export const HEADER_ROWS = 3;
export const FIRST_ROW = HEADER_ROWS + 1;
/** Mã, task, lead, start, due, status, %, critical. */
export const TASK_COLUMNS = 8;
export const FIRST_TIMELINE_COLUMN = TASK_COLUMNS + 1;
export const CRITICAL_MARK = '●';
export const MILESTONE_MARK = '◆';

const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';
const TASK_WIDTHS = [48, 260, 130, 84, 84, 108, 44, 40];
const TIMELINE: Record<GanttScale, { width: number; format: string }> = {
  day: { width: 24, format: 'd' },
  week: { width: 42, format: 'dd/mm' },
  month: { width: 46, format: 'mm/yy' },
};

/** Rows × columns the sheet needs: what counts against the spreadsheet's ten million cells. */
export function ganttSheetSize(layout: GanttLayout): { rows: number; columns: number; cells: number } {
  const rows = HEADER_ROWS + layout.rows.length;
  const columns = TASK_COLUMNS + layout.columns.length;
  return { rows, columns, cells: rows * columns };
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;


/** The formulas of one body cell, written for the top-left cell of the timeline (I4). */
function formulas(scale: GanttScale) {
  const col = columnLetters(FIRST_TIMELINE_COLUMN);
  const r = FIRST_ROW;
  const ps = `${col}$2`;
  const pe = scale === 'day' ? ps : scale === 'week' ? `${ps}+6` : `EOMONTH(${ps},0)`;
  const start = `IF($D${r}="",$E${r},$D${r})`;
  const due = `$E${r}`;
  const inBar = `${due}<>"",${ps}<=${due},${pe}>=${start}`;
  // A column is done when the middle of its part of the bar comes before start + progress × duration.
  const middle = scale === 'day' ? ps : `(MAX(${ps},${start})+MIN(${pe},${due}))/2`;
  const done = `${middle}<${start}+$G${r}*(${due}-${start}+1)`;
  const within = (x: string) => `AND(${ps}<=${x},${pe}>=${x})`;
  return {
    status: (label: string) => `=AND($F${r}=${quote(label)},${inBar})`,
    statusDone: (label: string) => `=AND($F${r}=${quote(label)},${inBar},${done})`,
    group: `=AND($F${r}="",${inBar})`,
    groupDone: `=AND($F${r}="",${inBar},${done})`,
    // TODAY(), not the day's date: the rule stays the same from one day to the next, so a daily
    // refresh need not rewrite the sheet's rules (each write is a round trip).
    today: `=${within('TODAY()')}`,
    /** Day scale only: the day before the start and the day after the due of a critical task. */
    criticalCaps: `=AND($H${r}=${quote(CRITICAL_MARK)},${due}<>"",OR(${ps}=${start}-1,${ps}=${due}+1))`,
    dayOff: (labels: string[]) => `=OR(${labels.map((l) => `${col}$3=${quote(l)}`).join(',')})`,
  };
}

function dayLabel(layout: GanttLayout, date: string, off: Set<string>, makeup: Set<string>): string {
  const wd = weekday(date);
  if (makeup.has(date)) return layout.labels.makeup;
  if (off.has(date) && wd !== 0 && wd !== 6) return layout.labels.dayOff;
  return layout.labels.weekdays[wd];
}

function headerBlock(layout: GanttLayout, planName: string): CellBlock {
  const { labels, columns, scale } = layout;
  const width = TASK_COLUMNS + columns.length;
  const fill = <T>(v: T) => [0, 1, 2].map(() => new Array<T>(width).fill(v));
  const values: OutCell[][] = fill<OutCell>(null);
  const formats = fill<string | null>(TEXT_FORMAT);
  const backgrounds = fill<string | null>(CHART_COLOURS.header);
  const fontColors = fill<string | null>(CHART_COLOURS.headerText);
  const bold = fill<boolean | null>(false);

  values[0][0] = t(layout.lang, 'gantt.title', { plan: planName || layout.planName });
  bold[0][0] = true;
  values[1][0] = t(layout.lang, 'gantt.asOf', { date: formatDMY(layout.today), scale: labels.scale[scale] });
  fontColors[1][0] = CHART_COLOURS.muted;
  [labels.colId, labels.colTask, labels.colLead, labels.colStart, labels.colDue, labels.colStatus, labels.colProgress, labels.colCritical]
    .forEach((h, j) => { values[2][j] = h; bold[2][j] = true; });

  const off = new Set(layout.daysOff.map((d) => d.date));
  const makeup = new Set(layout.workingWeekends);
  const groupOf = (d: string) => {
    const { y, m } = parts(d);
    return scale === 'month' ? String(y) : labels.month.replace('{m}', String(m)).replace('{y}', String(y));
  };
  columns.forEach((p, k) => {
    const j = TASK_COLUMNS + k;
    // Row 1 names the month (the year on a month scale) where it begins, when the label has room.
    const group = groupOf(p.start);
    const starts = k === 0 || groupOf(columns[k - 1].start) !== group;
    const room = columns.slice(k, k + 3).every((q) => groupOf(q.start) === group);
    if (starts && room) { values[0][j] = group; bold[0][j] = true; }
    values[1][j] = { date: p.start };
    formats[1][j] = TIMELINE[scale].format;
    if (scale === 'day') {
      values[2][j] = dayLabel(layout, p.start, off, makeup);
      if (off.has(p.start)) fontColors[2][j] = CHART_COLOURS.dayOffText;
    }
    if (p.start <= layout.today && layout.today <= p.end) {
      for (let i = 1; i < 3; i++) { backgrounds[i][j] = CHART_COLOURS.today; fontColors[i][j] = '#ffffff'; bold[i][j] = true; }
    }
  });
  return { row: 1, col: 1, values, numberFormats: formats, backgrounds, fontColors, bold };
}

function bodyBlock(layout: GanttLayout): CellBlock {
  const values: OutCell[][] = [];
  const formats: string[][] = [];
  const backgrounds: string[][] = [];
  const fontColors: string[][] = [];
  const bold: boolean[][] = [];
  const rowFormats = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, DATE_FORMAT, DATE_FORMAT, TEXT_FORMAT, '0%', TEXT_FORMAT];
  for (const r of layout.rows) {
    const group = r.kind === 'group';
    const indent = '   '.repeat(r.level);
    values.push([
      r.id, `${indent}${r.title}`, r.lead.join(', '),
      r.start ? { date: r.start } : null,
      r.end ? { date: r.end } : null,
      group ? null : r.statusLabel,
      group || r.end ? Math.round(r.progress * 100) / 100 : null,
      r.critical ? CRITICAL_MARK : null,
    ]);
    formats.push(rowFormats);
    const bg = group ? CHART_COLOURS.sectionRow : '#ffffff';
    const fg = group ? CHART_COLOURS.sectionText : CHART_COLOURS.text;
    const rowBg = new Array<string>(TASK_COLUMNS).fill(bg);
    const rowFg = new Array<string>(TASK_COLUMNS).fill(fg);
    if (r.status) {
      rowBg[5] = STATUS_PALETTE[r.status].tint;
      rowFg[5] = STATUS_PALETTE[r.status].text;
    }
    if (r.critical) rowFg[0] = rowFg[7] = CHART_COLOURS.critical;
    backgrounds.push(rowBg);
    fontColors.push(rowFg);
    bold.push(new Array<boolean>(TASK_COLUMNS).fill(group || r.summary).map((b, j) => b || ((j === 0 || j === 7) && r.critical)));
  }
  return { row: FIRST_ROW, col: 1, values, numberFormats: formats, backgrounds, fontColors, bold };
}

/** The ◆ of each milestone, in one block spanning only the rows and columns that hold one. */
function milestoneBlock(layout: GanttLayout): CellBlock | null {
  const marks: Array<[number, number]> = [];
  const cols = layout.columns;
  const first = toDayNumber(cols[0].start);
  const last = toDayNumber(cols[cols.length - 1].end);
  layout.rows.forEach((r, i) => {
    if (!r.milestone || !r.end) return;
    const day = toDayNumber(r.end);
    if (day < first || day > last) return;
    // Periods are sorted and contiguous: binary search the one holding the day.
    let lo = 0;
    let hi = cols.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cols[mid].start <= r.end) lo = mid; else hi = mid - 1;
    }
    marks.push([i, lo]);
  });
  if (!marks.length) return null;
  const r0 = Math.min(...marks.map((m) => m[0]));
  const r1 = Math.max(...marks.map((m) => m[0]));
  const c0 = Math.min(...marks.map((m) => m[1]));
  const c1 = Math.max(...marks.map((m) => m[1]));
  const values: OutCell[][] = [];
  for (let i = r0; i <= r1; i++) values.push(new Array<OutCell>(c1 - c0 + 1).fill(null));
  for (const [i, k] of marks) values[i - r0][k - c0] = MILESTONE_MARK;
  return { row: FIRST_ROW + r0, col: FIRST_TIMELINE_COLUMN + c0, values };
}

function rules(layout: GanttLayout): ConditionalRule[] {
  if (!layout.rows.length) return [];
  const f = formulas(layout.scale);
  const lastRow = FIRST_ROW + layout.rows.length - 1;
  const lastCol = columnLetters(TASK_COLUMNS + layout.columns.length);
  const body = `${columnLetters(FIRST_TIMELINE_COLUMN)}${FIRST_ROW}:${lastCol}${lastRow}`;
  // The same rules for every plan of a scale, whatever its statuses: a fixed number of service calls.
  const out: ConditionalRule[] = [];
  for (const s of SCHEDULE_STATUSES) {
    const label = layout.labels.statuses[s];
    const c = STATUS_PALETTE[s];
    // White text on the dark part: a milestone's ◆ stays visible once done.
    out.push({ range: body, formula: f.statusDone(label), background: c.done, fontColor: '#ffffff' });
    out.push({ range: body, formula: f.status(label), background: c.bar });
  }
  out.push({ range: body, formula: f.groupDone, background: CHART_COLOURS.summaryDone, fontColor: '#ffffff' });
  out.push({ range: body, formula: f.group, background: CHART_COLOURS.summary });
  out.push({ range: body, formula: f.today, background: CHART_COLOURS.todayTint });
  // On the day scale a critical bar gets a red day at each end; a week or a month in red would
  // read as a late task, so there the `Găng` column and the red `Mã` mark it.
  if (layout.scale === 'day') out.push({ range: body, formula: f.criticalCaps, background: CHART_COLOURS.critical });
  if (layout.scale === 'day') {
    const { weekdays, dayOff } = layout.labels;
    out.push({ range: body, formula: f.dayOff([weekdays[6], weekdays[0], dayOff]), background: CHART_COLOURS.dayOff });
  }
  return out;
}

export interface GanttSheetOptions {
  /** The sheet's name; `Gantt` by default. */
  sheet?: string;
  /** Shown in the title; the layout's plan name by default. */
  planName?: string;
}

/**
 * A4 landscape, readable: as many pages across as the chart needs at about 3/4 scale, with the
 * header rows and the ID and task columns repeated on every page (the .xlsx host applies it).
 */
function ganttPrint(widths: Array<[number, number]>): NonNullable<SheetOutput['print']> {
  const repeated = TASK_WIDTHS[0] + TASK_WIDTHS[1];
  const total = widths.reduce((sum, [, w]) => sum + w, 0);
  const PAGE_PX = 1300;
  const pagesWide = Math.max(1, Math.ceil((total - repeated) / (PAGE_PX - repeated)));
  return { landscape: true, paper: 'A4', fitToWidth: true, pagesWide, repeatRows: HEADER_ROWS, repeatColumns: pagesWide > 1 ? 2 : 0 };
}

export function ganttSheetOutput(layout: GanttLayout, opts: GanttSheetOptions = {}): SheetOutput {
  const size = ganttSheetSize(layout);
  const blocks: CellBlock[] = [headerBlock(layout, opts.planName ?? layout.planName)];
  if (layout.rows.length) blocks.push(bodyBlock(layout));
  const marks = layout.rows.length ? milestoneBlock(layout) : null;
  if (marks) blocks.push(marks);
  const widths: Array<[number, number]> = TASK_WIDTHS.map((w, j) => [j + 1, w]);
  for (let k = 0; k < layout.columns.length; k++) widths.push([FIRST_TIMELINE_COLUMN + k, TIMELINE[layout.scale].width]);
  return {
    sheet: opts.sheet ?? t(layout.lang, 'gantt.sheet'),
    mode: 'replace',
    blocks,
    frozenRows: HEADER_ROWS,
    frozenColumns: TASK_COLUMNS,
    columnWidths: widths,
    conditionalRules: { ownerTag: GANTT_RULE_TAG, rules: rules(layout) },
    print: ganttPrint(widths),
    minRows: size.rows,
    minColumns: size.columns,
  };
}
